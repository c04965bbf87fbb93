import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { CITATION_WITHOUT_ADDRESS } from '../../src/outputs/citation.ts';
import { contentDir } from '../helpers/corpus-files.ts';
import { assertBuilt, distDir, listHtmlFiles, readDist } from '../helpers/dist.ts';

/**
 * The default build has no address (`SITE` unset, as `npm test` builds it): no placeholder domain
 * anywhere, and no absolute URL but the outlets' own (sources) and the standards' (schema.org).
 * tests/build/base-path.test.ts builds with SITE set and checks every absolute URL starts with it.
 */

beforeAll(assertBuilt);

/** Every text file of the build (Pagefind's compressed index and the bundled scripts aside). */
const textFiles = () =>
  readdirSync(distDir, { recursive: true, encoding: 'utf8' }).filter(
    (file) =>
      /\.(html|xml|txt|ics|json|csv|js|css|svg)$/.test(file) && !file.startsWith('pagefind') && !file.startsWith('_astro'),
  );

/** Hosts the corpus itself names (the articles' sources), read from the content files. */
function corpusHosts(): Set<string> {
  const hosts = new Set<string>();
  const dir = new URL('articles/', contentDir);
  for (const name of readdirSync(dir)) {
    for (const [url] of readFileSync(new URL(name, dir), 'utf8').matchAll(/https?:\/\/[^\s"'<>)]+/g))
      hosts.add(new URL(url).host);
  }
  return hosts;
}

/** Vocabularies that JSON-LD and SVG name by URL; they are not addresses of this site. */
const STANDARDS = new Set(['schema.org', 'www.w3.org']);

describe('a build without SITE', () => {
  test('writes no placeholder domain and no absolute URL of its own: every one is a source’s or a standard’s', () => {
    const allowed = new Set([...STANDARDS, ...corpusHosts()]);
    const invented: string[] = [];
    let count = 0;
    for (const file of textFiles()) {
      const text = readFileSync(path.join(distDir, file), 'utf8');
      expect(text, file).not.toMatch(/dossier\.example|example\.(org|com|net)/);
      for (const [url] of text.matchAll(/https?:\/\/[^\s"'<>)\\]+/g)) {
        count += 1;
        if (!allowed.has(new URL(url).host)) invented.push(`${file}: ${url}`);
      }
    }
    expect(count).toBeGreaterThan(0);
    expect(invented).toEqual([]);
  });

  test('a quote’s citation ends with its anchor’s path and says to cite the address the browser shows', () => {
    const articlePages = listHtmlFiles().filter((file) => /^articles\/(?!page\/)[^/]+\/index\.html$/.test(file));
    let citations = 0;
    for (const file of articlePages) {
      const html = readDist(file);
      const path = `/${file.replace(/index\.html$/, '')}`;
      for (const [, text] of html.matchAll(/<p class="note__citation"[^>]*>([^<]*)<\/p>/g)) {
        citations += 1;
        expect(text, file).toMatch(new RegExp(`” ${path.replace(/[/.]/g, '\\$&')}#q-[\\w-]+$`));
      }
      if (html.includes('note__citation"')) expect(html, file).toContain(CITATION_WITHOUT_ADDRESS);
    }
    expect(citations).toBeGreaterThan(50);
  });

  test('the iCalendar file gives no URL property, which would have to be absolute', () => {
    expect(readDist('data/events.ics')).not.toMatch(/^URL:/m);
  });
});
