/**
 * Subjects longer than the candidate beside their verb: an appositive or a list ends on it ("Matt
 * Hill, a founder of Third Way, said", "Anna Petrova and Oleg Bondar said"), so the candidate is not
 * safe to take as the speaker (`find-statements.ts`).
 */
import type { Candidate } from '../attribution/candidates.ts';
import { SUBJECT_REACH } from '../attribution/subjects.ts';
import type { SpeechCue } from '../text/speech-cues.ts';

/**
 * "Matt Hill, a founder of the think tank Third Way, said" / "Anna Petrova and Oleg Bondar said": the
 * candidate beside the verb closes an appositive or a list, and the subject's head is further back.
 * The candidate is not safe to take (the quote attribution reads these the same way; the statement abstains).
 */
export function isTailOfLongSubject(text: string, sentenceStart: number, subject: Candidate, cue: SpeechCue): boolean {
  if (subject.start > cue.start) return false;
  // Only as far back as a subject can reach: the sentence may be a paragraph-long run with no full stop.
  const subjectStart = subject.titleStart ?? subject.start;
  const before = text.slice(Math.max(sentenceStart, subjectStart - SUBJECT_REACH), subjectStart);
  // "…, and he added": a pronoun after a comma and "and" opens a clause of its own, not the end of a list.
  if (subject.kind === 'pronoun' && /,\s*and\s+$/u.test(before)) return false;
  const apposed = /^\s*,\s*$/u.test(text.slice(subject.end, cue.start));
  // "about two-thirds, 67 percent, say": a share in apposition to another share is the poll's answer, no name's tail.
  if (apposed && SHARE_END.test(text.slice(subject.start, subject.end))) return false;
  // "A Twitter spokesman, Christopher Abboud, said": the name stands in apposition to the description that opens the sentence.
  if (apposed && subject.kind === 'named' && subject.entity === 'person' && DESCRIPTION_THEN_NAME.test(before)) return false;
  // "…, a spokeswoman, Anna Richardson White, said": the same after the words reported, the description after their comma.
  if (apposed && subject.kind === 'named' && subject.entity === 'person' && DESCRIPTION_AFTER_WORDS.test(before)) return false;
  // "… on the front lines, and Hillary Clinton said": "and" after a lower-case word joins a clause, not a list of names.
  // The same for an unnamed source ("…, and experts say", "… does not care and one in four said").
  // "He met Ali in 1996 in Louisville, and Nicklaus said": after ", and" a clause of four words or more is no list's item.
  const listed =
    /\band\s+$/u.test(before) &&
    !(subject.kind === 'description' && COORDINATED_MODIFIER.test(before)) &&
    !((subject.kind === 'named' || subject.kind === 'description') && /(?:^|\s)\p{Ll}[\p{Ll}’']*,?\s+and\s+$/u.test(before)) &&
    !/(?:^|[,;:])\s*(?:[^\s,;:]+\s+){4,}[^\s,;:]+,\s*and\s+$/u.test(before);
  return (apposed && before.includes(',')) || listed;
}

/**
 * "Current and former officials said": a modifier joined by "and" to the description's own, at the clause's start, makes
 * one group, no list whose last item is the description.
 */
const COORDINATED_MODIFIER = /(?:^|[,;:—–]\s*)(?:(?:But|And)\s+)?(?:current|former|past|present|active|retired)\s+and\s+$/iu;

/** The end of a share of a group: "67 percent", "33%". */
const SHARE_END = /\d\s*(?:%|percent|per\s+cent)$/u;
/**
 * The opening of a sentence that is one description ("The group’s executive director, ", "One of the authors of the
 * report, "), after an opening word or phrase maybe ("First his wife, longtime …", "In addition to the probe, the
 * inspector general, ").
 */
const DESCRIPTION_THEN_NAME =
  /^\s*(?:(?:And|But)\s+)?(?:[^,;:“”"()]{1,60},\s+|\p{Lu}\p{Ll}+\s+(?=\p{Ll}))?(?:(?:[Tt]he|[Aa]n?|One|Another|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\b|(?:Mr|Mrs|Ms|Dr)\.\s+\p{Lu}\p{L}+[’']s\b|\p{Lu}\p{L}+[’']s\b)[^,;:“”"()]{1,120},\s*$/u;

/** A description of one person after the comma that ends the words reported: ", a spokeswoman, ", ", his top aide, ". */
const DESCRIPTION_AFTER_WORDS =
  /\p{L}[”"’']?,\s+(?:(?:a|an|the|his|her|their|its)\s+)(?:[\p{L}-]+\s+){0,3}(?:spokesman|spokeswoman|spokesperson|aide|adviser|advisor|director|manager|strategist|official|chairman|chairwoman|chair|secretary|lawyer|attorney|representative|president|leader|founder|executive|analyst|member|friend|brother|sister|son|daughter|wife|husband|mother|father|press\s+secretary),\s*$/u;

/**
 * "Current and former officials said": the description with the modifier joined to it, as one unnamed source in the
 * article's words ("Current and former officials", not "former officials"); else the description as read.
 */
export function withCoordinatedModifier(text: string, sentenceStart: number, subject: Candidate): Candidate {
  if (subject.kind !== 'description') return subject;
  const before = text.slice(Math.max(sentenceStart, subject.start - 40), subject.start);
  const modifier = COORDINATED_MODIFIER.exec(before);
  if (!modifier) return subject;
  const start =
    subject.start -
    before.length +
    modifier.index +
    modifier[0].length -
    modifier[0].trimStart().replace(/^(?:But|And)\s+/u, '').length;
  return { ...subject, start, label: text.slice(start, subject.end) };
}
