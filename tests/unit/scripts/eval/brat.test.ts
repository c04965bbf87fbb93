import { describe, expect, test } from 'vitest';
import { readBrat } from '../../../../scripts/eval/brat.ts';

// Hand-made fixtures only: no PolNeAR text is copied into the project.

describe('readBrat', () => {
  const ann = [
    'T1\tSource 0 9\tThe mayor',
    'T2\tCue 10 14\tsaid',
    'T3\tContent 15 30;35 50\tfirst part second part',
    'T4\tAttribution 10 14\tsaid',
    'E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1',
    'T5\tCue 60 68\tappeared',
    'T6\tContent 69 80\tto be wrong',
    'T7\tAttribution-no-source 60 68\tappeared',
    'E2\tAttribution-no-source:T7 Content:T6 Cue:T5',
    'T8\tContent 90 95\tmore',
    'E3\tAttribution:T9 Content:T3 Content2:T8 Source:T1',
    'T9\tAttribution 85 89\tsaid',
    'E4\tAttribution:T10 Content:T99',
    'T10\tAttribution 1 2\tx',
  ].join('\n');
  const document = readBrat(ann);
  const attribution = (id: string) => document.attributions.find((a) => a.id === id)!;

  test.each<[string, () => unknown, unknown]>([
    [
      'a discontinuous span has one fragment per range',
      () => document.spans.get('T3')!.fragments,
      [
        [15, 30],
        [35, 50],
      ],
    ],
    ['an attribution ties its Source by role', () => attribution('E1').source?.id, 'T1'],
    ['an attribution ties its Cue by role', () => attribution('E1').cue?.id, 'T2'],
    ['an attribution without Source has source null', () => attribution('E2').source, null],
    ['the no-source trigger type is kept', () => attribution('E2').type, 'Attribution-no-source'],
    ['Content2 counts as a second Content', () => attribution('E3').contents.map((c) => c.id), ['T3', 'T8']],
    [
      'a reference to an undefined span is a problem',
      () => document.problems,
      ['line 13: E4 refers to T99, which is not defined'],
    ],
  ])('%s', (_name, actual, expected) => {
    expect(actual()).toEqual(expected);
  });

  test('a span text running over two lines is read, its second line ignored', () => {
    const multiline = readBrat('T1\tContent 0 12\tOne.\n\nTwo words\nT2\tSource 13 15\tHe');
    expect([[...multiline.spans.keys()], multiline.problems]).toEqual([['T1', 'T2'], []]);
  });
});
