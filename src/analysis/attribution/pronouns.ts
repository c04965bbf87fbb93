/** Pronouns that can be speakers: "he" and "she" anywhere, "it" and "they" as the subject of a speech verb. */
import { isInside, type Range } from '../text/ranges.ts';
import { FINITE_SPEECH_VERB } from '../text/speech-cues.ts';
import type { Candidate } from './candidates.ts';

/** "he" and "she" anywhere; "it" and "they" only as the subject of a speech verb ("it said"). */
const PRONOUN = /\b(?:he|she|it|they)\b/giu;
/**
 * What may stand between a subject and its speech verb: "Cruz openly admitted", "Ramirez, 58, said" (an adverb of
 * manner, not a noun in -ly, or an age), "Byrne went on to say".
 */
export const SPEECH_AFTER =
  /^(?:[’'](?:s|d|ve|ll)(?=\s))?(?:\s*,\s*\d{1,3}\s*,)?\s*(?:(?:also|later|then|again|previously|earlier|had|has|have|went\s+on\s+to|continued\s+to|(?!(?:family|ally|rally|supply|reply|only|early|daily|july|italy)\b)\p{Ll}{2,}ly)\s+)*/u;

/** The pronouns of a paragraph outside its quotes that can be speakers, with the gender and number they agree with. */
export function findPronouns(text: string, quoted: readonly Range[]): Candidate[] {
  const candidates: Candidate[] = [];
  for (const match of text.matchAll(PRONOUN)) {
    if (isInside(quoted, match.index)) continue;
    const word = match[0].toLowerCase();
    const end = match.index + match[0].length;
    if (word === 'it' || word === 'they') {
      const gap = SPEECH_AFTER.exec(text.slice(end, end + 80))![0];
      if (!FINITE_SPEECH_VERB.test(text.slice(end + gap.length, end + gap.length + 40))) continue;
    }
    candidates.push({
      start: match.index,
      end,
      kind: 'pronoun',
      label: match[0],
      entity: word === 'it' ? 'organization' : 'person',
      plural: word === 'they',
      ...(word === 'he' ? { gender: 'male' as const } : word === 'she' ? { gender: 'female' as const } : {}),
    });
  }
  return candidates;
}
