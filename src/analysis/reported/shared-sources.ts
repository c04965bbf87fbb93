/**
 * Sources a statement shares with the words around it, when its own verb has no subject written
 * before it: a second verb of the same subject ("the president said …, and threatened more
 * sanctions"), a relative clause on the previous statement's source ("…, according to officials
 * familiar with the conversation, who add that …"), a participle right after a source written
 * after its verb ("…, said a source close to the probe, adding that …"), a participle after a clause opened by a
 * pronoun ("He also referenced Trump’s message, suggesting that …") and a speech noun owned by a
 * pronoun ("his suggestion that …"). Without them such a statement has no source read, and is
 * held back (`find-statements.ts`). Each reads a bounded stretch before its cue.
 */
import type { Candidate } from '../attribution/candidates.ts';
import { type BlockContext, firstAtOrAfter } from '../attribution/subjects.ts';
import type { SpeechCue } from '../text/speech-cues.ts';
import type { ReportedStatement } from '../types.ts';
import { MANNER_ADVERB } from './unread-sources.ts';

/** Between the previous statement and a verb that shares its subject: "and" or "but", after a comma or not, and adverbs. */
const CONJOINED = new RegExp(
  String.raw`^[,;]?\s*(?:and|but)\s+(?:(?:also|then|later|again|even|further|${MANNER_ADVERB})\s+)*$`,
  'u',
);
/** Between a source and a verb of a relative clause on it: ", who" and auxiliaries or adverbs ("who have also"). */
const WHO_THEN_VERB = new RegExp(String.raw`^,\s+who\s+(?:(?:also|have|has|had|later|then|further|${MANNER_ADVERB})\s+)*$`, 'u');
/** How far before its cue the previous statement's last word may stand, in characters. */
const SHARED_REACH = 400;

/** The statement fields a verb takes from the statement whose subject it shares. */
export type SharedSource = Pick<ReportedStatement, 'source' | 'speaker' | 'speakerConfidence'>;

/**
 * The source of the previous statement of the same sentence (`previous`), when a finite cue with
 * no subject of its own is that statement's subject's second verb or the verb of a relative
 * clause on its source, or a participle follows that source and its comma; else null. The previous statement's words must end before the cue: a verb
 * inside them ("said Russia attacked and threatened …") is part of what was said.
 */
export function sharedSource(
  text: string,
  sentenceStart: number,
  cue: SpeechCue,
  previous: ReportedStatement | Omit<ReportedStatement, 'id'> | undefined,
): SharedSource | null {
  const source = previous?.source;
  if (!previous || !source || (cue.form !== 'finite' && cue.form !== 'participle')) return null;
  if (previous.cue.start < sentenceStart || previous.cue.end > cue.start || previous.content.end > cue.start) return null;
  const afterWords = Math.max(previous.content.end, previous.cue.end, source.end);
  if (cue.start - afterWords > SHARED_REACH) return null;
  const gap = text.slice(afterWords, cue.start);
  const relative = source.end === afterWords && WHO_THEN_VERB.test(gap);
  // "…, said a source close to the probe, adding that …": a participle right after a source written after its verb.
  const addedAfterSource =
    cue.form === 'participle' && source.start > previous.cue.start && source.end === afterWords && /^,\s*$/u.test(gap);
  if (cue.form === 'participle' ? !addedAfterSource : !relative && !CONJOINED.test(gap)) return null;
  return { source, speaker: previous.speaker, speakerConfidence: previous.speakerConfidence };
}

/** A sentence opened by a subject pronoun, up to the comma before a participle: "He also referenced Trump’s message, ". */
const OPENING_PRONOUN = /^\s*(?:(?:But|And|So|Then|Later|Still|Yet|Instead)\s+)?(?:He|She|They|We)\s/u;
/** How far a participle may stand from the pronoun that opens its sentence, in characters. */
const PARTICIPLE_REACH = 240;

/**
 * "He also referenced Trump’s message, suggesting …": a participle after a comma whose clause is
 * opened by a subject pronoun takes that pronoun as its source (a pronoun's speaker is not named
 * here: the statement keeps its source and abstains). Null when a semicolon, a quote or another
 * clause's subject ("and she …") may stand between.
 */
export function openingPronounOfParticiple(context: BlockContext, sentenceStart: number, cue: SpeechCue): Candidate | null {
  if (cue.form !== 'participle' || cue.start - sentenceStart > PARTICIPLE_REACH) return null;
  const before = context.text.slice(sentenceStart, cue.start);
  if (!/,\s*$/u.test(before) || !OPENING_PRONOUN.test(before)) return null;
  if (/[;“”"]|\b(?:and|but|while|who|which|as|when)\s+(?:he|she|they|it|we|\p{Lu})/u.test(before)) return null;
  const first = context.candidates[firstAtOrAfter(context.candidates, sentenceStart)];
  return first?.kind === 'pronoun' && first.start < sentenceStart + 20 ? first : null;
}

/** A possessive pronoun right before a speech noun, with up to two words between: "his ", "their repeated ". */
const PRONOUN_OWNER = /(?<![\p{L}’'])([Hh]is|[Hh]er|[Tt]heir)\s+(?:[\p{Ll}-]+\s+){0,2}$/u;

/**
 * "such as his suggestion that …": the possessive pronoun that owns a speech noun, as a pronoun
 * source whose speaker is not named here; null when none stands right before the noun.
 */
export function pronounOwnerOfNoun(text: string, cue: SpeechCue): Candidate | null {
  const before = text.slice(Math.max(0, cue.start - 40), cue.start);
  const owner = PRONOUN_OWNER.exec(before);
  if (!owner) return null;
  const start = cue.start - before.length + owner.index;
  const word = owner[1]!.toLowerCase();
  const agreement =
    word === 'his' ? { gender: 'male' as const } : word === 'her' ? { gender: 'female' as const } : { plural: true };
  return { start, end: start + owner[1]!.length, kind: 'pronoun', label: owner[1]!, entity: 'person', ...agreement };
}
