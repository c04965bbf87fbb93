import { describe, expect, test } from 'vitest';
import { absoluteUrl, basePathOf, parseSiteAddress } from '../../../src/lib/site-address.ts';

describe('parseSiteAddress: the SITE setting', () => {
  test.each([
    ['https://news.example.net/dossier/', 'https://news.example.net/dossier/', '/dossier/'],
    ['https://news.example.net/dossier', 'https://news.example.net/dossier/', '/dossier/'],
    ['https://owner.github.io/repo-name/', 'https://owner.github.io/repo-name/', '/repo-name/'],
    ['https://news.example.net', 'https://news.example.net/', '/'],
    ['  http://localhost:4321/a/b  ', 'http://localhost:4321/a/b/', '/a/b/'],
  ])('%s → site %s, base %s', (value, site, base) => {
    expect(parseSiteAddress(value)).toEqual({ site, base });
  });

  test.each([undefined, '', '   '])('%j is no address', (value) => {
    expect(parseSiteAddress(value)).toBeNull();
    expect(basePathOf(value)).toBe('/');
  });

  test.each([
    'news.example.net/dossier',
    'ftp://news.example.net/',
    'https://news.example.net/?x=1',
    'https://news.example.net/#top',
  ])('%s is refused with the reason', (value) => {
    expect(() => parseSiteAddress(value)).toThrow(/SITE/);
  });
});

describe('absoluteUrl', () => {
  test('joins a path already under the base path onto the site', () => {
    expect(absoluteUrl('/dossier/articles/x/', 'https://news.example.net/dossier/')).toBe(
      'https://news.example.net/dossier/articles/x/',
    );
    expect(absoluteUrl('/dossier/articles/x/', new URL('https://news.example.net/dossier/'))).toBe(
      'https://news.example.net/dossier/articles/x/',
    );
  });

  test('is null without a site: no address is guessed', () => {
    expect(absoluteUrl('/articles/x/', undefined)).toBeNull();
  });
});
