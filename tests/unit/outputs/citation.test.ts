import { describe, expect, test } from 'vitest';
import { quoteCitation } from '../../../src/outputs/citation.ts';

const quote = { speakerName: 'Marco Rubio', outlet: 'ABC News', date: '18 April 2025', text: 'move\n on' };

describe('quoteCitation', () => {
  test('with a site address, the citation ends with the page’s full address', () => {
    const citation = quoteCitation(quote, '/dossier/quotes/abc/', new URL('https://news.example.net/dossier/'));
    expect(citation).toEqual({
      text: 'Marco Rubio, quoted in ABC News, 18 April 2025: “move on” https://news.example.net/dossier/quotes/abc/',
      hasAddress: true,
    });
  });

  test('without one, it ends with the path and says so, never with an invented domain', () => {
    const citation = quoteCitation({ ...quote, speakerName: null }, '/quotes/abc/', undefined);
    expect(citation).toEqual({
      text: 'Unattributed, quoted in ABC News, 18 April 2025: “move on” /quotes/abc/',
      hasAddress: false,
    });
  });
});
