/**
 * Gold standard for quote extraction and attribution: every quotation in the five article bodies,
 * checked by hand against the raw text, with its kind and speaker.
 *
 * Judgement calls, so that they are made once and the same way:
 * - kind: a quote is a `statement` when it opens the reporter's sentence (or follows "said," or a
 *   colon) as a sentence of its own, holds more than one sentence, or runs to nine words or more;
 *   a shorter quote inside the reporter's sentence is a `fragment` when someone is reported as
 *   saying it, a `scare` quote when no one is, and a `title` when it names a programme.
 *   So "would not let Ukraine FIGHT BACK, only DEFEND," (eight words, finished by the reporter's
 *   "Former President Joe Biden …") is a fragment, and "continue to engage with … a bilateral
 *   meeting," (eleven words) a statement.
 * - unnamed sources are labelled with the words that introduce them. In 003 "a White House
 *   official" is introduced in paragraph 3 and later called "the first White House official" and
 *   "the official"; all its quotes carry the introducing label, "a White House official", since the
 *   later phrases only point back to it and "a second White House official" stays distinct.
 * - a quote that names no one itself but continues a speaker (the next sentence of their words,
 *   or 001's last Lieven paragraph, which has a closing mark only) belongs to that speaker.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { BodyBlock, QuoteKind } from '../../../src/analysis/types.ts';
import { type GoldAttribution, unnamedSource } from './gold-attribution.ts';

export type ArticleKey = '000' | '001' | '002' | '003' | '004';

/** One quote; its speaker is null for an unnamed source, a title or a scare quote. */
export interface GoldQuote extends GoldAttribution<ArticleKey> {
  /** The first words of the quote's text (without the opening mark), enough to pick it out. */
  startsWith: string;
  kind: QuoteKind;
  /** For an unnamed source: the article's words for it. */
  label?: string;
}

const WHITE_HOUSE_1 = 'a White House official';
const WHITE_HOUSE_2 = 'a second White House official';

/** A quote of an unnamed source: no actor, and the article's words for the source. */
const unnamed = (article: ArticleKey, startsWith: string, kind: QuoteKind, label: string): GoldQuote =>
  unnamedSource({ article, startsWith, kind }, { label });

