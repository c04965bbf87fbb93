/**
 * Issue 25, round 22: the text's closing tail (context-guards.ts, `closingTailLines`). Made-up texts of
 * the shape round 21's held-back half lost (a contributors page cut inside an entry: a name and the
 * title of a story under the last paragraph), and the tails the guard must leave to the rules (a call
 * to sign up, a box's label, a paragraph cut short by an ellipsis above the tail).
 */
import { describe, expect, test } from 'vitest';
import { classifyLines } from '../../../../../scripts/ingest/furniture/classify.ts';
import { closingTailLines, entryRunLines } from '../../../../../scripts/ingest/furniture/context-guards.ts';
import { asLines } from '../../../../helpers/furniture-lines.ts';

const body = { role: 'body' } as const;
const run = { role: 'furniture', rule: { name: 'closing-run' } } as const;
const wordRule = { role: 'furniture', rule: { name: 'share-button' } } as const;

/** A made-up contributors page, cut by the copy right after the head of its third entry. */
const CONTRIBUTORS = [
  'Contributors',
  'Mara OSTEN',
  '"THE LONG WINTER" P. 40',
  'The Oslo-based writer spent a season with the last ice fishermen of the fjord and came home with frostbite and a notebook.',
  'Pedro LUNA',
  '"A CITY OF BRIDGES" P. 58',
  'Luna says the hardest part of photographing the bridges of his home town was waiting for the fog to lift each morning.',
  'Ines WARD',
  '"NIGHT SHIFT" P. 77',
];

describe('closingTailLines', () => {
  test('takes the short lines after the last paragraph, when no rule of their own shape named them', () => {
    const lines = asLines([
      'A first paragraph of the story, long enough to be read as prose.',
      'Ines WARD',
      '"NIGHT SHIFT" P. 77',
    ]);
    expect(closingTailLines(lines, [body, run, run])).toEqual([false, true, true]);
  });

  test('leaves a tail with a rule of its own shape, a page word or a colon', () => {
    const paragraph = 'A first paragraph of the story, long enough to be read as prose.';
    expect(closingTailLines(asLines([paragraph, 'Ines WARD']), [body, wordRule])).toEqual([false, false]);
    expect(closingTailLines(asLines([paragraph, 'Sign up for our newsletter']), [body, body])).toEqual([false, false]);
    expect(closingTailLines(asLines([paragraph, 'Related stories', 'Ines WARD']), [body, run, run])).toEqual([
      false,
      false,
      false,
    ]);
    expect(closingTailLines(asLines([paragraph, 'Tags:']), [body, body])).toEqual([false, false]);
  });

  test('leaves a tail longer than three lines, or under a summary cut short', () => {
    const paragraph = 'A first paragraph of the story, long enough to be read as prose.';
    const four = asLines([paragraph, 'One', 'Two', 'Three', 'Four']);
    expect(closingTailLines(four, [body, run, run, run, run]).some(Boolean)).toBe(false);
    const teaser = asLines([
      'The mayor opens the festival with a speech and the lights of the ring road Mehr ...',
      'Aktuell Alte Brücke',
      'Kultur Bach',
    ]);
    expect(closingTailLines(teaser, [body, run, run])).toEqual([false, false, false]);
  });
});

describe('classifyLines with the committed model', () => {
  test('keeps the head of an entry the copy cut after, listed as doubtful if a rule or the model named it', () => {
    const verdicts = classifyLines(asLines(CONTRIBUTORS));
    expect(verdicts.slice(-2).map((verdict) => verdict.role)).toEqual(['body', 'body']);
  });
});

describe('entryRunLines', () => {
  const paragraph = 'The writer spent a season with the fishermen of the fjord and came home with a notebook.';
  const entries = (count: number) =>
    Array.from({ length: count }, (_, k) => [`Name ${k} SURNAME`, `"TITLE ${k}" P. ${k}`, paragraph]).flat();

  test('marks the two short lines that open each of three entries or more', () => {
    const lines = asLines(entries(3));
    expect(
      entryRunLines(
        lines,
        lines.map(() => body),
      ),
    ).toEqual([true, true, false, true, true, false, true, true, false]);
  });

  test('leaves two entries, and a run a rule of the lines’ own shape named', () => {
    const two = asLines(entries(2));
    expect(
      entryRunLines(
        two,
        two.map(() => body),
      ).some(Boolean),
    ).toBe(false);
    const three = asLines(entries(3));
    const verdicts = three.map((_, i) => (i === 3 ? wordRule : body));
    expect(entryRunLines(three, verdicts).slice(0, 6).some(Boolean)).toBe(false);
  });
});
