/** What listing mentions in context needs of a mention: where it is, its words and its sentence. */
export interface ContextMention<A extends { slug: string; publishedAt: string }> {
  article: A;
  block: string;
  start: number;
  text: string;
  sentence: string;
}

/** One sentence that names the actor, with the name cut out so a page can mark it. */
export interface MentionInContext<A> {
  article: A;
  block: string;
  before: string;
  name: string;
  after: string;
}

/**
 * The sentences that name an actor, in date order (oldest article first, then in reading order),
 * each once, with the name cut out for marking. A sentence that holds one of the actor's own
 * quotes is left out: the quotes are listed already (issue 14).
 */
export function mentionsInContext<A extends { slug: string; publishedAt: string }>(
  mentions: readonly ContextMention<A>[],
  ownQuotes: ReadonlyArray<{ article: { slug: string }; parts: ReadonlyArray<{ block: string }>; text: string }>,
): Array<MentionInContext<A>> {
  // The openings of the actor's quotes by paragraph, so each mention checks only its own
  // paragraph's quotes (a pass over every quote per mention grew with the square of the archive).
  const openingsByBlock = new Map<string, string[]>();
  for (const quote of ownQuotes) {
    const opening = quote.text.split(/\n/)[0]!.slice(0, 40);
    for (const block of new Set(quote.parts.map((part) => part.block))) {
      const key = `${quote.article.slug} ${block}`;
      const openings = openingsByBlock.get(key);
      if (openings) openings.push(opening);
      else openingsByBlock.set(key, [opening]);
    }
  }
  const quoted = (mention: ContextMention<A>) =>
    (openingsByBlock.get(`${mention.article.slug} ${mention.block}`) ?? []).some((opening) => mention.sentence.includes(opening));
  const blockNumber = (block: string) => Number(block.replace(/^\D+/, '')) || 0;
  const ordered = [...mentions].sort(
    (a, b) =>
      a.article.publishedAt.localeCompare(b.article.publishedAt) ||
      a.article.slug.localeCompare(b.article.slug) ||
      blockNumber(a.block) - blockNumber(b.block) ||
      a.start - b.start,
  );
  const seen = new Set<string>();
  const listed: Array<MentionInContext<A>> = [];
  for (const mention of ordered) {
    const key = `${mention.article.slug} ${mention.block} ${mention.sentence}`;
    if (seen.has(key) || quoted(mention)) continue;
    seen.add(key);
    const at = mention.sentence.indexOf(mention.text);
    listed.push(
      at < 0
        ? { article: mention.article, block: mention.block, before: mention.sentence, name: '', after: '' }
        : {
            article: mention.article,
            block: mention.block,
            before: mention.sentence.slice(0, at),
            name: mention.text,
            after: mention.sentence.slice(at + mention.text.length),
          },
    );
  }
  return listed;
}
