/** The batch form of `npm run add -- folder/` (scripts/ingest/batch-summary.ts): which files, and the summary table. */
import { describe, expect, test } from 'vitest';
import {
  type BatchRow,
  batchFiles,
  checksReason,
  formatBatchSummary,
  refusalReason,
} from '../../../../scripts/ingest/batch-summary.ts';
import type { DraftChecks } from '../../../../scripts/ingest/review.ts';

const ROWS: BatchRow[] = [
  { file: 'a.txt', result: 'added', why: '', slug: 'talks-resume', furnitureLines: 12, uncertain: 3, unknownFields: [] },
  {
    file: 'bb.html',
    result: 'refused',
    why: 'no article: Readability found no article',
    slug: null,
    furnitureLines: null,
    uncertain: null,
    unknownFields: null,
  },
  {
    file: 'c.txt',
    result: 'added',
    why: '',
    slug: 'envoy-warns',
    furnitureLines: 4,
    uncertain: 0,
    unknownFields: ['author', 'sourceUrl'],
  },
];

describe('the batch summary', () => {
  test('a heading with the counts, one aligned row per file, and what to do next', () => {
    const summary = formatBatchSummary('new/', ROWS, ['notes.md: not added (only .txt and .html files are)'], false);
    expect(summary.split('\n')).toEqual([
      'Batch summary: new/: 3 files, 2 added, 1 refused',
      '',
      'file     result   slug          furniture  uncertain  unknown metadata   why refused',
      '-------  -------  ------------  ---------  ---------  -----------------  -----------',
      'a.txt    added    talks-resume         12          3  none',
      'bb.html  refused  —                     —          —  —                  no article: Readability found no article',
      'c.txt    added    envoy-warns           4          0  author, sourceUrl',
      '',
      'notes.md: not added (only .txt and .html files are)',
      '',
      '1 file refused, not written; the 2 others were: fix what its review names and add it again.',
    ]);
  });

  test('a dry run says what would be added; nothing refused says so', () => {
    const summary = formatBatchSummary('new/', [ROWS[0]!], [], true);
    expect(summary).toMatch(/^Batch dry run: new\/: 1 file, 1 would be added, 0 refused\n/);
    expect(summary).toMatch(/Nothing written \(--dry-run\)\.[^\n]*$/);
  });
});

describe('reasons in a few words', () => {
  test('the first line of a message, without the file it starts with, cut to the table', () => {
    expect(refusalReason('\ntests/new/a.txt: not valid UTF-8: byte 0xE9\nmore')).toBe('not valid UTF-8: byte 0xE9');
    expect(refusalReason('--source-url: “http://a.example”: only https')).toBe('--source-url: “http://a.example”: only https');
    expect(refusalReason('x'.repeat(200))).toHaveLength(110);
  });

  test('the first check that failed, and how many more', () => {
    const checks: DraftChecks = {
      schema: ['published.value: the file gives no publication date: pass --published YYYY-MM-DD'],
      characters: { errors: [], warnings: [] },
      fidelity: { ok: true },
      analysis: { error: 'boom' },
    } as DraftChecks;
    expect(checksReason(checks)).toBe(
      'schema: published.value: the file gives no publication date: pass --published YYYY-MM-DD (+1 more)',
    );
    expect(checksReason({ ...checks, schema: [], analysis: { error: 'boom' } } as DraftChecks)).toBe('analysis: boom');
  });

  test('an analysis not run for the schema’s own reason is not a second problem', () => {
    const checks = {
      schema: ['published.value: the file gives no publication date: pass --published YYYY-MM-DD'],
      characters: { errors: [], warnings: [] },
      fidelity: { ok: true },
      analysis: { error: 'not run: no publication date', notRun: true },
    } as DraftChecks;
    expect(checksReason(checks)).toBe('schema: published.value: the file gives no publication date: pass --published YYYY-MM-DD');
  });
});

describe('the files of a folder', () => {
  test('.txt and .html files, sorted, not folders; a note on the rest, hidden files aside', () => {
    const names = ['b.html', 'a.txt', 'a.txt.meta.yaml', 'c.meta.yaml', 'notes.md', '.DS_Store', 'sub.txt', 'd.HTM', 'more'];
    expect(batchFiles(names, (name) => name !== 'sub.txt' && name !== 'more')).toEqual({
      files: ['a.txt', 'b.html', 'd.HTM'],
      notes: [
        'c.meta.yaml: not read: no c beside it (a sidecar is named <file>.meta.yaml)',
        'more: not added (not a file; subfolders are not read)',
        'notes.md: not added (only .txt and .html files are)',
        'sub.txt: not added (not a file; subfolders are not read)',
      ],
    });
  });
});
