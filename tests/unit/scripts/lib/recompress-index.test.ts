import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { expect, test } from 'vitest';
import { recompressIndex } from '../../../../scripts/lib/recompress-index.ts';
import { temporaryFolders } from '../../../helpers/temp-dir.ts';

const temporaryFolder = temporaryFolders('recompress-index-');

test('index files are zipped smaller with the same content; other files are left alone', async () => {
  const dir = temporaryFolder();
  mkdirSync(path.join(dir, 'index'));
  // Repetitive content, as Pagefind's page lists are: a higher level finds more of it.
  const content = Buffer.from(Array.from({ length: 4000 }, (_, n) => `en_${(n * 7919).toString(16)},${n % 97};`).join(''));
  const fast = gzipSync(content, { level: 1 });
  writeFileSync(path.join(dir, 'pagefind.en_1.pf_meta'), fast);
  writeFileSync(path.join(dir, 'index', 'en_2.pf_index'), fast);
  writeFileSync(path.join(dir, 'en_3.pf_fragment'), fast);
  const saved = await recompressIndex(dir);
  expect(saved).toBeGreaterThan(0);
  for (const file of ['pagefind.en_1.pf_meta', 'index/en_2.pf_index']) {
    const zipped = readFileSync(path.join(dir, file));
    expect(zipped.length).toBeLessThan(fast.length);
    expect(gunzipSync(zipped).equals(content)).toBe(true);
  }
  expect(readFileSync(path.join(dir, 'en_3.pf_fragment')).equals(fast)).toBe(true);
  // Already at its smallest: nothing more to save.
  expect(await recompressIndex(dir)).toBe(0);
});