export const goldQuotes: GoldQuote[] = [
  // 000 — The Guardian
  { article: '000', startsWith: 'move on', kind: 'fragment', speaker: 'marco-rubio' },
  { article: '000', startsWith: 'Trump deal', kind: 'scare', speaker: null },
  { article: '000', startsWith: 'We’re not going to continue', kind: 'statement', speaker: 'marco-rubio' },
  { article: '000', startsWith: 'thousands', kind: 'fragment', speaker: 'marco-rubio' },
  { article: '000', startsWith: 'So if they’re serious about', kind: 'statement', speaker: 'marco-rubio' },
  { article: '000', startsWith: 'optimistic that we can hopefully', kind: 'statement', speaker: 'jd-vance' },
  { article: '000', startsWith: 'some things … even in', kind: 'fragment', speaker: 'jd-vance' },
  { article: '000', startsWith: 'so much more', kind: 'fragment', speaker: 'steve-witkoff' },
  { article: '000', startsWith: 'I mean, it’s just a', kind: 'statement', speaker: 'steve-witkoff' },
  { article: '000', startsWith: 'It’s a complicated situation from', kind: 'statement', speaker: 'steve-witkoff' },

  // 001 — Responsible Statecraft
  { article: '001', startsWith: 'move on.', kind: 'fragment', speaker: 'marco-rubio' },
  { article: '001', startsWith: "We're not going to continue", kind: 'statement', speaker: 'marco-rubio' },
  { article: '001', startsWith: "If it's not possible, if", kind: 'statement', speaker: 'marco-rubio' },
  { article: '001', startsWith: 'angry', kind: 'fragment', speaker: 'donald-trump' },
  { article: '001', startsWith: 'pissed off', kind: 'fragment', speaker: 'donald-trump' },
  { article: '001', startsWith: 'Whatever Trump may have promised', kind: 'statement', speaker: 'anatol-lieven' },
  { article: '001', startsWith: 'other Western officials were more', kind: 'statement', speaker: 'wall-street-journal' },
  { article: '001', startsWith: 'finally', kind: 'fragment', speaker: 'steve-witkoff' },
  { article: '001', startsWith: 'And I think we might', kind: 'statement', speaker: 'steve-witkoff' },
  { article: '001', startsWith: 'It was a compelling meeting', kind: 'statement', speaker: 'steve-witkoff' },
  { article: '001', startsWith: 'And toward the end, we', kind: 'statement', speaker: 'steve-witkoff' },
  { article: '001', startsWith: 'To achieve even a lasting', kind: 'statement', speaker: 'anatol-lieven' },
  { article: '001', startsWith: 'Russia will need to accept', kind: 'statement', speaker: 'anatol-lieven' },
  { article: '001', startsWith: 'Ukraine and the EU will', kind: 'statement', speaker: 'anatol-lieven' },
  { article: '001', startsWith: 'The threat to Russia must', kind: 'statement', speaker: 'anatol-lieven' },
  { article: '001', startsWith: 'The threat to Ukraine and', kind: 'statement', speaker: 'anatol-lieven' },
  { article: '001', startsWith: 'Of course, it is also', kind: 'statement', speaker: 'anatol-lieven' },

  // 002 — TIME
  { article: '002', startsWith: 'So far, no compromise version', kind: 'statement', speaker: 'yuri-ushakov' },
  { article: '002', startsWith: 'guarantor', kind: 'scare', speaker: null },

  // 003 — Politico
  { article: '003', startsWith: 'a road to nowhere', kind: 'fragment', speaker: 'sergey-lavrov' },
  unnamed('003', 'grind,', 'fragment', WHITE_HOUSE_2),
  unnamed('003', 'As long as [Trump] feels', 'statement', WHITE_HOUSE_2),
  unnamed('003', 'continue to engage with Russian', 'statement', WHITE_HOUSE_1),
  unnamed('003', 'it is not in the', 'statement', WHITE_HOUSE_1),
  unnamed('003', 'He’s long believed that Russia', 'statement', 'one former administration official'),
  unnamed('003', 'Ukraine, on the other hand', 'statement', 'one former administration official'),
  { article: '003', startsWith: 'It is very hard, if', kind: 'statement', speaker: 'donald-trump' },
  { article: '003', startsWith: 'would not let Ukraine FIGHT', kind: 'fragment', speaker: 'donald-trump' },
  { article: '003', startsWith: 'How did that work out?', kind: 'statement', speaker: 'donald-trump' },
  { article: '003', startsWith: 'wants to make a deal', kind: 'statement', speaker: 'donald-trump' },
  unnamed('003', 'illustrate Russia’s lack of any', 'statement', 'a spokesperson for France’s foreign minister'),
  { article: '003', startsWith: 'are trying to get away', kind: 'statement', speaker: 'volodymyr-zelenskyy' },
  { article: '003', startsWith: 'Putin does not understand anything', kind: 'statement', speaker: 'volodymyr-zelenskyy' },
  { article: '003', startsWith: 'is absolutely right in saying', kind: 'statement', speaker: 'volodymyr-zelenskyy' },
  { article: '003', startsWith: 'This will not work', kind: 'statement', speaker: 'sergey-lavrov' },
  { article: '003', startsWith: 'Meet the Press with Kristen', kind: 'title', speaker: null },
  { article: '003', startsWith: 'Putin is ready to meet', kind: 'statement', speaker: 'sergey-lavrov' },
  { article: '003', startsWith: 'said the quiet part out', kind: 'fragment', speaker: 'jonathan-green' },
  { article: '003', startsWith: 'Gone is whatever public illusion', kind: 'statement', speaker: 'jonathan-green' },
  unnamed('003', 'It’s going to be a', 'statement', 'a former administration official'),
  unnamed('003', 'Could they tolerate a monitoring', 'statement', 'a former administration official'),
  { article: '003', startsWith: 'A break with Trump doesn’t', kind: 'statement', speaker: 'ivo-daalder' },
  { article: '003', startsWith: 'They have been avoiding having', kind: 'statement', speaker: 'ivo-daalder' },
  { article: '003', startsWith: 'minimal.', kind: 'fragment', speaker: 'elbridge-colby' },
  unnamed('003', 'There are some reasons for', 'statement', 'one senior official from a European country'),
  unnamed('003', 'But there is also concern', 'statement', 'one senior official from a European country'),
  { article: '003', startsWith: 'He has discovered over the', kind: 'statement', speaker: 'tom-graham' },

  // 004 — possibly ABC News
  { article: '004', startsWith: 'We need to figure out', kind: 'statement', speaker: 'marco-rubio' },
  { article: '004', startsWith: 'We have other priorities to', kind: 'statement', speaker: 'marco-rubio' },
  { article: '004', startsWith: 'It’s not our war.', kind: 'statement', speaker: 'marco-rubio' },
  { article: '004', startsWith: 'very shortly.', kind: 'fragment', speaker: 'donald-trump' },
  { article: '004', startsWith: 'Now, if for some reason', kind: 'statement', speaker: 'donald-trump' },
  { article: '004', startsWith: 'But hopefully, we won’t have', kind: 'statement', speaker: 'donald-trump' },
  { article: '004', startsWith: 'My whole life has been', kind: 'statement', speaker: 'donald-trump' },
  { article: '004', startsWith: 'I think I see it', kind: 'statement', speaker: 'donald-trump' },
  { article: '004', startsWith: 'I always remind everybody that', kind: 'statement', speaker: 'marco-rubio' },
  { article: '004', startsWith: 'We believe that certain progress', kind: 'statement', speaker: 'dmitry-peskov' },
  { article: '004', startsWith: 'There are already some developments', kind: 'statement', speaker: 'dmitry-peskov' },
  { article: '004', startsWith: 'Although the Trump administration is', kind: 'statement', speaker: 'john-hardie' },
  { article: '004', startsWith: 'Instead, Washington should focus on', kind: 'statement', speaker: 'john-hardie' },
  { article: '004', startsWith: 'Meanwhile, Washington should strive to', kind: 'statement', speaker: 'john-hardie' },
  { article: '004', startsWith: 'do what we can on', kind: 'fragment', speaker: 'marco-rubio' },
];

