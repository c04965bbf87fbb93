import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadDevSet } from '../../../../scripts/eval/gold-sets.ts';

describe('loadDevSet', () => {
  let dir = '';
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'dossier-dev-set-'));
    const article = (headline: string, body: string) =>
      `---\noutlet: Example News\nheadline: "${headline}"\npublished: "2024-03-01"\nsource: "hand-written fixture"\n---\n\n${body}\n`;
    writeFileSync(
      path.join(dir, 'council-vote.md'),
      article('Council votes', '“We will vote today,” said Mayor Ann Lee.\n\nA spokesman called it “a formality.”'),
    );
    writeFileSync(
      path.join(dir, 'council-vote.gold.yaml'),
      [
        'quotes:',
        '  - startsWith: "We will vote"',
        '    kind: statement',
        '    speaker: "Ann Lee"',
        '    type: person',
        '  - startsWith: "a formality"',
        '    kind: fragment',
        '    speaker: "a spokesman"',
        '    type: unnamed',
        '    note: "unnamed"',
        'dates:',
        '  - text: "today"',
        '    date: "2024-03-01"',
        '    precision: day',
      ].join('\n'),
    );
    writeFileSync(path.join(dir, 'no-gold-yet.md'), article('Pending', 'Text.'));
    writeFileSync(path.join(dir, 'bad-kind.md'), article('Bad', '“Hello.”'));
    writeFileSync(
      path.join(dir, 'bad-kind.gold.yaml'),
      'quotes:\n  - startsWith: "Hello"\n    kind: quote\n    speaker: null\n    type: none\n',
    );
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('an article with its gold file is loaded with its quotes', () => {
    const { articles } = loadDevSet(dir);
    expect(articles.map((a) => [a.id, a.published, a.gold.map((q) => [q.startsWith, q.kind, q.speaker, q.block])])).toEqual([
      [
        'council-vote',
        '2024-03-01',
        [
          ['We will vote', 'statement', { type: 'person', name: 'Ann Lee' }, 'p-1'],
          ['a formality', 'fragment', { type: 'unnamed', name: 'a spokesman' }, 'p-2'],
        ],
      ],
    ]);
  });

  test('gold dates are read', () => {
    expect(loadDevSet(dir).articles[0]?.goldDates).toEqual([{ text: 'today', date: '2024-03-01', precision: 'day' }]);
  });

  test('an article without a gold file and a gold file with a bad field are reported, not loaded', () => {
    expect(loadDevSet(dir).problems).toEqual([
      `${path.join(dir, 'bad-kind.gold.yaml')}: quotes[0].kind: one of statement, fragment, title, scare is required, skipped`,
      `${path.join(dir, 'no-gold-yet.md')}: no no-gold-yet.gold.yaml yet, skipped`,
    ]);
  });

  test('a missing folder gives no articles', () => {
    expect(loadDevSet(path.join(dir, 'absent')).articles).toEqual([]);
  });
});
