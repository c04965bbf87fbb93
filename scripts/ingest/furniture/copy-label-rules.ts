import type { LineRule } from './rule.ts';

/**
 * Copy rules of issue 25, round 9, written on the development half only, each from the shape of a
 * label that stands alone on its line: an advertisement's label in the languages of the copy
 * ("Publicidad", "Anzeige", "Publicité"), a share or follow label in Spanish ("Compartir nota:",
 * "Síguenos:"), an audio player's button with its length ("Listen (3 mins)"), a button asking to
 * follow the outlet on a search engine ("Add The Daily Planet on Google"), a button for the
 * story's PDF, a card's call to read on ("READ THE REST") and a line naming the journal a
 * science story reports on ("Journal information: …"). A line is taken only when it is the label
 * and nothing else. copy-rules.ts puts them in its table after the rules of round 8.
 */

/**
 * An advertisement's label alone, in the languages of the copy (English's own labels are the
 * `advertisement-label` rule's): "Publicidad", "PUBLICIDAD", "Anzeige", "Publicité".
 */
const AD_LABEL_WORD = /^(?:publicidad|anzeige|publicit[ée])\s*:?$/iu;

/** A share or follow label in Spanish, maybe with its colon: "Compartir nota:", "Síguenos:", "Síguenos en". */
const SPANISH_SHARE_LABEL = /^(?:compartir(?:\s+(?:nota|art[ií]culo|noticia|en))?|s[ií]guenos(?:\s+en)?)\s*:?$/iu;

/** An audio player's button with the length of the reading: "Listen (3 mins)", "Listen (12 minutes)". */
const LISTEN_LENGTH = /^listen\s*\(\d{1,3}\s*min(?:ute)?s?\)$/i;

/** A button asking to follow the outlet on a search engine: "Add Al Jazeera on Google". */
const PREFERRED_SOURCE = /^add\s+[\p{L}\d .'’&-]{2,40}\s+(?:on|to)\s+google(?:\s+news)?$/iu;

/** A button for the story as a PDF: "PDF version", "Download PDF". */
const PDF_BUTTON = /^(?:pdf\s+version|download(?:\s+the)?\s+pdf|view\s+pdf)$/i;

/** A card's call to read the rest of another story, alone: "READ THE REST", "Read the rest". */
const READ_THE_REST = /^read\s+the\s+rest\s*[›»→]?$/i;

/** The journal a science story reports on, as a labelled line: "Journal information: Nature". */
const JOURNAL_INFORMATION = /^journal\s+information:\s+\S/i;

/** The rules, in the order copy-rules.ts tries them. */
export const LABEL_COPY_RULES = [
  {
    name: 'ad-label-word',
    kind: 'boilerplate',
    description: 'an advertisement’s label alone in the languages of the copy (“Publicidad”, “Anzeige”, “Publicité”)',
    origin:
      'issue 25, round 9: a Spanish newspaper’s and a Spanish news site’s “Publicidad” between paragraphs (development half)',
    test: (text) => AD_LABEL_WORD.test(text.trim()),
  },
  {
    name: 'spanish-share-label',
    kind: 'navigation',
    description: 'a share or follow label in Spanish alone (“Compartir nota:”, “Síguenos:”)',
    origin: 'issue 25, round 9: a Spanish newspaper’s follow label and a news site’s share label (development half)',
    test: (text) => SPANISH_SHARE_LABEL.test(text.trim()),
  },
  {
    name: 'listen-length',
    kind: 'navigation',
    description: 'an audio player’s button with the reading’s length (“Listen (3 mins)”)',
    origin: 'issue 25, round 9: a broadcaster’s listen button under the standfirst (development half)',
    test: (text) => LISTEN_LENGTH.test(text.trim()),
  },
  {
    name: 'preferred-source-button',
    kind: 'navigation',
    description: 'a button asking to follow the outlet on a search engine (“Add … on Google”)',
    origin: 'issue 25, round 9: a broadcaster’s button under the standfirst (development half)',
    test: (text) => PREFERRED_SOURCE.test(text.trim()),
  },
  {
    name: 'pdf-button',
    kind: 'navigation',
    description: 'a button for the story as a PDF (“PDF version”, “Download PDF”)',
    origin: 'issue 25, round 9: a science journal’s news page (development half)',
    test: (text) => PDF_BUTTON.test(text.trim()),
  },
  {
    name: 'read-the-rest',
    kind: 'teaser',
    description: 'a card’s call to read the rest of another story, alone (“READ THE REST”)',
    origin: 'issue 25, round 9: a blog’s next-story cards (development half)',
    test: (text) => READ_THE_REST.test(text.trim()),
  },
  {
    name: 'journal-information',
    kind: 'tag',
    description: 'the journal a science story reports on, as a labelled line (“Journal information: …”)',
    origin: 'issue 25, round 9: a science news site’s line under the story (development half)',
    test: (text) => JOURNAL_INFORMATION.test(text.trim()),
  },
] as const satisfies readonly LineRule[];
