/**
 * `npm run analyze` on articles that are not in the corpus. The command runs in-process
 * (scripts/ingest/analyze-command.ts, what scripts/cli/analyze.ts runs); one test runs the script
 * itself, the way an editor runs it.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { runAnalyzeCommand } from '../../../../scripts/ingest/analyze-command.ts';
import { capturedIO } from '../../../helpers/command-io.ts';

/** Runs the command in-process on the real content folder; never throws on a failing exit. */
async function analyze(...args: string[]) {
  const { io, printed } = capturedIO(path.resolve('content'));
  const status = await runAnalyzeCommand(args, io);
  return { status, ...printed };
}

const NEW_ARTICLE = 'tests/fixtures/new-article/hypothetical-kyiv-visit.md';

describe('npm run analyze on a new article', async () => {
  const report = await analyze(NEW_ARTICLE, '--json');
  const analysis = JSON.parse(report.stdout) as {
    mentions: Array<{ actor: string; text: string }>;
    quotes: Array<{ text: string; kind: string; speaker: { actor: string | null; label: string } | null; attribution: string }>;
    dates: Array<{ text: string; date: string; precision: string }>;
  };

  test('finds mentions through aliases, including a spelling variant', () => {
    const actors = new Set(analysis.mentions.map((m) => m.actor));
    for (const slug of ['marco-rubio', 'volodymyr-zelenskyy', 'kremlin', 'ukraine']) expect(actors.has(slug), slug).toBe(true);
  });

  test('attributes each quote with its method, keeping the unnamed source unnamed', () => {
    expect(analysis.quotes.map((q) => [q.text, q.kind, q.speaker?.actor ?? null, q.speaker?.label, q.attribution])).toEqual([
      ['We are not going anywhere,', 'statement', 'marco-rubio', 'Rubio', 'explicit'],
      ['The work continues.', 'statement', 'marco-rubio', 'Rubio', 'context'],
      // "called the visit “a signal”" reports words: the subject of "called" said them.
      ['a signal.', 'fragment', null, 'a senior European diplomat', 'explicit'],
      ['It matters who shows up,', 'statement', null, 'a senior European diplomat', 'pronoun'],
    ]);
  });

  test('resolves the relative dates against the publication date', () => {
    expect(analysis.dates.map((d) => [d.text, d.date, d.precision])).toEqual([
      ['on Tuesday', '2025-05-06', 'day'],
      ['early next week', '2025-05-12', 'week'],
    ]);
  });

  test('the script prints a readable report by default', () => {
    const run = spawnSync(process.execPath, ['scripts/cli/analyze.ts', NEW_ARTICLE], { encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('Quotes (4):');
    expect(run.stdout).toContain('“We are not going anywhere,”');
    expect(run.stdout).toContain('“on Tuesday” → 2025-05-06 (day)');
    // Statements reported outside quotation marks are listed for the editor to check, with their speakers.
    expect(run.stdout).toContain('Reported statements (2): words reported outside quotation marks');
    expect(run.stdout).toContain('p-1 Kremlin [“Kremlin”], cue “said” · rule speaker-then-verb, confidence 1.00');
    expect(run.stdout).toContain('“talks could resume early next week”');
  });
});

describe('npm run analyze: quotes with no speaker, and people with no actor file', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'dossier-analyze-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const file = path.join(dir, 'talks-resume-in-geneva.md');
  writeFileSync(
    file,
    [
      '---',
      'published:',
      '  value: "2025-05-07"',
      '---',
      'The talks resumed on Tuesday in Geneva after a pause of three weeks.',
      '',
      '“Nothing is agreed until everything is agreed, and we are far from that point today.”',
      '',
    ].join('\n'),
  );
  const { stdout: text } = await analyze(file);

  test('a statement with no speaker says “speaker not determined”, on its line and in a summary naming the paragraph', () => {
    expect(text).toContain('p-2 statement speaker not determined (-)');
    expect(text).toContain('Speaker not determined for 1 quote: p-2.');
  });

  test('lists the provisional people, even when there are none', () => {
    expect(text).toContain('Provisional people (0): found in the text, no actor file yet');
  });
});

describe('npm run analyze: what it refuses', () => {
  test.each([
    ['no file', [], 2, 'Usage: npm run analyze -- path/to/article.md [--json]\n'],
    ['an unknown flag', ['x.md', '--yaml'], 2, "Unknown option '--yaml'"],
    ['a file that is not there', ['absent.md'], 1, "ENOENT: no such file or directory, open 'absent.md'\n"],
  ])('%s', async (_name, args, status, message) => {
    const run = await analyze(...args);
    expect([run.status, run.stdout]).toEqual([status, '']);
    expect(run.stderr).toContain(message);
  });
});
