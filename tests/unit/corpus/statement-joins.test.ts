/**
 * Reported statements through the corpus index's joins (src/corpus/corpus-articles.ts and
 * joins.ts): collected from the analyses, given to their speakers, to the event they are about,
 * and counted in the speaker's articles.
 */
import { describe, expect, test } from 'vitest';
import type { ArticleAnalysis, ReportedStatement } from '../../../src/analysis/types.ts';
import { collectStatements } from '../../../src/corpus/corpus-articles.ts';
import { joinArticlesToActors, joinStatementsToEvents, joinStatementsToSpeakers } from '../../../src/corpus/joins.ts';
import type { CorpusActor, CorpusEvent, CorpusQuote, IndexedArticle } from '../../../src/corpus/types.ts';

const TEXT = 'Peskov said the Kremlin was ready to continue talks in Riyadh. Two officials said the envoy would return.';
const spanOf = (words: string) => ({ block: 'p-1', start: TEXT.indexOf(words), end: TEXT.indexOf(words) + words.length });

function statement(id: string, words: string, actor: string | null, label: string): ReportedStatement {
  return {
    id,
    content: spanOf(words),
    text: words,
    cue: { ...spanOf('said'), text: 'said' },
    source: { ...spanOf(label), text: label },
    speaker: { actor, label },
    speakerRule: 'name-before-cue',
    speakerConfidence: 0.9,
    quoted: [],
  };
}

function article(slug: string, statements: ReportedStatement[] | undefined): IndexedArticle {
  const analysis = { blocks: [{ id: 'p-1', text: TEXT, kind: 'paragraph' }], mentions: [], quotes: [], dates: [], people: [] };
  return {
    slug,
    publishedAt: '2025-04-18',
    analysis: { ...analysis, statements } as ArticleAnalysis,
    events: [],
  } as unknown as IndexedArticle;
}

const actor = (slug: string) =>
  ({ slug, mentions: [], quotes: [], statements: [], articles: [], events: [] }) as unknown as CorpusActor;

const ready = statement('s-ready', 'the Kremlin was ready to continue talks in Riyadh', 'dmitry-peskov', 'Peskov');
const back = statement('s-back', 'the envoy would return', null, 'Two officials');

describe('statements in the corpus index', () => {
  test('collected in article order, then reading order, each with its article and no event yet; none from an old analysis', () => {
    const articles = [article('newer', [ready, back]), article('stored-before-statements', undefined)];
    const collected = collectStatements(articles);
    expect(collected.map((s) => [s.id, s.article.slug, s.event])).toEqual([
      ['s-ready', 'newer', null],
      ['s-back', 'newer', null],
    ]);
  });

  test('a named speaker gets its statements and the article; an unnamed source is nobody’s', () => {
    const articles = [article('newer', [ready, back])];
    const peskov = actor('dmitry-peskov');
    joinStatementsToSpeakers(collectStatements(articles), new Map([['dmitry-peskov', peskov]]));
    joinArticlesToActors([peskov], articles);
    expect(peskov.statements.map((s) => s.id)).toEqual(['s-ready']);
    expect(peskov.articles.map((a) => a.slug)).toEqual(['newer']);
  });

  test('a statement in a paragraph an event is sourced from is about it, and listed on it', () => {
    const articles = [article('newer', [ready])];
    const event = {
      slug: 'riyadh-talks',
      data: { actors: ['marco-rubio'], sources: [{ article: 'newer', excerpt: 'talks in Riyadh' }], quotes: [] },
      statements: [],
    } as unknown as CorpusEvent;
    const statements = collectStatements(articles);
    joinStatementsToEvents(statements, [] as CorpusQuote[], [event], articles);
    expect(statements[0]!.event?.slug).toBe('riyadh-talks');
    expect(event.statements.map((s) => s.id)).toEqual(['s-ready']);
  });
});
