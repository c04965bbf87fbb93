/**
 * `npm run add` with what the editor knows (--outlet, --author, --source-url, a sidecar) and on a
 * folder (issue 25 items 3 and 4), on a temporary content folder: the frontmatter and the review
 * say where each value came from; a bad address or sidecar refuses the add; a folder adds each file
 * on its own, refuses the bad and the repeated, writes the rest, and ends with one summary.
 * In-process (scripts/ingest/add-command.ts); never touches the real content/.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeEach, describe, expect, test } from 'vitest';
import { runAddCommand } from '../../../../scripts/ingest/add-command.ts';
import { readArticleFile } from '../../../../scripts/lib/read-article-file.ts';
import { articleSchema } from '../../../../src/schemas/article.ts';
import { capturedIO } from '../../../helpers/command-io.ts';

const work = mkdtempSync(path.join(tmpdir(), 'dossier-add-batch-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const contentRoot = path.join(work, 'content');
cpSync(path.resolve('content/actors'), path.join(contentRoot, 'actors'), { recursive: true });
cpSync(path.resolve('content/not-people.yaml'), path.join(contentRoot, 'not-people.yaml'));
const articlesDir = path.join(contentRoot, 'articles');
const rawDir = path.join(contentRoot, 'raw');

/** Starts each test with no articles. */
beforeEach(() => {
  for (const dir of [articlesDir, rawDir]) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir);
  }
});

async function add(...args: string[]) {
  const { io, printed } = capturedIO(contentRoot);
  const status = await runAddCommand(args, io);
  return { status, ...printed, output: printed.stdout + printed.stderr };
}

const written = () =>
  [...readdirSync(articlesDir).map((f) => `articles/${f}`), ...readdirSync(rawDir).map((f) => `raw/${f}`)].sort();

function frontmatterOf(slug: string) {
  const file = path.join(articlesDir, `${slug}.md`);
  const { frontmatter } = readArticleFile(readFileSync(file, 'utf8'), file);
  const parsed = articleSchema.safeParse(frontmatter);
  expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
  return frontmatter as Record<string, { value: string | null; confidence: string; note?: string }>;
}

/** A short article in a city, so each one's text is its own. */
const article = (city: string, day: string) =>
  [
    `${city} talks resume after three weeks`,
    '',
    'By Jane Doe',
    'Published May 7, 2025',
    '',
    `Talks between Russia and Ukraine resumed in ${city} on ${day}, a day after the Kremlin said they could go on.`,
    '',
    '“No one is in a hurry,” Deputy Foreign Minister Anna Petrova told reporters after the first session.',
    '',
  ].join('\n');

function folderWith(name: string, files: Record<string, string>): string {
  const dir = path.join(work, name);
  mkdirSync(dir, { recursive: true });
  for (const [file, text] of Object.entries(files)) writeFileSync(path.join(dir, file), text);
  return dir;
}

