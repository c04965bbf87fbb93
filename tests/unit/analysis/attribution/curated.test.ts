/** Curated attributions (src/analysis/attribution/curated.ts): an editor's fixes over the automatic pass. */
import { describe, expect, test } from 'vitest';
import { applyCuratedAttributions, type CuratedAttribution } from '../../../../src/analysis/attribution/curated.ts';
import type { AttributedQuote, Speaker } from '../../../../src/analysis/types.ts';

function curatable(text: string, speaker: Speaker | null = null): AttributedQuote {
  return {
    parts: [{ block: 'p-1', start: 0, end: text.length + 2 }],
    text,
    kind: 'statement',
    id: text.slice(0, 4),
    speaker,
    attribution: speaker ? 'explicit' : null,
    speakerRule: speaker ? 'speaker-then-verb-after-quote' : null,
    speakerConfidence: speaker ? 1 : null,
    automatic: { speaker, kind: 'statement' },
  };
}

describe('applyCuratedAttributions', () => {
  const quotes = [
    curatable('This will not work,', { actor: 'volodymyr-zelenskyy', label: 'Zelenskyy' }),
    curatable('continue to engage with Russian and Ukrainian officials'),
    curatable('Trump deal'),
  ];
  const curation = (fields: Partial<CuratedAttribution>): CuratedAttribution => ({
    quote: 'This will',
    speaker: 'sergey-lavrov',
    reason: 'r',
    ...fields,
  });

  test.each<[string, CuratedAttribution, number, Partial<AttributedQuote>]>([
    [
      'a named speaker, labelled with the slug when no label is given',
      curation({}),
      0,
      { speaker: { actor: 'sergey-lavrov', label: 'sergey-lavrov' }, speakerRule: 'curated', speakerConfidence: 1 },
    ],
    [
      'a named speaker with the article’s words',
      curation({ speakerLabel: 'Lavrov' }),
      0,
      { speaker: { actor: 'sergey-lavrov', label: 'Lavrov' } },
    ],
    [
      'an unnamed source',
      curation({ quote: 'continue to engage', speaker: null, speakerLabel: 'a White House official' }),
      1,
      { speaker: { actor: null, label: 'a White House official' } },
    ],
    [
      'a kind corrected to scare quotes',
      curation({ quote: 'Trump deal', speaker: null, kind: 'scare' }),
      2,
      { speaker: null, kind: 'scare', speakerRule: null, speakerConfidence: null },
    ],
  ])('%s', (_name, fix, index, expected) => {
    const result = applyCuratedAttributions(quotes, [fix], 'content/articles/003.md');
    expect(result[index]).toMatchObject({ ...expected, attribution: 'curated' });
    // The automatic result is kept, to measure the automatic pass against the fixes.
    expect(result[index]!.automatic).toEqual(quotes[index]!.automatic);
    expect(result.filter((_, i) => i !== index)).toEqual(quotes.filter((_, i) => i !== index));
  });

  test.each<[string, CuratedAttribution[], string]>([
    [
      'an excerpt matching no quote',
      [curation({ quote: 'will work' })],
      'content/articles/003.md: attributions[0].quote "will work" matches no quote',
    ],
    [
      'an excerpt matching several quotes',
      [curation({}), curation({ quote: 'r' })],
      'content/articles/003.md: attributions[1].quote "r" matches 3 quotes',
    ],
    [
      'two curations of one quote',
      [curation({}), curation({ quote: 'not work' })],
      'content/articles/003.md: attributions[1].quote "not work" picks the same quote as attributions[0]',
    ],
    [
      'an unnamed source without a label',
      [curation({ speaker: null })],
      'content/articles/003.md: attributions[0].speakerLabel is required',
    ],
    [
      'a speaker for scare quotes',
      [curation({ quote: 'Trump deal', kind: 'scare' })],
      'content/articles/003.md: attributions[0].speaker must be null',
    ],
  ])('fails on %s, naming the file, the field and the excerpt', (_name, fixes, message) => {
    expect(() => applyCuratedAttributions(quotes, fixes, 'content/articles/003.md')).toThrow(message);
  });
});
