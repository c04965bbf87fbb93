/** Which event a quote belongs to (src/corpus/link-quotes-to-events.ts), automatic and curated. */
import { describe, expect, test } from 'vitest';
import type { BodyBlock, TextSpan } from '../../../src/analysis/types.ts';
import {
  curatedQuoteFinder,
  linkQuotesToEvents,
  type EventForLinking,
  type QuoteForLinking,
} from '../../../src/corpus/link-quotes-to-events.ts';
import { eventForLinking } from '../../helpers/events-for-linking.ts';

describe('linkQuotesToEvents', () => {
  // One paragraph with two events reported in it and a quote near each; a second paragraph with none.
  const paragraph =
    '“We talked for hours,” Rubio said in Paris on Thursday. Later Rubio spoke on the tarmac: “We are going to move on.”';
  const blocks: BodyBlock[] = [
    { id: 'p-1', text: paragraph, kind: 'paragraph' },
    { id: 'p-2', text: '“It’s not our war,” Rubio said.', kind: 'paragraph' },
  ];
  const blocksByArticle = new Map([
    ['guardian', blocks],
    ['politico', blocks],
  ]);

  function quote(id: string, article: string, block: string, words: string, actor: string | null): QuoteForLinking {
    const text = blocks.find((b) => b.id === block)!.text;
    const start = text.indexOf(words) - 1;
    const part: TextSpan = { block, start, end: start + words.length + 2 };
    return { id, article, text: words, parts: [part], speaker: { actor, label: actor ?? 'a State Department official' } };
  }
  const paris = eventForLinking('rubio-paris-talks', ['marco-rubio'], 'Rubio said in Paris');
  const tarmac = eventForLinking('rubio-tarmac-remarks', ['marco-rubio'], 'Rubio spoke on the tarmac');
  const lavrovOnly = eventForLinking('lavrov-call', ['sergey-lavrov'], 'Rubio spoke\n  on the tarmac');

  const talked = quote('q-talked', 'guardian', 'p-1', 'We talked for hours,', 'marco-rubio');
  const moveOn = quote('q-move-on', 'guardian', 'p-1', 'We are going to move on.', 'marco-rubio');
  const notOurWar = quote('q-war', 'guardian', 'p-2', 'It’s not our war,', 'marco-rubio');

  test('links a quote to an event reported in its paragraph whose participants include the speaker, choosing the nearest excerpt', () => {
    const links = linkQuotesToEvents([talked, moveOn], [paris, tarmac], blocksByArticle);
    expect(Object.fromEntries(links)).toEqual({ 'q-talked': 'rubio-paris-talks', 'q-move-on': 'rubio-tarmac-remarks' });
  });

  test('does not link when the speaker did not take part', () => {
    expect(Object.fromEntries(linkQuotesToEvents([moveOn], [lavrovOnly], blocksByArticle))).toEqual({});
  });

  test('matches an excerpt folded over several lines by YAML', () => {
    const folded = { ...tarmac, sources: [{ article: 'guardian', excerpt: 'Rubio spoke\n  on the tarmac' }] };
    expect(Object.fromEntries(linkQuotesToEvents([moveOn], [folded], blocksByArticle))).toEqual({
      'q-move-on': 'rubio-tarmac-remarks',
    });
  });

  test('does not link a quote in another paragraph', () => {
    expect(Object.fromEntries(linkQuotesToEvents([notOurWar], [paris, tarmac], blocksByArticle))).toEqual({});
  });

  test('does not link a quote in another article with the same paragraph id', () => {
    const elsewhere = { ...moveOn, id: 'q-elsewhere', article: 'politico' };
    expect(Object.fromEntries(linkQuotesToEvents([elsewhere], [paris, tarmac], blocksByArticle))).toEqual({});
  });

  test('does not link an unnamed source automatically', () => {
    const unnamed = quote('q-unnamed', 'guardian', 'p-1', 'We are going to move on.', null);
    expect(Object.fromEntries(linkQuotesToEvents([unnamed], [paris, tarmac], blocksByArticle))).toEqual({});
  });

  test('a curated link wins over the automatic one, and links quotes the rule misses', () => {
    const londonTalks: EventForLinking = {
      slug: 'london-talks',
      actors: ['steve-witkoff'],
      sources: [{ article: 'politico', excerpt: 'Rubio' }],
      quotes: [
        { article: 'guardian', quote: 'going to   move on' },
        { article: 'guardian', quote: 'not our war' },
      ],
    };
    const links = linkQuotesToEvents([talked, moveOn, notOurWar], [paris, tarmac, londonTalks], blocksByArticle);
    expect(Object.fromEntries(links)).toEqual({
      'q-talked': 'rubio-paris-talks',
      'q-move-on': 'london-talks',
      'q-war': 'london-talks',
    });
  });
});

describe('curatedQuoteFinder', () => {
  const quotes = [
    { id: 'q-1', article: 'guardian', text: 'We will  talk again.' },
    { id: 'q-2', article: 'politico', text: 'We will talk again soon.' },
    { id: 'q-3', article: 'politico', text: 'We will talk\nagain.' },
  ];

  test('finds the first quote of the named article whose space-folded words hold the wanted words', () => {
    const find = curatedQuoteFinder(quotes);
    expect(find('politico', 'will talk again')?.id).toBe('q-2');
    expect(find('politico', 'talk again.')?.id).toBe('q-3');
    expect(find('guardian', 'will talk again')?.id).toBe('q-1');
  });

  test('never takes a quote of another article, nor one that does not hold the words', () => {
    const find = curatedQuoteFinder(quotes);
    expect(find('guardian', 'again soon')).toBeUndefined();
    expect(find('reuters', 'will talk again')).toBeUndefined();
  });
});
