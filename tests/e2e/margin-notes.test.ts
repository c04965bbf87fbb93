/**
 * Margin notes and their popovers in Chromium (issue 23): at 1280 px the notes flow down the
 * margin like sidenotes and never move the text, never overlap, and a speaker's second quote in a
 * paragraph continues the first one's note; on a 375 px phone the markers are 44 px targets and a
 * note opens without covering the quote it explains, giving the speaker's role and the event.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { builtActors, builtSpokenQuotes } from '../helpers/built-data.ts';
import { squash } from '../helpers/dist.ts';
import { servedSite } from '../helpers/served-site.ts';

const site = servedSite();

const slugs = readdirSync(path.resolve('content/articles'))
  .filter((file) => file.endsWith('.md'))
  .map((file) => file.replace(/\.md$/, ''));
const spoken = builtSpokenQuotes();
const actorBySlug = new Map(builtActors().map((actor) => [actor.slug, actor]));

/** Runs `run` on an article opened at `width` × `height` px without JavaScript (article pages ship none). */
const withPage = <T>(slug: string, width: number, height: number, run: (page: Page) => Promise<T>): Promise<T> =>
  site.withPage(`/articles/${slug}/`, { viewport: { width, height }, javaScriptEnabled: false }, run);

describe.each(slugs)('%s at 1280 px', (slug) => {
  // 1024 px too: the narrowest width with a margin, where notes wrap the most.
  test.each([1280, 1024])(
    'the notes never move the text at %i px: every gap between its elements is the normal one',
    async (width) => {
      const gaps = await withPage(slug, width, 900, (page) =>
        page.$$eval('.article-body > *', (elements) =>
          elements.slice(1).map((element, index) => {
            const before = elements[index]!;
            // Grid items' margins do not collapse: the normal gap is one's bottom margin plus the next's top.
            const normal =
              Number.parseFloat(getComputedStyle(before).marginBottom) + Number.parseFloat(getComputedStyle(element).marginTop);
            const gap = element.getBoundingClientRect().top - before.getBoundingClientRect().bottom;
            return {
              pair: `${before.id || before.tagName} → ${element.id || element.tagName}`,
              kinds: `${before.tagName}→${element.tagName}`,
              gap,
              normal,
            };
          }),
        ),
      );
      expect(gaps.length).toBeGreaterThan(5);
      expect(gaps.filter(({ gap, normal }) => Math.abs(gap - normal) > 4)).toEqual([]);
      // Like with like: between two paragraphs the normal gap is the same everywhere.
      expect(new Set(gaps.filter(({ kinds }) => kinds === 'P→P').map(({ normal }) => normal)).size).toBe(1);
    },
  );

  test('the notes sit in the margin, in reading order, and never overlap', async () => {
    const boxes = await withPage(slug, 1280, 900, (page) =>
      page.$$eval('.margin-notes .note, .margin-notes .note-dates', (notes) => {
        const textRight = document.querySelector('.article-body > p')!.getBoundingClientRect().right;
        return notes.map((note) => {
          const box = note.getBoundingClientRect();
          return { id: note.id || 'dates', top: box.top, bottom: box.bottom, left: box.left, textRight };
        });
      }),
    );
    expect(boxes.length).toBeGreaterThan(0);
    for (const box of boxes) expect(box.left, box.id).toBeGreaterThanOrEqual(box.textRight);
    const overlaps = boxes.slice(1).filter((box, index) => box.top < boxes[index]!.bottom - 0.5);
    expect(overlaps.map((box) => box.id)).toEqual([]);
  });

  test('notes that run on below the text stay in the room kept for them, and little of it is left blank', async () => {
    const { notes, text, reading } = await withPage(slug, 1280, 900, (page) =>
      page.evaluate(() => {
        const bottom = (selector: string) =>
          Math.max(...[...document.querySelectorAll(selector)].map((e) => e.getBoundingClientRect().bottom));
        return {
          notes: bottom('.margin-notes .note, .margin-notes .note-dates'),
          text: bottom('.article-body > *'),
          reading: bottom('.reading'),
        };
      }),
    );
    expect(notes).toBeLessThanOrEqual(reading + 0.5);
    // The room is estimated (notes counted tall); a screenful of blank page below the text is a hole.
    expect(reading - Math.max(notes, text)).toBeLessThan(450);
  });
});

