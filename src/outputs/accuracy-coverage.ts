/**
 * The accuracy–coverage curve of the attribution model, as the /about/ page shows it: the curve
 * the training command writes (`src/analysis/attribution/model/accuracy-coverage.json`), read and
 * checked, its caption in words, and the layout of its chart (an SVG the page draws with no
 * JavaScript, a table beside it with the same numbers).
 */

/** What happens to the scored quotes at one threshold, as fractions of them (summing to 1). */
export interface CoveragePoint {
  /** The confidence below which the model gives no speaker. */
  threshold: number;
  /** Given the right speaker. */
  right: number;
  /** Given a wrong speaker. */
  wrong: number;
  /** Left with "speaker not determined". */
  abstained: number;
}

/** The curve as the training command writes it. */
export interface AccuracyCoverage {
  /** The text it was measured on ("PolNeAR dev"). */
  measuredOn: string;
  /** How many quotes were scored. */
  quotes: number;
  /** The threshold the model uses, chosen by cross-validation on the training text. */
  threshold: number;
  /** One point per threshold, thresholds ascending from 0 to 1. */
  points: CoveragePoint[];
}

/** The three outcomes of a quote, bottom to top of the chart. */
export const COVERAGE_OUTCOMES = ['right', 'wrong', 'abstained'] as const;
/** One outcome of a quote at a threshold. */
export type CoverageOutcome = (typeof COVERAGE_OUTCOMES)[number];

/** Each outcome in words for readers (the chart's key and the table's columns). */
export const COVERAGE_OUTCOME_LABELS: Record<CoverageOutcome, string> = {
  right: 'right speaker',
  wrong: 'wrong speaker',
  abstained: 'speaker not determined',
};

const isFraction = (value: unknown): value is number => typeof value === 'number' && value >= 0 && value <= 1;

/**
 * The curve, or null when the value is not one (no points, a fraction out of 0..1, thresholds not
 * ascending, outcomes not summing to 1): the page then shows no curve rather than wrong numbers.
 */
export function parseAccuracyCoverage(value: unknown): AccuracyCoverage | null {
  if (typeof value !== 'object' || value === null) return null;
  const { measuredOn, quotes, threshold, points } = value as Record<string, unknown>;
  if (typeof measuredOn !== 'string' || !Number.isInteger(quotes) || (quotes as number) <= 0 || !isFraction(threshold))
    return null;
  if (!Array.isArray(points) || points.length < 2) return null;
  const parsed: CoveragePoint[] = [];
  for (const point of points as Array<Record<string, unknown>>) {
    const { threshold: at, right, wrong, abstained } = point ?? {};
    if (!isFraction(at) || !isFraction(right) || !isFraction(wrong) || !isFraction(abstained)) return null;
    if (Math.abs(right + wrong + abstained - 1) > 0.005) return null;
    if (parsed.length > 0 && at <= parsed.at(-1)!.threshold) return null;
    parsed.push({ threshold: at, right, wrong, abstained });
  }
  return { measuredOn, quotes: quotes as number, threshold, points: parsed };
}

/** A fraction as a percentage for readers: 0.8123 → "81.2 %". */
export function formatShare(fraction: number): string {
  return `${(fraction * 100).toFixed(1)} %`;
}

/** A threshold or a confidence, two decimals: 0.6 → "0.60". */
export function formatThreshold(value: number): string {
  return value.toFixed(2);
}

/**
 * The point the model works at: the measured point at the chosen threshold, or the last one below
 * it (the curve is a set of measured thresholds; the chosen one need not be among them).
 */
export function chosenPoint(curve: AccuracyCoverage): CoveragePoint {
  return curve.points.filter((point) => point.threshold <= curve.threshold).at(-1) ?? curve.points[0]!;
}

/**
 * What the curve measures, in plain words. PolNeAR's texts are named for what they are (US
 * political news of 2015–16), so a reader knows the figure is not from this site's articles.
 */
export function coverageCaption(curve: AccuracyCoverage): string {
  const source = /polnear/i.test(curve.measuredOn)
    ? `${curve.measuredOn}: ${curve.quotes.toLocaleString('en-GB')} quotations from US political news of 2015–16 ` +
      '(PolNeAR, the Political News Attribution Relations corpus), text the model did not learn from'
    : `${curve.measuredOn}: ${curve.quotes.toLocaleString('en-GB')} quotations the model did not learn from`;
  return (
    `Measured on ${source}. At each threshold, the share of quotations given the right speaker, a wrong speaker, ` +
    `or left with “speaker not determined” because the model’s confidence was below the threshold.`
  );
}

/** One point in words: "at threshold 0.60: 81.2 % right speaker, 1.9 % wrong speaker, 16.9 % speaker not determined". */
export function describePoint(point: CoveragePoint): string {
  const shares = COVERAGE_OUTCOMES.map((outcome) => `${formatShare(point[outcome])} ${COVERAGE_OUTCOME_LABELS[outcome]}`);
  return `at threshold ${formatThreshold(point.threshold)}: ${shares.join(', ')}`;
}

