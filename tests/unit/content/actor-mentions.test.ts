/**
 * The mentions the actor files of content/actors/ find in the articles: sentences of the articles,
 * the words attributions name speakers with, every person named in the five bodies (the tables
 * are in tests/fixtures/content/actor-mentions/), and the capitalised words left unmatched.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import type { BodyBlock } from '../../../src/analysis/types.ts';
import { siteMatcher as actors } from '../../helpers/actor-files.ts';
import { paragraphBlocks } from '../../helpers/body-blocks.ts';
import { readCases, readNamedCases } from '../../helpers/fixture-cases.ts';

const rawDir = fileURLToPath(new URL('../../../content/raw', import.meta.url));

// The five article bodies, read from the raw files without their page furniture (see
// /work/shared/sources.md, "Page furniture in the raw files"). Line numbers are 1-based.
const bodyLines: Record<string, (line: number, text: string) => boolean> = {
  // Body text only.
  '000_c87b6e5096c43d11': () => true,
  // Lines 1–9 are the social links, tag, headline, dek and section label; from line 41 on come
  // the update note, photo credit and three teasers of other articles.
  '001_08c6c7b936ebf9b5': (line) => line >= 11 && line <= 39,
  // The embed code, the "Read More" links and the syndication note.
  '002_ff0927326652fcae': (line, text) => line !== 2 && !text.startsWith('Read More:') && !text.startsWith('The post '),
  // "Comments" at the end.
  '003_a9d0e8f336eaa357': (_line, text) => text !== 'Comments',
  // The headline (line 1), four photo captions with their credit lines, and the comment form.
  '004_9d2378706db2d032': (line) => line >= 3 && line <= 55 && ![9, 11, 21, 31, 33, 43, 45].includes(line),
};

function articleBody(article: string): BodyBlock[] {
  const texts = readFileSync(`${rawDir}/${article}.txt`, 'utf8')
    .split('\n')
    .filter((text, index) => text.trim() !== '' && bodyLines[article]!(index + 1, text));
  return paragraphBlocks(...texts);
}

const bodies = Object.fromEntries(Object.keys(bodyLines).map((article) => [article, articleBody(article)]));

/** A sentence of an article and the mentions expected in it, in order. */
interface SentenceCase {
  name: string;
  text: string;
  mentions: Array<{ text: string; actor: string }>;
}

describe('findMentions: sentences from the articles, with the actor files', () => {
  test.each(readNamedCases<SentenceCase>('content/actor-mentions/article-sentences.yaml'))('%s', (_name, { text, mentions }) => {
    const found = actors.findMentions(paragraphBlocks(text)).map((mention) => ({ text: mention.text, actor: mention.actor }));
    expect(found).toEqual(mentions);
  });
});

describe('resolveActor', () => {
  const rows = readCases<{ words: string; actor: string | null }>('content/actor-mentions/speaker-words.yaml');
  test.each(rows.map(({ words, actor }) => [words, actor]))('%s → %s', (words, actor) => {
    expect(actors.resolveActor(words!)).toBe(actor);
  });
});

describe('every person named in the five bodies is matched', () => {
  const rows = readCases<{ article: string; name: string; actor: string }>('content/actor-mentions/names-in-bodies.yaml');
  test.each(rows.map(({ article, name, actor }) => [article, name, actor]))('%s: %s', (article, name, actor) => {
    const body = bodies[article]!;
    expect(
      body.some((block) => block.text.includes(name)),
      `"${name}" is in the body of ${article}`,
    ).toBe(true);
    const matched = actors.findMentions(body).filter((mention) => mention.text === name);
    expect(matched.length, `"${name}" is matched`).toBeGreaterThan(0);
    expect(new Set(matched.map((mention) => mention.actor))).toEqual(new Set([actor]));
  });

  test('every run of capitalised words the matcher leaves alone is a reviewed non-actor', () => {
    // A missed name ("Kristen Welker") would show up here. What is left are places, times,
    // titles used as names and sentence openings, each checked by hand.
    const reviewed = [
      '000: Camp David', // place (the accords)
      '000: On Friday',
      '001: And I',
      '002: Russian President', // title before "Vladimir Putin"
      '002: Budapest Summit', // event
      '002: Is Secretary', // "Is Secretary of State Marco Rubio in charge…?"
      '002: The Administration', // title used as a name, not an alias
      '003: West Wing', // place
      '003: Monday’s East Room', // place
      '004: And I',
    ];
    const unmatched = new Set<string>();
    for (const [article, body] of Object.entries(bodies)) {
      const mentions = actors.findMentions(body);
      for (const block of body) {
        for (const run of block.text.matchAll(/\p{Lu}[\p{L}’'-]*(?: \p{Lu}[\p{L}’'-]*)+/gu)) {
          const start = run.index;
          const end = start + run[0].length;
          const covered = mentions.some((m) => m.block === block.id && m.start < end && m.end > start);
          if (!covered) unmatched.add(`${article.slice(0, 3)}: ${run[0]}`);
        }
      }
    }
    expect([...unmatched]).toEqual(reviewed);
  });
});