describe('what the editor knows, for one file', () => {
  test('--outlet, --author and --source-url are written as "editor", over the sidecar, and the review says where from', async () => {
    const dir = folderWith('one', {
      'geneva.txt': article('Geneva', 'Tuesday'),
      'geneva.txt.meta.yaml': 'outlet: The Fixture Times\nauthor: Ann Lee\n',
    });
    const run = await add(path.join(dir, 'geneva.txt'), '--author', 'Tom Kay', '--source-url', 'https://news.example.com/geneva');
    expect(run.status, run.output).toBe(0);
    const frontmatter = frontmatterOf('geneva-talks-resume-after-three-weeks');
    expect(frontmatter.outlet).toEqual({
      value: 'The Fixture Times',
      confidence: 'editor',
      note: 'the editor gave it when adding the article',
    });
    expect(frontmatter.author).toMatchObject({ value: 'Tom Kay', confidence: 'editor' });
    expect(frontmatter.sourceUrl).toMatchObject({ value: 'https://news.example.com/geneva', confidence: 'editor' });
    expect(run.stdout).toMatch(
      /outlet +“The Fixture Times” \(editor, in geneva\.txt\.meta\.yaml: the editor gave it when adding the article\)/,
    );
    expect(run.stdout).toMatch(
      /author +“Tom Kay” \(editor, with --author: the editor gave it when adding the article; the file says Jane Doe/,
    );
    expect(run.stdout).toContain('--author wins over “Ann Lee” in geneva.txt.meta.yaml');
    // The file's byline disagrees: the editor is asked to look.
    expect(run.stdout).toMatch(
      /Uncertain[\s\S]*author: given by the editor “Tom Kay” \(with --author\), but the file says “Jane Doe”/,
    );
  });

  test('an address that is not https is refused before anything is drafted, saying why', async () => {
    const dir = folderWith('http', { 'vienna.txt': article('Vienna', 'Monday') });
    const run = await add(path.join(dir, 'vienna.txt'), '--source-url', 'http://news.example.com/vienna');
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(
      '--source-url: “http://news.example.com/vienna”: only https addresses are taken (this one is http:)\n',
    );
    expect(written()).toEqual([]);
  });

  test('a sidecar with an unknown key refuses the add, naming the key', async () => {
    const dir = folderWith('unknown-key', {
      'riga.txt': article('Riga', 'Friday'),
      'riga.txt.meta.yaml': 'outlet: X\nsource_url: https://a.example/b\n',
    });
    const run = await add(path.join(dir, 'riga.txt'));
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^riga\.txt\.meta\.yaml: unknown key "source_url" \(did you mean source-url\?\)/);
    expect(written()).toEqual([]);
  });
});

