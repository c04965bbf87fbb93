/**
 * Quote extraction and attribution on the five articles against the gold standard of
 * scripts/eval/gold/quotes.ts: every quote found once, with its kind; at least 90 percent of the
 * spoken ones given the right speaker.
 */
import { describe, expect, test } from 'vitest';
import { attributeQuotes, type ResolveActor } from '../../../../src/analysis/attribution/attribute-quotes.ts';
import { extractQuotes } from '../../../../src/analysis/quotes/find-quotes.ts';
import type { Speaker } from '../../../../src/analysis/types.ts';
import { ARTICLES, goldQuotes, readArticleBody, type GoldQuote } from '../../../../scripts/eval/gold/quotes.ts';
import { PLACES_AND_INSTITUTIONS, stubResolver } from '../../../helpers/stub-resolver.ts';

const resolveActor = stubResolver();

interface CorpusQuote {
  article: string;
  text: string;
  kind: string;
  speaker: Speaker | null;
}

function runCorpus(resolve: ResolveActor): CorpusQuote[] {
  return ARTICLES.flatMap((article) => {
    const body = readArticleBody(article);
    const quotes = extractQuotes(body);
    const speakers = attributeQuotes(body, quotes, resolve);
    return quotes.map((quote, index) => ({ article, text: quote.text, kind: quote.kind, speaker: speakers[index]!.speaker }));
  });
}

function matchesGold(gold: GoldQuote, speaker: Speaker | null): boolean {
  if (gold.speaker !== null) return speaker?.actor === gold.speaker;
  if (gold.label !== undefined) return speaker?.actor === null && speaker.label === gold.label;
  return speaker === null;
}

describe('the five articles against the gold standard', () => {
  const corpus = runCorpus(resolveActor);
  const find = (gold: GoldQuote) =>
    corpus.filter((quote) => quote.article === gold.article && quote.text.startsWith(gold.startsWith));

  test.each(goldQuotes)('$article: “$startsWith” is extracted once, as a $kind', (gold) => {
    expect(find(gold).map((quote) => quote.kind)).toEqual([gold.kind]);
  });

  test.each(ARTICLES)('%s: every extracted quote is in the gold standard', (article) => {
    const unknown = corpus
      .filter((quote) => quote.article === article)
      .filter((quote) => !goldQuotes.some((gold) => gold.article === article && quote.text.startsWith(gold.startsWith)));
    expect(unknown.map((quote) => quote.text)).toEqual([]);
  });

  test.each<[string, ResolveActor]>([
    ['people and media', resolveActor],
    ['people, media, places and institutions', stubResolver(PLACES_AND_INSTITUTIONS)],
  ])('automatic attribution is right for at least 90 percent of statements and fragments (%s)', (name, resolve) => {
    const results = runCorpus(resolve);
    const spoken = goldQuotes.filter((gold) => gold.kind === 'statement' || gold.kind === 'fragment');
    const wrong = spoken.filter((gold) => {
      const quote = results.find((q) => q.article === gold.article && q.text.startsWith(gold.startsWith));
      return !matchesGold(gold, quote?.speaker ?? null);
    });
    const accuracy = (spoken.length - wrong.length) / spoken.length;
    console.log(
      `automatic attribution (${name}): ${spoken.length - wrong.length}/${spoken.length} = ${(accuracy * 100).toFixed(1)}%` +
        wrong.map((gold) => `\n  wrong: ${gold.article} “${gold.startsWith}” (gold: ${gold.speaker ?? gold.label})`).join(''),
    );
    expect(accuracy).toBeGreaterThanOrEqual(0.9);
  });

  test('titles and scare quotes get no speaker', () => {
    const unspoken = goldQuotes.filter((gold) => gold.kind === 'title' || gold.kind === 'scare');
    expect(unspoken.map((gold) => find(gold).map((quote) => quote.speaker))).toEqual(unspoken.map(() => [null]));
  });
});
