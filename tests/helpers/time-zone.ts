import { spawnSync } from 'node:child_process';

/**
 * Zones to run in, with their offsets in minutes behind UTC on 15 January 2025: both ends of the
 * world's clocks (UTC-11 and UTC+14), Asia, the US, and Chile, where the clocks jump at midnight.
 */
export const TIME_ZONES: readonly (readonly [zone: string, offset: number])[] = [
  ['America/Los_Angeles', 480],
  ['America/Santiago', 180],
  ['Asia/Tokyo', -540],
  ['Pacific/Kiritimati', -840],
  ['Pacific/Pago_Pago', 660],
];

/** What a child Node run in another time zone gives back: its offset from UTC and the results. */
export interface TimeZoneRun {
  /** Minutes behind UTC on 15 January 2025, to show the zone really applied. */
  offset: number;
  results: unknown;
}

/**
 * Runs `apply` in a child Node whose TZ is `zone`, so a test can compare its results with those of
 * this process. The child imports `module` and calls `apply(module, input)`; `apply` is source text
 * (an arrow function) because it runs in the other process, and `input` travels there as JSON.
 */
export function runInTimeZone(zone: string, module: URL, apply: string, input: unknown): TimeZoneRun {
  const childScript = `
    import { readFileSync } from 'node:fs';
    const module = await import(process.env.MODULE_UNDER_TEST);
    const input = JSON.parse(readFileSync(0, 'utf8'));
    const offset = new Date(Date.UTC(2025, 0, 15)).getTimezoneOffset();
    const apply = ${apply};
    process.stdout.write(JSON.stringify({ offset, results: apply(module, input) }));
  `;
  const child = spawnSync(process.execPath, ['--input-type=module', '--eval', childScript], {
    input: JSON.stringify(input),
    env: { ...process.env, TZ: zone, MODULE_UNDER_TEST: module.href },
    encoding: 'utf8',
  });
  if (child.status !== 0) throw new Error(`the child Node in ${zone} failed:\n${child.stderr}`);
  return JSON.parse(child.stdout) as TimeZoneRun;
}