describe('a folder', () => {
  const folder = () =>
    folderWith('batch', {
      // Good, with its sidecar.
      'a-geneva.txt': article('Geneva', 'Tuesday'),
      'a-geneva.txt.meta.yaml': 'outlet: The Fixture Times\nsource-url: https://news.example.com/geneva\n',
      // Fails its checks: no date, no headline.
      'b-bare.txt': 'Talks resumed in Oslo on Tuesday, diplomats said, after a pause of three weeks.\n',
      // The same text as a-geneva.txt under another name.
      'c-geneva-copy.txt': article('Geneva', 'Tuesday'),
      // Another article, whose sidecar takes a-geneva's slug.
      'd-vienna.txt': article('Vienna', 'Monday'),
      'd-vienna.txt.meta.yaml': 'slug: geneva-talks-resume-after-three-weeks\n',
      // Good, given its date in the sidecar.
      'e-minsk.txt': article('Minsk', 'Friday').replace('Published May 7, 2025\n', ''),
      'e-minsk.txt.meta.yaml': 'published: 2025-05-09\nauthor: Ann Lee\n',
      'notes.md': 'not an article',
      'orphan.meta.yaml': 'outlet: Nobody\n',
    });

  test('adds the good files, refuses the bad and the repeated, and sums up', async () => {
    const run = await add(folder());
    expect(run.status).toBe(1);
    expect(written()).toEqual([
      'articles/geneva-talks-resume-after-three-weeks.md',
      'articles/minsk-talks-resume-after-three-weeks.md',
      'raw/geneva-talks-resume-after-three-weeks.txt',
      'raw/minsk-talks-resume-after-three-weeks.txt',
    ]);
    expect(frontmatterOf('geneva-talks-resume-after-three-weeks').outlet).toMatchObject({ confidence: 'editor' });
    expect(frontmatterOf('minsk-talks-resume-after-three-weeks').published).toMatchObject({
      value: '2025-05-09',
      confidence: 'editor',
      note: 'the editor gave it when adding the article',
    });
    // One review per file, in order, then the summary.
    expect([...run.stdout.matchAll(/^━━ (\d)\/5: \S+\/(\S+)$/gm)].map((match) => match[2])).toEqual([
      'a-geneva.txt',
      'b-bare.txt',
      'c-geneva-copy.txt',
      'd-vienna.txt',
      'e-minsk.txt',
    ]);
    const summary = run.stdout.slice(run.stdout.indexOf('Batch summary:'));
    expect(summary).toMatch(/^Batch summary: \S+batch: 5 files, 2 added, 3 refused\n/);
    const rows = Object.fromEntries(
      summary
        .split('\n')
        .filter((line) => /^[a-e]-/.test(line))
        .map((line) => [line.split(/\s+/)[0], line.split(/\s{2,}/)]),
    );
    expect(rows['a-geneva.txt']).toEqual(['a-geneva.txt', 'added', 'geneva-talks-resume-after-three-weeks', '3', '1', 'none']);
    expect(rows['b-bare.txt']!.slice(0, 6)).toEqual([
      'b-bare.txt',
      'refused',
      'b-bare',
      '0',
      '0',
      'headline, outlet, published, author, sourceUrl',
    ]);
    expect(rows['b-bare.txt']!.at(-1)).toMatch(/^schema: published\.value: the file gives no publication date.*\(\+\d more\)$/);
    expect(rows['c-geneva-copy.txt']!.at(-1)).toMatch(/^already there: geneva-talks-resume-after-three-weeks\.txt/);
    expect(rows['d-vienna.txt']!.at(-1)).toMatch(/^already there: geneva-talks-resume-after-three-weeks\.txt/);
    expect(rows['e-minsk.txt']).toEqual([
      'e-minsk.txt',
      'added',
      'minsk-talks-resume-after-three-weeks',
      '2',
      '1',
      'outlet, sourceUrl',
    ]);
    expect(summary).toContain('notes.md: not added (only .txt and .html files are)');
    expect(summary).toContain('orphan.meta.yaml: not read: no orphan beside it');
    expect(summary).toContain('3 files refused, not written; the 2 others were');
  });

  test('the same text under a slug of its own is refused as a duplicate of the earlier file', async () => {
    const dir = folderWith('batch-duplicate', {
      'a.txt': article('Tallinn', 'Monday'),
      'b.txt': article('Tallinn', 'Monday'),
      'b.txt.meta.yaml': 'slug: tallinn-again\n',
    });
    const run = await add(dir);
    expect(run.status).toBe(1);
    expect(written()).toEqual([
      'articles/tallinn-talks-resume-after-three-weeks.md',
      'raw/tallinn-talks-resume-after-three-weeks.txt',
    ]);
    expect(run.stdout).toMatch(
      /^b\.txt +refused +tallinn-again .* duplicate: the same body text as tallinn-talks-resume-after-three-weeks\.md$/m,
    );
  });

  test('--dry-run writes nothing and still refuses the second of two files with one slug', async () => {
    const run = await add(folder(), '--dry-run');
    expect(run.status).toBe(1);
    expect(written()).toEqual([]);
    expect(run.stdout).toMatch(/^Batch dry run: \S+: 5 files, 2 would be added, 3 refused$/m);
    expect(run.stdout).toMatch(/^a-geneva\.txt +would add /m);
    expect(run.stdout).toMatch(/^c-geneva-copy\.txt +refused .*already there: geneva-talks-resume-after-three-weeks/m);
  });

  test('all good: exit 0', async () => {
    const dir = folderWith('batch-good', { 'kyiv.txt': article('Kyiv', 'Sunday') });
    const run = await add(dir, '--outlet', 'The Fixture Times');
    expect(run.status, run.output).toBe(0);
    expect(frontmatterOf('kyiv-talks-resume-after-three-weeks').outlet).toMatchObject({
      value: 'The Fixture Times',
      confidence: 'editor',
    });
    expect(run.stdout).toContain('Every file was added.');
  });

  test('a flag that names one article is refused for a folder', async () => {
    const run = await add(folder(), '--slug', 'talks');
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^--slug: names one article, not a folder's; give it per file in <file>\.meta\.yaml/);
    expect(written()).toEqual([]);
  });
});
