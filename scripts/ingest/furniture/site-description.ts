import type { LineVerdict, SourceLine } from './classify.ts';
import type { RuleInfo } from './rule.ts';
import { isProse, wordCount } from './text-shape.ts';

/**
 * Issue 25, round 38, written on the development half only (round 36's miss): the site describing itself on
 * the text's last line, under a line already set aside after the story (a source's credit, a tags line):
 * “The Harbour News Gazette is mainly concerned with news about the coast …”. A name an outlet gives itself
 * (“… News”, “… Gazette”, “… Times”) before “is”, then what it covers, tells it from a story's last paragraph;
 * the line under a line set aside, ending the text, tells it from a paragraph about an outlet inside a story.
 * classify.ts applies it after the line model, on a line left in the body only.
 */

/** The site's description of itself, ending the text. */
export const SITE_DESCRIPTION_NOTE: RuleInfo = {
  name: 'site-description-note',
  kind: 'boilerplate',
  description:
    'the text’s last line, under a line set aside after the story: the site describing itself, an outlet’s name before ' +
    '“is” and what it covers (“The Harbour News Gazette is mainly concerned with news about …”)',
  origin: 'issue 25, round 38: a news site’s note about itself after an agency’s story (round 36’s half, now development)',
};

/** An outlet's name before “is”: at most eight words, one of them a word outlets name themselves with. */
const OUTLET_SUBJECT =
  /^(?:the\s+)?(?:\S+\s+){0,5}?(?:news|times|gazette|media|post|press|journal|daily|tribune|herald|magazine|network|tv|radio|agency|online|review|observer|monitor|wire|chronicle|express)\s+(?:\S+\s+){0,2}?(?:is|has\s+been)\s+/iu;

/** What a site says it gives its readers. */
const SITE_COVERS = /\b(?:news|information|coverage|covers|reporting|journalism|publication|website|site|portal|platform)\b/iu;

/** The most words of a site's note about itself. */
const NOTE_MAX_WORDS = 80;

/** Sets aside the text's last line when it is the site's description of itself, under a line set aside. */
export function markSiteDescriptionNote(lines: readonly SourceLine[], verdicts: LineVerdict[]): void {
  const last = lines.length - 1;
  if (last < 2 || verdicts[last]!.role !== 'body' || verdicts[last - 1]!.role !== 'furniture') return;
  const story = lines.slice(0, last - 1).some((line, i) => verdicts[i]!.role === 'body' && isProse(line.text));
  const text = lines[last]!.text.trim();
  if (!story || wordCount(text) > NOTE_MAX_WORDS || /[“”"]/u.test(text)) return;
  const subject = OUTLET_SUBJECT.exec(text);
  if (subject && SITE_COVERS.test(text.slice(subject[0].length)))
    verdicts[last] = { role: 'furniture', rule: SITE_DESCRIPTION_NOTE };
}
