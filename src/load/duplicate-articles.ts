/**
 * The same article twice is refused. Adding a file again under another slug (or a copy of it) would
 * publish its quotes twice and count them twice on every actor page. Two articles are the same
 * when they share their raw record, their body (compared as normalised text: whitespace collapsed,
 * Unicode NFC) or the address they were published at. A deliberate second copy (the same wire
 * story printed by two outlets) declares it, `duplicateOf: <slug>` in its frontmatter (`npm run add
 * --duplicate-of <slug>`), and is accepted. Linear: one map per key.
 */

/** What the check needs of an article. */
export interface ArticleIdentity {
  /** The article file, as messages show it. */
  file: string;
  slug: string;
  /** File name of its raw record in `content/raw/`. */
  raw: string;
  /** Its Markdown body. */
  body: string;
  /** The address it was published at, when known. */
  sourceUrl: string | null;
  /** The slug of the article it deliberately repeats. */
  duplicateOf?: string;
}

/** A body as the comparison sees it: words and their order, not the whitespace between them. */
export function bodyFingerprint(body: string): string {
  return body.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/**
 * An address as the comparison sees it: scheme and host in lower case (URLs already are), no
 * fragment, no trailing slash, no `www.`; the query stays (it may select the article).
 */
export function sourceUrlKey(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.hash = '';
    const host = parsed.host.replace(/^www\./, '');
    return `${host}${parsed.pathname.replace(/\/+$/, '')}${parsed.search}`;
  } catch {
    return url.trim();
  }
}

/** The ways two articles can be the same, each with how messages say it. */
const SAMENESS: Array<{ key: (article: ArticleIdentity) => string | null; says: string }> = [
  { key: (article) => article.raw, says: 'the same raw record' },
  { key: (article) => bodyFingerprint(article.body) || null, says: 'the same body text' },
  { key: (article) => (article.sourceUrl ? sourceUrlKey(article.sourceUrl) : null), says: 'the same source address' },
];

/** True when one of the two declares it repeats the other. */
function declared(a: ArticleIdentity, b: ArticleIdentity): boolean {
  return a.duplicateOf === b.slug || b.duplicateOf === a.slug;
}

/**
 * One message per article that repeats an earlier one (in the order given) without declaring it,
 * naming both files and everything they share; [] when every article is its own.
 */
export function duplicateArticleProblems(articles: readonly ArticleIdentity[]): string[] {
  const shared = new Map<string, { article: ArticleIdentity; original: ArticleIdentity; says: string[] }>();
  for (const { key, says } of SAMENESS) {
    const seen = new Map<string, ArticleIdentity[]>();
    for (const article of articles) {
      const value = key(article);
      if (value === null) continue;
      let earlier = seen.get(value);
      if (!earlier) {
        earlier = [];
        seen.set(value, earlier);
      }
      const original = earlier.find((other) => !declared(article, other));
      if (original) {
        const pair = `${article.file}\u0000${original.file}`;
        const found = shared.get(pair) ?? { article, original, says: [] };
        found.says.push(says);
        shared.set(pair, found);
      }
      earlier.push(article);
    }
  }
  const slugs = new Set(articles.map((article) => article.slug));
  const dangling = articles.flatMap((article) =>
    article.duplicateOf !== undefined && !slugs.has(article.duplicateOf)
      ? [`${article.file}: duplicateOf: no article has the slug "${article.duplicateOf}"`]
      : [],
  );
  return [
    ...dangling,
    ...[...shared.values()].map(
      ({ article, original, says }) =>
        `${article.file}: duplicate: ${says.join(', ')} as ${original.file}; the same article would be published twice ` +
        'and its quotes counted twice. Remove one, or, if both must stay (the same story in two outlets), ' +
        `declare it with duplicateOf: ${original.slug}`,
    ),
  ];
}