/**
 * The chart in a few sentences, for screen readers (the SVG's description): the point the model
 * works at, against guessing every time (the lowest threshold).
 */
export function coverageSummary(curve: AccuracyCoverage): string {
  const used = chosenPoint(curve);
  const lowest = curve.points[0]!;
  return (
    `At the threshold chosen in training, ${formatThreshold(curve.threshold)}, below which the model would give no speaker: ${describePoint(used)}. ` +
    `Guessing whenever it can, ${describePoint(lowest)}.`
  );
}

/** A row of the table beside the chart: a run of thresholds that give the same shares. */
export interface CoverageTableRow {
  /** The thresholds, "0.93" or "0.00–0.40" for a run. */
  thresholds: string;
  point: CoveragePoint;
  /** True for the row holding the point the model works at. */
  used: boolean;
}

/**
 * The table's rows: the curve's points, a run of thresholds with the same shares given once
 * ("0.00–0.40"), so the table holds every number of the chart and no row twice.
 */
export function coverageTableRows(curve: AccuracyCoverage): CoverageTableRow[] {
  const used = chosenPoint(curve);
  const same = (a: CoveragePoint, b: CoveragePoint) => COVERAGE_OUTCOMES.every((outcome) => a[outcome] === b[outcome]);
  const runs: CoveragePoint[][] = [];
  for (const point of curve.points) {
    const run = runs.at(-1);
    if (run && same(run[0]!, point)) run.push(point);
    else runs.push([point]);
  }
  return runs.map((run) => {
    const [first, last] = [run[0]!, run.at(-1)!];
    const thresholds =
      first === last
        ? formatThreshold(first.threshold)
        : `${formatThreshold(first.threshold)}–${formatThreshold(last.threshold)}`;
    return { thresholds, point: first, used: run.includes(used) };
  });
}

/** The chart's frame, in SVG units. */
export interface CoverageChartOptions {
  width?: number;
  height?: number;
}

/** Where the chart's parts go, in SVG units: the page draws them. */
export interface CoverageChart {
  width: number;
  height: number;
  /** The plotting area. */
  plot: { x1: number; x2: number; y1: number; y2: number };
  /** One stacked band per outcome, bottom to top: an SVG polygon's `points`. */
  bands: Array<{ outcome: CoverageOutcome; points: string }>;
  /** Threshold ticks along the bottom. */
  xTicks: Array<{ x: number; label: string }>;
  /** Share ticks up the left side. */
  yTicks: Array<{ y: number; label: string }>;
  /**
   * The chosen threshold: a line across the plot, its label (anchored so it stays inside the
   * frame near either end), and the point the model works at.
   */
  chosen: { x: number; label: string; anchor: 'start' | 'middle' | 'end'; point: CoveragePoint };
}

/**
 * The layout of the accuracy–coverage chart: the three outcomes stacked at each threshold (right
 * at the bottom, then wrong, then not determined, up to 100 %), straight lines between measured
 * thresholds, and the chosen threshold marked by a line.
 */
export function accuracyCoverageChart(curve: AccuracyCoverage, options: CoverageChartOptions = {}): CoverageChart {
  const { width = 640, height = 300 } = options;
  const plot = { x1: 48, x2: width - 16, y1: 28, y2: height - 44 };
  const xOf = (threshold: number) => round(plot.x1 + threshold * (plot.x2 - plot.x1));
  const yOf = (share: number) => round(plot.y2 - share * (plot.y2 - plot.y1));
  // The top of each band at each point: right, right + wrong, then 100 %.
  const tops = curve.points.map((point) => [point.right, point.right + point.wrong, 1]);
  const bands = COVERAGE_OUTCOMES.map((outcome, band) => {
    const upper = curve.points.map((point, index) => `${xOf(point.threshold)},${yOf(Math.min(1, tops[index]![band]!))}`);
    const lower = curve.points
      .map((point, index) => `${xOf(point.threshold)},${yOf(band === 0 ? 0 : Math.min(1, tops[index]![band - 1]!))}`)
      .reverse();
    return { outcome, points: [...upper, ...lower].join(' ') };
  });
  const steps = [0, 0.2, 0.4, 0.6, 0.8, 1];
  const chosenX = xOf(curve.threshold);
  // A label about 130 units wide: centred on the line unless that would cross the frame.
  const anchor = chosenX < 70 ? 'start' : chosenX > width - 70 ? 'end' : 'middle';
  return {
    width,
    height,
    plot,
    bands,
    xTicks: steps.map((step) => ({ x: xOf(step), label: step.toFixed(1) })),
    yTicks: [0, 0.25, 0.5, 0.75, 1].map((share) => ({ y: yOf(share), label: `${share * 100} %` })),
    chosen: {
      x: chosenX,
      label: `threshold chosen in training: ${formatThreshold(curve.threshold)}`,
      anchor,
      point: chosenPoint(curve),
    },
  };
}

const round = (value: number) => Math.round(value * 10) / 10;
