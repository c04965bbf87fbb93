import { describe, expect, test } from 'vitest';
import {
  layoutMarginNotes,
  MAX_OVERHANG_STEPS,
  MAX_SPAN,
  OVERHANG_STEP,
  overhangSteps,
  notesHeight,
  repeatClasses,
  rowHeight,
  WIDE_METRICS,
  type NoteShape,
  type TextRow,
} from '../../../src/outputs/margin-note-layout.ts';

/** A paragraph of `lines` full lines of text, by the layout's measure. */
const paragraph = (lines: number): TextRow => ({ blocks: [lines * WIDE_METRICS.textCharsPerLine] });
/** A note of `lines` short lines. */
const note = (lines: number): NoteShape => ({ lines: Array.from({ length: lines }, () => 10) });
const none: NoteShape[] = [];

describe('estimates', () => {
  test('a row is its lines and the gap after it; a list sums its items', () => {
    expect(rowHeight(paragraph(3))).toBeCloseTo(3 * 27.2 + 16);
    expect(rowHeight({ blocks: [10, 10] })).toBeCloseTo(2 * 27.2 + 16);
  });
  test('notes stack with a gap between them, each line wrapping on its own', () => {
    expect(notesHeight([])).toBe(0);
    const one = notesHeight([{ lines: [10, WIDE_METRICS.noteCharsPerLine + 1] }]);
    expect(one).toBe(3 * 24 + WIDE_METRICS.slotExtra);
    expect(notesHeight([note(1), note(1)])).toBe(2 * 24 + WIDE_METRICS.noteGap + WIDE_METRICS.slotExtra);
  });
});

describe('layoutMarginNotes', () => {
  test('a short note sits beside its own row and spans it alone', () => {
    const slots = layoutMarginNotes([paragraph(4), paragraph(4), paragraph(4)], [none, [note(2)], none]);
    expect(slots).toEqual([{ start: 1, span: 1, rows: [1], overhang: 0 }]);
  });

  test('a note taller than its paragraph spans the rows below it, down to the next note', () => {
    // 6 lines of notes (156 px) beside one-line paragraphs (43 px each): four rows hold them.
    const rows = Array.from({ length: 8 }, () => paragraph(1));
    const slots = layoutMarginNotes(rows, [[note(6)], none, none, none, none, none, [note(1)], none]);
    expect(slots).toEqual([
      { start: 0, span: 4, rows: [0], overhang: 0 },
      { start: 6, span: 1, rows: [6], overhang: 0 },
    ]);
  });

  test('when the notes above still run past a row, its notes join their slot, below them', () => {
    const rows = Array.from({ length: 6 }, () => paragraph(1));
    const slots = layoutMarginNotes(rows, [[note(4)], [note(1)], none, none, none, none]);
    expect(slots).toEqual([{ start: 0, span: 4, rows: [0, 1], overhang: 0 }]);
  });

  test('a slot never reaches into the next slot’s row', () => {
    const rows = Array.from({ length: 10 }, () => paragraph(2));
    const notes = rows.map((_, index) => (index % 3 === 0 ? [note(3)] : none));
    const slots = layoutMarginNotes(rows, notes);
    for (const [index, slot] of slots.entries()) {
      const next = slots[index + 1];
      if (next) expect(slot.start + slot.span).toBeLessThanOrEqual(next.start);
    }
    expect(slots.flatMap((slot) => slot.rows)).toEqual([0, 3, 6, 9]);
  });

  test('notes that fit nowhere beside the text run on below it, from the last slot', () => {
    const rows = [paragraph(1), paragraph(1), paragraph(1)];
    const slots = layoutMarginNotes(rows, [[note(2)], [note(3)], [note(3)]]);
    expect(slots).toHaveLength(1);
    expect(slots[0]).toMatchObject({ start: 0, span: 3, rows: [0, 1, 2] });
    const text = rows.reduce((sum, row) => sum + rowHeight(row), 0);
    expect(slots[0]!.overhang).toBeCloseTo(notesHeight([note(2), note(3), note(3)]) - text);
  });

  test('only the last slot has an overhang', () => {
    const rows = Array.from({ length: 12 }, () => paragraph(1));
    const slots = layoutMarginNotes(
      rows,
      rows.map((_, index) => (index === 0 || index === 11 ? [note(8)] : none)),
    );
    expect(slots.map((slot) => slot.overhang > 0)).toEqual([false, true]);
  });

  test('a slot spans at most MAX_SPAN rows', () => {
    const rows = Array.from({ length: MAX_SPAN + 10 }, () => ({ blocks: [1] }));
    const slots = layoutMarginNotes(rows, [[note(200)], ...rows.slice(1).map(() => none)]);
    expect(slots[0]!.span).toBe(MAX_SPAN);
  });
});

test('overhangSteps rounds the room kept below the text up, in steps, and caps it', () => {
  expect(overhangSteps(0)).toBe(0);
  expect(overhangSteps(1)).toBe(1);
  expect(overhangSteps(OVERHANG_STEP + 1)).toBe(2);
  expect(overhangSteps(1e6)).toBe(MAX_OVERHANG_STEPS);
});

test('repeatClasses names what the margin leaves out', () => {
  expect(repeatClasses({ continues: true, roleShown: true, eventShown: false })).toEqual(['note--continues', 'note--role-shown']);
  expect(repeatClasses({ continues: false, roleShown: false, eventShown: true })).toEqual(['note--event-shown']);
});
