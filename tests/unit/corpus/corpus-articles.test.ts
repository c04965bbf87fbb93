import path from 'node:path';
import type { CollectionEntry } from 'astro:content';
import { describe, expect, test } from 'vitest';
import type { ArticleAnalysis } from '../../../src/analysis/types.ts';
import { articleRender, keepForPages, readArticles } from '../../../src/corpus/corpus-articles.ts';
import { recordFileOf, writeArticleRecord } from '../../../src/load/article-records.ts';
import { temporaryFolders } from '../../helpers/temp-dir.ts';

const TEXT = 'Peskov said the Kremlin was ready on Friday. Talks would go on.';

function analysis(): ArticleAnalysis {
  return {
    blocks: [{ id: 'p-1', text: TEXT, kind: 'paragraph' }],
    mentions: [{ actor: 'dmitry-peskov', block: 'p-1', start: 0, end: 6, text: 'Peskov' }],
    quotes: [],
    dates: [{ text: 'on Friday', block: 'p-1', start: 35, end: 44, date: '2025-04-18', explanation: 'the Friday before' }],
    people: [],
    statements: [],
  } as unknown as ArticleAnalysis;
}

/** An article entry as a test's own collection stores it: the analysis in the render's front matter. */
function entry(id: string, frontmatter: object): CollectionEntry<'articles'> {
  return {
    id,
    filePath: `content/articles/${id}.md`,
    data: { headline: { value: 'Kremlin ready' }, published: { value: '2025-04-20' }, dek: null, attributions: [] },
    rendered: { html: `<p>${TEXT}</p>`, metadata: { frontmatter } },
  } as unknown as CollectionEntry<'articles'>;
}

describe('the index keeps of an article only what other pages read', () => {
  test('after keepForPages the analysis holds speakers, mentions and people, not the text or its dates', () => {
    const [article] = readArticles([entry('kremlin-ready', { analysis: analysis() })], []);
    expect(article!.analysis.blocks).toHaveLength(1);
    const kept = keepForPages(article!);
    expect(kept).toBe(article);
    expect(Object.keys(kept.analysis).sort()).toEqual(['mentions', 'people', 'quotes', 'statements']);
    expect(kept.analysis.mentions.map((mention) => mention.actor)).toEqual(['dmitry-peskov']);
  });

  test('what lists, the feed and the about page show of the text is computed before', () => {
    const kept = keepForPages(readArticles([entry('kremlin-ready', { analysis: analysis() })], [])[0]!);
    expect(kept.opening).toEqual({ text: 'Peskov said the Kremlin was ready on Friday.', shortened: false });
    expect(kept.leadText).toBe(TEXT);
    expect(kept.dateCount).toBe(1);
  });
});

describe('articleRender: what only the article page reads', () => {
  const folder = temporaryFolders('dossier-render-');

  test('from a test collection, the entry’s own analysis gives the blocks and dates', () => {
    const render = articleRender({ entry: entry('kremlin-ready', { analysis: analysis() }) });
    expect(render.html).toBe(`<p>${TEXT}</p>`);
    expect(render.blocks.map((block) => block.text)).toEqual([TEXT]);
    expect(render.dates.map((date) => date.text)).toEqual(['on Friday']);
  });

  test('from a slim store, the record file gives the HTML, blocks and dates', () => {
    const recordFile = recordFileOf(path.join(folder(), 'records'), 'kremlin-ready');
    const stamp = { digest: 'd1', renderInputs: 'r1', actorSet: 'a1', actors: {} };
    const stored = { ...analysis(), blocks: [{ id: 'p-1', text: 'From the record.', kind: 'paragraph' as const }] };
    writeArticleRecord(recordFile, { ...stamp, html: '<p>From the record.</p>', analysis: stored, bodyRows: [['p-1']] });
    const render = articleRender({ entry: entry('kremlin-ready', { ...stamp, recordFile }) });
    expect(render.html).toBe('<p>From the record.</p>');
    expect(render.bodyRows).toEqual([['p-1']]);
    expect(render.blocks.map((block) => block.text)).toEqual(['From the record.']);
    expect(render.dates).toHaveLength(1);
  });

  test('a slim entry whose record is gone stops the build, naming the file', () => {
    const recordFile = recordFileOf(folder(), 'kremlin-ready');
    const pointer = { digest: 'd1', renderInputs: 'r1', actorSet: 'a1', actors: {}, recordFile };
    expect(() => articleRender({ entry: entry('kremlin-ready', pointer) })).toThrow(/content\/articles\/kremlin-ready\.md/);
  });
});
