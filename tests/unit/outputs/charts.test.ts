/** The charts' scales (src/outputs/charts.ts): the heat map's key. */
import { describe, expect, test } from 'vitest';
import { heatLegend, heatLevel } from '../../../src/outputs/charts.ts';

describe('heatLegend', () => {
  test('gives each shade the counts it stands for, on the square-root scale of heatLevel', () => {
    expect(heatLegend(30)).toEqual([
      { level: 0, label: 'none' },
      { level: 1, label: '1' },
      { level: 2, label: '2–7' },
      { level: 3, label: '8–16' },
      { level: 4, label: '17–30' },
    ]);
    for (const step of heatLegend(30).slice(1)) {
      const [from, to = from] = step.label.split('–').map(Number) as [number, number?];
      expect([heatLevel(from, 30), heatLevel(to, 30)]).toEqual([step.level, step.level]);
    }
  });
  test('a maximum of 1 has one shade', () => {
    expect(heatLegend(1)).toEqual([
      { level: 0, label: 'none' },
      { level: 4, label: '1' },
    ]);
  });
});
