import { describe, expect, test } from 'vitest';
import type { BodyBlock } from '../../../../src/analysis/types.ts';
import {
  corpusStatementArticles,
  devStatementArticle,
  judgeCorpus,
  judgeDev,
  judgeResolved,
  parseDevStatements,
  polnearStatementArticle,
  systemCounts,
} from '../../../../scripts/eval/evaluate-statements.ts';
import { polnearBlocks } from '../../../../scripts/eval/polnear.ts';
import type { ResolvedArticle, ResolvedQuote, ResolvedReport } from '../../../../scripts/eval/resolved-speakers.ts';
import type { GoldStatement, SystemStatement } from '../../../../scripts/eval/statement-types.ts';
import type { GoldSpeaker, SystemSpeaker } from '../../../../scripts/eval/types.ts';

// Made-up text in PolNeAR's layout (a title line, then paragraphs): no article is copied.
const TEXT = 'Pier to open\nThe mayor said the pier would open in May.\nLim believes the town will grow.\n"Soon," Lim said.\n';
const LAYOUT = polnearBlocks(TEXT);
const at = (words: string): [number, number] => [TEXT.indexOf(words), TEXT.indexOf(words) + words.length];

function report(content: string, cue: string, status: ResolvedReport['status'], speaker: string | null): ResolvedReport {
  return { content, contentSpans: [at(content)], cue, status, speaker, source: speaker };
}

const ARTICLE: ResolvedArticle = {
  name: 'made-up',
  text: TEXT,
  publisher: 'nyt',
  published: '2016-01-02',
  title: 'Pier to open',
  quotes: [{ text: 'Soon,', start: at('Soon,')[0], end: at('Soon,')[1], status: 'name', speaker: 'Ana Lim', source: 'Lim' }],
  reported: [
    report('the pier would open in May', 'said', 'name', 'Mayor Ana Lim'),
    report('the town will grow', 'believes', 'name', 'Ana Lim'),
    report('Pier to open', 'said', 'anon', null),
  ],
};

const LIM: SystemSpeaker = {
  actor: 'ana-lim',
  label: 'Lim',
  name: 'Ana Lim',
  aliases: ['Mayor Lim'],
  type: 'person',
  provisional: false,
};
const OFFICIAL: SystemSpeaker = {
  actor: null,
  label: 'an official',
  name: 'an official',
  aliases: [],
  type: 'unnamed',
  provisional: false,
};

function system(speaker: SystemSpeaker | null): SystemStatement {
  return {
    article: 'a',
    content: { block: 'p-1', start: 0, end: 4 },
    text: 'x',
    cue: 'said',
    speaker,
    rule: speaker ? 'rule' : null,
  };
}

/** A gold statement of article `a`, block p-1, with the speaker in whatever form its set uses. */
function goldStatement<S>(speaker: S, cue: string | null = null): GoldStatement<S> {
  return { article: 'a', block: 'p-1', words: [], text: 'x', cue, speaker, speakerText: '' };
}

function resolvedGold(status: ResolvedQuote['status'], speaker: string | null): GoldStatement<ResolvedQuote> {
  const quote: ResolvedQuote = { text: 'x', start: 0, end: 1, status, speaker, source: speaker };
  return goldStatement(quote, 'said');
}

describe('polnearStatementArticle', () => {
  const { article, speech, notSpeech, outsideText } = polnearStatementArticle(ARTICLE, LAYOUT, []);

  test('speech attributions are the gold; beliefs are left out; one in the title line is counted apart', () => {
    expect({ speech, notSpeech, outsideText }).toEqual({ speech: 2, notSpeech: 1, outsideText: 1 });
    expect(article.gold.map((statement) => statement.text)).toEqual(['the pier would open in May']);
    expect(article.gold[0]?.words).toHaveLength(6);
    expect(article.gold[0]?.speaker.status).toBe('name');
  });

  test('the quoted segments and the beliefs are the words a system statement may hold without being spurious', () => {
    expect(article.outOfScope.map((words) => words.length)).toEqual([1, 4]);
  });
});

describe('judgeResolved', () => {
  test.each<[string, GoldStatement<ResolvedQuote>, SystemSpeaker | null, string]>([
    ['a name: the surname in an alias', resolvedGold('name', 'Mayor Lim'), { ...LIM, name: 'Ana Lee' }, 'right'],
    ['a name: another surname', resolvedGold('name', 'Bo Chan'), LIM, 'wrong'],
    ['a name: no speaker', resolvedGold('name', 'Bo Chan'), null, 'none'],
    ['anon: an unnamed source', resolvedGold('anon', null), OFFICIAL, 'right'],
    ['anon: a named actor', resolvedGold('anon', null), LIM, 'wrong'],
    ['unresolved: not scored', resolvedGold('unresolved', null), LIM, 'unscored'],
    ['nosource: not scored, even without a speaker', resolvedGold('nosource', null), null, 'unscored'],
  ])('%s', (_name, gold, speaker, outcome) => {
    expect(judgeResolved(gold, system(speaker))).toBe(outcome);
  });
});

