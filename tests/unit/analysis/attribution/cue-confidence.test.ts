/**
 * The speaker model's probability for a speech cue's pronoun (src/analysis/attribution/cue-confidence.ts), as
 * the attribution hands it to reported speech (`onCue`): only for a speaker read through a pronoun, only with a
 * model, and the model's own number.
 */
import { describe, expect, test } from 'vitest';
import { attributeArticle } from '../../../../src/analysis/attribution/attribute-quotes.ts';
import { type SpeakerModel, speakerModel } from '../../../../src/analysis/attribution/speaker-model.ts';
import { extractQuotes } from '../../../../src/analysis/quotes/find-quotes.ts';
import { paragraphBlocks } from '../../../helpers/body-blocks.ts';
import { millisecondsOf } from '../../../helpers/elapsed-time.ts';
import { stubResolver } from '../../../helpers/stub-resolver.ts';

const PASSAGE = [
  '“We are ready,” Rubio said.',
  'The ministry welcomed the plan.',
  'Rubio met the envoy. Later he said the talks would go on.',
];

/** A model whose every candidate has probability 0.5. */
const FLAT: SpeakerModel = speakerModel({
  about: 'test',
  features: [],
  weights: [],
  bias: 0,
  threshold: 0,
  abstainBelow: 0,
  certainRules: [],
});

/** Each cue's word, how its speaker was read and the confidence handed on. */
function cueReadings(model: SpeakerModel | null | undefined) {
  const blocks = paragraphBlocks(...PASSAGE);
  const readings: Array<[string, string | null, number | undefined]> = [];
  attributeArticle(blocks, extractQuotes(blocks), stubResolver(), {
    ...(model === undefined ? {} : { model }),
    onCue: (_context, cue, found, confidence) => readings.push([cue.word, found?.method ?? null, confidence]),
  });
  return readings;
}

describe('pronounCueConfidence', () => {
  test('a pronoun gets the model’s probability, a name none', () => {
    expect(cueReadings(FLAT)).toEqual([
      ['said', 'explicit', undefined],
      ['said', 'pronoun', 0.5],
    ]);
  });

  test('without a model, no confidence is handed on', () => {
    expect(cueReadings(null).map(([, , confidence]) => confidence)).toEqual([undefined, undefined]);
  });

  test('the committed model gives a probability', () => {
    const confidence = cueReadings(undefined)[1]![2]!;
    expect([confidence > 0, confidence < 1]).toEqual([true, true]);
  });
});

test('a paragraph with no full stop is read in linear time', () => {
  const unit = 'and then he said the talks on the corridor would resume in May, ';
  const time = (repeats: number) =>
    millisecondsOf(() => {
      const blocks = paragraphBlocks(`Rubio spoke, ${unit.repeat(repeats)}`);
      attributeArticle(blocks, extractQuotes(blocks), stubResolver(), { onCue: () => undefined });
    });
  time(50); // warm up
  // 2,000 repetitions make one sentence of 130,000 characters: copying its rest for every cue would take many seconds.
  expect(time(2000)).toBeLessThan(4000);
});
