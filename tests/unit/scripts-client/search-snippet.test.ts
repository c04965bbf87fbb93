/** The snippets of search results (src/scripts-client/search-snippet.ts). */
import { describe, expect, test } from 'vitest';
import {
  namesActor,
  queryTerms,
  snippetHtml,
  unmarkStopWords,
  withEllipsis,
} from '../../../src/scripts-client/search-snippet.ts';

describe('stop words are not marked', () => {
  test('“relies heavily on”: on is not marked, the other words are', () => {
    const excerpt = 'Ukraine, <mark>on</mark> the other hand, <mark>relies</mark> <mark>heavily</mark> <mark>on</mark> the U.S.';
    expect(unmarkStopWords(excerpt, 'relies heavily on')).toBe(
      'Ukraine, on the other hand, <mark>relies</mark> <mark>heavily</mark> on the U.S.',
    );
  });
  test('with its punctuation or capital, a stop word is still one', () => {
    expect(unmarkStopWords('<mark>On,</mark> <mark>talks</mark>', 'on talks')).toBe('On, <mark>talks</mark>');
  });
  test('a query of stop words only keeps its marks', () => {
    expect(unmarkStopWords('<mark>on</mark> it', 'on')).toBe('<mark>on</mark> it');
  });
  test('the terms of a query: folded, without quotation marks and stop words', () => {
    expect(queryTerms('“Zelenskiy” and the Élysée')).toEqual(['zelenskiy', 'elysee']);
  });
});

describe('cut snippets get an ellipsis', () => {
  const content = 'Witkoff met Putin in Moscow for the second time, one of three meetings.';
  test('cut at both ends', () => {
    expect(withEllipsis('in Moscow for the <mark>second</mark>', content)).toBe('… in Moscow for the <mark>second</mark> …');
  });
  test('cut at the end only', () => {
    expect(withEllipsis('<mark>Witkoff</mark> met Putin', content)).toBe('<mark>Witkoff</mark> met Putin …');
  });
  test('the whole content: none', () => {
    expect(withEllipsis(content.replace('Putin', '<mark>Putin</mark>'), content)).toBe(
      content.replace('Putin', '<mark>Putin</mark>'),
    );
  });
});

describe('our own snippets (a quote’s words, a summary)', () => {
  test('escaped, the query’s words marked by prefix, stop words not', () => {
    expect(snippetHtml('Talks on <peace> resumed', 'talk on', 10)).toBe('<mark>Talks</mark> on &lt;peace&gt; resumed');
  });
  test('a long text is centred on the first match and cut with ellipses', () => {
    const words = Array.from({ length: 60 }, (_, index) => `w${index}`);
    words[40] = 'Kyiv';
    const html = snippetHtml(words.join(' '), 'kyiv', 12);
    expect(html.startsWith('… w36 ')).toBe(true);
    expect(html).toContain('<mark>Kyiv</mark>');
    expect(html.endsWith(' …')).toBe(true);
  });
  test('a short text is whole, without ellipsis', () => {
    expect(snippetHtml('move on', 'rubio', 40)).toBe('move on');
  });
});

describe('a query that names an actor', () => {
  const putin = ['Vladimir Putin', 'Putin'];
  test('by name or by another spelling, whatever the case', () => {
    expect(namesActor('Putin', putin)).toBe(true);
    expect(namesActor('putin VLADIMIR', putin)).toBe(true);
    expect(namesActor('zelensky', ['Volodymyr Zelenskyy', 'Zelensky', 'Zelenskiy'])).toBe(true);
    expect(namesActor('Kiev', ['Ukraine', 'Kyiv', 'Kiev'])).toBe(true);
  });
  test('not when the query asks for more than the name, or nothing', () => {
    expect(namesActor('Putin peace', putin)).toBe(false);
    expect(namesActor('Put', putin)).toBe(false);
    expect(namesActor('', putin)).toBe(false);
  });
  test('a person by their surname, but nobody by one word of a longer name', () => {
    expect(namesActor('Rubio', ['Marco Rubio'], true)).toBe(true);
    expect(namesActor('Marco', ['Marco Rubio'], true)).toBe(false);
    expect(namesActor('Rubio', ['Marco Rubio'])).toBe(false);
    const pentagon = ['Pentagon', 'Department of Defense', 'Defense Department', 'Department of War'];
    expect(namesActor('war', pentagon)).toBe(false);
    expect(namesActor('department', pentagon)).toBe(false);
    expect(namesActor('department of war', pentagon)).toBe(true);
    expect(namesActor('street', ['The Wall Street Journal', 'WSJ'])).toBe(false);
  });
  test('not by the stop words of its name alone', () => {
    const journal = ['The Wall Street Journal', 'WSJ'];
    expect(namesActor('the', journal)).toBe(false);
    expect(namesActor('the wall street journal', journal)).toBe(true);
  });
});

describe('an exact phrase keeps its stop words marked', () => {
  test('"move on": move and on both marked', () => {
    expect(queryTerms('"move on" Rubio')).toEqual(['move', 'on', 'rubio']);
    expect(unmarkStopWords('<mark>move</mark> <mark>on</mark>', '"move on"')).toBe('<mark>move</mark> <mark>on</mark>');
  });
});
