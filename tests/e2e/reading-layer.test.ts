/**
 * The reading layer in Chromium (issue 14): inside an article the words are the outlet's, exactly,
 * whatever the width; copying a paragraph gives them and nothing else; the analysis sits beside
 * the text (in the margin at wide widths, in popovers a marker opens on phones, without
 * JavaScript); a reader can switch it off; reading pages load no script.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, describe, expect, test } from 'vitest';
import { bodyBlocksFromMarkdown } from '../../src/analysis/text/body-blocks.ts';
import { normalizeBodyText } from '../../src/analysis/text/text-hygiene.ts';
import { readArticleFile } from '../../scripts/lib/read-article-file.ts';
import { builtActors, builtSpokenQuotes } from '../helpers/built-data.ts';
import { squash } from '../helpers/dist.ts';
import { servedSite } from '../helpers/served-site.ts';

const site = servedSite();

/** The real articles, read from content/ (not from the build), with their blocks' text. */
const articlesDir = path.resolve('content/articles');
const articles = readdirSync(articlesDir)
  .filter((file) => file.endsWith('.md'))
  .map((file) => {
    const { body } = readArticleFile(readFileSync(path.join(articlesDir, file), 'utf8'), file);
    const blocks = bodyBlocksFromMarkdown(body).map((block) => ({ ...block, text: normalizeBodyText(block.text) }));
    return { slug: file.replace(/\.md$/, ''), blocks };
  });
const actorName = new Map(builtActors().map((actor) => [actor.slug, actor.name]));
const spoken = builtSpokenQuotes();

const VIEWPORTS = [
  { name: 'phone', width: 375, height: 800 },
  { name: 'desktop', width: 1280, height: 900 },
] as const;

/** A page in a fresh profile; `javaScriptEnabled: false` proves a feature needs no script. */
async function open(
  urlPath: string,
  options: { width: number; height: number; javaScriptEnabled?: boolean },
): Promise<{ context: BrowserContext; page: Page }> {
  const page = await site.open(urlPath, {
    viewport: { width: options.width, height: options.height },
    javaScriptEnabled: options.javaScriptEnabled ?? true,
  });
  return { context: page.context(), page };
}

describe.each(VIEWPORTS)('articles at $width px', (viewport) => {
  // Both checks only read the page, so each article is opened once per width.
  const opened = new Map<string, Promise<{ context: BrowserContext; page: Page }>>();
  const articlePage = (slug: string) => {
    if (!opened.has(slug)) opened.set(slug, open(`/articles/${slug}/`, viewport));
    return opened.get(slug)!;
  };
  afterAll(async () => {
    for (const tab of opened.values()) await (await tab).context.close();
  });

  test.each(articles)('$slug: the body’s text content is the Markdown body, word for word', async ({ slug, blocks }) => {
    const { page } = await articlePage(slug);
    const text = await page.locator('.article-body').evaluate((body) => body.textContent ?? '');
    expect(squash(text)).toBe(squash(blocks.map((block) => block.text).join(' ')));
  });

  test.each(articles)('$slug: copying a paragraph gives the outlet’s words and nothing else', async ({ slug, blocks }) => {
    const { page } = await articlePage(slug);
    // Every paragraph with a quote (a marker after it on phones, a note beside it on desktops).
    const quoted = [...new Set(spoken.filter((quote) => quote.article === slug).map((quote) => quote.paragraph))];
    expect(quoted.length).toBeGreaterThan(0);
    for (const id of quoted) {
      const copied = await page.locator(`#${id}`).evaluate((element) => {
        const range = document.createRange();
        range.selectNodeContents(element);
        const selection = getSelection()!;
        selection.removeAllRanges();
        selection.addRange(range);
        return selection.toString();
      });
      expect(squash(copied), `${slug} #${id}`).toBe(squash(blocks.find((block) => block.id === id)!.text));
    }
  });
});

