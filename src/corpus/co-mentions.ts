import type { CorpusActor, CorpusArticle } from './types.ts';

/**
 * Fills each actor's `coMentioned`: the other actors mentioned in the same paragraphs, with the
 * number of paragraphs they share, most shared first, then by name.
 */
export function joinCoMentions(articles: readonly CorpusArticle[], actorBySlug: ReadonlyMap<string, CorpusActor>): void {
  const shared = new Map<string, Map<string, number>>();
  for (const article of articles) {
    const actorsByBlock = new Map<string, Set<string>>();
    for (const mention of article.analysis.mentions) {
      const set = actorsByBlock.get(mention.block) ?? new Set<string>();
      set.add(mention.actor);
      actorsByBlock.set(mention.block, set);
    }
    for (const set of actorsByBlock.values()) {
      for (const a of set) {
        const counts = shared.get(a) ?? new Map<string, number>();
        for (const b of set) if (a !== b) counts.set(b, (counts.get(b) ?? 0) + 1);
        shared.set(a, counts);
      }
    }
  }
  for (const [slug, counts] of shared) {
    const actor = actorBySlug.get(slug);
    if (!actor) continue;
    actor.coMentioned = [...counts]
      .map(([other, paragraphs]) => ({ actor: actorBySlug.get(other)!, paragraphs }))
      .filter((item) => item.actor)
      .sort((a, b) => b.paragraphs - a.paragraphs || a.actor.data.name.localeCompare(b.actor.data.name));
  }
}
