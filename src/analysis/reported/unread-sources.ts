/**
 * Sources of reported statements that the quote attribution's candidates do not read: a name
 * kept apart from its verb by a long phrase, a bare subject with no determiner ("federal officials
 * said", "75 percent of Democrats said"), a capitalised run the name reader did not take ("The
 * Washington Post noted"), and the phrase after "according to". Each reads a bounded window
 * before or after its cue, so a paragraph is read in linear time. Unnamed sources keep the
 * article's words.
 */
import { partitionPoint } from '../../lib/partition-point.ts';
import type { Candidate } from '../attribution/candidates.ts';
import { type BlockContext, firstAtOrAfter, firstCandidate, isPossessive, SUBJECT_REACH } from '../attribution/subjects.ts';
import { MONTH_NAMES, WEEKDAY_NAMES } from '../lexicon/calendar-words.ts';
import { BODY_SOURCE_NOUNS, PERSON_SOURCE_NOUNS } from '../lexicon/role-nouns.ts';
import type { SpeechCue } from '../text/speech-cues.ts';

/** Between a subject and its verb: a phrase set off by commas or dashes ("Trump, speaking at a rally in Wilmington, N.C., warned"). */
const SET_OFF =
  /^\s*(?:,[^;:“”"]{1,200},|\s[—–-]{1,2}\s[^;:“”"]{1,200}\s[—–-]{1,2})\s*(?:(?:also|later|then|again|has|had|have|previously|recently)\s+)*$/u;

/**
 * The name that opens the sentence when a long phrase, set off by commas or dashes, stands between
 * it and the verb ("Murshed Zaheed, acting political director of CREDO Action, which organized the
 * letter, said …"). The phrase may not hold a verb of speech of its own.
 */
export function interruptedSubject(context: BlockContext, sentenceStart: number, cue: SpeechCue): Candidate | null {
  if (cue.start - sentenceStart > SUBJECT_REACH) return null;
  // "Sexton, after previous Trump rallies, wrote": a capitalised run opening the sentence that the name reader did not take.
  const subject = firstCandidate(context, sentenceStart, cue.start) ?? openingNameRun(context.text, sentenceStart);
  if (!subject || subject.kind === 'pronoun' || !SET_OFF.test(context.text.slice(subject.end, cue.start))) return null;
  const cues = context.quotedText.speechCues();
  const next = cues[partitionPoint(cues.length, (index) => cues[index]!.start >= subject.end)];
  return next && next.start < cue.start && next.form === 'finite' ? null : subject;
}

