/**
 * "Witkoff appeared surprised on Fox News that Russia wanted “so much more” …", "Lavrov was adamant
 * in an interview that …": a stance shown where people speak (a broadcast, an interview, a post),
 * then "that" and the words. No verb of speech stands there, but the medium says the words were
 * spoken. Each match reads a bounded window, so a paragraph is read in linear time.
 */
import type { SpeechCue } from '../text/speech-cues.ts';

/**
 * A linking verb, an adjective (an adverb before it at most), where it was said ("on Fox News",
 * "in an interview", "in a post on X"), then "that". Group 1: the verb; the cue runs to the medium's end.
 */
const STANCE_ON_AIR = new RegExp(
  [
    String.raw`\b(appeared|seemed|sounded|was|were)\s+(?:\p{Ll}+ly\s+)?(?!(?:not|also|still|then|to|a|an|the)\b)\p{Ll}{3,}\s+`,
    String.raw`(?:on\s+(?:\p{Lu}[\p{L}.’'&-]*\s+){1,3}|in\s+(?:an?|his|her|their|a\s+televised|a\s+radio|a\s+TV)\s+(?:interview|post|speech|statement|briefing|op-ed|letter|tweet)\s+(?:(?:on|with|to)\s+(?:\p{Lu}[\p{L}.’'&-]*\s+){1,3})?)`,
    String.raw`(?=that\s)`,
  ].join(''),
  'gu',
);

/**
 * "Biden was clear that …": a stance stated, which needs no medium. Not after "it" or "that" ("It was clear that …" is
 * the reporter's own judgement). "made clear that" is left out: PolNeAR train annotates none of those it would add.
 */
const WAS_CLEAR =
  /(?<!\b(?:[Ii]t|[Tt]his|[Tt]hat|[Ww]hat)\s+(?:\p{Ll}+ly\s+)?)\b(?:was|were|has\s+been|have\s+been)\s+(?:\p{Ll}+ly\s+)?clear(?=\s+that\s)/gu;

/** The stances shown on air or stated in a block's text, as finite cues from the verb to the medium's end (before "that"). */
export function stanceOnAirCues(text: string, isQuoted: (offset: number) => boolean): SpeechCue[] {
  const cues: SpeechCue[] = [];
  for (const match of [...text.matchAll(STANCE_ON_AIR), ...text.matchAll(WAS_CLEAR)]) {
    if (isQuoted(match.index)) continue;
    const end = match.index + match[0].trimEnd().length;
    cues.push({ start: match.index, end, word: text.slice(match.index, end), form: 'finite' });
  }
  return cues;
}
