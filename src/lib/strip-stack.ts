/**
 * How one column of the timeline strip stacks its events. Shared by the build, which draws the
 * strip (src/outputs/timeline.ts), and by the timeline filters, which restack it for the events a
 * filter leaves (src/scripts-client/timeline-filters.ts), so both follow one rule: a column of up
 * to `maxStack` events shows them all; a fuller one shows `maxStack - 1` and a "+n" place for the
 * rest, so the strip never grows taller.
 */
export function stackColumn(count: number, maxStack: number): { shown: number; more: number } {
  const shown = count > maxStack ? Math.max(0, maxStack - 1) : count;
  return { shown, more: count - shown };
}
