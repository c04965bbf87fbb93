/**
 * Words that report speech ("said", "saying", "according to", "statement"), found outside quotes.
 * The words are the lexicon's (`lexicon/speech-words.ts`); the few verbs that report speech only
 * when certain words do not follow, and the phrases, are rules here.
 */
import { FINITE_SPEECH_VERBS, SPEECH_NOUNS, SPEECH_PARTICIPLES } from '../lexicon/speech-words.ts';
import { alternationOf } from '../lexicon/word-list.ts';
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

/**
 * Finite verbs that report speech only in some uses, and phrases. "continued" and "added" only
 * as speech, not "continued to fight" or "added to the pressure"; "called for" and "called on" as phrases of their own.
 * Every alternative is a whole word or phrase, so their order does not matter.
 */
const FINITE_VERB_RULES = [
  String.raw`added(?!\s+to\b)`,
  String.raw`add(?!\s+(?:to|up|on|in|more|new|an?|the)\b)`,
  String.raw`continued(?!\s+(?:to|with|the|a|an|its|his|her|their)\b)`,
  String.raw`called(?!\s+(?:for|on|off|up|in|out|back|upon|into)\b)`,
  String.raw`calls(?!\s+(?:for|on|off|up|in|out|back|upon|into)\b)`,
  String.raw`(?:called|calls)\s+(?:for|on)`,
  String.raw`puts?\s+it`,
  String.raw`(?:talked|talks)\s+about`,
  'summed up',
  String.raw`(?:pointed|points|point)\s+out`,
  'declares',
];
/** Participles that report speech only in some uses ("calling", not "calling for"), and phrases. */
const PARTICIPLE_RULES = [
  String.raw`calling(?!\s+(?:for|on|off|up|in|out|back|upon)\b)`,
  String.raw`calling\s+(?:for|on)`,
  String.raw`referring\s+to`,
  String.raw`talking\s+about`,
  String.raw`pointing\s+out`,
];

const FINITE_VERBS = [alternationOf(FINITE_SPEECH_VERBS), ...FINITE_VERB_RULES].join('|');
const PARTICIPLES = [alternationOf(SPEECH_PARTICIPLES), ...PARTICIPLE_RULES].join('|');

/** Speech verbs after which the speaker's name comes ("said Jonathan Green"). */
export const FINITE_SPEECH_VERB = new RegExp(String.raw`^(?:${FINITE_VERBS})\b`, 'iu');

const CUE_PATTERNS: Array<[SpeechCue['form'], RegExp]> = [
  ['according', /\baccording to\b/giu],
  // "so-called" and "well-said" are not speech verbs: no hyphen before the cue.
  ['finite', new RegExp(String.raw`(?<![-‐])\b(?:${FINITE_VERBS})\b`, 'giu')],
  ['participle', new RegExp(String.raw`(?<![-‐])\b(?:${PARTICIPLES})\b`, 'giu')],
  ['noun', new RegExp(String.raw`(?<![-‐])\b(?:${alternationOf(SPEECH_NOUNS)})\b`, 'giu')],
];

/**
 * The speech cues in a block's text outside quotes, in order. `quoted`: the quotes' ranges,
 * sorted by start (`quotedRangesByBlock`). Each call scans the text: `QuotedText` keeps the cues
 * of a block that is asked more than once.
 */
export function findSpeechCues(text: string, quoted: readonly Range[]): SpeechCue[] {
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
  return cues.sort((a, b) => a.start - b.start);
}
