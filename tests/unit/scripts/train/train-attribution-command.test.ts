/** `npm run train:attribution` (scripts/train/train-attribution-command.ts) without PolNeAR: it says so and writes nothing. */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from 'vitest';
import { runTrainAttributionCommand } from '../../../../scripts/train/train-attribution-command.ts';

test('without the PolNeAR folder, exits 0, says nothing was trained and writes no file', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'train-attribution-'));
  try {
    let out = '';
    const io = { stdout: (text: string) => (out += text), stderr: (text: string) => (out += text), cwd: dir };
    const code = await runTrainAttributionCommand(['--polnear', path.join(dir, 'absent'), '--out', path.join(dir, 'model')], io);
    expect(code).toBe(0);
    expect(out).toContain('nothing trained');
    expect(existsSync(path.join(dir, 'model'))).toBe(false);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
