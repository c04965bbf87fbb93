/**
 * Where an article's margin notes go at wide widths, decided at build time (article pages ship no
 * script). The text's top-level elements and the note slots share one CSS grid, one row per
 * element; a slot taller than the rows it sits beside would grow them and push the text apart. So,
 * like Tufte's sidenotes, a slot spans the rows below its own, down into the free margin, and when
 * a slot's notes would not fit before the next element with notes, that element's notes join the
 * slot, below. Heights are estimated from character counts, erring toward "does not fit": an
 * overestimate only moves a note a little lower, an underestimate would open a hole in the text.
 */

/** One top-level element of the text (a paragraph, a heading, a whole list or blockquote). */
export interface TextRow {
  /** The characters of each block the element holds (a list has one per item). */
  blocks: number[];
}

/** A note as the layout sees it: the characters of each of its lines (each wraps on its own). */
export interface NoteShape {
  lines: number[];
}

/** A slot in the margin: the notes of `rows`, placed beside the element `start` and spanning `span` rows. */
export interface NoteSlot {
  /** Index of the row the slot starts beside. */
  start: number;
  /** How many rows of the grid the slot spans, from 1 to `MAX_SPAN`. */
  span: number;
  /** The rows whose notes the slot holds, in reading order. */
  rows: number[];
  /**
   * For the last slot only: how far (in CSS pixels, estimated) its notes run on below the text.
   * Its height then counts for nothing in the grid, and the page keeps that much room below the text.
   */
  overhang: number;
}

/** The most rows a slot spans: margin-notes.css has one rule per span, up to this. */
export const MAX_SPAN = 32;

/** The wide layout's measures, in CSS pixels, chosen so that rows are underestimated and notes overestimated. */
export interface LayoutMetrics {
  /** Characters in a line of the text column (more than a real line holds: rows come out short). */
  textCharsPerLine: number;
  textLineHeight: number;
  /** The space after each element of the text. */
  rowGap: number;
  /** Characters in a line of a note (fewer than a real line holds: notes come out tall). */
  noteCharsPerLine: number;
  noteLineHeight: number;
  /** The space between two notes in a slot. */
  noteGap: number;
  /** A slot's own padding, and a margin kept free below its last note. */
  slotExtra: number;
}

/**
 * The measures at 1280 px (base.css and article-reading.css): a 40rem column of 17 px serif text
 * at line height 1.6, a 1 rem gap; an 18rem margin of 0.82 rem sans notes on 24 px lines.
 */
export const WIDE_METRICS: LayoutMetrics = {
  textCharsPerLine: 92,
  textLineHeight: 27.2,
  rowGap: 16,
  noteCharsPerLine: 42,
  noteLineHeight: 24,
  noteGap: 8,
  slotExtra: 12,
};

const lines = (chars: number, perLine: number) => Math.max(1, Math.ceil(chars / perLine));

/** The estimated height of an element of the text, its gap included (never more than the real one). */
export function rowHeight(row: TextRow, metrics: LayoutMetrics = WIDE_METRICS): number {
  const text = row.blocks.reduce((sum, chars) => sum + lines(chars, metrics.textCharsPerLine) * metrics.textLineHeight, 0);
  return text + metrics.rowGap;
}

/** The estimated height of some notes stacked in one slot (never less than the real one). */
export function notesHeight(notes: NoteShape[], metrics: LayoutMetrics = WIDE_METRICS): number {
  if (notes.length === 0) return 0;
  const each = notes.map((note) =>
    note.lines.reduce((sum, chars) => sum + lines(chars, metrics.noteCharsPerLine) * metrics.noteLineHeight, 0),
  );
  return each.reduce((sum, height) => sum + height, 0) + (notes.length - 1) * metrics.noteGap + metrics.slotExtra;
}

/**
 * The slots for an article: `notes[i]` are the notes of row `i` (empty for most). The margin is
 * filled from the top, as the text would be read: a row's notes start a slot beside it when the
 * margin is free there (by the estimate), and join the slot above, below its notes, when that
 * slot's notes still run past the row's top; the last slot's may run on below the text (its
 * `overhang`). Every row with notes is in exactly one slot; slots
 * never overlap and follow the text's order. Rows no slot covers get an empty slot from the page,
 * so that each slot lands on its row.
 */
export function layoutMarginNotes(rows: TextRow[], notes: NoteShape[][], metrics: LayoutMetrics = WIDE_METRICS): NoteSlot[] {
  // tops[i]: the estimated top of row i; tops[rows.length]: the end of the text.
  const tops = [0];
  for (const row of rows) tops.push(tops.at(-1)! + rowHeight(row, metrics));
  const groups: Array<{ start: number; rows: number[]; shapes: NoteShape[] }> = [];
  let free = Number.NEGATIVE_INFINITY;
  rows.forEach((_row, index) => {
    const own = notes[index] ?? [];
    if (own.length === 0) return;
    const current = groups.at(-1);
    if (current && free > tops[index]!) {
      current.rows.push(index);
      current.shapes.push(...own);
      free = tops[current.start]! + notesHeight(current.shapes, metrics);
    } else {
      groups.push({ start: index, rows: [index], shapes: [...own] });
      free = tops[index]! + notesHeight(own, metrics);
    }
  });
  return groups.map((group, index) => {
    const end = groups[index + 1]?.start ?? rows.length;
    const room = (span: number) => tops[group.start + span]! - tops[group.start]!;
    // The fewest rows that hold the notes; the rows after them get empty slots.
    const height = notesHeight(group.shapes, metrics);
    let span = 1;
    while (span < Math.min(end - group.start, MAX_SPAN) && room(span) < height) span += 1;
    const last = index === groups.length - 1;
    return { start: group.start, span, rows: group.rows, overhang: last ? Math.max(0, height - room(end - group.start)) : 0 };
  });
}

/** The room kept below the text for an overhang, in steps of `OVERHANG_STEP` px, at most `MAX_OVERHANG_STEPS` (margin-notes.css). */
export function overhangSteps(overhang: number): number {
  return Math.min(MAX_OVERHANG_STEPS, Math.ceil(overhang / OVERHANG_STEP));
}

/**
 * One step of estimated overhang, in px. margin-notes.css keeps half of it (5rem) below the text
 * for each step: the estimate counts notes tall so that they never overlap each other, and on the
 * five articles the real overhang was 17–40 % of it (a full step each left up to 1,600 px of blank
 * page). Notes that run on past the room sit beside the provenance box, which keeps to the text
 * column.
 */
export const OVERHANG_STEP = 160;
/** The most steps margin-notes.css has a rule for. */
export const MAX_OVERHANG_STEPS = 18;

/** What a note in the margin leaves out because a note above it says it already (a popover is always whole). */
export interface NoteRepeats {
  /** The quote before it in the same element is the same speaker's: this note continues that one. */
  continues: boolean;
  /** An earlier note in the article gave this speaker's role. */
  roleShown: boolean;
  /** The note before it gave the same event. */
  eventShown: boolean;
}

/** The classes by which the stylesheet hides, in the margin, what a note repeats. */
export function repeatClasses(repeats: NoteRepeats): string[] {
  return [
    ...(repeats.continues ? ['note--continues'] : []),
    ...(repeats.roleShown ? ['note--role-shown'] : []),
    ...(repeats.eventShown ? ['note--event-shown'] : []),
  ];
}
