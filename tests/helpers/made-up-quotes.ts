/**
 * Made-up gold and system quotes and speakers for the evaluation's tests (no PolNeAR text is
 * copied into the project): the smallest records the matching and scoring modules read.
 */
import type { QuoteKind } from '../../src/analysis/types.ts';
import type { GoldQuote, GoldSpeaker, SystemQuote, SystemSpeaker } from '../../scripts/eval/types.ts';

/** A system speaker named `name`: an actor with a slug of its name, or an unnamed source. */
export function system(name: string, type: SystemSpeaker['type'], extra: Partial<SystemSpeaker> = {}): SystemSpeaker {
  const actor = type === 'unnamed' ? null : name.toLowerCase().replace(/\s+/g, '-');
  return { actor, label: name, name, aliases: [], type, provisional: false, ...extra };
}

/** A gold quote of article `a`, paragraph `p-1`, found by its first words. */
export function goldQuote(startsWith: string, kind: QuoteKind, speaker: GoldSpeaker | null): GoldQuote {
  return { article: 'a', startsWith, block: 'p-1', text: startsWith, kind, speaker };
}

/** A system quote of article `a`: all of paragraph `p-1` up to the length of `text`. */
export function systemQuote(text: string, kind: QuoteKind, speaker: SystemSpeaker | null): SystemQuote {
  return {
    article: 'a',
    parts: [{ block: 'p-1', start: 0, end: text.length }],
    text,
    kind,
    speaker,
    method: speaker ? 'explicit' : null,
  };
}
