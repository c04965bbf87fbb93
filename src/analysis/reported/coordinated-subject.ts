/**
 * The subject shared by two verbs joined by "and" or "but": "Sullivan put off deciding whether …
 * but said …", "Twitter reported flat user growth and said …". The second verb has no subject of
 * its own before it; its subject is the sentence's, when that subject is a name or a description
 * that opens the sentence, or its main clause after an opening phrase ("In April, Twitter reported
 * …"), and a finite verb follows it straight away.
 */
import type { Candidate } from '../attribution/candidates.ts';
import { type BlockContext, firstCandidate, isPossessive } from '../attribution/subjects.ts';
import type { SpeechCue } from '../text/speech-cues.ts';
import { candidatesBetween, describedSource } from './unread-sources.ts';

/** How far back from its cue a shared subject may open its sentence, in characters. */
const COORDINATED_REACH = 260;
/** Right before the cue: "and", "but", ", and then", "but has since", "and on Monday". */
export const JOINED =
  /(?:^|[^,;:]\s|,\s*)(?:and|but)\s+(?:(?:then|also|later|still|now|has|had|have|since|quickly|repeatedly|on\s+\p{Lu}\p{Ll}+)\s+)*$/u;
/** Irregular past tenses that may follow a subject. */
export const IRREGULAR_PAST = [
  'put|took|made|went|gave|met|spoke|told|held|led|ran|won|lost|sent|left|came|became|sought|got|kept|wrote',
  'broke|drew|struck|stood|sat|laid|set|paid|hit|cut|fought|brought|bought|thought|felt|found|began|saw|chose|rose',
].join('|');
/** Right after the subject: a finite verb, maybe after an adverb or a time ("Sullivan put off", "Clinton on Monday called"). */
const VERB_AFTER_SUBJECT = new RegExp(
  String.raw`^\s+(?:(?:also|has|had|have|later|then|first|on\s+\p{Lu}\p{Ll}+|last\s+\p{Ll}+|\p{Ll}+ly)\s+)*(?:\p{Ll}+(?:ed|[^s]s)|${IRREGULAR_PAST})\b`,
  'u',
);

/** The sentence's subject as the subject of a verb after "and"/"but", or null. */
export function coordinatedSubject(context: BlockContext, sentenceStart: number, cue: SpeechCue): Candidate | null {
  const from = Math.max(sentenceStart, cue.start - COORDINATED_REACH);
  if (from !== sentenceStart) return null;
  const { text } = context;
  const before = text.slice(from, cue.start);
  if (!JOINED.test(before)) return null;
  const subject = firstCandidate(context, sentenceStart, cue.start);
  const quoted = /[;“”"]/u.test(before);
  if (subject && subject.kind !== 'pronoun' && VERB_AFTER_SUBJECT.test(text.slice(subject.end, cue.start))) {
    return quoted ? null : subject;
  }
  if (!subject && !quoted) {
    const run = openingNameRun(sentenceStart, before);
    if (run) return run;
  }
  return subjectAfterOpening(context, sentenceStart, cue);
}

/** Where a main clause's subject may stand: the sentence's start, or after the comma that closes an opening phrase or clause. */
const CLAUSE_OPENS_BEFORE = /(?:^\s*|,[”"’]?\s*)$/u;
/** An age or a short aside after a name, set off by commas ("Jessie Elkins, 70,"). */
const AGE_AFTER_NAME = /^,\s*\d{1,3},/u;

/**
 * "In April, Twitter reported flat user growth …, and said …", "As they walked on, Ebeling reminisced
 * about …, and said …": after an opening phrase or clause closed by a comma, the first name or
 * description followed straight away by a finite verb is the subject the second verb shares. No
 * semicolon or quotation mark may stand between that subject and the cue.
 */
function subjectAfterOpening(context: BlockContext, sentenceStart: number, cue: SpeechCue): Candidate | null {
  const { text } = context;
  for (const candidate of candidatesBetween(context, sentenceStart, cue.start)) {
    if (candidate.kind === 'pronoun' || isPossessive(context, candidate)) continue;
    if (!CLAUSE_OPENS_BEFORE.test(text.slice(sentenceStart, candidate.titleStart ?? candidate.start))) continue;
    const after = text.slice(candidate.end, cue.start);
    if (!VERB_AFTER_SUBJECT.test(after.slice(AGE_AFTER_NAME.exec(after)?.[0].length ?? 0))) continue;
    return /[;“”"]/u.test(after) ? null : candidate;
  }
  // "In April, Twitter reported …": a capitalised run the name reader did not take, right after the opening's comma.
  const opening = OPENING_PHRASE.exec(text.slice(sentenceStart, cue.start));
  if (!opening) return null;
  const run = openingNameRun(sentenceStart + opening[0].length, text.slice(sentenceStart + opening[0].length, cue.start));
  return run && !/[;“”"]/u.test(text.slice(run.end, cue.start)) ? run : null;
}

/** A short opening phrase closed by a comma ("In April, ", "On Tuesday, "): no verb of its own, at most five words. */
const OPENING_PHRASE =
  /^\s*(?:In|On|At|By|For|Since|Last|Earlier|Later|After|Before|During)\s+(?:[\p{L}\p{N}’'.-]+\s+){0,4}?[\p{L}\p{N}’'.-]+,\s+/u;

/** A run of capitalised words opening the sentence, before its first verb ("Twitter reported"), that the name reader did not take. */
const OPENING_NAME_RUN =
  /^\s*(?:(?:But|And|Then|Yet|Still|Now|Meanwhile|However|Also|Separately)\s+)?((?:The\s+)?(?:\p{Lu}[\p{L}.’'&-]*\s+){0,3}\p{Lu}[\p{L}\p{N}.’'&-]*)(?=\s)/u;
/** Capitalised words that open a sentence and are no name. */
const NOT_A_NAME =
  /^(?:The|A|An|It|This|That|These|Those|They|He|She|We|I|You|There|Here|When|If|As|What|Who|Why|How|In|On|At|After|Before|Asked)$/u;

/** The opening name run as an unnamed source in the article's words, when a finite verb follows it; else null. */
function openingNameRun(sentenceStart: number, before: string): Candidate | null {
  const run = OPENING_NAME_RUN.exec(before);
  if (!run || NOT_A_NAME.test(run[1]!.split(/\s+/u)[0]!) || /[’']s?$/u.test(run[1]!)) return null;
  if (!VERB_AFTER_SUBJECT.test(before.slice(run[0].length))) return null;
  const start = sentenceStart + run[0].length - run[1]!.length;
  return describedSource(start, run[1]!, false);
}
