/**
 * The shapes of sentence that reported-speech reading tests (`content-clause.ts`, `find-statements.ts`): what
 * stands before a participle, after a verb, around an "as" clause or an "according to", as anchored
 * expressions over bounded windows, so a paragraph is read in linear time.
 */

/** Between an attribution's comma and its subject's name: nothing, or a description in lower case ("the news site"). */
export const DESCRIPTION_BEFORE_NAME =
  /^\s*(?:(?:the|an?|its|his|her|their)\s+(?:(?!(?:who|whom|which|that|and|but|or|when|while|as|if)\b)\p{Ll}[\p{L}’'-]*\s+){0,4})?$/u;

/**
 * After a mid-sentence "according to X,": the sentence's predicate going on ("reluctant to …") or a clause of its own
 * ("Trump made further demands", "the CIA contractors left", "46 percent … remain"), not a conjunction or an appositive.
 */
export const SOURCES_WORDS_GO_ON_OR_NEW_CLAUSE =
  /^\s*(?!(?:but|and|or|nor|yet|although|though|while|where|when|whereas|compared|including|which|who|whom|with|as|even|so|because|since|after|before|than|despite|during|in|on|at|for|of|to|from|by|up|about|director|chairman|president|head|chief|one|two|three|four|five|six|an?|its|his|her|their|former|who|a)\b)(?:\p{Ll}|\p{Lu}|\d)/u;

/**
 * After a verb: a comma, an aside of a few words (not a participle, a conjunction or a name that could be the
 * speaker's), a comma, then "that" or a clause opened by a pronoun, a determiner or a name and a verb.
 */
export const ASIDE_THEN_CLAUSE =
  /^,\s*(?!(?:and|but|or|according|who|which|as|before|after|because|while|when|if|though|although|so)\b|\p{Ll}+ing\b)\p{Ll}[^,;:“”"()]{1,80},\s*(?:that\s|(?:he|she|they|it|we|I|there|the|his|her|their|its|a|an)(?:[’']\p{Ll}+)?\s+\p{Ll})/u;

/** Verbs whose words may be only what they were about ("warned about the risk …", "complained about …"). */
export const TOPIC_VERBS = /^(?:complained|warned|joked)$/u;

/**
 * A clause with a noun phrase subject and a verb in the past ("reported the email came hours after …",
 * "reported at least six planes filled the skies"): the subject's words hold no verb of their own.
 */
export const NOUN_PHRASE_PAST_CLAUSE =
  /^\s+(?:the|his|her|its|their|at\s+least|more\s+than|about|nearly|\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten)\s+(?:(?!that\b|which\b|who\b|and\b|of\b|to\b|in\b|\p{Ll}+ly\b)\p{Ll}[\p{L}’'-]*\s+){1,4}?(?:(?!(?:need|speed|seed|feed|breed|red|bed|shed)\b)\p{Ll}{3,}ed|came|went|found|made|took|gave|left|sent|won|lost|fell|rose|grew|began|saw|knew|got|held|paid|met|ran|led|built|spent|hit)\s+(?:\p{L}|\$|\d)/u;

/**
 * "As The Atlantic recently noted, trust …", "And as Comey noted, people …", "…, as The Times reported on
 * Saturday.": an "as" clause whose subject and verb attribute the rest of the sentence. Its subject
 * is a few words (a name or a description), not a clause of its own ("as soon as", "as long as").
 */
export const AS_OPENER =
  /(?:^|[,;(—–]\s*|\b(?:[Aa]nd|[Bb]ut|[Ss]o|[Yy]et|[Hh]owever)\s+|^\(\s*)[Aa]s\s+(?!(?:soon|long|far|much|well|many|if|though|part|usual|expected|always|ever|one|it)\b)(?:[\p{L}\p{N}’'.&-]+\s+){1,7}$/u;

/** After the verb of an "as" clause: its time, place or medium, then the comma that ends it. */
export const AS_CLAUSE_END =
  /^(?:\s+(?:on|in|at|last|this|earlier|first|previously|recently|before|after|during|to)\b[^,;:“”"()]{0,70})?\s*(?:,|\)?\s*$)/u;

/** Words that show the "as" clause holds a clause of its own, not a subject: a verb or a pronoun's object. */
export const NOT_AS_SUBJECT = /\b(?:is|are|was|were|be|been|being|it|if|to|that|who|which|when|where|how|because|than)\b/iu;

/**
 * Before a participle that reports words without a comma: a preposition of time or means ("after initially
 * saying", "Since announcing", "instead of calling"), "and" after another report ("urging voters to … and
 * promising to …"), or a thing written or said ("issued a statement saying …", "a letter calling on …").
 */
export const PARTICIPLE_OPENER =
  /(?:\b(?:[Aa]fter|[Bb]efore|[Ww]hile|[Bb]y|[Ww]hen|[Ww]ithout|[Ii]n|[Ss]ince|[Uu]pon|for|of|and|or|statements?|letters?|posts?|tweets?|emails?|e-mails?|memos?|releases?|videos?|ads?|messages?|petitions?|notes?|filings?))\s+(?:\p{Ll}+ly\s+)?$/u;

/** A form of "be" (and "has been") right before a participle, with an adverb between at most: "is calling for", "have been warning". */
export const PROGRESSIVE_BEFORE =
  /(?:\b(?:has|have|had)\s+)?(?:\b(?:is|are|was|were|been|am)|[’']s|[’']re)\s+(?:(?:also|now|still|again|already|not|\p{Ll}+ly)\s+)?$/u;

/**
 * A predicate whose infinitive is the speech verb right after it, so that the subject before it is the verb's: "Sexton
 * was quick to point out", "voters are more likely to say", "Cruz is the only contender here to have pledged", "he went
 * out of his way to say", "Sullivan had to explain".
 */
export const PREDICATE_BEFORE_INFINITIVE = new RegExp(
  String.raw`(?:(?:\b(?:is|are|was|were|been|be|am)|[’']s|[’']re)\s+(?:(?:all|also|not|often|always|now|again|\p{Ll}+ly)\s+)?` +
    String.raw`(?:(?:more|most|less|very|so|too|just\s+as|as)\s+)?` +
    String.raw`(?:quick|quicker|eager|careful|keen|likely|(?:among\s+)?the\s+(?:first|only|last)(?:\s+[\p{Ll}-]+){0,3}?)` +
    String.raw`|\b(?:went|goes|go|going|gone)\s+out\s+of\s+(?:his|her|their|its|my|our)\s+way|\b(?:has|have|had)(?=\s+to\s))` +
    String.raw`(?:\s+here)?\s+to\s+(?:have\s+)?$`,
  'u',
);

/**
 * A sentence so far that is one subject and its relative clause, closed by a comma: "Paradis, who has been active in
 * politics since the age of 25,", "Executives for Mondelez, which generated more than $30 billion last year,". The
 * verb after it is the subject's, and its words come after it.
 */
export const SUBJECT_THEN_RELATIVE = new RegExp(
  [
    String.raw`^\s*(?:(?:And|But)\s+)?((?:[Tt]he\s+)?\p{Lu}[\p{L}.’'-]*(?:\s+(?:(?:of|for|at)\s+)?\p{Lu}[\p{L}.’'-]*){0,4})`,
    // "Israel, which controls tax receipts, has pledged": an auxiliary or an adverb may follow the relative clause.
    String.raw`,\s+(?:who|which)\s[^,;:“”"()]{1,160},\s*(?:(?:has|have|had|also|later|then|again|now|since)\s+)*$`,
  ].join(''),
  'u',
);

/**
 * After a verb: "that" right away, or after a name as its object ("told POLITICO that"); not after a noun phrase, whose
 * "that" may open a relative clause ("told a crowd that spilled out …", "said in a documentary that showed …").
 */
export const VERB_THEN_THAT =
  /^(?:\s+(?:\p{Lu}[\p{L}.!’'-]*\s+){0,3})?\s*that\s+(?!(?:night|day|morning|afternoon|evening|week|month|year|time)\b)/u;
/** A clause's verb in the words after "told …": they are the words told, not a time or place ("told reporters this was …"). */
export const FINITE_IN_WORDS = /\s(?:is|was|were|are|would|will|has|had|have|could|should|can|may|might|must)\s/u;

// What follows "told" and the other verbs said to someone (`content-clause.ts`).
/** After the object of "told": the rest of its name or a time, then a clause opened by a pronoun ("he’s", "she would"). */
export const TOLD_PRONOUN_CLAUSE =
  /^(?:\s+(?:\p{Lu}[\p{L}.’'-]*|of|on|last|this|week|month|year|morning|night|\p{Lu}\p{Ll}+day)){0,6}?(?=\s+(?:he|she|it|they|we|I|his|her|their|its|there)(?:[’']\p{Ll}+)?\s)/u;
/**
 * Whom the words were said to, then "that": "explained to the agents that", "replied to him that". Not "asked to name a
 * decision that …" (a verb after "to") or "responded to reports that …" (what was answered, whose "that" is its own).
 */
export const TO_AUDIENCE_THEN_THAT =
  /^\s+to\s+(?:him|her|them|us|me|(?:(?:the|his|her|their|its|a|an)\s+|\p{Lu}[\p{L}.’'-]*\s+)(?:(?!(?:reports?|accusations?|claims?|questions?|criticism|charges?|allegations?|suggestions?|concerns?|news|rumou?rs?|speculation|calls?|demands?|requests?)\b)[\p{L}’'.-]+\s+){0,3}?)\s*that\s+(?!(?:was|were|is|are|has|had|have|would|will|could|should|may|might)\b)/u;
/** "told others that", "told the crowd that", "told cheering supporters that": any lower-case audience, when "that" follows it. */
export const TOLD_ANYONE_THAT = /^\s+(?:(?:the|a|an|his|her|their|its)\s+)?(?:[\p{Ll}-]+\s+){0,2}\p{Ll}+(?=\s+that\s)/u;
/** A gathering told something, then a clause (a subject and a lower-case word): "told the jury Roof stood over her …". */
export const TOLD_GATHERING =
  /^\s+the\s+(?:jury|jurors|court|judge|committee|panel|crowd|audience|hearing|gathering|conference|assembly|parliament|senate|council)(?=\s+(?:that\s+)?(?:\p{Lu}[\p{L}’'.-]*|he|she|they|it|we|I|there)\s+\p{Ll})/u;
/** An audience "told" speaks to, after which the words may follow with no "that". */
export const AUDIENCE = /^\s+(?:reporters|journalists|lawmakers|supporters|senators|him|her|them|us|me)$/u;
/** "…, Lavrov told Russian state television on Monday.": the audience and the time, then the end of the sentence. */
export const TOLD_AT_END = /^\s+(?:(?!\bthat\b)[^,;:“”"]){1,80}$/u;
/** The rest of a long object of "told", up to its "that". */
export const TO_THAT = /^[^;]{0,90}?\s+that\b/u;

/**
 * Before a promise verb: a noun phrase, maybe "that" or "which", then the verb's subject (a pronoun, a name, a short
 * description) with an auxiliary or adverb: "the target it", "the divides that the president has".
 */
const NOUN_THEN_SUBJECT_BEFORE =
  /\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur|[Tt]hese|[Tt]hose|[Ee]very|[Aa]ny|[Nn]o)\s+(?:[\p{L}’'-]+\s+){0,3}?\p{Ll}[\p{Ll}-]+\s+(?:(?:that|which)\s+)?(?:he|she|it|they|we|I|you|(?:the|his|her|their|its)\s+\p{Ll}+(?:\s+\p{Ll}+)?|(?:\p{Lu}[\p{L}.’'-]*\s+){0,2}\p{Lu}[\p{L}.’'-]*)\s+(?:(?:has|have|had|also|once|publicly|repeatedly|\p{Ll}+ly)\s+)*$/u;
/**
 * After a promise's infinitive verb: no object, but a preposition, an auxiliary, a conjunction or the clause's end
 * ("to reach at the talks", "to bridge have only grown").
 */
const INFINITIVE_WITHOUT_OBJECT =
  /^to\s+(?:have\s+|be\s+)?\p{Ll}+(?:\s*(?:[,.;:)]|$)|\s+(?:at|in|on|by|for|with|during|before|after|when|if|since|until|through|over|from|into|last|next|this|and|but|or|is|are|was|were|has|have|had|will|would|can|could|should|may|might|must|does|did|remains?)\b)/u;

/**
 * "the target it pledged to reach at the talks", "the divides he promised to bridge have grown": a promise in a
 * relative clause whose object is the noun before it. The infinitive lost its object to that noun; nothing was said
 * here, the noun is only described. `before`: the words before the verb; `infinitive`: the words from its "to".
 */
export function isPromiseOfRelativeClause(before: string, infinitive: string): boolean {
  return NOUN_THEN_SUBJECT_BEFORE.test(before) && INFINITIVE_WITHOUT_OBJECT.test(infinitive);
}

/**
 * After a verb, to the sentence's end: only a name, maybe owned by an outlet ("…, noted NBC’s Jane Roe.", "…, wrote the
 * Post’s Jane Roe."): the verb's subject written after it, never its words.
 */
export const NAME_ENDS_SENTENCE =
  /^\s+(?!(?:On|In|At|Last|This|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b)(?:(?:the\s+)?(?:\p{Lu}[\p{L}.&-]*\s+){0,3}\p{Lu}[\p{L}.&-]*[’'](?:s\b)?\s+(?:\p{Ll}+\s+){0,3})?(?:\p{Lu}[\p{L}.’'-]*\s+){0,3}\p{Lu}[\p{L}.’'-]*\s*[.!?]?\s*$/u;
