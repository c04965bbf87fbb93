/** Each actor's articles (joinArticlesToActors in src/corpus/joins.ts): those that name, quote or report it. */
import { describe, expect, test } from 'vitest';
import { joinArticlesToActors } from '../../../src/corpus/joins.ts';
import type { CorpusActor, CorpusArticle } from '../../../src/corpus/types.ts';

const article = (slug: string) => ({ slug }) as unknown as CorpusArticle;
const [newest, middle, oldest] = [article('newest'), article('middle'), article('oldest')];

function actor(slug: string, lists: { mentions?: CorpusArticle[]; quotes?: CorpusArticle[]; statements?: CorpusArticle[] }) {
  const items = (articles: CorpusArticle[] = []) => articles.map((item) => ({ article: item }));
  return {
    slug,
    mentions: items(lists.mentions),
    quotes: items(lists.quotes),
    statements: items(lists.statements),
    articles: [article('stale')],
  } as unknown as CorpusActor;
}

describe('joinArticlesToActors', () => {
  test('lists each article that mentions, quotes or reports the actor once, in the articles’ order', () => {
    const peskov = actor('dmitry-peskov', { mentions: [oldest, newest, oldest], statements: [middle], quotes: [newest] });
    joinArticlesToActors([peskov], [newest, middle, oldest]);
    expect(peskov.articles.map((item) => item.slug)).toEqual(['newest', 'middle', 'oldest']);
  });

  test('gives each actor only its own articles, and none to an actor no article names', () => {
    const rubio = actor('marco-rubio', { quotes: [middle] });
    const lavrov = actor('sergey-lavrov', { mentions: [oldest] });
    const nobody = actor('no-one', {});
    joinArticlesToActors([rubio, lavrov, nobody], [newest, middle, oldest]);
    expect(rubio.articles).toEqual([middle]);
    expect(lavrov.articles).toEqual([oldest]);
    expect(nobody.articles).toEqual([]);
  });

  test('leaves out an article that is not in the corpus list', () => {
    const rubio = actor('marco-rubio', { quotes: [article('dropped'), middle] });
    joinArticlesToActors([rubio], [newest, middle, oldest]);
    expect(rubio.articles).toEqual([middle]);
  });
});
