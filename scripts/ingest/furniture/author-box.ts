/**
 * An author's box after the story (issue 25, round 23, from round 22's held-back half, now development):
 * a heading of “About” and a person's name (“About Jane Doe”), and under it the line about that person,
 * which opens with the name (“Jane Doe is the owner of …”). The two read together: a heading alone may
 * be a story's section (“About Town”), and a sentence opening with a name is the story's own.
 */
import type { LineVerdict, SourceLine } from './classify.ts';
import { POSITION_RULES } from './position-rules.ts';
import { isNameAlone } from './standfirst.ts';
import { isProse } from './text-shape.ts';

/** The heading of an author's box: “About” and a name alone. */
const ABOUT_HEADING = /^about\s+(.+?)\s*:?$/iu;

/** The name an author-box heading gives, or null (`isNameAlone`: a common given name and one or two capitalised words). */
export function authorBoxName(text: string): string | null {
  const name = ABOUT_HEADING.exec(text.trim())?.[1];
  return name !== undefined && isNameAlone(name) ? name : null;
}

/**
 * Sets aside, as `story-author-box`, each heading “About <name>” after the story's first paragraph of prose
 * with, right under it, a line that opens with the name (whole, or its first word followed by a verb of a
 * biography's first sentence). The heading must still be body; the line under it may already be set aside
 * (an author's biography by its words), and is left to that rule then.
 */
export function markAuthorBoxes(lines: readonly SourceLine[], verdicts: LineVerdict[]): void {
  const first = lines.findIndex((line, i) => verdicts[i]!.role === 'body' && isProse(line.text));
  if (first < 0) return;
  for (let i = first + 1; i + 1 < lines.length; i++) {
    const name = authorBoxName(lines[i]!.text);
    if (!name || verdicts[i]!.role !== 'body') continue;
    const bio = lines[i + 1]!.text.trim();
    const given = name.split(/\s+/)[0]!;
    const opensWithName =
      bio.startsWith(`${name} `) || new RegExp(`^${given}\\s+(?:is|was|has|writes|covers|joined)\\b`, 'u').test(bio);
    if (!opensWithName) continue;
    verdicts[i] = { role: 'furniture', rule: POSITION_RULES.authorBox };
    if (verdicts[i + 1]!.role === 'body') verdicts[i + 1] = { role: 'furniture', rule: POSITION_RULES.authorBox };
  }
}
