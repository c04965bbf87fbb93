import { afterEach, describe, expect, test } from 'vitest';
import { basePath, urls, withBase, withoutBase } from '../../../src/lib/urls.ts';

const saved = process.env.SITE;
afterEach(() => {
  if (saved === undefined) delete process.env.SITE;
  else process.env.SITE = saved;
});

describe('withBase and withoutBase', () => {
  test.each([
    ['/articles/x/', '/', '/articles/x/'],
    ['/', '/dossier/', '/dossier/'],
    ['/articles/x/#p-2', '/dossier/', '/dossier/articles/x/#p-2'],
    ['/search/?q=a', '/a/b/', '/a/b/search/?q=a'],
  ])('%s under %s is %s, and back', (path, base, full) => {
    expect(withBase(path, base)).toBe(full);
    expect(withoutBase(full, base)).toBe(path);
  });

  test('a path outside the base path is left as it is; a relative path is refused', () => {
    expect(withoutBase('/other/x/', '/dossier/')).toBe('/other/x/');
    expect(() => withBase('articles/', '/dossier/')).toThrow(/root-relative/);
  });
});

describe('basePath under Node: read from SITE, as the config, its Markdown plugins and the tools see it', () => {
  test('SITE with a path puts every url under it', () => {
    process.env.SITE = 'https://news.example.net/dossier/';
    expect(basePath()).toBe('/dossier/');
    expect(urls.home()).toBe('/dossier/');
    expect(urls.article('a-b')).toBe('/dossier/articles/a-b/');
    expect(urls.paragraph('a-b', 'p-3')).toBe('/dossier/articles/a-b/#p-3');
    expect(urls.quotesBy('Marco Rubio')).toBe('/dossier/search/?speaker=Marco%20Rubio&type=quote');
    expect(urls.download('quotes.csv')).toBe('/dossier/data/quotes.csv');
    expect(urls.asset('favicon.svg')).toBe('/dossier/favicon.svg');
  });

  test('no SITE (or an empty one) is the root', () => {
    delete process.env.SITE;
    expect(basePath()).toBe('/');
    expect(urls.actor('x')).toBe('/actors/x/');
    process.env.SITE = '';
    expect(urls.feed()).toBe('/rss.xml');
  });
});
