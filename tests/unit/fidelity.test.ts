import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { describe, expect, test } from 'vitest';
import { bodyBlocksFromMarkdown } from '../../src/analysis/text/body-blocks.ts';
import { checkFidelity, type FidelityInput } from '../../src/load/fidelity.ts';
import { articleSchema } from '../../src/schemas/article.ts';

const contentDir = new URL('../../content/', import.meta.url);

interface ArticleFile {
  /** The frontmatter as YAML parsed it, before the schema. */
  data: Record<string, unknown>;
  /** Everything after the frontmatter block, as Markdown. */
  body: string;
  /** The raw file the article names. */
  raw: string;
}

function readArticle(slug: string): ArticleFile {
  const file = readFileSync(new URL(`articles/${slug}.md`, contentDir), 'utf8');
  const match = /^---\n([\s\S]*?)\n---\n/.exec(file);
  if (!match) throw new Error(`${slug}.md has no frontmatter block`);
  const data = load(match[1]!) as Record<string, unknown>;
  const raw = readFileSync(new URL(`raw/${String(data.raw)}`, contentDir), 'utf8');
  return { data, body: file.slice(match[0].length), raw };
}

function fidelityInput({ data, body, raw }: ArticleFile): FidelityInput {
  return {
    raw,
    body,
    furniture: (data.furniture ?? []) as FidelityInput['furniture'],
    corrections: (data.corrections ?? []) as FidelityInput['corrections'],
  };
}

/** Replaces the one occurrence of `from`; throws if there is none or several, so a case cannot silently test nothing. */
function replaceOnce(text: string, from: string, to: string): string {
  const parts = text.split(from);
  if (parts.length !== 2) throw new Error(`"${from}" occurs ${parts.length - 1} times, expected once`);
  return parts.join(to);
}

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
  const article = readArticle(slug);

  test('its frontmatter passes the article schema', () => {
    const result = articleSchema.safeParse(article.data);
    expect(result.success ? [] : result.error.issues).toEqual([]);
  });

  test('body and furniture are exactly the raw file, split', () => {
    expect(checkFidelity(fidelityInput(article))).toEqual({ ok: true });
  });

  // The word check ignores whitespace; this catches anything else Markdown might have changed.
  test('every body block, corrections reversed, is a whole raw line verbatim', () => {
    const corrections = fidelityInput(article).corrections;
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

describe('checkFidelity reports a damaged transcription', () => {
  const cases: { name: string; slug: string; damage: (input: FidelityInput) => FidelityInput; names: string[] }[] = [
    {
      name: 'a body word dropped',
      slug: 'why-us-russia-ukraine-talks-failed',
      damage: (input) => ({ ...input, body: replaceOnce(input.body, 'has been haphazard and', 'has been and') }),
      names: ['"haphazard"'],
    },
    {
      name: 'a word added to the body',
      slug: 'why-us-russia-ukraine-talks-failed',
      damage: (input) => ({
        ...input,
        body: replaceOnce(input.body, 'the Kremlin’s stonewalling', 'the Kremlin’s sudden stonewalling'),
      }),
      names: ['"sudden"'],
    },
    {
      name: 'a word added at the end of the body',
      slug: 'why-us-russia-ukraine-talks-failed',
      damage: (input) => ({ ...input, body: replaceOnce(input.body, 'the whole free world.', 'the whole free world. Indeed.') }),
      names: ['"Indeed."'],
    },
    {
      name: 'two body words swapped',
      slug: 'why-us-russia-ukraine-talks-failed',
      damage: (input) => ({
        ...input,
        body: replaceOnce(input.body, 'stall, obfuscate, and bluster', 'obfuscate, stall, and bluster'),
      }),
      names: ['"stall,"', '"obfuscate,"'],
    },
    {
      name: 'a furniture item missing from the list',
      slug: 'why-us-russia-ukraine-talks-failed',
      damage: (input) => ({
        ...input,
        furniture: input.furniture.filter((item) => !item.text.startsWith('Read More: The Case')),
      }),
      names: ['"Read"', 'More: The Case for Trump’s'],
    },
    {
      name: 'a correction whose `from` is not in the raw text',
      slug: 'leaders-retreat-to-their-corners',
      damage: (input) => ({ ...input, corrections: input.corrections.map((c) => ({ ...c, from: 'announced-the' })) }),
      names: ['"announced-the"'],
    },
  ];

  test.each(cases)('$name', ({ slug, damage, names }) => {
    const result = checkFidelity(damage(fidelityInput(readArticle(slug))));
    expect(result.ok).toBe(false);
    for (const word of names) expect(result.ok ? '' : result.message).toContain(word);
  });
});
