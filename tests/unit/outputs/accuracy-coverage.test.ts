/** The accuracy–coverage curve of the attribution model (src/outputs/accuracy-coverage.ts): reading it, its caption, its chart. */
import { describe, expect, test } from 'vitest';
import {
  accuracyCoverageChart,
  chosenPoint,
  coverageCaption,
  coverageSummary,
  coverageTableRows,
  formatShare,
  parseAccuracyCoverage,
  type AccuracyCoverage,
} from '../../../src/outputs/accuracy-coverage.ts';

/** A small curve of the documented shape: right falls and abstentions rise as the threshold rises. */
const CURVE: AccuracyCoverage = {
  measuredOn: 'PolNeAR dev',
  quotes: 774,
  threshold: 0.6,
  points: [
    { threshold: 0, right: 0.8, wrong: 0.1, abstained: 0.1 },
    { threshold: 0.5, right: 0.75, wrong: 0.05, abstained: 0.2 },
    { threshold: 0.6, right: 0.7, wrong: 0.02, abstained: 0.28 },
    { threshold: 1, right: 0.3, wrong: 0, abstained: 0.7 },
  ],
};

describe('parseAccuracyCoverage', () => {
  test('reads a curve of the documented shape as it is', () => {
    expect(parseAccuracyCoverage(JSON.parse(JSON.stringify(CURVE)))).toEqual(CURVE);
  });

  test.each([
    ['nothing', undefined],
    ['no points', { ...CURVE, points: [] }],
    ['no quotes', { ...CURVE, quotes: 0 }],
    ['a threshold out of 0..1', { ...CURVE, threshold: 1.5 }],
    ['outcomes not summing to 1', { ...CURVE, points: [CURVE.points[0], { ...CURVE.points[1], right: 0.5 }] }],
    ['thresholds not ascending', { ...CURVE, points: [CURVE.points[1], CURVE.points[0]] }],
    [
      'a share given as a percentage',
      { ...CURVE, points: [CURVE.points[0], { threshold: 1, right: 80, wrong: 10, abstained: 10 }] },
    ],
  ])('gives null for %s, so the page shows no numbers rather than wrong ones', (_name, value) => {
    expect(parseAccuracyCoverage(value)).toBeNull();
  });
});

describe('the caption and the chosen point', () => {
  test('the caption says what was measured, on how many quotes, and that the model did not learn from them', () => {
    expect(coverageCaption(CURVE)).toMatch(
      /^Measured on PolNeAR dev: 774 quotations from US political news of 2015–16 .*did not learn from\./,
    );
  });

  test('the chosen point is the measured one at the threshold, or the last below it', () => {
    expect(chosenPoint(CURVE)).toBe(CURVE.points[2]);
    expect(chosenPoint({ ...CURVE, threshold: 0.55 })).toBe(CURVE.points[1]);
  });

  test('the summary gives the shares at the threshold used and when guessing every time', () => {
    expect(coverageSummary(CURVE)).toBe(
      'At the threshold chosen in training, 0.60, below which the model would give no speaker: at threshold 0.60: 70.0 % right speaker, 2.0 % wrong speaker, ' +
        '28.0 % speaker not determined. Guessing whenever it can, at threshold 0.00: 80.0 % right speaker, ' +
        '10.0 % wrong speaker, 10.0 % speaker not determined.',
    );
  });

  test('the table gives a run of thresholds with the same shares once, and marks the row the model works at', () => {
    const flat = { ...CURVE.points[0]!, threshold: 0.25 };
    const rows = coverageTableRows({ ...CURVE, points: [CURVE.points[0]!, flat, ...CURVE.points.slice(1)] });
    expect(rows.map((row) => [row.thresholds, row.point.right, row.used])).toEqual([
      ['0.00–0.25', 0.8, false],
      ['0.50', 0.75, false],
      ['0.60', 0.7, true],
      ['1.00', 0.3, false],
    ]);
  });

  test('shares read as percentages with one decimal', () => {
    expect(formatShare(0.0234)).toBe('2.3 %');
  });
});

describe('accuracyCoverageChart', () => {
  const chart = accuracyCoverageChart(CURVE, { width: 448, height: 236 });
  // The plot runs from x 48 to 432 (384 units for thresholds 0..1) and from y 192 (0 %) up to 28 (100 %: 164 units);
  // below it, 44 units hold the tick labels and the axis title apart at the phone font size.
  const x = (threshold: number) => Math.round((48 + threshold * 384) * 10) / 10;
  const y = (share: number) => Math.round((192 - share * 164) * 10) / 10;

  test('stacks right, wrong and not determined, bottom to top', () => {
    expect(chart.bands.map((band) => band.outcome)).toEqual(['right', 'wrong', 'abstained']);
  });

  test('the right band runs along the right shares over the baseline', () => {
    const upper = CURVE.points.map((point) => `${x(point.threshold)},${y(point.right)}`);
    const lower = CURVE.points.map((point) => `${x(point.threshold)},${y(0)}`).reverse();
    expect(chart.bands[0]!.points).toBe([...upper, ...lower].join(' '));
  });

  test('the wrong band sits on the right band, and the not-determined band reaches 100 %', () => {
    const wrongTop = CURVE.points.map((point) => `${x(point.threshold)},${y(point.right + point.wrong)}`);
    expect(chart.bands[1]!.points.startsWith(wrongTop.join(' '))).toBe(true);
    expect(chart.bands[2]!.points.startsWith(CURVE.points.map((point) => `${x(point.threshold)},${y(1)}`).join(' '))).toBe(true);
  });

  test('marks the chosen threshold with its value and the point the model works at', () => {
    expect(chart.chosen).toEqual({
      x: x(0.6),
      label: 'threshold chosen in training: 0.60',
      anchor: 'middle',
      point: CURVE.points[2],
    });
  });

  test('the label of a threshold near either end stays inside the frame', () => {
    expect([0.02, 0.98].map((threshold) => accuracyCoverageChart({ ...CURVE, threshold }, { width: 448 }).chosen.anchor)).toEqual(
      ['start', 'end'],
    );
  });

  test('has ticks from 0 to 1 along the bottom and 0 % to 100 % up the side', () => {
    expect(chart.xTicks.map((tick) => tick.label)).toEqual(['0.0', '0.2', '0.4', '0.6', '0.8', '1.0']);
    expect(chart.yTicks.map((tick) => [tick.label, tick.y])).toEqual([
      ['0 %', y(0)],
      ['25 %', y(0.25)],
      ['50 %', y(0.5)],
      ['75 %', y(0.75)],
      ['100 %', y(1)],
    ]);
  });
});
