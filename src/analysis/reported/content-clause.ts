/**
 * Where the reported words of a speech cue are in its sentence: after the verb ("Peskov said
 * (that) the Kremlin was ready"), before it ("The Kremlin was ready, Peskov said."), around
 * "according to" ("According to two officials, the envoy will fly …" / "…, according to X."),
 * and after a passive ("It was announced that …"). Every pattern reads a bounded window of the
 * sentence with anchored expressions, so a paragraph is read in linear time.
 */
import { partitionPoint } from '../../lib/partition-point.ts';
import { MONTH_NAMES } from '../lexicon/calendar-words.ts';
import {
  STATEMENT_PARTICIPLE_PHRASES,
  STATEMENT_VERBS,
  STATEMENT_VERBS_ONLY_WITH_THAT,
  STATEMENT_VERBS_WITH_OBJECT,
} from '../lexicon/statement-words.ts';
import { SPEECH_PARTICIPLES } from '../lexicon/speech-words.ts';
import {
  ASIDE_THEN_CLAUSE,
  AS_CLAUSE_END,
  AS_OPENER,
  DESCRIPTION_BEFORE_NAME,
  NOT_AS_SUBJECT,
  NOUN_PHRASE_PAST_CLAUSE,
  PARTICIPLE_OPENER,
  PROGRESSIVE_BEFORE,
  SOURCES_WORDS_GO_ON_OR_NEW_CLAUSE,
  TOPIC_VERBS,
} from './clause-shapes.ts';
import type { QuotedText } from '../text/quoted-text.ts';
import type { SpeechCue } from '../text/speech-cues.ts';

/** The order a statement is written in, recorded as the statement's `speakerRule`. */
export type StatementPattern =
  | 'speaker-then-verb'
  | 'verb-after-content'
  | 'according-to-before'
  | 'according-to-after'
  | 'passive-that'
  | 'participle-after-clause'
  | 'parenthetical'
  | 'verb-object'
  | 'noun-that'
  | 'as-clause';

/** A content clause found for one cue: its offsets in the block and the pattern that found it. */
export interface ContentClause {
  start: number;
  end: number;
  pattern: StatementPattern;
  /** The cue's extent, widened to a phrase ("told reporters", "said in a statement"). */
  cueEnd: number;
}