describe('a speaker’s quotes in one paragraph share a note', () => {
  // Consecutive quotes of one named speaker in one paragraph (the ABC article has two by Rubio).
  const follows = (quote: (typeof spoken)[number] | undefined, next: (typeof spoken)[number] | undefined) =>
    quote &&
    next &&
    quote.article === next.article &&
    quote.paragraph === next.paragraph &&
    next.speaker &&
    quote.speaker === next.speaker;
  // The first of a run (a third quote continues the same note, which named the speaker at the first).
  const pairs = spoken.flatMap((quote, index) =>
    follows(spoken[index - 1], quote) && !follows(spoken[index - 2], spoken[index - 1])
      ? [{ first: spoken[index - 1]!, second: quote }]
      : [],
  );

  test('at 1280 px the second quote’s note continues the first: the speaker is named once', async () => {
    expect(pairs.length).toBeGreaterThan(0);
    for (const article of new Set(pairs.map(({ first }) => first.article))) {
      await withPage(article, 1280, 900, async (page) => {
        for (const { first, second } of pairs.filter((pair) => pair.first.article === article)) {
          const name = actorBySlug.get(first.speaker!)!.name;
          expect(squash(await page.locator(`#note-${first.id}`).innerText())).toContain(name);
          const continued = squash(await page.locator(`#note-${second.id}`).innerText());
          expect(continued, second.id).not.toContain(name);
          // Its own words say which quote it is on.
          expect(continued).toMatch(/^“/);
        }
      });
    }
  });

  test('on a phone each quote keeps its own marker, and each popover names the speaker', async () => {
    const { first, second } = pairs[0]!;
    await withPage(first.article, 375, 800, async (page) => {
      for (const quote of [first, second]) {
        await page.locator(`.quote-marker[popovertarget="note-${quote.id}"]`).click();
        const note = page.locator(`#note-${quote.id}`);
        expect(await note.isVisible()).toBe(true);
        expect(await note.innerText()).toContain(actorBySlug.get(quote.speaker!)!.name);
        await page.keyboard.press('Escape');
      }
    });
  });
});

describe('on a 375 px phone', () => {
  test.each(slugs)('%s: every marker is a 44 × 44 px target that no other covers', async (slug) => {
    await withPage(slug, 375, 800, async (page) => {
      const markers = await page.$$eval('.article-body :is(.quote-marker, .statement-marker)', (buttons) =>
        buttons.map((button) => {
          const box = button.getBoundingClientRect();
          const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
          return {
            target: button.getAttribute('popovertarget'),
            width: box.width,
            height: box.height,
            text: button.textContent,
            own: hit === button,
          };
        }),
      );
      expect(markers.length).toBeGreaterThan(0);
      for (const marker of markers) {
        expect(marker.width, marker.target!).toBeGreaterThanOrEqual(44);
        expect(marker.height, marker.target!).toBeGreaterThanOrEqual(44);
        expect(marker.text).toBe('');
      }
      // elementFromPoint only sees what is on screen: scroll each into view first.
      for (const marker of markers) {
        const button = page.locator(`[popovertarget="${marker.target}"]`).first();
        await button.scrollIntoViewIfNeeded();
        const own = await button.evaluate((element) => {
          const box = element.getBoundingClientRect();
          return document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2) === element;
        });
        expect(own, marker.target!).toBe(true);
      }
    });
  });

  const slug = 'trump-rubio-threaten-to-walk-away';
  test.each(['top', 'bottom'] as const)('a note opened near the %s of the screen does not cover its quote', async (where) => {
    await withPage(slug, 375, 800, async (page) => {
      const ids = spoken.filter((quote) => quote.article === slug).map((quote) => quote.id);
      for (const id of ids.slice(0, 6)) {
        const marker = page.locator(`.quote-marker[popovertarget="note-${id}"]`);
        // Put the marker 100 px from the top, or 60 px from the bottom, of the screen.
        await marker.evaluate((element, side) => {
          const box = element.getBoundingClientRect();
          window.scrollBy(0, side === 'top' ? box.top - 100 : box.bottom - (innerHeight - 60));
        }, where);
        await marker.click();
        const note = page.locator(`#note-${id}`);
        expect(await note.evaluate((element) => element.matches(':popover-open'))).toBe(true);
        const noteBox = (await note.boundingBox())!;
        const quoteLines = await page
          .locator(`#q-${id}`)
          .evaluate((quote) => [...quote.getClientRects()].map((r) => ({ top: r.top, bottom: r.bottom })));
        for (const line of quoteLines) {
          const intersects = line.bottom > noteBox.y && line.top < noteBox.y + noteBox.height;
          expect(
            intersects,
            `${id}: quote line ${line.top}–${line.bottom}, note ${noteBox.y}–${noteBox.y + noteBox.height}`,
          ).toBe(false);
        }
        // The note is on screen, whole, however low its marker was.
        expect(noteBox.y).toBeGreaterThanOrEqual(0);
        expect(noteBox.y + noteBox.height).toBeLessThanOrEqual(800);
        expect(noteBox.x + noteBox.width).toBeLessThanOrEqual(375);
        await page.keyboard.press('Escape');
      }
    });
  });

  test('a note gives the speaker’s role and links the event the quote was spoken at', async () => {
    const quote = spoken.find((q) => q.article === slug && q.event && q.speaker && actorBySlug.get(q.speaker)?.role)!;
    expect(quote).toBeDefined();
    await withPage(slug, 375, 800, async (page) => {
      await page.locator(`.quote-marker[popovertarget="note-${quote.id}"]`).click();
      const note = page.locator(`#note-${quote.id}`);
      const text = squash(await note.innerText());
      const role = actorBySlug.get(quote.speaker!)!.role!;
      expect(text).toContain(role);
      expect(text).toMatch(new RegExp(`${role.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}, as of [A-Z][a-z]+ \\d{4}`));
      expect(await note.locator(`a[href="/events/${quote.event}/"]`).count()).toBe(1);
    });
  });
});
