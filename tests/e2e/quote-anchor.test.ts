/**
 * A quote opens in its sentence (issue 23, item 9), in Chromium with JavaScript off (article pages
 * ship none): `/articles/<slug>/#q-<id>` highlights the quote, shows its note (an open sheet on a
 * phone, which leaves the quote in view and closes with a link; outlined in the margin at wide
 * widths), and its "Cite" gives a citation selected whole, with the quote's full address.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { builtSpokenQuotes } from '../helpers/built-data.ts';
import { servedSite } from '../helpers/served-site.ts';

const site = servedSite();

const spoken = builtSpokenQuotes();
// A long statement low in its article, and the first fragment: both must come into view with their note.
const sample = [spoken.find((quote) => quote.text.length > 150)!, spoken.find((quote) => quote.kind === 'fragment')!];

/** The axe-core version the project pins (as tests/e2e/accessibility.test.ts). */
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

async function openQuote(
  url: string,
  width: number,
  colorScheme: 'light' | 'dark' = 'light',
  javaScriptEnabled = false,
): Promise<Page> {
  const viewport = { width, height: width < 500 ? 800 : 900 };
  return site.open(url, { viewport, colorScheme, javaScriptEnabled });
}

describe.each(sample.map((quote) => ({ id: quote.id, quote })))('quote $id', ({ quote }) => {
  test('every quote’s address is its anchor in its article', () => {
    expect(quote.url).toMatch(new RegExp(`^/articles/[^/]+/#q-${quote.id}$`));
  });

  test('on a phone: highlighted, its note open as a sheet below it, closed by a link to the paragraph', async () => {
    const page = await openQuote(quote.url, 375);
    const target = page.locator(`#q-${quote.id}`);
    expect(await target.evaluate((element) => element.matches(':target'))).toBe(true);
    expect(await target.evaluate((element) => getComputedStyle(element).outlineStyle)).toBe('solid');
    const note = page.locator(`#note-${quote.id}`);
    expect(await note.isVisible()).toBe(true);
    expect(await note.evaluate((element) => getComputedStyle(element).position)).toBe('fixed');
    // The sheet leaves the quote's first line in view above it.
    const quoteTop = (await target.boundingBox())!.y;
    const sheetTop = (await note.boundingBox())!.y;
    expect(quoteTop).toBeGreaterThanOrEqual(0);
    expect(quoteTop + 20).toBeLessThanOrEqual(sheetTop);
    const close = note.locator('.note__close-link');
    expect(await close.isVisible()).toBe(true);
    await close.click();
    expect(new URL(page.url()).hash).toMatch(/^#p-\d+$/);
    expect(await note.isVisible()).toBe(false);
    await page.context().close();
  });

  test.each(['light', 'dark'] as const)('axe finds nothing on the page with the note open (%s)', async (colorScheme) => {
    // axe runs as a script; the page has none of its own, so it checks what a reader without one sees.
    const page = await openQuote(quote.url, 375, colorScheme, true);
    const results = await new AxeBuilder({ page, axeSource })
      // Not target-size: markers partly under the open sheet count as small targets, as under an
      // open popover; the sheet is a passing state that its Close link ends.
      .disableRules(['target-size'])
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    expect(
      results.violations.flatMap((violation) => violation.nodes.map((node) => `${violation.id} ${node.target.join(' ')}`)),
    ).toEqual([]);
    await page.context().close();
  });

  test('at wide widths: its note beside it, outlined, with no Close link', async () => {
    const page = await openQuote(quote.url, 1280);
    const note = page.locator(`#note-${quote.id}`);
    expect(await note.isVisible()).toBe(true);
    expect(await note.evaluate((element) => getComputedStyle(element).outlineStyle)).toBe('solid');
    expect(await note.locator('.note__close-link').isVisible()).toBe(false);
    expect(await page.locator('.note__close-link:visible').count()).toBe(0);
    await page.context().close();
  });

  test('“Cite” opens the citation, selected whole, with the quote’s full address', async () => {
    const page = await openQuote(quote.url, 375);
    const note = page.locator(`#note-${quote.id}`);
    const citation = note.locator('.note__citation');
    expect(await citation.isVisible()).toBe(false);
    await note.locator('.note__cite summary').click();
    expect(await citation.isVisible()).toBe(true);
    expect(await citation.evaluate((element) => getComputedStyle(element).userSelect)).toBe('all');
    const text = await citation.innerText();
    expect(text).toMatch(
      new RegExp(`^.+, quoted in .+, \\d{1,2} \\w+ \\d{4}: “.+” (?:https?://\\S+)?${quote.url.replace(/[/#]/g, '\\$&')}$`, 's'),
    );
    await page.context().close();
  });
});
