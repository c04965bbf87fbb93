/** Redirects from an actor's other spellings to its page (src/corpus/alias-redirects.ts). */
import { describe, expect, test } from 'vitest';
import { aliasRedirects } from '../../../src/corpus/alias-redirects.ts';

describe('aliasRedirects', () => {
  const zelenskyy = {
    slug: 'volodymyr-zelenskyy',
    name: 'Volodymyr Zelenskyy',
    aliases: ['Zelenskyy', 'Zelensky', 'Volodymyr Zelensky'],
  };
  const trump = { slug: 'donald-trump', name: 'Donald Trump', aliases: ['Trump', 'Donald J. Trump'] };
  const france = { slug: 'france', name: 'France', aliases: ['Quai d’Orsay'] };

  test('gives every alias spelling a slug that leads to its actor; the name that is the slug gets none', () => {
    expect(Object.fromEntries(aliasRedirects([zelenskyy, trump, france]))).toEqual({
      zelenskyy: 'volodymyr-zelenskyy',
      zelensky: 'volodymyr-zelenskyy',
      'volodymyr-zelensky': 'volodymyr-zelenskyy',
      trump: 'donald-trump',
      'donald-j-trump': 'donald-trump',
      'quai-d-orsay': 'france',
    });
  });

  test('an alias whose slug is a route’s address gets no redirect (the route’s page stays)', () => {
    const sources = { slug: 'anonymous-sources', name: 'Anonymous sources', aliases: ['Unnamed sources', 'Page'] };
    expect(Object.fromEntries(aliasRedirects([sources]))).toEqual({});
  });

  test('an alias equal to another actor’s slug gets no redirect (the canonical page stays)', () => {
    const kremlin = { slug: 'kremlin', name: 'Kremlin', aliases: [] };
    const putin = { slug: 'vladimir-putin', name: 'Vladimir Putin', aliases: ['Putin', 'Kremlin'] };
    expect(Object.fromEntries(aliasRedirects([kremlin, putin]))).toEqual({ putin: 'vladimir-putin' });
  });

  test('an alias slug two actors would share gets no redirect', () => {
    const unitedStates = { slug: 'united-states', name: 'United States', aliases: ['Washington'] };
    const whiteHouse = { slug: 'white-house', name: 'White House', aliases: ['WASHINGTON'] };
    expect(Object.fromEntries(aliasRedirects([unitedStates, whiteHouse]))).toEqual({});
  });

  test('spellings with the same slug for one actor give one redirect', () => {
    const usa = { slug: 'united-states', name: 'United States', aliases: ['U.S.', 'U. S.'] };
    expect(Object.fromEntries(aliasRedirects([usa]))).toEqual({ 'u-s': 'united-states' });
  });
});