/** Words that may follow the verb before its reported words ("said on Friday that", "wrote on Telegram"). */
const ADJUNCT = new RegExp(
  String.raw`^(?:\s*,?\s*(?:${[
    String.raw`(?:(?:on|late|early)\s+)?\p{Lu}\p{Ll}+day(?![’'\p{L}])(?:\s+(?:morning|afternoon|evening|night))?`,
    String.raw`(?:on|late|early)\s+(?:Telegram|X|Twitter|Facebook|Instagram|Truth\s+Social)(?:\s+(?:morning|afternoon|evening|night))?`,
    String.raw`in\s+an?\s+(?:\p{Ll}+\s+){0,2}(?:statement|post|interview|speech|letter|video|address|briefing|tweet|message|op-ed)` +
      String.raw`(?:\s+(?:on|to|with)\s+(?:the\s+)?(?:\p{Lu}[\p{L}.’'-]*\s?){1,3})?`,
    String.raw`(?:last|this|earlier\s+this)\s+(?:week|month|year|morning)`,
    String.raw`(?:in|on|since|earlier\s+in|late\s+in)\s+(?:${MONTH_NAMES.join('|')})(?:\s+\d{1,2})?(?:,?\s+\d{4})?`,
    String.raw`(?:in|since)\s+\d{4}`,
    String.raw`for\s+(?:days|weeks|months|years|decades)`,
    'yesterday|today|tonight|later|earlier|again|also|publicly|privately|repeatedly|separately|previously|recently',
    String.raw`(?:in|at)\s+the\s+\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){0,3}`,
  ].join('|')}))*`,
  'u',
);
/** The object of "told" before the reported words ("told reporters", "told the BBC", "told Russian state TV"). */
const TOLD_OBJECT =
  /^\s+(?:(?:the|a|an)\s+)?(?:[\p{L}’'.-]+\s+){0,3}?(?:reporters|journalists|lawmakers|him|her|them|us|me|\p{Lu}[\p{L}.’'-]*|(?:his|her|their|its)\s+\p{Ll}+)\b/u;
/** After the object of "told": the rest of its name or a time, then a clause opened by a pronoun ("he’s", "she would"). */
const TOLD_PRONOUN_CLAUSE =
  /^(?:\s+(?:\p{Lu}[\p{L}.’'-]*|of|on|last|this|week|month|year|morning|night|\p{Lu}\p{Ll}+day)){0,6}?(?=\s+(?:he|she|it|they|we|I|his|her|their|its|there)(?:[’']\p{Ll}+)?\s)/u;
/** "accused Russia of", "warned Kyiv that": the person addressed before the words. */
const ACCUSED_OBJECT = /^\s+(?:[\p{L}’'.-]+\s+){1,8}?(?=of\s)/u;
/** "that", after an aside in commas or dashes if one stands before it ("suggesting, perhaps hopefully, that", "indicated — and … — that"). */
const THAT = /^(?:\s*,\s*(?:\p{Ll}+\s+){0,2}\p{Ll}+ly\s*,|\s+[—–]\s[^—–;“”"]{1,80}\s[—–])?\s*,?\s*that\b/u;
/**
 * A prepositional phrase of time, place or occasion after the verb, then "that" opening the words,
 * not a relative clause ("said in an interview that was aired …").
 */
const ADJUNCT_THEN_THAT =
  /^\s+(?:on|in|at|during|after|before|following|from|with|over|through|earlier|later|last|this)\s[^,;:“”"—–]{1,70}?\s+that\s+(?!(?:was|were|is|are|has|had|have|would|will|could|should|may|might|aired|ran|appeared)\b)/u;
/** An audience "told" speaks to, after which the words may follow with no "that". */
const AUDIENCE = /^\s+(?:reporters|journalists|lawmakers|supporters|senators|him|her|them|us|me)$/u;
/** "…, Lavrov told Russian state television on Monday.": the audience and the time, then the end of the sentence. */
const TOLD_AT_END = /^\s+(?:(?!\bthat\b)[^,;:“”"]){1,80}$/u;
/** After a verb: its speaker (a name or a description), then the end of the sentence or a comma. */
const SPEAKER_ENDS_CLAUSE =
  /^(?:\s*$|\s+(?:(?:the|an?|one)\s+[^,;:“”"]{1,80}|(?:\p{Lu}[\p{L}.’'-]*\s*){1,4}(?:\([^()]{1,30}\))?)(?:,|\s*$))/u;
/** A closing quote mark before the subject: the verb attributes a direct quote. */
const CLOSING_MARK_BEFORE = /(?:[”"“]|'')\s*$/u;
/** The rest of a long object of "told", up to its "that". */
const TO_THAT = /^[^;]{0,90}?\s+that\b/u;
/** "It was announced that …": a passive with no source. */
const PASSIVE_BEFORE = /\b(?:it|It)\s+(?:was|is|has\s+been|had\s+been)\s+(?:(?:also|widely|officially)\s+)?$/u;
/** Nothing after the verb but time, place or the subject: the words came before it ("…, Peskov said on Friday."). */
const ENDS_AFTER_VERB =
  /^(?:\s+(?:(?:on|in|at|to|during|late|last|this|after|before)\b(?:(?!\bthat\b)[^,;:“”"]){0,60}|yesterday|today|later|earlier|again|too))?\s*$/u;
/** A comma or a closing quote mark right before the verb ("…,” said Ross", "…, said the spokesman"). */
const VERB_AFTER_COMMA = /[,”"'“]\s*$/u;
const ONLY_WITH_THAT = new Set(STATEMENT_VERBS_ONLY_WITH_THAT);
const WITH_OBJECT = new Set(STATEMENT_VERBS_WITH_OBJECT);
/** Verbs of promise, whose words may be an infinitive ("vowed to impose a tariff"). */
const PROMISE = /^(?:vowed|vows|pledged|promised|promises)$/u;
/**
 * What after a verb is not its reported words: punctuation, a prepositional phrase, an infinitive of intent, or a
 * conjunction (the verb closes a clause of its own: "the official he questioned and then finally released").
 */
const NOT_WORDS_AFTER_VERB =
  /^(?:[,;:.—–-]|(?:at|in|on|during|by|of|from|after|before|with|to|for|about|against|upon|via|as|onstage|aboard|while|when|without|through|over|matter-of-factly|and|or|but|nor)\b)/u;
/**
 * An auxiliary opening what follows an object verb: the verb stands in a relative clause whose object is gone
 * ("the phrase, which Grassley cited on Wednesday, has appeared in …"), and what follows is the main clause.
 */
const AUXILIARY_OPENS = /^(?:has|have|had|was|were|is|are|will|would|can|could|should|may|might|must|did|does)\s/u;
/** A form of "be" right before a verb (an adverb between at most): a passive ("has been praised", "was dismissed"). */
const PASSIVE_BE_BEFORE = /\b(?:is|are|was|were|be|been|being)\s+(?:\p{Ll}+ly\s+)?$/u;
/** A clause with a pronoun subject, which no object could be ("announced it was laying off …", "confirmed he would run"). */
const PRONOUN_CLAUSE =
  /^\s+(?:it|he|she|they|we|there)\s+(?:was|were|is|are|had|has|have|would|will|could|should|might|may|did|does|\p{Ll}+ed)\b/u;
/** A clause with a short noun phrase subject and its auxiliary ("announced the leaders of Russia and Ukraine had agreed …"). */
const NOUN_PHRASE_CLAUSE =
  /^\s+(?:the|a|an|his|her|its|their)\s+(?:(?!that\b|which\b|who\b)[\p{L}’'.-]+\s+){1,6}?(?:had|has|have|was|were|is|are|would|will|could|should|might|must|can|may)\s+\p{Ll}/u;
/**
 * After "asked": who asked or where (up to a few words), then the question ("asked by a reporter
 * whether …", "Asked on Fox News who leads …"); group 1 is its first word.
 */
const ASKED_QUESTION =
  /^(?:\s+(?:by|on|in|at|during)(?:\s+(?!if\b|whether\b)[\p{L}\p{N}’'.-]+){1,5}?)?\s+(if|whether|what|why|how|who|when|where|which)\s/u;

/** Before "asked" in a clause of time or condition ("When asked …", "after being asked …"), whose question ends at a comma. */
const QUESTION_CLAUSE_OPENER =
  /(?:^|\b(?:[Ww]hen|[Aa]fter|[Ii]f|[Oo]nce|[Uu]pon|[Bb]efore|[Ww]hile|[Aa]s)\s+(?:[\p{L}’'-]+\s+){0,3})$/u;

/** "Asked whether …" opening a sentence: a capitalised "Asked" that reports a question (not a headline's verb). */
export function opensWithQuestion(text: string, cue: SpeechCue): boolean {
  return cue.word === 'Asked' && ASKED_QUESTION.test(text.slice(cue.end, cue.end + 80));
}

/** What a sentence's last characters are, to leave its closing punctuation out of the content. */
const SENTENCE_CLOSE = /[\s.!?;:,—–-]+$/u;
/** "and"/"but" and up to four words of a new subject right before another cue: "…, and Democrats accused". */
const NEXT_REPORT_LEAD = /,?\s+(?:and|but)\s+(?:[\p{L}’'.-]+\s+){0,4}$/u;
/** A question word and an infinitive after "told them": "what to say", "how to vote". */
const WH_INFINITIVE = /^(?:what|how|where|when|whether|who|whom|which)\s+(?:not\s+)?to\s/iu;

/** The sentence's end without its closing punctuation (a closing quote mark stays). */
function trimmedEnd(text: string, start: number, end: number): number {
  const close = SENTENCE_CLOSE.exec(text.slice(Math.max(start, end - 8), end));
  return close ? end - close[0].length : end;
}

function skipSpaces(text: string, at: number, end: number): number {
  let from = at;
  while (from < end && /\s/u.test(text[from]!)) from++;
  return from;
}

/**
 * Where a sentence's words end when they close on a quoted fragment right before the attribution
 * (`subjectStart`): the quote's end, when at least three words of the reporter's, and more of them
 * than the quote's, with no speech cue and no colon or comma right before the opening mark, stand
 * before it; else null ("Trump told
 * the crowd, “We will win,” Peskov said" is a direct quote).
 */
function endsOnFragment(quotedText: QuotedText, sentenceStart: number, subjectStart: number): number | null {
  const { text } = quotedText;
  // Quotes do not overlap, so sorted by start they are sorted by end too: a binary search finds the last one before.
  const spans = quotedText.quoted;
  const quote = spans[partitionPoint(spans.length, (index) => spans[index]![1] > subjectStart) - 1];
  if (!quote || quote[0] < sentenceStart || !/^\s*$/u.test(text.slice(quote[1], subjectStart))) return null;
  const before = text.slice(sentenceStart, quote[0]);
  const reporters = before.match(/\p{L}+/gu)?.length ?? 0;
  // Mostly the speaker's own words ("Trump and his team “continue to engage with …,”") are a quote with its attribution.
  const quoted = text.slice(quote[0], quote[1]).match(/\p{L}+/gu)?.length ?? 0;
  if (/[,:]\s*$/u.test(before) || reporters < 3 || reporters < quoted) return null;
  const cues = quotedText.speechCues();
  const next = cues[partitionPoint(cues.length, (index) => cues[index]!.start >= sentenceStart)];
  return next && next.start < quote[0] ? null : quote[1];
}

/** The last comma outside quotes between `from` and `to` (scanning back), or -1. */
function lastCommaBefore(quotedText: QuotedText, from: number, to: number): number {
  for (let at = to - 1; at >= from; at--) {
    if (quotedText.text[at] === ',' && !quotedText.isQuoted(at)) return at;
  }
  return -1;
}

/** The first comma outside quotes between `from` and `to`, or -1. */
function firstCommaAfter(quotedText: QuotedText, from: number, to: number): number {
  for (let at = from; at < to; at++) {
    if (quotedText.text[at] === ',' && !quotedText.isQuoted(at)) return at;
  }
  return -1;
}

/**
 * The content clause of a speech cue in its sentence, or null when the cue reports no words here.
 * `subjectStart`: where the cue's subject (with its title) starts when one was found before the cue.
 */
export function contentClause(
  quotedText: QuotedText,
  cue: SpeechCue,
  sentence: { start: number; end: number },
  subjectStart: number | null,
): ContentClause | null {
  const { text } = quotedText;
  const end = trimmedEnd(text, sentence.start, sentence.end);
  const before = text.slice(Math.max(sentence.start, cue.start - 40), cue.start);
  if (cue.form === 'according') {
    // At the sentence's start, or after a colon ("And it has not gone unnoticed: According to recent polls, …").
    if (/(?:^|[:;]\s)\s*(?:(?:And|But|So|Yet),?\s+)?$/u.test(text.slice(sentence.start, cue.start))) {
      // "According to two officials, the envoy will fly …": the words after the source's comma.
      const comma = firstCommaAfter(quotedText, cue.end, Math.min(end, cue.end + 160));
      return comma < 0 ? null : { start: skipSpaces(text, comma + 1, end), end, pattern: 'according-to-before', cueEnd: cue.end };
    }
    const comma = lastCommaBefore(quotedText, sentence.start, cue.start);
    const wordsBefore = {
      start: sentence.start,
      end: trimmedEnd(text, sentence.start, comma + 1),
      pattern: 'according-to-after' as const,
    };
    if (comma < 0 || !/^\s*$/u.test(text.slice(comma + 1, cue.start))) {
      // "Clinton leads Sanders by 271 delegates according to a count by …": no comma, the words before.
      const last = trimmedEnd(text, sentence.start, cue.start);
      return /\s$/u.test(text.slice(cue.start - 1, cue.start)) &&
        /\p{L}/u.test(text.slice(sentence.start, last)) &&
        !/[“"(—–]\s*$/u.test(text.slice(sentence.start, cue.start))
        ? { start: sentence.start, end: last, pattern: 'according-to-after', cueEnd: cue.end }
        : null;
    }
    const next = firstCommaAfter(quotedText, cue.end, Math.min(end, cue.end + 160));
    const rest = next < 0 ? '' : text.slice(next + 1, next + 40);
    // "…, according to exit polls, but his lead …", "…, according to X, director of …": the words are before it.
    if (next < 0 || !SOURCES_WORDS_GO_ON_OR_NEW_CLAUSE.test(rest)) return { ...wordsBefore, cueEnd: cue.end };
    // "And he remains, according to three people, reluctant to …", "But the next day, according to Roffman, Trump made …":
    // the sentence goes on after the source; its words are on both sides, so the content runs over the attribution.
    return aroundAttribution(sentence.start, skipSpaces(text, next + 1, end), end, cue);
  }
  const after = text.slice(cue.end, Math.min(end, cue.end + 200));
  const verb = cue.word.toLowerCase().replace(/\s+/gu, ' ');
  if (cue.form === 'participle') return participleClause(quotedText, cue, end);
  // "what he described as a productive round of talks": what the thing was called is reported.
  if (
    /^describ/u.test(verb) &&
    /\bwhat\s+$/u.test(text.slice(Math.max(sentence.start, (subjectStart ?? cue.start) - 8), subjectStart ?? cue.start))
  ) {
    const as = /^\s+as\s+/u.exec(after);
    const start = as ? cue.end + as[0].length : -1;
    const last = as ? objectEnd(quotedText, start, end) : -1;
    return start < last ? { start, end: last, pattern: 'verb-object', cueEnd: cue.end + as![0].trimEnd().length } : null;
  }
  // "Asked whether he would run, Ryan said …", "when asked by a reporter if …": the question is reported.
  const question = /^ask/u.test(verb) ? ASKED_QUESTION.exec(after) : null;
  if (question) {
    const start = cue.end + question[0].length - 1 - question[1]!.length;
    // "Asked whether he would run, Ryan said …": a question that opens its sentence ends at its comma;
    // "Wiegold asked whether the minister, Ursula von der Leyen, could …" runs to the sentence's end.
    const opening = cue.word === 'Asked' || QUESTION_CLAUSE_OPENER.test(before);
    const last = opening ? objectEnd(quotedText, start, end) : endBeforeNextReport(quotedText, start, end);
    return start < last ? { start, end: last, pattern: 'verb-object', cueEnd: cue.end } : null;
  }
  if (PASSIVE_BEFORE.test(before)) {
    const that = THAT.exec(after.slice(ADJUNCT.exec(after)![0].length));
    if (!that) return null;
    const start = cue.end + ADJUNCT.exec(after)![0].length + that[0].length;
    return { start: skipSpaces(text, start, end), end, pattern: 'passive-that', cueEnd: cue.end };
  }
  const asClause = asClauseWords(quotedText, cue, { start: sentence.start, end });
  if (asClause) return asClause;
  // "…,” said Dennis Ross, a former adviser": a verb right after a comma or a closing mark follows the words.
  // The comma may be inside the quote before, which then ends the sentence as the sentences are cut.
  const verbFirst = VERB_AFTER_COMMA.exec(text.slice(Math.max(0, cue.start - 4), cue.start));
  const subjectBefore = subjectStart !== null && subjectStart < cue.start;
  // After a plain comma the verb may also close an appositive whose head was not read ("X, a spokesman, said the …").
  // After a plain comma, the verb's own speaker must follow and end the clause ("…, said the spokesman, who …"):
  // "Rachel Berg, a philanthropist, said Thursday's speeches …" has the words after the verb.
  const speakerAfter = /[”"']/u.test(verbFirst?.[0] ?? '') || SPEAKER_ENDS_CLAUSE.test(after);
  if (verbFirst && !subjectBefore && speakerAfter) {
    const comma = cue.start - verbFirst[0].length;
    return {
      start: sentence.start,
      end: trimmedEnd(text, sentence.start, comma + 1),
      pattern: 'verb-after-content',
      cueEnd: cue.end,
    };
  }
  // "“…,” Trump said without …": the attribution of a direct quote.
  // A full stop inside the closing mark ended that sentence: a new one starts ("… identity.” Cruz says he …").
  if (subjectBefore && CLOSING_MARK_BEFORE.test(text.slice(Math.max(0, subjectStart - 3), subjectStart))) {
    if (!/[.?!]\s*(?:[”"“]|'')\s*$/u.test(text.slice(Math.max(0, subjectStart - 5), subjectStart))) {
      // "… the talks are a “grind,” a second official said.": the reporter's words end on a quoted fragment.
      const fragmentEnd = endsOnFragment(quotedText, sentence.start, subjectStart);
      return fragmentEnd !== null && ENDS_AFTER_VERB.test(after)
        ? {
            start: sentence.start,
            end: trimmedEnd(text, sentence.start, fragmentEnd),
            pattern: 'verb-after-content',
            cueEnd: cue.end,
          }
        : null;
    }
  }
  // "…, Peskov said." / "…, said Peskov.": the words come before the comma that opens the attribution.
  const from = subjectStart !== null && subjectStart < cue.start ? subjectStart : cue.start;
  const comma = lastCommaBefore(quotedText, Math.max(sentence.start, from - 160), from);
  // Only the subject (with its title) stands between the comma and the verb: "…, Kremlin spokesman Peskov said".
  // "…, the news site RTL Info reported": a description of the subject may stand before its name.
  const attributionAtEnd = comma > sentence.start && DESCRIPTION_BEFORE_NAME.test(text.slice(comma + 1, from));
  // "…, Lavrov told Russian state television on Monday." (not "told The Star-Ledger last week she would …").
  const toldAtEnd =
    (verb === 'told' || verb === 'tells') &&
    TOLD_AT_END.test(after) &&
    !/\s(?:he|she|they|it|we|I)(?:[’']\p{Ll}+)?\s/u.test(after);
  // "A new manager, he said, could set a new tone." / "…, analysts say; in 2012 …": the attribution
  // stands inside the sentence, the words around it.
  const inside = attributionAtEnd ? insideAttribution(text, cue, verb, { sentenceStart: sentence.start, comma, end }) : null;
  if (inside === 'before') {
    return {
      start: sentence.start,
      end: trimmedEnd(text, sentence.start, comma + 1),
      pattern: 'verb-after-content',
      cueEnd: cue.end,
    };
  }
  // The words stand on both sides ("This campaign, he says, is different."): the content is one span, so it runs
  // over the attribution from the sentence's start to its end; either side alone may be too short to say anything.
  if (inside) return aroundAttribution(sentence.start, inside.goesOnAt, end, cue);
  if (attributionAtEnd && (ENDS_AFTER_VERB.test(after) || toldAtEnd || isVerbThenSpeaker(text, cue, end, subjectStart))) {
    return {
      start: sentence.start,
      end: trimmedEnd(text, sentence.start, comma + 1),
      pattern: 'verb-after-content',
      cueEnd: cue.end,
    };
  }
  // "Peskov said (on Friday) (that) …", "told reporters (that) …", "accused Russia of …".
  let at = cue.end;
  let cueEnd = cue.end;
  if (verb === 'told' || verb === 'tells') {
    const object = TOLD_OBJECT.exec(after);
    if (!object) return null;
    at += object[0].length;
    cueEnd = at;
    // "told Russian state TV that …": the object runs to "that" when one follows closely; without
    // "that", only an audience ("told reporters the …") leaves the words right after it.
    const toThat = TO_THAT.exec(text.slice(at, Math.min(end, at + 100)));
    if (toThat) at += toThat[0].length;
    // "told the AP his firm worked …", "told The Star-Ledger of Newark last week she would …": a clause opened by a
    // pronoun follows any object (the rest of its name and a time between).
    else if (!AUDIENCE.test(object[0])) {
      const pronounClause = TOLD_PRONOUN_CLAUSE.exec(text.slice(at, Math.min(end, at + 80)));
      if (!pronounClause) return null;
      at += pronounClause[0].length;
      cueEnd = at;
    }
  }
  at += ADJUNCT.exec(text.slice(at, Math.min(end, at + 200)))![0].length;
  // "said during a news conference on Friday that …", "said after a lunch on Tuesday that …": a longer adjunct, then "that".
  const that =
    THAT.exec(text.slice(at, Math.min(end, at + 100))) ?? ADJUNCT_THEN_THAT.exec(text.slice(at, Math.min(end, at + 100)));
  // "announced his resignation", "asked whether …", "criticized the accord, which …": the object, to the first comma.
  // "announced she will resign her post after the convention": a clause after a verb that also takes an object is read whole.
  const object =
    !that && WITH_OBJECT.has(verb) && !(ONLY_WITH_THAT.has(verb) && opensClause(text.slice(at, Math.min(end, at + 90))));
  // "a judge who has been praised by the right", "was dismissed as myopic": the subject is who was spoken of, not
  // who spoke. A question asked ("was asked whether …", "was asked about …") still reports its words.
  if (object && !/^ask/u.test(verb) && PASSIVE_BE_BEFORE.test(before)) return null;
  if (that) at += that[0].length;
  // "asked him to resign" is a request reported, as "urged him to resign" is: an object is read as for the others.
  else if (
    !object &&
    ONLY_WITH_THAT.has(verb) &&
    !(PROMISE.test(verb) && /^\s+to\s/u.test(text.slice(at, at + 4))) &&
    !PRONOUN_CLAUSE.test(text.slice(at, Math.min(end, at + 30))) &&
    !NOUN_PHRASE_CLAUSE.test(text.slice(at, Math.min(end, at + 90))) &&
    !NOUN_PHRASE_PAST_CLAUSE.test(text.slice(at, Math.min(end, at + 90)))
  )
    return null;
  else if (verb === 'accused' && !ACCUSED_OBJECT.test(text.slice(at, Math.min(end, at + 120)))) return null;
  const start = skipSpaces(text, at, end);
  // "vowed to impose a tariff": a promise's words are its infinitive.
  if (!that && PROMISE.test(verb) && /^to\s/u.test(text.slice(start, start + 3)))
    return { start, end, pattern: 'speaker-then-verb', cueEnd };
  // "said, attempting to regroup", "said at a press conference": no reported words here.
  // "warned about a new world war", "complained about the rules": what was spoken of is reported.
  const aboutTopic = !that && TOPIC_VERBS.test(verb) ? /^about\s/u.test(text.slice(start, start + 6)) : false;
  if (aboutTopic) {
    const topic = skipSpaces(text, start + 5, end);
    // "the risk the agency warned about in its 2013 report": "about" has lost its object to a relative clause.
    if (/^(?:it|them|this|that|those|these|him|her)\b/u.test(text.slice(topic, topic + 6))) return null;
    if (NOT_WORDS_AFTER_VERB.test(text.slice(topic, Math.min(end, topic + 20)))) return null;
    const last = objectEnd(quotedText, topic, end);
    return topic < last ? { start: topic, end: last, pattern: 'verb-object', cueEnd: start + 5 } : null;
  }
  // "was asked about the speeches", "Asked about that vote, …": the question's subject is what is reported.
  if (!that && /^ask/u.test(verb) && /^about\s/u.test(text.slice(start, start + 6))) {
    const topic = skipSpaces(text, start + 5, end);
    // "asked about it during the debate": a pronoun names no subject a reader could read.
    if (/^(?:it|them|this|that|those|these|him|her)\b/u.test(text.slice(topic, topic + 6))) return null;
    const last = objectEnd(quotedText, topic, end);
    return topic < last ? { start: topic, end: last, pattern: 'verb-object', cueEnd: start + 5 } : null;
  }
  // "Rubio says, win or lose in Florida, he's staying in the race", "Kaine now says, however, that …": an aside in
  // commas, then a clause; the aside is the speaker's too.
  const aside = !that && !object ? ASIDE_THEN_CLAUSE.exec(text.slice(start, Math.min(end, start + 120))) : null;
  if (aside) {
    const from = skipSpaces(text, start + 1, end);
    const last = endBeforeNextReport(quotedText, from, end);
    return from < last ? { start: from, end: last, pattern: 'speaker-then-verb', cueEnd } : null;
  }
  if (!that && NOT_WORDS_AFTER_VERB.test(text.slice(start, Math.min(end, start + 20)))) return null;
  if (object && AUXILIARY_OPENS.test(text.slice(start, Math.min(end, start + 8)))) return null;
  // "told them what to say": an instruction's object, not words reported.
  if (!that && WH_INFINITIVE.test(text.slice(start, Math.min(end, start + 20)))) return null;
  const last = endBeforeNextReport(quotedText, start, object ? objectEnd(quotedText, start, end) : end);
  return start < last ? { start, end: last, pattern: object ? 'verb-object' : 'speaker-then-verb', cueEnd } : null;
}

function asClauseWords(quotedText: QuotedText, cue: SpeechCue, sentence: { start: number; end: number }): ContentClause | null {
  if (
    cue.form !== 'finite' ||
    !/^(?:said|says|say|noted|notes|reported|reports|wrote|writes|explained|explains|pointed out|points out|argued|argues|observed|put it|recalled|mentioned|stated|told|has said|warned|predicted|claimed|claims|acknowledged|suggested)$/iu.test(
      cue.word.replace(/\s+/gu, ' '),
    )
  )
    return null;
  const { text } = quotedText;
  const lead = text.slice(Math.max(sentence.start, cue.start - 90), cue.start);
  const opener = AS_OPENER.exec(lead);
  if (!opener) return null;
  const subject = opener[0].replace(/^.*?[Aa]s\s+/u, '');
  if (NOT_AS_SUBJECT.test(subject.replace(/\b(?:has|had|have|also|first|previously|recently|once|long|\p{Ll}+ly)\s+/gu, '')))
    return null;
  const close = AS_CLAUSE_END.exec(text.slice(cue.end, Math.min(sentence.end, cue.end + 90)));
  if (!close) return null;
  const asStart = cue.start - lead.length + opener.index + opener[0].search(/[Aa]s\s/u);
  const before = { start: sentence.start, end: trimmedEnd(text, sentence.start, asStart) };
  const afterStart = skipSpaces(text, cue.end + close[0].length, sentence.end);
  const after = { start: afterStart, end: endBeforeNextReport(quotedText, afterStart, sentence.end) };
  // "…, as The Times reported on Tuesday, and he will …" / "…, as The Times reported.": the words came before.
  const wordsBefore =
    /[,;—–(]\s*$/u.test(text.slice(sentence.start, asStart)) &&
    (after.end <= after.start || /^(?:and|but|so|yet|while|which|who)\b/u.test(text.slice(afterStart, afterStart + 6)));
  const span = wordsBefore ? before : after;
  return span.start < span.end ? { ...span, pattern: 'as-clause', cueEnd: cue.end } : null;
}

/** The longest words a statement may hold, in characters: a sentence longer than this (a paragraph with no full stop) is no one statement. */
const LONGEST_STATEMENT = 1500;

/**
 * The words of an attribution written inside its sentence: from the sentence's start to its end, over the
 * attribution; or, in a run-on longer than a statement could be, the side after it (from `goesOnAt`).
 */
function aroundAttribution(start: number, goesOnAt: number, end: number, cue: SpeechCue): ContentClause {
  return { start: end - start > LONGEST_STATEMENT ? goesOnAt : start, end, pattern: 'parenthetical', cueEnd: cue.end };
}

/** Where a noun-phrase object ends: at the first comma (not one inside a number: "255,000"), semicolon or dash outside quotes, or the sentence's end. */
function objectEnd(quotedText: QuotedText, start: number, end: number): number {
  const { text } = quotedText;
  for (let at = start; at < end; at++) {
    if (text[at] === ',' && /\d/u.test(text[at - 1] ?? '') && /\d/u.test(text[at + 1] ?? '')) continue;
    if (/[,;—–]/u.test(text[at]!) && !quotedText.isQuoted(at)) return trimmedEnd(text, start, at);
  }
  return end;
}

/**
 * Where the words reported from `start` end: at the sentence's end, or before a coordinated clause
 * that brings a report of its own ("… mishandled the investigation and Democrats accused the GOP
 * of …", "… but she denied that …"). Each report keeps its own words, so neither takes the other's.
 */
function endBeforeNextReport(quotedText: QuotedText, start: number, end: number): number {
  const { text } = quotedText;
  for (const cue of quotedText.speechCues()) {
    if (cue.start <= start || !opensReport(cue)) continue;
    if (cue.start >= end) break;
    const coordinated = NEXT_REPORT_LEAD.exec(text.slice(start, cue.start));
    if (coordinated) return trimmedEnd(text, start, start + coordinated.index);
  }
  return end;
}

const REPORT_VERBS = new Set(STATEMENT_VERBS);
const REPORT_PARTICIPLES = new Set([...SPEECH_PARTICIPLES, ...STATEMENT_PARTICIPLE_PHRASES]);

/** Whether a cue can bring a report of its own: "and Democrats accused …", not "and Ukraine had agreed to meet". */
function opensReport(cue: SpeechCue): boolean {
  const word = cue.word.toLowerCase();
  return cue.form === 'according' || REPORT_VERBS.has(word) || REPORT_PARTICIPLES.has(word);
}

/** After an attribution inside a sentence: its time or place, then a comma or semicolon, and the sentence goes on. */
const ATTRIBUTION_THEN_MORE =
  /^(?:\s+(?:on|in|at|during|late|last|this|after|before|yesterday|today|later|earlier|recently|privately|publicly)\b[^,;:“”"]{0,50})?\s*([,;])\s+(\S+)/u;
/** "told The Washington Post, Fiorina would …": the audience of "told", then the comma. */
const TOLD_THEN_MORE = /^\s+(?:(?!\bthat\b)[^,;:“”"]){1,60}?([,;])\s+(\S+)/u;
/** What after the attribution's comma belongs to the attribution, not to the words: "…, he said, adding …", "…, before …". */
const ATTRIBUTION_GOES_ON =
  /^(?:\p{Ll}+ing|before|after|as|because|while|when|whereas|which|who|whom|though|although|since|according|in|at|on|during|than|so|then|to)$/u;

/**
 * Where the words of an attribution written inside its sentence lie: around it ("A new manager,
 * he said, could set a new tone"; `goesOnAt`: where they go on after it), or `before` it when what follows belongs to the attribution or
 * starts a new clause ("…, officials said, adding that …", "…, analysts say; in 2012 …"); null when
 * the attribution ends the sentence or is not inside one.
 */
function insideAttribution(
  text: string,
  cue: SpeechCue,
  verb: string,
  span: { sentenceStart: number; comma: number; end: number },
): { goesOnAt: number } | 'before' | null {
  const { sentenceStart, comma, end } = span;
  const after = text.slice(cue.end, Math.min(end, cue.end + 120));
  const match = ATTRIBUTION_THEN_MORE.exec(after) ?? (verb === 'told' || verb === 'tells' ? TOLD_THEN_MORE.exec(after) : null);
  if (!match) return null;
  const next = match[2]!.replace(/[^\p{L}]+$/u, '');
  if (match[1] === ';' || ATTRIBUTION_GOES_ON.test(next)) return isIntroduction(text, sentenceStart, comma) ? null : 'before';
  // A quote or a name after the comma opens something else ("In a post, he wrote, “We …”").
  if (!(/^\p{Ll}/u.test(next) || /^(?:I|It|The|This|That|They|He|She|We)$/u.test(next))) return null;
  return { goesOnAt: cue.end + match.index + match[0].length - match[2]!.length };
}

/** What opens an introductory phrase rather than a clause ("In an interview, he said …", "At the time, …"). */
const INTRODUCTION_OPENER =
  /^\s*(?:(?:And|But|So|Yet)\s+)?(?:In|At|On|When|While|As|If|After|Before|During|Like|Unlike|Rather|Since|Until|Asked|Speaking|Holding|From|With|Without|For|Of|Over|Under|Whether|Though|Although|Because|Once|Later|Earlier|Still|Instead|However|Meanwhile|Then|Now|Yesterday|Today|Last|This|Back)\b/u;

/** Whether the words before an attribution's comma are an introduction, not reported words. */
function isIntroduction(text: string, sentenceStart: number, comma: number): boolean {
  const before = text.slice(sentenceStart, comma);
  return INTRODUCTION_OPENER.test(before) && !/,/u.test(before);
}

/** "…, said Peskov." / "…, said the spokesman.": a subject right after the verb and nothing more. */
function isVerbThenSpeaker(text: string, cue: SpeechCue, end: number, subjectStart: number | null): boolean {
  if (subjectStart !== null && subjectStart < cue.start) return false;
  return /^\s+(?:the\s+|an?\s+)?(?:[\p{L}’'.-]+\s+){0,5}?[\p{L}’'.-]+$/u.test(text.slice(cue.end, end)) && end - cue.end < 80;
}

/** A personal pronoun and a noun phrase after a verb: two objects ("denying him a vote", "denied them the chance"). */
const DOUBLE_OBJECT = /^\s+(?:him|her|them|us|me|it)\s+(?:a|an|the|any|his|her|their|its|\p{Ll}+)\s/u;

/** Whether `after` (the words after a verb) opens a clause: a pronoun's or a noun phrase's, with its verb. */
function opensClause(after: string): boolean {
  return PRONOUN_CLAUSE.test(after) || NOUN_PHRASE_CLAUSE.test(after) || NOUN_PHRASE_PAST_CLAUSE.test(after);
}

/** "…, saying (that) the talks had failed", "telling reporters that …", "accusing Kyiv of …": the words after a participle. */
function participleClause(quotedText: QuotedText, cue: SpeechCue, end: number): ContentClause | null {
  const { text } = quotedText;
  // A participle reports words only as a clause of its own, after a comma or a dash.
  // Also after a preposition of time or means ("after initially saying he would …", "by saying that …").
  // "Clinton is calling for …", "the group is accusing Obama of …": a progressive is the clause's own verb.
  const afterComma =
    /[,—–]\s*$/u.test(text.slice(Math.max(0, cue.start - 3), cue.start)) ||
    PROGRESSIVE_BEFORE.test(text.slice(Math.max(0, cue.start - 30), cue.start));
  if (!afterComma && !PARTICIPLE_OPENER.test(text.slice(Math.max(0, cue.start - 60), cue.start))) return null;
  let at = cue.end;
  let cueEnd = cue.end;
  // "writing a book" is no report: "writing" reports words only through "that".
  if (cue.word === 'writing' && !THAT.test(text.slice(cue.end, Math.min(end, cue.end + 100)))) return null;
  if (cue.word === 'telling') {
    const object = TOLD_OBJECT.exec(text.slice(at, Math.min(end, at + 120)));
    if (!object) return null;
    at += object[0].length;
    cueEnd = at;
  }
  const that = THAT.exec(text.slice(at, Math.min(end, at + 100)));
  if (that) at += that[0].length;
  else if (cue.word === 'accusing' && !ACCUSED_OBJECT.test(text.slice(at, Math.min(end, at + 120)))) return null;
  // "…, adding a plug for himself": "adding", as "added", reports words only as a clause.
  else if (cue.word === 'adding' && !opensClause(text.slice(at, Math.min(end, at + 90)))) return null;
  // "denying him a first-ballot victory": a thing withheld from someone, no words.
  else if (cue.word === 'denying' && DOUBLE_OBJECT.test(text.slice(at, Math.min(end, at + 60)))) return null;
  const start = skipSpaces(text, at, end);
  if (!that && NOT_WORDS_AFTER_VERB.test(text.slice(start, Math.min(end, start + 20)))) return null;
  // After a preposition the participle's clause ends at the next comma ("after saying he would not …, took to …").
  const clauseEnd = afterComma ? end : objectEnd(quotedText, start, end);
  const last = endBeforeNextReport(quotedText, start, clauseEnd);
  return start < last ? { start, end: last, pattern: 'participle-after-clause', cueEnd } : null;
}

/**
 * Nouns of speech whose "that" opens the words reported ("Trump’s claim that …", "a threat that …",
 * "Trump’s statement that …": its cue holds its owner, so no note shows a bare “statement”).
 */
const NOUNS_WITH_THAT = /^(?:assertion|claim|pledge|promise|statement|threat|vow|warning|suggestion)$/iu;
/** "that" right after the noun, and not a relative pronoun with its verb next ("the statement that was issued"). */
const NOUN_THAT =
  /^\s*,?\s*that\s+(?!(?:was|were|is|are|has|had|have|would|will|could|should|may|might|came|followed|left|went|made|got|took|gave)\b|\p{Ll}+(?:es|ed)\s|\p{Ll}+s\s+(?:the|an?|all|his|her|its|their|from|to|in|on|as|with|by|into|for)\b)/u;

/** "Trump’s claim that Moscow is open …", "issued a threat that the US could …": the words after a speech noun's "that". */
export function nounClause(
  quotedText: QuotedText,
  cue: SpeechCue,
  sentence: { start: number; end: number },
): ContentClause | null {
  if (!NOUNS_WITH_THAT.test(cue.word)) return null;
  const { text } = quotedText;
  const end = trimmedEnd(text, sentence.start, sentence.end);
  const that = NOUN_THAT.exec(text.slice(cue.end, Math.min(end, cue.end + 60)));
  if (!that) return null;
  const start = skipSpaces(text, cue.end + that[0].length, end);
  // The noun sits inside a clause of its own ("thrown cold water on Trump’s claim that …, while …"): its words end at a comma.
  const last = endBeforeNextReport(quotedText, start, objectEnd(quotedText, start, end));
  return start < last ? { start, end: last, pattern: 'noun-that', cueEnd: cue.end } : null;
}
