import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { runEvalAttributionCommand } from '../../../../scripts/eval/eval-attribution-command.ts';
import type { ResolvedFigures } from '../../../../scripts/eval/score-resolved.ts';
import type { StatementFigures } from '../../../../scripts/eval/score-statements.ts';
import { capturedIO } from '../../../helpers/command-io.ts';

// A made-up article in PolNeAR's layout, with a resolved gold: no PolNeAR text is copied.
const FIXTURE = fileURLToPath(new URL('../../../fixtures/eval/resolved', import.meta.url));
const OUT = mkdtempSync(path.join(tmpdir(), 'eval-resolved-'));
afterAll(() => rmSync(OUT, { recursive: true, force: true }));

describe('npm run eval:attribution on PolNeAR with the resolved gold', () => {
  const { io, printed } = capturedIO(OUT);
  let code = -1;
  let json: {
    sets: { polnear: { resolved: ResolvedFigures & { source: string }; statements: StatementFigures & { polnear: object } } };
  };
  beforeAll(async () => {
    const args = ['--sets', 'polnear', '--polnear', FIXTURE, '--json', 'figures.json', '--quiet-errors'];
    code = await runEvalAttributionCommand(args, { ...io, cwd: OUT });
    json = JSON.parse(readFileSync(path.join(OUT, 'figures.json'), 'utf8'));
  });

  test('runs and prints the resolved-gold figures first', () => {
    expect(code).toBe(0);
    expect(printed.stdout.indexOf('RESOLVED GOLD')).toBeGreaterThan(-1);
    expect(printed.stdout.indexOf('RESOLVED GOLD')).toBeLessThan(printed.stdout.indexOf('BRAT GOLD'));
  });

  test('the JSON figures hold the resolved gold: every segment, the scored speakers, the rules', () => {
    const resolved = json.sets.polnear.resolved;
    expect(resolved).toMatchObject({ articles: 1, goldQuotes: 4, byStatus: { name: 2, anon: 1, unresolved: 1, nosource: 0 } });
    expect(resolved.speaker.all.scored).toBe(3);
    expect(resolved.unscored).toEqual({ unresolved: 1, nosource: 0 });
    expect(Array.isArray(resolved.byRule)).toBe(true);
  });

  test('prints a reported-speech section after the quotes', () => {
    expect(printed.stdout.indexOf('REPORTED SPEECH')).toBeGreaterThan(printed.stdout.indexOf('RESOLVED GOLD'));
  });

  test('the JSON figures hold the reported speech: speech cues scored, beliefs left out', () => {
    const statements = json.sets.polnear.statements;
    expect(statements.polnear).toEqual({ reported: 3, speech: 2, notSpeech: 1, outsideText: 0 });
    expect(statements.gold).toBe(2);
    expect(statements.detection.systemScored).toBeGreaterThanOrEqual(statements.detection.systemMatched);
  });
});
