/**
 * Date accuracy against the dev gold's `dates`: a gold expression is found when a resolved date
 * overlaps its words in the text, and right when that date has the gold's day and precision.
 */
import type { BodyBlock, ResolvedDate, TextSpan } from '../../src/analysis/types.ts';
import type { GoldDate } from './types.ts';

export interface DateFigures {
  gold: number;
  /** Gold expressions a resolved date overlaps (right + wrong). */
  found: number;
  right: number;
  wrong: number;
  missed: number;
  /** Gold expressions whose words are not in the article's text (counted as missed). */
  notInText: number;
  /** right / gold. */
  accuracy: number | null;
}

export interface DateError {
  article: string;
  block: string | null;
  group: 'wrong date' | 'missed date';
  text: string;
  gold: string;
  system: string;
}

/** Every place a text occurs in the blocks, in reading order. */
function occurrences(blocks: BodyBlock[], text: string): TextSpan[] {
  const spans: TextSpan[] = [];
  if (text === '') return spans;
  for (const block of blocks) {
    for (let at = block.text.indexOf(text); at !== -1; at = block.text.indexOf(text, at + 1)) {
      spans.push({ block: block.id, start: at, end: at + text.length });
    }
  }
  return spans;
}

function overlaps(a: TextSpan, b: TextSpan): boolean {
  return a.block === b.block && a.start < b.end && b.start < a.end;
}

/** Scores one article's resolved dates; gold expressions written twice take successive occurrences. */
export function scoreDates(
  article: string,
  blocks: BodyBlock[],
  gold: GoldDate[],
  system: ResolvedDate[],
): { figures: DateFigures; errors: DateError[] } {
  const figures: DateFigures = {
    gold: gold.length,
    found: 0,
    right: 0,
    wrong: 0,
    missed: 0,
    notInText: 0,
    accuracy: null,
  };
  const errors: DateError[] = [];
  const used = new Map<string, number>();
  for (const expected of gold) {
    const nth = used.get(expected.text) ?? 0;
    used.set(expected.text, nth + 1);
    const where = occurrences(blocks, expected.text)[nth];
    const goldLabel = `${expected.date} (${expected.precision})`;
    if (where === undefined) {
      figures.missed++;
      figures.notInText++;
      errors.push({
        article,
        block: null,
        group: 'missed date',
        text: expected.text,
        gold: goldLabel,
        system: '(words not in the text)',
      });
      continue;
    }
    const resolved = system.filter((date) => overlaps(date, where));
    if (resolved.length === 0) {
      figures.missed++;
      errors.push({
        article,
        block: where.block,
        group: 'missed date',
        text: expected.text,
        gold: goldLabel,
        system: '(no date)',
      });
      continue;
    }
    figures.found++;
    if (resolved.some((date) => date.date === expected.date && date.precision === expected.precision)) {
      figures.right++;
    } else {
      figures.wrong++;
      const answer = resolved.map((date) => `“${date.text}” → ${date.date} (${date.precision})`).join('; ');
      errors.push({
        article,
        block: where.block,
        group: 'wrong date',
        text: expected.text,
        gold: goldLabel,
        system: answer,
      });
    }
  }
  figures.accuracy = figures.gold === 0 ? null : figures.right / figures.gold;
  return { figures, errors };
}

/** Adds up the figures of several articles. */
export function sumDateFigures(all: DateFigures[]): DateFigures {
  const sum: DateFigures = { gold: 0, found: 0, right: 0, wrong: 0, missed: 0, notInText: 0, accuracy: null };
  for (const figures of all) {
    sum.gold += figures.gold;
    sum.found += figures.found;
    sum.right += figures.right;
    sum.wrong += figures.wrong;
    sum.missed += figures.missed;
    sum.notInText += figures.notInText;
  }
  sum.accuracy = sum.gold === 0 ? null : sum.right / sum.gold;
  return sum;
}