/** Capitalised words that open the sentence, up to a comma: "Sexton,", "The Junge SVP,". */
const OPENING_NAME = /^\s*((?:[Tt]he\s+)?(?:\p{Lu}[\p{L}.’'&-]*\s+){0,3}\p{Lu}[\p{L}\p{N}.’'&-]*)(?=,)/u;

/** An opening phrase of time or place, no name: "In April,", "On Monday,". */
const OPENING_PREPOSITION = /^(?:In|On|At|By|For|From|With|After|Before|During|Since|Under|Over|Last|Next|Until|Across)\s/u;

/** The capitalised run opening the sentence before a comma (`OPENING_NAME`), as an unnamed source, when it is no opener; else null. */
function openingNameRun(text: string, sentenceStart: number): Candidate | null {
  const run = OPENING_NAME.exec(text.slice(sentenceStart, sentenceStart + 80));
  if (!run || OPENING_PREPOSITION.test(run[1]!)) return null;
  if (run[1]!.split(/\s+/u).some((word) => NOT_A_NAME.test(word) && !/^[Tt]he$/u.test(word))) return null;
  return describedSource(sentenceStart + run[0].length - run[1]!.length, run[1]!, false);
}

/** An adverb in -ly between a subject and its verb ("privately", "openly"), not a noun in -ly ("family"). */
export const MANNER_ADVERB = String.raw`(?!(?:family|ally|rally|supply|reply|bully|daily|early|only|assembly)\b)\p{Ll}{2,}ly`;

/** A sentence adverbial set off by commas between a subject and its verb ("Others, however, say", "Supporters, on the other hand, argued"). */
export const SET_OFF_ADVERBIAL = String.raw`(?:however|though|too|meanwhile|instead|in\s+turn|for\s+(?:their|his|her|its)\s+part|by\s+contrast|in\s+contrast|on\s+the\s+other\s+hand|in\s+fact|for\s+instance|for\s+example|in\s+particular|of\s+course)`;

/** Plural nouns of unnamed people ("officials", "aides", "analysts", and "police", a plural with no -s), as an alternation. */
export const PLURAL_SOURCE_NOUNS = [
  ...PERSON_SOURCE_NOUNS.filter((noun) => /[^s]s$/u.test(noun) || noun === 'people'),
  'police',
].join('|');
/** Singular nouns of an unnamed person or body ("person", "official", "spokesman", "agency"). */
const SINGULAR_SOURCE_NOUNS = [...PERSON_SOURCE_NOUNS, ...BODY_SOURCE_NOUNS].filter((noun) => !/[^s]s$/u.test(noun)).join('|');
/** Words that may open a bare plural subject and are no part of a name ("Many officials", "Her campaign workers"). */
export const BARE_OPENERS = 'his|her|their|its|many|most|some|other|several|few|both|all|senior|top';
/** Up to three words before a source noun that are not function words or verbs. */
export const BARE_MODIFIERS = String.raw`(?:(?!(?:the|a|an|and|but|or|as|of|that|who|which|he|she|it|they|was|were|is|are|has|have|had|said|say|says)\b)[\p{L}\p{N}][\p{L}\p{N}’'.-]*\s+){0,3}`;
/** After a source noun: who they are ("with direct knowledge of …", "familiar with the planning for …", "polled"). */
const SOURCE_POSTMODIFIER = String.raw`(?:\s+(?:with|for|from|at|in|of|to|close\s+to|familiar\s+with|involved\s+in|briefed\s+on)(?:\s+(?!(?:said|say|says|told)\b)[\p{L}\p{N}’'.-]+){1,8}|\s+(?:polled|surveyed|interviewed))?`;
/** A share of a group: "75 percent of Democrats", "A mere 9 percent", "42%", "about half of voters", "Some of the women", "Others". */
const SHARE = [
  String.raw`(?:(?:some|about|nearly|almost|just|only|roughly|a\s+mere|a\s+full|at\s+least|more\s+than|fewer\s+than|less\s+than|over|under)\s+)?`,
  String.raw`(?:\d[\d.,]*\s*(?:%|percent|per\s+cent)|(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-]\p{L}+)?\s+percent`,
  String.raw`|half|a\s+third|a\s+quarter|two-thirds|three-quarters|a\s+majority|majorities|a\s+minority|most|some|many|few|none|all|both`,
  String.raw`|(?:one|two|three|four|five|six|seven|eight|nine|\d)\s+in\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d+))`,
  String.raw`(?:\s+of\s+(?:the\s+|them\b|those\s+)?(?:[\p{L}\p{N}’'-]+\s+){0,2}?[\p{L}’'-]+(?:\s+(?:polled|surveyed))?`,
  // "Nine in 10 Democratic registered voters": the group named without "of".
  String.raw`|\s+${BARE_MODIFIERS}(?:${PLURAL_SOURCE_NOUNS}))?`,
  // "At least half of voters in each state", "Majorities of Democrats in five states".
  SOURCE_POSTMODIFIER,
].join('');
/**
 * A subject the candidates do not read, because no determiner opens it or a long phrase follows
 * its noun: "federal officials said", "People with direct knowledge of Gates' work said", "A person
 * familiar with the planning says", "75 percent of Democrats said", "Others say". It stands right
 * before the verb and after the start of a clause.
 */
/** A body's name with "of" in it: "Department of Health", "Ministry of the Interior". */
const NAME_WITH_OF = String.raw`\p{Lu}[\p{L}.’'&-]*(?:\s+\p{Lu}[\p{L}.’'&-]*){0,2}\s+of\s+(?:the\s+)?\p{Lu}[\p{L}.’'&-]*`;
const BARE_SOURCE = new RegExp(
  [
    String.raw`(?:^|[,;:—–]\s*|\b(?:and|but|that|while|[Aa]s|because)\s+)(`,
    // "Department of Health legal advisers": a body's name with "of" may stand before the modifiers.
    String.raw`(?:(?:${BARE_OPENERS})\s+)?(?:${NAME_WITH_OF}\s+)?${BARE_MODIFIERS}(?:${PLURAL_SOURCE_NOUNS})${SOURCE_POSTMODIFIER}`,
    String.raw`|(?:a|an|one|another)\s+${BARE_MODIFIERS}(?:${SINGULAR_SOURCE_NOUNS})${SOURCE_POSTMODIFIER}`,
    String.raw`|${SHARE}|others)`,
    // "Others, however, say …", "Democrats — and some Republicans — say …": an aside may stand before the verb.
    String.raw`(?:,\s*${SET_OFF_ADVERBIAL},|\s*[—–]\s*(?:and|or|but)\s[^—–,;:“”"()]{1,60}[—–])?`,
    String.raw`\s+(?:(?:also|even|have|had|has|now|still|long|both|all|later|often|meanwhile|${MANNER_ADVERB})\s+)*$`,
  ].join(''),
  'iu',
);
/**
 * A headline's subject: a singular source noun with no determiner before "says", after the start of
 * a clause ("…, analyst says.", "But expert says …", "Investment, official says, helped …").
 */
const HEADLINE_SOURCE = new RegExp(
  String.raw`(?:^|[,;:—–]\s*|\b(?:[Aa]nd|[Bb]ut)\s+)((?:(?!(?:the|a|an|and|but|or|of|that|this|his|her|its|their)\b)\p{Ll}[\p{Ll}-]*\s+)?(?:${SINGULAR_SOURCE_NOUNS}))\s+$`,
  'u',
);
/** A run of capitalised words right before the verb that the name reader did not take: "The Washington Post noted", "Forbes says". */
const NAME_RUN = new RegExp(
  [
    String.raw`(?:^|[,;:—–]\s*|\b(?:and|but|that|while|[Aa]s|because)\s+)`,
    String.raw`((?:[Tt]he\s+)?(?:\p{Lu}[\p{L}.’'&-]*\s+(?:of\s+|for\s+)?){0,4}\p{Lu}[\p{L}\p{N}.’'&-]*)`,
    String.raw`\s+(?:(?:also|has|had|have|now|still|long|both|later|often|${MANNER_ADVERB})\s+)*$`,
  ].join(''),
  'u',
);
/** Capitalised words that are no source: pronouns, openers, days and months. */
const NOT_A_NAME = new RegExp(
  String.raw`^(?:It|This|That|These|Those|They|He|She|We|I|You|But|And|So|Then|Yet|Here|There|The|A|An|When|If|As|Asked|What|Who|Also|Later|Earlier|Yesterday|Today|Tonight|Now|Still|Instead|Meanwhile|However|${[
    ...WEEKDAY_NAMES,
    ...MONTH_NAMES,
  ].join('|')})$`,
  'u',
);

/** A source as an unnamed speaker in the article's words (a candidate of kind `description`). */
export function describedSource(start: number, words: string, plural: boolean): Candidate {
  // "Many officials" opens a sentence with a capital that is no part of a name.
  const opener = new RegExp(
    String.raw`^(?:${BARE_OPENERS}|others|a|an|one|another|some|about|nearly|almost|just|only|roughly|half|at\s+least|majorities)\b`,
    'iu',
  );
  const label = opener.test(words) ? words.charAt(0).toLowerCase() + words.slice(1) : words;
  return { start, end: start + words.length, kind: 'description', label, definite: false, plural, entity: 'person' };
}

/** The subject right before a finite cue that the candidates did not read, as an unnamed source in the article's words, or null. */
export function bareSource(text: string, sentenceStart: number, cue: SpeechCue): Candidate | null {
  const from = Math.max(sentenceStart, cue.start - 160);
  const before = text.slice(from, cue.start);
  const match = BARE_SOURCE.exec(before);
  // "the National Association of Criminal Defense Lawyers": capitalised words after "of" up to the noun are one name.
  if (match && !/\sof\s+(?:the\s+)?(?:\p{Lu}[\p{L}.’'&-]*\s+)+\p{Lu}[\p{L}’'-]*$/u.test(match[1]!)) {
    const words = match[1]!;
    return describedSource(from + match.index + match[0].lastIndexOf(words), words, !/^(?:a|an|one|another)\s/iu.test(words));
  }
  const headline = cue.word === 'says' ? HEADLINE_SOURCE.exec(before) : null;
  if (headline) return describedSource(from + headline.index + headline[0].lastIndexOf(headline[1]!), headline[1]!, false);
  return null;
}

/** A run of capitalised words right before a finite cue that the name reader did not take, as an unnamed source, or null. */
export function capitalisedSource(text: string, sentenceStart: number, cue: SpeechCue): Candidate | null {
  const from = Math.max(sentenceStart, cue.start - 160);
  const before = text.slice(from, cue.start);
  const name = NAME_RUN.exec(before);
  if (!name) return null;
  // "But Monday", "Then The Post": an opener is no part of the name.
  const words = name[1]!.replace(
    /^(?:(?:But|And|So|Then|Yet|Still|Now|Meanwhile|However|Also|Instead|Later|Earlier|As)\s+)+/u,
    '',
  );
  if (words === '' || words.split(/\s+/u).some((word) => NOT_A_NAME.test(word) && !/^[Tt]he$/u.test(word))) return null;
  // A single capitalised word opening the sentence may be an adverb ("Separately said" never is a name).
  if (!/\s/u.test(words) && /ly$/u.test(words)) return null;
  return describedSource(from + name.index + name[0].lastIndexOf(words), words, false);
}

/** "according to figures her campaign released Friday, …": the source the candidates did not read, to the clause's end. */
export function sourceAfterAccording(context: BlockContext, cue: SpeechCue, end: number): Candidate | null {
  const { text } = context;
  const after = /^\s+([^,;:()“”"]{2,120}?)\s*(?=[,;:()“”"]|$)/u.exec(text.slice(cue.end, Math.min(end, cue.end + 160)));
  if (!after || after[1]!.split(/\s+/u).length > 14) return null;
  // "according to the new “dot plot” of projections": the source's phrase goes on inside quote marks, not read here.
  if (!/[.!?]$/u.test(after[1]!) && /^[“"]/u.test(text.slice(cue.end + after[0].length, cue.end + after[0].length + 1)))
    return null;
  const words = after[1]!.replace(/[.!?]+$/u, '');
  // "according to him": a pronoun, whose referent is not read here.
  if (/^(?:him|her|them|it|us|me|you)$/iu.test(words)) return null;
  const start = cue.end + after[0].indexOf(after[1]!);
  // "a tally by the Associated Press", "a post from Arianna Huffington": the author named in the phrase speaks.
  const author = candidatesBetween(context, start, start + words.length).find(
    (candidate) =>
      candidate.kind === 'named' &&
      /\b(?:by|from)\s+(?:the\s+)?$/u.test(text.slice(start, candidate.titleStart ?? candidate.start)),
  );
  return author ?? describedSource(start, words, false);
}

/** The candidates of a block that start in `[from, to)`. */
export function candidatesBetween(context: BlockContext, from: number, to: number): Candidate[] {
  return context.candidates.slice(firstAtOrAfter(context.candidates, from), firstAtOrAfter(context.candidates, to));
}

/** Between an owner and a speech noun: "’s" and up to three words ("Trump’s cryptic claim"). */
const OWNER_TO_NOUN = /^[’']s?\s+(?:[\p{L}-]+\s+){0,3}$/u;
/** Between a sentence's subject and a speech noun: a verb that makes the words its own ("issued a threat that"). */
const MAKES_THE_NOUN =
  /^\s+(?:(?:also|later|then|again|has|had|have|on\s+\p{Lu}\p{Ll}+)\s+)*(?:issued|made|repeated|reiterated|renewed|delivered|posted|sent|gave|published|released|voiced)\s+(?:a|an|the|his|her|its|their)\s+(?:[\p{L}-]+\s+){0,2}$/u;

/**
 * Who a speech noun's words belong to: the owner written before it ("Trump’s claim that …"), or
 * the sentence's subject when its verb makes the words ("Rubio issued a threat that …"). A claim
 * rejected or echoed is someone else's: those verbs are not read.
 */
export function ownerOfNoun(context: BlockContext, sentenceStart: number, cue: SpeechCue): Candidate | null {
  const near = candidatesBetween(context, Math.max(sentenceStart, cue.start - 60), cue.start);
  const owner = near.findLast(
    (candidate) => candidate.kind === 'named' && OWNER_TO_NOUN.test(context.text.slice(candidate.end, cue.start)),
  );
  if (owner) return owner;
  if (cue.start - sentenceStart > SUBJECT_REACH) return null;
  const subject = firstCandidate(context, sentenceStart, cue.start);
  return subject && subject.kind !== 'pronoun' && MAKES_THE_NOUN.test(context.text.slice(subject.end, cue.start))
    ? subject
    : null;
}

/**
 * "After wrapping up …, Secretary of State Marco Rubio on Friday laid out an ultimatum, declaring
 * that …": a participle whose clause's subject was not read takes the one person named before it
 * in its sentence, when there is only one.
 */
export function onlyNameBefore(context: BlockContext, sentenceStart: number, cue: SpeechCue): Candidate | null {
  // A sentence that opens with a pronoun is about someone else than the names inside it.
  if (firstCandidate(context, sentenceStart, cue.start)?.kind === 'pronoun') return null;
  const before = candidatesBetween(context, Math.max(sentenceStart, cue.start - SUBJECT_REACH), cue.start);
  const named = before.filter(
    (candidate) => candidate.kind === 'named' && candidate.entity === 'person' && !isPossessive(context, candidate),
  );
  const others = before.filter(
    (candidate) => candidate.kind === 'description' || (candidate.kind === 'named' && candidate.entity === 'organization'),
  );
  const actors = new Set(named.map((candidate) => candidate.speaker?.actor));
  return actors.size === 1 && others.length === 0 ? named.at(-1)! : null;
}

/**
 * "…, the news site RTL Info reported.", "The solution, the partner told them, was simple.": a
 * description opened by a determiner, alone between a comma and its verb. The words before the
 * comma are what it said; the description is its source, in the article's words.
 */
const DESCRIPTION_AFTER_COMMA =
  /,\s*((?:the|a|an|one|another|his|her|their|its|our|my)\s+(?:(?!(?:that|who|which|whom|whose|was|were|is|are|be|been|has|have|had|and|or|but|to|it|he|she|they|as|if|when|while|because)\b)[\p{L}\p{N}’'.&-]+\s+){0,6}?(?!(?:that|who|which|and|or|but|to)\b)[\p{L}\p{N}’'.&-]+)\s+(?:(?:also|later|then|once|first|previously|recently)\s+)?$/u;

/** The description between a comma and a finite cue, as an unnamed source, or null. */
export function describedAfterComma(text: string, sentenceStart: number, cue: SpeechCue): Candidate | null {
  const from = Math.max(sentenceStart, cue.start - 90);
  const before = text.slice(from, cue.start);
  const match = DESCRIPTION_AFTER_COMMA.exec(before);
  if (!match) return null;
  const words = match[1]!;
  return describedSource(from + match.index + match[0].indexOf(words), words, false);
}

/** "I" or "we" right before the verb, after the start of a clause ("I said", "As we reported", "but we warned"). */
const FIRST_PERSON = new RegExp(
  String.raw`(^|[,;:—–]\s*|\b(?:and|but|that|while|[Aa]s|because|when|[Ww]hen|since)\s+)(I|[Ww]e)\s+(?:(?:also|have|had|has|long|later|then|once|first|previously|recently|repeatedly|already|${MANNER_ADVERB})\s+)*$`,
  'u',
);

/**
 * "I said at the time that …", "As we reported, …": the writer or the outlet speaking in the first
 * person, as a pronoun source whose speaker is not named here (the byline is not read as a
 * speaker). The candidates leave "I" and "we" out.
 */
export function firstPersonSubject(text: string, sentenceStart: number, cue: SpeechCue): Candidate | null {
  const from = Math.max(sentenceStart, cue.start - 60);
  const match = FIRST_PERSON.exec(text.slice(from, cue.start));
  if (!match) return null;
  const start = from + match.index + match[1]!.length;
  return { start, end: start + match[2]!.length, kind: 'pronoun', label: match[2]!, entity: 'person' };
}
