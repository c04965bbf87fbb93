/** The citation a reader copies from a quote's note (src/outputs/quote-citation.ts). */
import { expect, test } from 'vitest';
import { quoteAddress, quoteCitation } from '../../../src/outputs/quote-citation.ts';

const input = {
  speakerName: 'Marco Rubio',
  outlet: 'The Guardian',
  date: '18 April 2025',
  text: 'move\n  on',
  articleSlug: 'talks-resume',
  quoteId: '0df5b15167',
  site: new URL('https://dossier.example.org'),
};

test('who, where, when, the words on one line, and the full address of the quote in its article', () => {
  expect(quoteCitation(input)).toBe(
    'Marco Rubio, quoted in The Guardian, 18 April 2025: “move on” https://dossier.example.org/articles/talks-resume/#q-0df5b15167',
  );
});

test('no speaker known: said so, never guessed', () => {
  expect(quoteCitation({ ...input, speakerName: null })).toMatch(/^Unattributed, quoted in The Guardian/);
});

test('a site under a base path keeps it, with or without its final slash', () => {
  expect(quoteAddress(new URL('https://news.example.net/dossier/'), 'a', 'b')).toBe(
    'https://news.example.net/dossier/articles/a/#q-b',
  );
  expect(quoteAddress(new URL('https://news.example.net/dossier'), 'a', 'b')).toBe(
    'https://news.example.net/dossier/articles/a/#q-b',
  );
});
