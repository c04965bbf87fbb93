/**
 * Quotes open in their sentence (issue 23, item 9), in the built site: each spoken quote's note
 * carries its citation with the quote's full address, and each article page's per-quote rules (an
 * inline style, allowed by its hash in the page's content security policy) name every spoken
 * quote's anchor and note. Chromium checks the behaviour (tests/e2e/quote-anchor.test.ts).
 */
import { createHash } from 'node:crypto';
import { select } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { describe, expect, test } from 'vitest';
import { assertBuilt, readDist, readDistJson, readPage } from '../helpers/dist.ts';

assertBuilt();

const quotes = readDistJson<Array<{ id: string; article: string; url: string; kind: string }>>('data/quotes.json');
const spoken = quotes.filter((quote) => quote.kind === 'statement' || quote.kind === 'fragment');
const articleSlugs = [...new Set(spoken.map((quote) => quote.article))];

describe.each(articleSlugs)('/articles/%s/', (slug) => {
  const own = spoken.filter((quote) => quote.article === slug);

  test('each spoken quote’s note cites it with its full address, its anchor in this article', () => {
    const tree = readPage(`/articles/${slug}/`);
    for (const quote of own) {
      const citation = select(`#note-${quote.id} .note__citation`, tree);
      expect(citation, quote.id).toBeDefined();
      expect(toString(citation!)).toMatch(
        new RegExp(`^.+, quoted in .+: “[^]+” (?:https?://\\S+)?/articles/${slug}/#q-${quote.id}$`),
      );
    }
  });

  test('its per-quote rules pair every spoken quote’s anchor with its note, and the policy allows them by hash', () => {
    const html = readDist(`articles/${slug}/index.html`);
    const styles = [...html.matchAll(/<style>([^<]*)<\/style>/g)].map((match) => match[1]!);
    expect(styles).toHaveLength(1);
    const css = styles[0]!;
    for (const quote of own) expect(css).toContain(`.article-page:has(#q-${quote.id}:target) #note-${quote.id}`);
    const policy = /http-equiv="content-security-policy" content="([^"]+)"/.exec(html)![1]!;
    const styleSrc = policy.split(';').find((directive) => directive.trim().startsWith('style-src'))!;
    expect(styleSrc).toContain(`'sha256-${createHash('sha256').update(css).digest('base64')}'`);
  });
});
