/**
 * Words that report speech ("said", "saying", "according to", "statement"), found outside quotes.
 */
import { isInside, type Range } from './ranges.ts';

/** A word or phrase that reports speech. */
export interface SpeechCue {
  start: number;
  end: number;
  /** The cue as written. */
  word: string;
  /**
   * `finite`: "said", "told" (the speaker is next to it); `participle`: "saying", "noting" (the
   * speaker is the clause's subject); `according`: "according to X"; `noun`: "threat",
   * "statement" (speech is reported, but the noun names no speaker).
   */
  form: 'finite' | 'participle' | 'according' | 'noun';
}

// "continued"/"added" only as speech, not "continued to fight" or "added to the pressure".
const FINITE_VERBS = String.raw`said|says|told|tells|wrote|writes|added(?!\s+to\b)|adds|continued(?!\s+(?:to|with|the|a|an|its|his|her|their)\b)|noted|notes|demurred|concurred|insisted|insists|asserted|asserts|argued|argues|explained|stated|declared|warned|warns|replied|responded|acknowledged|conceded|remarked|dismissed|echoed|reported|posted|tweeted|announced|claimed|claims|recalled|concluded|suggested|indicated|emphasi[sz]ed|stressed|observed|cautioned|predicted|quipped|joked|complained|described|agreed|countered|admitted|threatened|summed up|alleged|alleges|vowed|vows|pledged|pledges|promised|promises|restated|reiterated|urged|urges|denied|denies|confirmed|confirms|accused|critici[sz]ed|praised|maintained|maintains|contended|contends|testified|asked|asks|answered|boasted|lamented|mused|recounted|shouted|texted|emailed|recalls|explains|predicts|spoke|speaks|speak|called(?!\s+(?:for|on|off|up|in|out|back|upon|into)\b)|calls(?!\s+(?:for|on|off|up|in|out|back|upon|into)\b)|describes|insist|say|tell|put\s+it|interjected|praised|chided|scoffed|snapped|wondered|retorted|declared|blasted|slammed|mocked|ripped|touted`;
const PARTICIPLES = String.raw`saying|telling|writing|adding|noting|insisting|asserting|arguing|explaining|declaring|warning|concluding|suggesting|describing|claiming|stressing|emphasi[sz]ing|acknowledging|replying|responding|demurring|vowing|pledging|promising|urging|denying|confirming|accusing|alleging|calling(?!\s+(?:for|on|off|up|in|out|back|upon)\b)|recalling|asking|predicting|reiterating|interjecting|praising|criticizing|criticising|blasting|slamming|mocking|touting|referring\s+to|tweeting|posting|quipping|joking|recounting|lamenting|boasting|condemning|denouncing|decrying|rejecting|dismissing|warning|arguing|declaring|accusing|labeling|labelling|branding`;
const SPEECH_NOUNS = String.raw`threat|statement|remarks?|comments?|post|message|interview|assertion|warning|words|promise|pledge|vow|claim|speech|tweet|letter`;

/** Speech verbs after which the speaker's name comes ("said Jonathan Green"). */
export const FINITE_SPEECH_VERB = new RegExp(String.raw`^(?:${FINITE_VERBS})\b`, 'iu');

const CUE_PATTERNS: Array<[SpeechCue['form'], RegExp]> = [
  ['according', /\baccording to\b/giu],
  // "so-called" and "well-said" are not speech verbs: no hyphen before the cue.
  ['finite', new RegExp(String.raw`(?<![-‐])\b(?:${FINITE_VERBS})\b`, 'giu')],
  ['participle', new RegExp(String.raw`(?<![-‐])\b(?:${PARTICIPLES})\b`, 'giu')],
  ['noun', new RegExp(String.raw`(?<![-‐])\b(?:${SPEECH_NOUNS})\b`, 'giu')],
];

/** The speech cues in a block's text outside quotes, in order. */
export function findSpeechCues(text: string, quoted: readonly Range[]): SpeechCue[] {
  const cached = speechCuesCache.get(quoted)?.get(text);
  if (cached) return cached;
  const cues: SpeechCue[] = [];
  const starts = new Set<number>();
  for (const [form, pattern] of CUE_PATTERNS) {
    for (const match of text.matchAll(pattern)) {
      const start = match.index;
      if (isInside(quoted, start)) continue;
      // "warning" is both a participle and a noun; keep the first reading only.
      if (starts.has(start)) continue;
      starts.add(start);
      cues.push({ start, end: start + match[0].length, word: match[0], form });
    }
  }
  cues.sort((a, b) => a.start - b.start);
  const byText = speechCuesCache.get(quoted) ?? new Map<string, SpeechCue[]>();
  byText.set(text, cues);
  speechCuesCache.set(quoted, byText);
  return cues;
}

/** Speech cues already found, per set of quoted ranges and text: each paragraph is scanned once. */
const speechCuesCache = new WeakMap<readonly Range[], Map<string, SpeechCue[]>>();
