import type { LineVerdict, SourceLine } from './classify.ts';
import type { RuleInfo } from './rule.ts';
import { isProse, wordCount } from './text-shape.ts';

/**
 * Issue 25, round 32, written on the development half only: a note about the writer after the story,
 * opening with the name its byline gives (“By Jane Doe” at the top, “Jane Doe is a marketing expert who …”
 * or “Correspondent Jane Doe may be reached at …” at the end). The note reads as prose, so the prose guards
 * keep it when a rule of words alone takes it; the byline's name is what tells it from a paragraph of the
 * story. classify.ts applies it last, after the line model.
 */

/** A note about the writer, opening with the byline's name. */
export const WRITER_BIO_NOTE: RuleInfo = {
  name: 'writer-bio-note',
  kind: 'boilerplate',
  description:
    'after the story, a note about the writer that opens with the name the byline gives and says who they are (“… is”, “… has written”, “… may be reached”)',
  origin:
    'issue 25, round 32: writers’ notes closing a business magazine’s, a newspaper’s and a news site’s stories (development half)',
};

/** A name's word: a capital and letters, or an initial (“E.”). */
const NAME_WORD = String.raw`\p{Lu}(?:[\p{Ll}'’-]+|\.)`;

/** The writer's name in a byline: “By Jane Doe”, “by Laura E. Adkins, Staff Writer” (two to four words). */
const BYLINE_NAME = new RegExp(String.raw`^by\s+(${NAME_WORD}(?:\s+${NAME_WORD}){1,3})`, 'iu');

/** A byline's name that is no person's: an agency's or a desk's (“By The Associated Press”, “By Harbour News Staff”). */
const NOT_A_PERSON =
  /^the\b|\b(?:press|news|staff|agency|wire|service|desk|editors?|editorial|board|reporters?|correspondents?|times|post)\b/iu;

/** What a writer's note says after the name. */
const BIO_VERB = /^\s+(?:is|was|has|writes|covers|reports|may be reached|can be reached)\b/u;

/** The most words of a writer's note. */
const NOTE_MAX_WORDS = 70;

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The writer's name and its line from the first byline set aside before the story's first paragraph, or null. */
function bylineName(
  lines: readonly SourceLine[],
  verdicts: readonly LineVerdict[],
  firstProse: number,
): { name: string; line: number } | null {
  for (let i = 0; i < firstProse; i++) {
    const verdict = verdicts[i]!;
    if (verdict.role !== 'furniture' || verdict.rule.kind !== 'byline') continue;
    const name = BYLINE_NAME.exec(lines[i]!.text.trim())?.[1];
    if (name && !NOT_A_PERSON.test(name)) return { name, line: i };
  }
  return null;
}

/**
 * Sets aside, after the story's first paragraph, a body line of at most 70 words that opens with the
 * byline's name (or one word and the name: “Correspondent Jane Doe”) and a verb of a writer's note.
 * Round 38 (round 37's miss): the same note under the byline, above the first paragraph (“By Jane Doe”,
 * then “Jane Doe is the magazine's deputy editor”, with no final stop); the first paragraph itself stays.
 */
export function markWriterBioNotes(lines: readonly SourceLine[], verdicts: LineVerdict[]): void {
  const firstProse = lines.findIndex((line, i) => verdicts[i]!.role === 'body' && isProse(line.text));
  if (firstProse < 0) return;
  const byline = bylineName(lines, verdicts, firstProse);
  if (!byline) return;
  const opening = new RegExp(String.raw`^(?:\p{Lu}\p{Ll}+\s+)?${escape(byline.name).replace(/\s+/g, '\\s+')}`, 'u');
  for (let i = byline.line + 1; i < lines.length; i++) {
    if (i === firstProse) continue;
    const text = lines[i]!.text.trim();
    if (verdicts[i]!.role !== 'body' || wordCount(text) > NOTE_MAX_WORDS || /[“”"]/u.test(text)) continue;
    const match = opening.exec(text);
    if (match && BIO_VERB.test(text.slice(match[0].length))) verdicts[i] = { role: 'furniture', rule: WRITER_BIO_NOTE };
  }
}

/** A note about a writer after the story, with no byline to name them (round 34). */
export const CLOSING_WRITER_NOTE: RuleInfo = {
  name: 'closing-writer-note',
  kind: 'boilerplate',
  description:
    'after the story’s last paragraph, a note that opens with a person’s name and says they write (“Jane Doe is an editor at …”, ' +
    '“… is the author of …”, “… may be reached at …”)',
  origin:
    'issue 25, round 34: writers’ notes closing a research centre’s, a magazine’s and a newspaper’s stories (development half)',
};

/** A person's name opening a line, then what a writer's note says of them within a dozen words. */
const NOTE_OPENING = new RegExp(
  String.raw`^${NAME_WORD}(?:\s+${NAME_WORD}){1,3}\s+(?:(?:is|was|has been)\s+(?:\S+\s+){0,10}?(?:an?\s+|the\s+)?(?:\S+\s+){0,3}?` +
    String.raw`(?:[Ww]riter|[Ee]ditor|[Aa]uthor|[Rr]eporter|[Cc]olumnist|[Jj]ournalist|[Cc]orrespondent|[Cc]ontributor|[Bb]logger|[Cc]ritic)s?\b|(?:may|can) be reached at\b)`,
  'u',
);

/** The fewest words of a paragraph of the story that, standing after a note, shows the story goes on. */
const STORY_PARAGRAPH_WORDS = 15;

/**
 * Issue 25, round 34, written on the development half only: a body line of at most 70 words after the
 * story's first paragraph that opens with a person's name and says they write (or how to reach them), when
 * no paragraph of the story follows it (other notes aside): the writers' notes that close a story whose
 * byline is not in the copy.
 */
export function markClosingWriterNotes(lines: readonly SourceLine[], verdicts: LineVerdict[]): void {
  const firstProse = lines.findIndex((line, i) => verdicts[i]!.role === 'body' && isProse(line.text));
  if (firstProse < 0) return;
  const isNote = (i: number) => {
    const text = lines[i]!.text.trim();
    return wordCount(text) <= NOTE_MAX_WORDS && !/[“”"]/u.test(text) && NOTE_OPENING.test(text);
  };
  for (let i = lines.length - 1; i > firstProse; i--) {
    if (verdicts[i]!.role !== 'body') continue;
    if (isNote(i)) verdicts[i] = { role: 'furniture', rule: CLOSING_WRITER_NOTE };
    else if (wordCount(lines[i]!.text) >= STORY_PARAGRAPH_WORDS) return;
  }
}
