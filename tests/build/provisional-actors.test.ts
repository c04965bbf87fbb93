/**
 * People quoted in the text who have no actor file (provisional actors), through a real
 * `astro build` of the fixture site (tests/helpers/fixture-site.ts, shared with other files),
 * which has two invented articles that quote an invented deputy minister, and a not-people list
 * naming someone the analysis must then leave alone. The real corpus may have no provisional
 * people at all, so this is where the pages, links, exports and build log for them are checked.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { beforeAll, describe, expect, test } from 'vitest';
import type { ActorExport, QuoteExport } from '../../src/outputs/exports.ts';
import { decodeSaidMeta } from '../../src/lib/said-meta.ts';
import { unescapeMeta } from '../../src/scripts-client/search-query.ts';
import type { FixtureBuild } from '../helpers/fixture-build.ts';
import { fixtureSite, GENEVA, MOSCOW } from '../helpers/fixture-site.ts';

let build: FixtureBuild;
const dist = (file: string) => path.join(build.distDir, file);
const page = (urlPath: string): Root => fromHtml(readFileSync(dist(`${urlPath.replace(/^\//, '')}index.html`), 'utf8'));
const json = <T>(file: string) => JSON.parse(readFileSync(dist(file), 'utf8')) as T;
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
const href = (node: Element) => String(node.properties.href);

beforeAll(async () => {
  build = await fixtureSite();
  if (!build.ok) throw new Error(`The fixture build failed:\n${build.output.slice(-3000)}`);
}, 300_000);

describe('a provisional actor, found in two articles', () => {
  test('the build prints one line per article with provisional people, with their quotes', () => {
    expect(build.output).toContain(`${GENEVA}: provisional people: Anna Petrova (2 quotes)`);
    expect(build.output).toContain(`${MOSCOW}: provisional people: Anna Petrova (1 quote)`);
    expect(build.output.match(new RegExp(`${GENEVA}: provisional people`, 'g'))).toHaveLength(1);
  });

  test('her page says she was found automatically and is not yet reviewed, with the evidence, roles, quotes and the editor’s command', () => {
    const tree = page('/actors/anna-petrova/');
    const text = squash(toString(select('main', tree)!));
    expect(squash(toString(select('h1', tree)!))).toBe('Anna Petrova');
    expect(text).toContain('Found automatically in the text and not yet reviewed by an editor');
    expect(text).toContain('Deputy Foreign Minister');
    expect(text).toContain('npm run actor:draft -- "Anna Petrova"');
    const evidence = select('section[aria-labelledby="evidence-heading"]', tree)!;
    // Newest article first.
    expect(selectAll('a', evidence).map(href)).toEqual([`/articles/${MOSCOW}/#p-2`, `/articles/${GENEVA}/#p-2`]);
    expect(squash(toString(evidence))).toContain('Deputy Foreign Minister Anna Petrova told reporters after the first session.');
    const quotes = json<QuoteExport[]>('data/quotes.json').filter((quote) => quote.speaker === 'anna-petrova');
    expect(quotes).toHaveLength(3);
    const linked = selectAll('a[href*="#q-"]', select('article', tree)!).map(href);
    expect([...new Set(linked)].sort()).toEqual(quotes.map((quote) => quote.url).sort());
  });

  test('the actors index lists her in its own section, not among the reviewed people', () => {
    const tree = page('/actors/');
    const section = select('section[aria-labelledby="provisional-actors"]', tree)!;
    expect(squash(toString(select('h2', section)!))).toBe('Found in the text, not yet reviewed');
    expect(selectAll('h3 a', section).map(href)).toEqual(['/actors/anna-petrova/']);
    expect(selectAll('a', select('section[aria-labelledby="kind-person"]', tree)!).map(href)).not.toContain(
      '/actors/anna-petrova/',
    );
  });

  test('article pages link her name to her page at its first mention, and her quotes’ notes name her, not yet reviewed', () => {
    const tree = page(`/articles/${GENEVA}/`);
    expect(selectAll('a.actor-link--provisional', tree).map(href)).toEqual(['/actors/anna-petrova/']);
    expect(selectAll('.article-body .mention[data-actor="anna-petrova"]', tree)).toHaveLength(1);
    const quotes = json<QuoteExport[]>('data/quotes.json').filter(
      (quote) => quote.speaker === 'anna-petrova' && quote.article === GENEVA,
    );
    expect(quotes).toHaveLength(2);
    for (const quote of quotes) {
      const note = select(`#note-${quote.id}`, tree)!;
      expect(squash(toString(select('.note__speaker a', note)!))).toBe('Anna Petrova');
      expect(squash(toString(note))).toContain('not yet reviewed');
    }
    // The notes sit beside the text, never in it.
    expect(squash(toString(select('.article-body', tree)!))).not.toContain('not yet reviewed');
  });

  test("her quotes open in their sentence, and their article's search metadata gives her name as the speaker", () => {
    const quotes = json<QuoteExport[]>('data/quotes.json');
    const [quote] = quotes.filter((q) => q.speaker === 'anna-petrova' && q.article === GENEVA);
    expect(quote!.url).toBe(`/articles/${GENEVA}/#q-${quote!.id}`);
    const tree = page(`/articles/${GENEVA}/`);
    expect(select(`[id="q-${quote!.id}"]`, tree)).toBeDefined();
    expect(select('[data-pagefind-filter="speaker:Anna Petrova"]', tree)).toBeDefined();
    const saidValue = String(select('[data-pagefind-meta^="said:"]', tree)!.properties.dataPagefindMeta).slice('said:'.length);
    expect(decodeSaidMeta(unescapeMeta(saidValue)).get(`q-${quote!.id}`)).toEqual({
      id: `q-${quote!.id}`,
      speaker: 'Anna Petrova',
    });
  });

  test('the exports flag her and her quotes as provisional, and nothing else', () => {
    const actors = json<ActorExport[]>('data/actors.json');
    expect(
      actors
        .filter((actor) => actor.provisional)
        .map((actor) => [actor.slug, actor.name, actor.kind, actor.role, actor.quoteCount]),
    ).toEqual([['anna-petrova', 'Anna Petrova', 'person', 'Deputy Foreign Minister', 3]]);
    const quotes = json<QuoteExport[]>('data/quotes.json');
    expect(quotes.filter((quote) => quote.speakerProvisional).map((quote) => quote.speaker)).toEqual([
      'anna-petrova',
      'anna-petrova',
      'anna-petrova',
    ]);
    expect(
      quotes
        .filter((quote) => quote.speakerProvisional)
        .map((quote) => quote.speakerLabel)
        .sort(),
    ).toEqual(['Anna Petrova', 'Anna Petrova', 'Petrova'].sort());
    const csv = readFileSync(dist('data/quotes.csv'), 'utf8');
    expect(csv.split('\r\n')[0]).toContain('speakerLabel,speakerProvisional,');
  });

  test('a name on the not-people list is no actor: no page, and its quote keeps no speaker', () => {
    expect(existsSync(dist('actors/oleg-sokolov/index.html'))).toBe(false);
    const quote = json<QuoteExport[]>('data/quotes.json').find((q) => q.text.startsWith('Shipping will not stop'))!;
    expect(quote.speaker).toBeNull();
    // Its note says so, visibly, rather than naming nobody.
    expect(squash(toString(select(`#note-${quote.id}`, page(`/articles/${MOSCOW}/`))!))).toContain('Speaker not determined');
  });

  test('her page and the pages that name her are valid HTML; the reading pages run no script', async () => {
    const htmlvalidate = new HtmlValidate(new FileSystemConfigLoader());
    for (const urlPath of ['/actors/anna-petrova/', '/actors/', `/articles/${GENEVA}/`]) {
      const file = dist(`${urlPath.replace(/^\//, '')}index.html`);
      const report = await htmlvalidate.validateFile(file);
      expect(report.results.flatMap((result) => result.messages.map((m) => `${urlPath} ${m.ruleId}: ${m.message}`))).toEqual([]);
      // Reading pages ship no JavaScript; the actors index is a list page, with the layout's search shortcut.
      if (urlPath === '/actors/') continue;
      const scripts = selectAll('script', page(urlPath)).filter((node) => node.properties.type !== 'application/ld+json');
      expect(scripts, urlPath).toEqual([]);
    }
  });
});
