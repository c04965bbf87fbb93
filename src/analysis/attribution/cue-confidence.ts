/**
 * How sure the speaker model is of the person a speech cue's pronoun stands for ("He said the
 * talks …"): the cue is scored as the quote attribution scores "He said: “…”", the speaker found
 * before its verb, with the same history (who spoke, who was named since). Reported speech uses it
 * to name a pronoun's referent only when the model is sure enough.
 */
import type { HistoryIndex } from './history-index.ts';
import type { Found, SpeakerEvent } from './referents.ts';
import { speakerFeatures } from './speaker-features.ts';
import type { SpeakerModel } from './speaker-model.ts';
import type { QuoteScene } from './speaker-rules.ts';
import type { BlockContext } from './subjects.ts';
import type { SpeechCue } from '../text/speech-cues.ts';

/** How many characters after the cue stand for the quote's words (enough for the 60 words the model counts). */
const WORDS_READ = 600;

/**
 * The model's probability that `found` (read through a pronoun at `cue`) is right; undefined for
 * a speaker not read through a pronoun, or with no model.
 */
export function pronounCueConfidence(
  context: BlockContext,
  cue: SpeechCue,
  found: Found | null,
  reading: { contexts: readonly BlockContext[]; history: readonly SpeakerEvent[]; historyIndex: HistoryIndex },
  model: SpeakerModel | null,
): number | undefined {
  if (!model || found?.method !== 'pronoun') return undefined;
  // The words after the cue stand where a quote would: "He said the talks …" read as "He said: “The talks …”" (a
  // whole statement: scored as a fragment, the model was less sure of the right referents on PolNeAR train).
  const opening = { block: String(context.index), start: cue.end, end: Math.min(context.text.length, cue.end + 1) };
  const sentence = context.quotedText.sentenceAround(cue.start, cue.end);
  // The model reads at most 60 words of a quote: a paragraph-long sentence is not copied for every cue in it.
  const wordsEnd = Math.min(sentence.end, cue.end + WORDS_READ);
  const scene = {
    first: context,
    last: context,
    quote: { parts: [{ ...opening, end: wordsEnd }], text: context.text.slice(cue.end, wordsEnd), kind: 'statement' },
    opening,
    sentence,
    contexts: reading.contexts,
    history: reading.history,
    historyIndex: reading.historyIndex,
  } as unknown as QuoteScene;
  const candidate = { found, rules: ['speech-verb-before-quote' as const] };
  return model.probability(speakerFeatures(scene, candidate, [candidate]));
}
