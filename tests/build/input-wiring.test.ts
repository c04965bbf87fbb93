/**
 * The wiring of issue 15 and issue 13 (items 4–5) into a real `astro build`, on the hostile
 * fixture's base corpus plus generated files. The rules themselves are unit-tested
 * (the unit tests of each check, under tests/unit/load/, lib/, schemas/ and plugins/); two builds show that the build runs them:
 * 1. bad files in `content/` stop the build at content sync, each named, with its field;
 * 2. in the fixture site (tests/helpers/fixture-site.ts, shared with other files), a body with soft
 *    hyphens and a decomposed accent, dated in the future, builds with a warning for each, the
 *    text normalised on the page and matched to its actor, and the data-loss guard checking every
 *    page.
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { afterAll, describe, expect, test } from 'vitest';
import { buildFixture, removeFixtureBuilds } from '../helpers/fixture-build.ts';
import { ARABIC_ARTICLE, articleFile, FIXTURE_SITE_ARTICLES, fixtureSite, NORMALISED_ARTICLE } from '../helpers/fixture-site.ts';

afterAll(removeFixtureBuilds);

describe('astro build runs the input checks', () => {
  test('files that would be ignored or published wrong stop the build, each named with its field', async () => {
    const body = 'Rubio said the US could move on.\n';
    const build = await buildFixture('input-wiring-rejected', {
      files: {
        'articles/upper-case.MD': articleFile('000_c87b6e5096c43d11.txt', body),
        'articles/2025/nested.md': articleFile('000_c87b6e5096c43d11.txt', body),
        'articles/Trump Talks.md': articleFile('000_c87b6e5096c43d11.txt', body),
        'articles/reversed-headline.md': articleFile('000_c87b6e5096c43d11.txt', body, { headline: 'Rubio \u202Eyawa sklaw' }),
        'notes.txt': 'an editor’s note left in content/',
      },
    });
    const output = build.output;
    expect(build.ok, 'the build should have failed').toBe(false);
    for (const expected of [
      /articles\/upper-case\.MD: extension: "\.MD" is not read/,
      /articles\/2025\/nested\.md: folder: articles are read from .*articles\/ itself/,
      /articles\/Trump Talks\.md: slug: the file name "Trump Talks" is not a slug .* rename it to trump-talks\.md/,
      /articles\/reversed-headline\.md:3:\d+: headline\.value: U\+202E RIGHT-TO-LEFT OVERRIDE/,
      /notes\.txt: layout: not part of the content layout/,
    ]) {
      expect(output, `the build output should match ${expected}; it printed:\n${output.slice(-3000)}`).toMatch(expected);
    }
  }, 180_000);

  test('soft hyphens and a decomposed accent build normalised, with warnings; the data-loss guard checks the pages', async () => {
    const build = await fixtureSite();
    const output = build.output;
    expect(build.ok, `the build should have succeeded; it printed:\n${output.slice(-3000)}`).toBe(true);
    expect(output).toMatch(
      new RegExp(
        `articles/${NORMALISED_ARTICLE}\\.md:\\d+:\\d+: body: a soft hyphen \\(U\\+00AD\\) is removed from the page and the analysis`,
      ),
    );
    expect(output).toMatch(
      new RegExp(`articles/${NORMALISED_ARTICLE}\\.md: published\\.value: 9999-12-31 is after the build date`),
    );
    expect(output).toMatch(
      new RegExp(`\\[dossier:data-loss-guard\\] ${FIXTURE_SITE_ARTICLES} article pages and \\d+ quotes match their articles`),
    );

    const html = readFileSync(path.join(build.distDir, `articles/${NORMALISED_ARTICLE}/index.html`), 'utf8');
    const tree: Root = fromHtml(html);
    const first = select('#p-1', tree);
    expect(first && toString(first)).toBe('Ivana Horvát, a Croatian deputy foreign minister, said the negotiations would go on.');
    expect(html.includes('\u00AD'), 'no soft hyphen reaches the page').toBe(false);
    expect(selectAll('a[href="/actors/ivana-horvat/"]', tree).map((link) => toString(link))).toContain('Ivana Horvát');
    const quotes = JSON.parse(readFileSync(path.join(build.distDir, 'data/quotes.json'), 'utf8')) as Array<{
      text: string;
      speaker: string | null;
    }>;
    expect(quotes.find((quote) => quote.text.startsWith('Zagreb will wait'))?.speaker).toBe('ivana-horvat');
    // A date in the far future stretches the timeline strip's axis; its ticks must not follow (it
    // once drew one a month to 9999: 34 MB of home page).
    for (const page of ['index.html', 'timeline/index.html']) {
      expect(statSync(path.join(build.distDir, page)).size, page).toBeLessThan(200_000);
    }
  }, 300_000);

  test('an article in Arabic builds at its Unicode address, its words right to left and not called English (issue 26)', async () => {
    const build = await fixtureSite();
    expect(build.ok, build.output.slice(-3000)).toBe(true);
    const tree: Root = fromHtml(readFileSync(path.join(build.distDir, `articles/${ARABIC_ARTICLE}/index.html`), 'utf8'));
    expect(select('html', tree)?.properties.lang).toBe('en');
    for (const selector of ['h1', '.article-body']) {
      const element = select(selector, tree)!;
      expect([element.properties.lang, element.properties.dir], selector).toEqual(['', 'rtl']);
    }
    // The site's own words around the text stay English, left to right.
    expect(select('.article-header .byline', tree)?.properties.dir).toBeUndefined();
  }, 300_000);
});