/**
 * Which lines of each raw file are article body (1-based, inclusive), and which lines inside that
 * range are page furniture, each with the words it starts with so that a changed raw file fails
 * loudly instead of shifting the body. See /work/shared/sources.md.
 */
const BODY_LINES: Record<
  ArticleKey,
  { file: string; from: number; to: number; furniture: Record<number, string>; headings?: number[] }
> = {
  '000': { file: '000_c87b6e5096c43d11.txt', from: 1, to: 11, furniture: {} },
  // Before line 11: follow links, tag, headline, dek, section label. After 39: update note, credits, teasers.
  '001': { file: '001_08c6c7b936ebf9b5.txt', from: 11, to: 39, furniture: {} },
  '002': {
    file: '002_ff0927326652fcae.txt',
    from: 1,
    to: 14,
    furniture: { 2: '[time-brightcove', 7: 'Read More:', 11: 'Read More:' },
    headings: [4],
  },
  // Line 28 is "Comments".
  '003': { file: '003_a9d0e8f336eaa357.txt', from: 1, to: 27, furniture: {} },
  // Line 1 is the headline; after 55 comes the comment form.
  '004': {
    file: '004_9d2378706db2d032.txt',
    from: 3,
    to: 55,
    furniture: {
      9: 'Secretary of State Marco Rubio arrives',
      11: 'Julien De Rosa',
      21: 'resident Donald Trump speaks',
      31: 'Ukrainian President Volodymyr Zelensky attends',
      33: 'Sergey Dolzhenko',
      43: 'Russian President Vladimir Putin chairs',
      45: 'Alexandr Demyanchuk',
    },
  },
};

export const ARTICLES = Object.keys(BODY_LINES) as ArticleKey[];

/** The body blocks of one raw article: one block per non-empty body line, furniture left out. */
export function readArticleBody(article: ArticleKey): BodyBlock[] {
  const { file, from, to, furniture, headings = [] } = BODY_LINES[article];
  const path = fileURLToPath(new URL(`../../../content/raw/${file}`, import.meta.url));
  const lines = readFileSync(path, 'utf8').split('\n');
  const blocks: BodyBlock[] = [];
  for (let number = from; number <= to; number++) {
    const line = lines[number - 1] ?? '';
    const skipped = furniture[number];
    if (skipped !== undefined) {
      if (!line.startsWith(skipped)) throw new Error(`${file}:${number} should be furniture starting "${skipped}"`);
      continue;
    }
    if (line.trim() === '') continue;
    blocks.push({ id: `p-${blocks.length + 1}`, text: line, kind: headings.includes(number) ? 'heading' : 'paragraph' });
  }
  return blocks;
}