describe('the attribution layer', () => {
  const slug = 'leaders-retreat-to-their-corners';
  const inArticle = spoken.filter((quote) => quote.article === slug);

  test('on a phone, with JavaScript off, the marker after a quote opens its note, which names the speaker', async () => {
    const { context, page } = await open(`/articles/${slug}/`, { width: 375, height: 800, javaScriptEnabled: false });
    const markers = page.locator('.article-body .quote-marker');
    expect(await markers.count()).toBe(inArticle.length);
    const quote = inArticle.find((q) => q.speaker)!;
    const marker = page.locator(`.quote-marker[popovertarget="note-${quote.id}"]`);
    // The marker is a real 44 px target, and holds no text.
    const box = (await marker.boundingBox())!;
    expect(Math.round(box.width)).toBeGreaterThanOrEqual(44);
    expect(Math.round(box.height)).toBeGreaterThanOrEqual(44);
    expect(await marker.textContent()).toBe('');
    const note = page.locator(`#note-${quote.id}`);
    expect(await note.isVisible()).toBe(false);
    await marker.click();
    expect(await note.evaluate((element) => element.matches(':popover-open'))).toBe(true);
    expect(await note.isVisible()).toBe(true);
    expect(await note.innerText()).toContain(actorName.get(quote.speaker!)!);
    // The note stays on screen: nothing is wider than the phone.
    const noteBox = (await note.boundingBox())!;
    expect(noteBox.x).toBeGreaterThanOrEqual(0);
    expect(noteBox.x + noteBox.width).toBeLessThanOrEqual(375);
    await page.keyboard.press('Escape');
    expect(await note.isVisible()).toBe(false);
    await context.close();
  });

  test('an unnamed source is named in the article’s words, as unnamed', async () => {
    const unnamed = inArticle.find((quote) => quote.speaker === null && quote.speakerLabel)!;
    const { context, page } = await open(`/articles/${slug}/`, { width: 1280, height: 900 });
    const text = squash(await page.locator(`#note-${unnamed.id}`).innerText());
    expect(text).toContain(unnamed.speakerLabel!);
    expect(text).toContain('unnamed source');
    await context.close();
  });

  test('at 1280 px every note sits in the margin beside its paragraph, and no marker shows', async () => {
    const { context, page } = await open(`/articles/${slug}/`, { width: 1280, height: 900 });
    expect(await page.locator('.article-body .quote-marker:visible').count()).toBe(0);
    // Each note is in the margin, to the right of the text. A slot starts level with the element of
    // the text that holds its first note's quote (a paragraph, or a whole list or blockquote); the
    // notes after it in the slot follow it down the margin (tests/e2e/margin-notes.test.ts).
    const placement = await page.evaluate(
      (ids) =>
        ids.map(({ id, paragraph }) => {
          const note = document.getElementById(`note-${id}`);
          const block = document.getElementById(paragraph)?.closest('.article-body > *');
          if (!note || !block) return { id, ok: false, where: 'missing' };
          const slot = note.parentElement!.getBoundingClientRect();
          const text = block.getBoundingClientRect();
          const first = note.parentElement!.firstElementChild === note;
          const level = !first || Math.abs(slot.top - text.top) <= 4;
          const ok = note.getBoundingClientRect().left >= text.right && level && note.checkVisibility();
          return {
            id,
            ok,
            where: `slot ${Math.round(slot.left)},${Math.round(slot.top)}; text right ${Math.round(text.right)}, top ${Math.round(text.top)}`,
          };
        }),
      inArticle.map((quote) => ({ id: quote.id, paragraph: quote.paragraph })),
    );
    expect(placement.filter((note) => !note.ok)).toEqual([]);
    await context.close();
  });

  test('each actor is linked once, at its first mention; later mentions are plain text', async () => {
    const { context, page } = await open(`/articles/${slug}/`, { width: 1280, height: 900 });
    const hrefs = await page.$$eval('.article-body a.actor-link', (links) => links.map((link) => link.getAttribute('href')));
    expect(hrefs.length).toBeGreaterThan(5);
    expect(new Set(hrefs).size).toBe(hrefs.length);
    expect(await page.locator('.article-body .mention').count()).toBeGreaterThan(0);
    await context.close();
  });

  test('the reader’s switch hides all the analysis without a script and leaves the text as it was', async () => {
    const { context, page } = await open(`/articles/${slug}/`, { width: 1280, height: 900, javaScriptEnabled: false });
    const before = await page.locator('.article-body').textContent();
    const shading = () =>
      page
        .locator('.article-body .quote')
        .first()
        .evaluate((element) => getComputedStyle(element).backgroundColor);
    const shaded = await shading();
    expect(await page.locator('.margin-notes').isVisible()).toBe(true);
    await page.locator('#annotations').uncheck();
    expect(await page.locator('.margin-notes').isVisible()).toBe(false);
    expect(await shading()).not.toBe(shaded);
    const linkLook = await page
      .locator('.article-body a.actor-link')
      .first()
      .evaluate((element) => getComputedStyle(element).textDecorationLine);
    expect(linkLook).toBe('none');
    expect(await page.locator('.article-body').textContent()).toBe(before);
    await context.close();
  });

  test('uncertain facts are said in words, and their source shows on focus', async () => {
    const { context, page } = await open(`/articles/${slug}/`, { width: 375, height: 800 });
    const byline = page.locator('.article-header .byline');
    expect(await byline.innerText()).toMatch(/date inferred/);
    expect(await byline.innerText()).not.toMatch(/SECONDARY|INFERRED|content\/raw/);
    const label = byline.locator('.qualifier__label').first();
    const tip = byline.locator('.qualifier__tip').first();
    expect(await tip.isVisible()).toBe(false);
    await label.focus();
    expect(await tip.isVisible()).toBe(true);
    const box = (await tip.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(375);
    await context.close();
  });
});

describe('reading pages load no script', () => {
  const urlPaths = [
    `/articles/${articles[0]!.slug}/`,
    '/actors/marco-rubio/',
    '/events/rubio-tarmac-remarks/',
    `/articles/${spoken[0]!.article}/#q-${spoken[0]!.id}`,
  ];
  test.each(urlPaths)('%s', async (urlPath) => {
    const page = await site.newPage({ viewport: { width: 375, height: 800 } });
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url());
    });
    await page.goto(`${site.url}${urlPath}`);
    await page.waitForLoadState('load');
    expect(scripts).toEqual([]);
    await page.context().close();
  });
});