describe('judgeCorpus', () => {
  const judge = judgeCorpus((slug) => slug === 'ana-lim');
  const corpusGold = (speaker: string | null) => goldStatement(speaker);

  test.each<[string, string | null, SystemSpeaker | null, string]>([
    ['the same slug', 'ana-lim', LIM, 'right'],
    ['another slug', 'bo-chan', LIM, 'wrong'],
    ['no speaker for a slug', 'ana-lim', null, 'none'],
    ['gold null: no speaker is right', null, null, 'right'],
    ['gold null: an unnamed source is right', null, OFFICIAL, 'right'],
    ['gold null: a provisional person is right', null, { ...LIM, actor: 'bo-chan', provisional: true }, 'right'],
    ['gold null: a registered actor is wrong', null, LIM, 'wrong'],
  ])('%s', (_name, gold, speaker, outcome) => {
    expect(judge(corpusGold(gold), system(speaker))).toBe(outcome);
  });
});

const BLOCKS: BodyBlock[] = [{ id: 'p-1', kind: 'paragraph', text: 'The mayor said the pier would open in May.' }];

describe('corpusStatementArticles', () => {
  test('a gold statement finds its article by slug or key and its words in the block', () => {
    const located = corpusStatementArticles(
      [
        { article: 'pier', block: 'p-1', content: 'the pier would open in May', speaker: 'ana-lim' },
        { article: '000', block: 'p-1', content: 'the pier would open', speaker: null },
      ],
      [{ name: 'pier', aliases: ['000'], blocks: BLOCKS, system: [] }],
    );
    expect(located.problems).toEqual([]);
    expect(located.articles[0]?.gold.map((statement) => statement.words.length)).toEqual([6, 4]);
  });

  test('an unknown article or content not in the text is a problem, the statement left out', () => {
    const located = corpusStatementArticles(
      [
        { article: 'nowhere', block: 'p-1', content: 'the pier', speaker: null },
        { article: 'pier', block: 'p-1', content: 'the bridge would open', speaker: null },
      ],
      [{ name: 'pier', aliases: [], blocks: BLOCKS, system: [] }],
    );
    expect(located.problems).toHaveLength(2);
    expect(located.articles[0]?.gold).toEqual([]);
  });
});

describe('parseDevStatements', () => {
  test('null when the gold file lists no statements', () => {
    expect(parseDevStatements('quotes: []\n', 'x.gold.yaml')).toBeNull();
  });

  test('content and speaker, the type from the speaker when not given', () => {
    const source =
      'statements:\n  - { content: the pier would open, speaker: Ana Lim, type: person }\n  - { content: it is late, speaker: null }\n';
    expect(parseDevStatements(source, 'x.gold.yaml')).toEqual([
      { content: 'the pier would open', block: null, speaker: { type: 'person', name: 'Ana Lim' } },
      { content: 'it is late', block: null, speaker: { type: 'none', name: '' } },
    ]);
  });

  test('a wrong field is named', () => {
    expect(() => parseDevStatements('statements:\n  - { speaker: Lim }\n', 'x.gold.yaml')).toThrow('statements[0].content');
  });
});

describe('judgeDev and devStatementArticle', () => {
  const devGold = (speaker: GoldSpeaker) => goldStatement(speaker);

  test('speakers by name; nobody must get nobody', () => {
    expect(judgeDev(devGold({ type: 'person', name: 'Mayor Ana Lim' }), system(LIM))).toBe('right');
    expect(judgeDev(devGold({ type: 'person', name: 'Bo Chan' }), system(LIM))).toBe('wrong');
    expect(judgeDev(devGold({ type: 'person', name: 'Bo Chan' }), system(null))).toBe('none');
    expect(judgeDev(devGold({ type: 'none', name: '' }), system(null))).toBe('right');
  });

  test('gold contents are located in the article', () => {
    const located = devStatementArticle({ name: 'pier', blocks: BLOCKS, system: [] }, [
      { content: 'the pier would open', block: null, speaker: { type: 'person', name: 'Ana Lim' } },
    ]);
    expect(located.article.gold[0]?.words).toHaveLength(4);
  });
});

describe('systemCounts', () => {
  test('statements, those with a speaker, and by rule', () => {
    expect(systemCounts([{ name: 'a', blocks: [], system: [system(LIM), system(null)] }])).toEqual({
      statements: 2,
      withSpeaker: 1,
      byRule: [
        { pattern: '(no speaker)', count: 1 },
        { pattern: 'rule', count: 1 },
      ],
    });
  });
});
