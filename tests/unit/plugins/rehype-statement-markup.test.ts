/**
 * The reported-statement markup (src/plugins/rehype-statement-markup.ts) through a real unified
 * processor, with the site's plugin lists in their order: each content clause is wrapped in one
 * element carrying the statement's id, a quoted fragment inside it keeps its quote markup, and
 * the article's words are exactly those of the plain rendering. The statements are made by hand
 * (placed on the analysis before the rehype plugins run), so the test is about the markup alone.
 */
import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString as textOf } from 'hast-util-to-string';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import type { VFile } from 'vfile';
import { describe, expect, test } from 'vitest';
import type { ReportedStatement } from '../../../src/analysis/types.ts';
import { markdownPlugins } from '../../../src/plugins/markdown-plugins.ts';
import { articleOptions, markdownFile, plainProcessor } from '../../helpers/markdown-processor.ts';

const options = articleOptions([
  { slug: 'marco-rubio', name: 'Marco Rubio', aliases: ['Rubio'], kind: 'person' },
  { slug: 'united-states', name: 'United States', aliases: ['US'], kind: 'country' },
  { slug: 'dmitry-peskov', name: 'Dmitry Peskov', aliases: ['Peskov'], kind: 'person' },
]);
const PATH = '/site/content/articles/reported-speech.md';

/** A statement by hand: its content is the first occurrence of `content` in block `block`. */
interface HandStatement {
  id: string;
  block: string;
  content: string;
  cue: string;
  source: string | null;
}

/** The site's processor with `statements` put on the analysis between the remark and rehype plugins. */
function render(markdown: string, statements: HandStatement[] | undefined): string {
  const { remarkPlugins, rehypePlugins } = markdownPlugins(options);
  const putStatements = () => (_tree: unknown, file: VFile) => {
    const analysis = file.data.analysis;
    if (!analysis) return;
    if (statements === undefined) {
      delete (analysis as { statements?: unknown }).statements;
      return;
    }
    analysis.statements = statements.map((hand) => reported(hand, analysis.blocks, analysis.quotes));
  };
  const processor = unified()
    .use(remarkParse)
    .use(remarkPlugins)
    .use(putStatements)
    .use(remarkRehype)
    .use(rehypePlugins)
    .use(rehypeStringify);
  return String(processor.processSync(markdownFile(markdown, PATH)));
}

function reported(
  hand: HandStatement,
  blocks: ReadonlyArray<{ id: string; text: string }>,
  quotes: ReadonlyArray<{ id: string; parts: Array<{ block: string; start: number; end: number }> }>,
): ReportedStatement {
  const text = blocks.find((block) => block.id === hand.block)?.text ?? '';
  const span = (words: string) => {
    const start = text.indexOf(words);
    if (start < 0) throw new Error(`"${words}" is not in ${hand.block}`);
    return { block: hand.block, start, end: start + words.length };
  };
  const content = span(hand.content);
  return {
    id: hand.id,
    content,
    text: hand.content,
    cue: { ...span(hand.cue), text: hand.cue },
    source: hand.source ? { ...span(hand.source), text: hand.source } : null,
    speaker: hand.source ? { actor: null, label: hand.source } : null,
    speakerRule: null,
    speakerConfidence: null,
    quoted: quotes
      .filter((quote) => quote.parts.some((p) => p.block === hand.block && p.start >= content.start && p.end <= content.end))
      .map((quote) => quote.id),
  };
}

const tree = (html: string): Root => fromHtml(html, { fragment: true });

describe('each content clause is wrapped in one element with the statement id, the words unchanged', () => {
  const cases = [
    {
      shows: 'source first, with a quoted fragment inside the clause',
      markdown: 'Rubio told reporters that the US would “move on” if there was no progress.',
      statement: {
        id: 's-aaaa',
        block: 'p-1',
        content: 'the US would “move on” if there was no progress',
        cue: 'told',
        source: 'Rubio',
      },
    },
    {
      shows: 'a parenthetical "according to" after the clause, an unnamed source',
      markdown: 'The envoy will fly to Moscow on Friday, according to two officials.',
      statement: {
        id: 's-bbbb',
        block: 'p-1',
        content: 'The envoy will fly to Moscow on Friday',
        cue: 'according to',
        source: 'two officials',
      },
    },
    {
      shows: 'a clause that cuts an emphasis in two, in the second paragraph',
      markdown: 'Talks went on.\n\nPeskov said *the Kremlin was ready* to continue talks, he added.',
      statement: { id: 's-cccc', block: 'p-2', content: 'Kremlin was ready to continue talks', cue: 'said', source: 'Peskov' },
    },
    {
      shows: 'a passive with no source',
      markdown: 'It was announced that the talks would resume in Geneva.',
      statement: { id: 's-dddd', block: 'p-1', content: 'the talks would resume in Geneva', cue: 'was announced', source: null },
    },
  ];

  test.each(cases)('$shows: the text is the plain rendering', ({ markdown, statement }) => {
    const html = render(markdown, [statement]);
    expect(textOf(tree(html))).toBe(textOf(tree(String(plainProcessor().processSync(markdown)))));
  });

  test.each(cases)('$shows: one element carries the id, and the clause is all in statement spans', ({ markdown, statement }) => {
    const html = tree(render(markdown, [statement]));
    expect(selectAll(`[id="${statement.id}"]`, html)).toHaveLength(1);
    expect(selectAll('.statement', html).map(textOf).join('')).toBe(statement.content);
  });

  test.each(cases)('$shows: an empty marker opens the note, right after the clause', ({ markdown, statement }) => {
    const html = tree(render(markdown, [statement]));
    const marker = select(`button.statement-marker[popovertarget="note-${statement.id}"]`, html);
    expect(marker).toBeDefined();
    expect(textOf(marker!)).toBe('');
    expect(marker!.properties.dataPagefindIgnore).toBe('');
  });
});

describe('quotes and statements together', () => {
  test('a quoted fragment keeps its <q> and its marker, inside the statement', () => {
    const html = tree(
      render('Rubio told reporters that the US would “move on” if there was no progress.', [
        { id: 's-aaaa', block: 'p-1', content: 'the US would “move on” if there was no progress', cue: 'told', source: 'Rubio' },
      ]),
    );
    const quote = select('#s-aaaa q.quote', html);
    expect(quote && textOf(quote)).toBe('“move on”');
    expect(select('#s-aaaa q.quote + button.quote-marker', html)).toBeDefined();
  });

  test('mentions inside the clause are still linked', () => {
    const html = tree(
      render('Rubio told reporters that the US would walk away.', [
        { id: 's-eeee', block: 'p-1', content: 'the US would walk away', cue: 'told', source: 'Rubio' },
      ]),
    );
    expect(select('#s-eeee a.actor-link[href="/actors/united-states/"]', html)).toBeDefined();
  });
});

describe('no statements, no markup', () => {
  test.each([
    { shows: 'an empty list', statements: [] },
    { shows: 'an analysis stored before statements existed', statements: undefined },
  ])('$shows', ({ statements }) => {
    const html = tree(render('Peskov said the Kremlin was ready.', statements));
    expect(selectAll('.statement, .statement-marker', html)).toHaveLength(0);
  });
});
