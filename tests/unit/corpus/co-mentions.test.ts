/** Actors mentioned in the same paragraphs (src/corpus/co-mentions.ts). */
import { describe, expect, test } from 'vitest';
import type { Mention } from '../../../src/analysis/types.ts';
import { joinCoMentions } from '../../../src/corpus/co-mentions.ts';
import type { CorpusActor, CorpusArticle } from '../../../src/corpus/types.ts';

/** An actor with only what the join reads and fills. */
const actor = (slug: string, name: string) => ({ slug, data: { name }, coMentioned: [] }) as unknown as CorpusActor;

/** An article whose analysis has these mentions, each `actor@block`. */
function article(...mentions: string[]): CorpusArticle {
  const found: Mention[] = mentions.map((entry) => {
    const [slug, block] = entry.split('@') as [string, string];
    return { block, start: 0, end: 1, actor: slug, text: slug };
  });
  return { analysis: { mentions: found } } as unknown as CorpusArticle;
}

/** Each actor's co-mentions as `slug:paragraphs`. */
function coMentions(articles: CorpusArticle[], actors: CorpusActor[]): Record<string, string[]> {
  joinCoMentions(articles, new Map(actors.map((item) => [item.slug, item])));
  return Object.fromEntries(
    actors.map((item) => [item.slug, item.coMentioned.map(({ actor: other, paragraphs }) => `${other.slug}:${paragraphs}`)]),
  );
}

describe('joinCoMentions', () => {
  test('counts the paragraphs two actors share, in every article, most shared first, then by name', () => {
    const rubio = actor('marco-rubio', 'Marco Rubio');
    const lavrov = actor('sergey-lavrov', 'Sergey Lavrov');
    const trump = actor('donald-trump', 'Donald Trump');
    const articles = [
      article('marco-rubio@p-1', 'sergey-lavrov@p-1', 'marco-rubio@p-2', 'donald-trump@p-2'),
      article('marco-rubio@p-1', 'sergey-lavrov@p-1', 'marco-rubio@p-1'),
    ];
    expect(coMentions(articles, [rubio, lavrov, trump])).toEqual({
      'marco-rubio': ['sergey-lavrov:2', 'donald-trump:1'],
      'sergey-lavrov': ['marco-rubio:2'],
      'donald-trump': ['marco-rubio:1'],
    });
  });

  test('ties are sorted by name; an actor alone in its paragraphs has none', () => {
    const rubio = actor('marco-rubio', 'Marco Rubio');
    const lavrov = actor('sergey-lavrov', 'Sergey Lavrov');
    const trump = actor('donald-trump', 'Donald Trump');
    const putin = actor('vladimir-putin', 'Vladimir Putin');
    const articles = [article('marco-rubio@p-1', 'sergey-lavrov@p-1', 'donald-trump@p-1', 'vladimir-putin@p-2')];
    expect(coMentions(articles, [rubio, lavrov, trump, putin])).toEqual({
      'marco-rubio': ['donald-trump:1', 'sergey-lavrov:1'],
      'sergey-lavrov': ['donald-trump:1', 'marco-rubio:1'],
      'donald-trump': ['marco-rubio:1', 'sergey-lavrov:1'],
      'vladimir-putin': [],
    });
  });

  test('a mention of an actor with no record is left out', () => {
    const rubio = actor('marco-rubio', 'Marco Rubio');
    expect(coMentions([article('marco-rubio@p-1', 'unknown-actor@p-1')], [rubio])).toEqual({ 'marco-rubio': [] });
  });
});
