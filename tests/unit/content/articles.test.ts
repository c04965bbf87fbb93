/**
 * The five corpus articles (content/articles/): each passes the article schema, its body and
 * furniture are exactly its raw file, split, and its body ends with the article's real closing sentence.
 */
import { describe, expect, test } from 'vitest';
import { bodyBlocksFromMarkdown } from '../../../src/analysis/text/body-blocks.ts';
import { checkFidelity } from '../../../src/load/fidelity.ts';
import { articleSchema } from '../../../src/schemas/article.ts';
import { fidelityInputOf, readCorpusArticle } from '../../helpers/corpus-files.ts';

/** Each article with the end of its real closing sentence (the body's last paragraph). */
const articles = [
  {
    slug: 'trump-team-impatience-walk-away',
    closing:
      'Now the administration appears to have a patience gap and has signaled it is ready to walk away. Ukraine does not have that option.',
  },
  // The closing quotation mark without an opening one is as published.
  {
    slug: 'rubio-trump-ready-to-walk-away',
    closing: 'giving time for the EU gradually to replace it — if it is capable of doing so."',
  },
  {
    slug: 'why-us-russia-ukraine-talks-failed',
    closing: 'The winners would be Ukraine, Europe, the U.S., and the whole free world.',
  },
  {
    slug: 'leaders-retreat-to-their-corners',
    closing: '” said Tom Graham, a distinguished fellow at the Council on Foreign Relations.',
  },
  {
    slug: 'trump-rubio-threaten-to-walk-away',
    closing: 'Rubio said only that members of the Trump administration would “do what we can on the margins.”',
  },
];

describe.each(articles)('$slug', ({ slug, closing }) => {
  const article = readCorpusArticle(slug);

  test('its frontmatter passes the article schema', () => {
    const result = articleSchema.safeParse(article.data);
    expect(result.success ? [] : result.error.issues).toEqual([]);
  });

  test('body and furniture are exactly the raw file, split', () => {
    expect(checkFidelity(fidelityInputOf(article))).toEqual({ ok: true });
  });

  // The word check ignores whitespace; this catches anything else Markdown might have changed.
  test('every body block, corrections reversed, is a whole raw line verbatim', () => {
    const corrections = fidelityInputOf(article).corrections;
    const rawLines = new Set(article.raw.split('\n'));
    const blocks = bodyBlocksFromMarkdown(article.body).map((block) =>
      corrections.reduce((text, { from, to }) => text.split(to).join(from), block.text),
    );
    expect(blocks.filter((text) => !rawLines.has(text))).toEqual([]);
  });

  test('the body ends with the article’s real closing sentence', () => {
    const last = bodyBlocksFromMarkdown(article.body).at(-1);
    expect(last?.kind).toBe('paragraph');
    expect(last?.text.endsWith(closing)).toBe(true);
  });
});
