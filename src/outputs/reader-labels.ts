/**
 * The words readers see for the analysis' own terms, in one place: plain English on the pages,
 * with the precise term kept for a tooltip (`title`) and for the glossary on the About page
 * (`GLOSSARY`). A page or component says "quoted phrase", never "fragment"; "2 paragraphs", never
 * "2 ¶". Pure: no Astro, no corpus, only the schemas' types and the date formatting.
 */
import type { Confidence } from '../schemas/confidence.ts';
import { formatDate } from '../schemas/dates.ts';
import type { EventKind, EventStatus } from '../schemas/event.ts';
import { EVENT_STATUS_LABELS } from '../schemas/event.ts';
import type { QuoteKind } from '../schemas/quote.ts';
import { CONFIDENCE_BANDS, type ConfidenceOfQuote, isCurated, roundedConfidence } from './speaker-confidence.ts';
import type { DatedRole } from './speaker-role.ts';

/** A term of the analysis, its plain words on the pages, and what it means (the About page's glossary). */
export interface GlossaryEntry {
  /** The anchor of the entry on the About page (`/about/#term-<id>`). */
  id: string;
  /** The precise term, as the methodology and the data downloads use it. */
  term: string;
  /** What the pages say instead. */
  plain: string;
  /** One or two sentences a reader needs no other page for. */
  definition: string;
}

/**
 * Every term the pages replace with plain words, in the order the About page lists them. The
 * tooltips (`termTooltip`) read from here too, so a term is explained the same way everywhere.
 */
export const GLOSSARY = [
  {
    id: 'statement',
    term: 'Statement',
    plain: 'quoted sentence',
    definition: 'A quotation of a sentence or more: words someone spoke or wrote, reported as said.',
  },
  {
    id: 'fragment',
    term: 'Fragment',
    plain: 'quoted phrase',
    definition: "A few quoted words inside the reporter's own sentence (Lavrov called the talks “a road to nowhere”).",
  },
  {
    id: 'scare-quote',
    term: 'Scare quotes',
    plain: 'quotation marks with no speaker',
    definition:
      'Quotation marks a writer puts around a word to keep a distance from it. Nobody is quoted, so there is no speaker.',
  },
  {
    id: 'reported-statement',
    term: 'Reported statement',
    plain: 'reported',
    definition:
      'What someone said, told in the reporter’s words without quotation marks (“Peskov said the Kremlin was ready …”).',
  },
  {
    id: 'furniture',
    term: 'Page furniture',
    plain: 'other text on the saved page',
    definition:
      'Text that was on the saved web page but is not part of the article: menus, photo captions, links to other stories, ' +
      'comment forms. It is left out of the article and listed under it.',
  },
  {
    id: 'given-by-editor',
    term: 'Editor-supplied',
    plain: 'given by the editor',
    definition:
      'A fact about an article (its outlet, author or original address) that the editor who added it gave, ' +
      'knowing where the text came from, rather than one read from the saved copy.',
  },
  {
    id: 'secondary-source',
    term: 'Secondary source',
    plain: 'taken from another site',
    definition:
      'A fact about an article (its outlet, its date) that another site reports and that we did not see on the original page.',
  },
  {
    id: 'inferred',
    term: 'Inferred',
    plain: 'inferred',
    definition: 'A fact about an article worked out from its text alone (a date from “on Friday” and the events it reports).',
  },
  {
    id: 'confidence',
    term: 'Confidence',
    plain: 'very likely, likely, less certain',
    definition:
      'For a speaker the analysis found by itself, its estimate that the speaker is right, between 0 and 1 (1 is certain). ' +
      'The notes say it in words; hovering over the words shows the number.',
  },
  {
    id: 'paragraph-sign',
    term: '¶ (pilcrow)',
    plain: 'paragraph',
    definition: 'The number of a paragraph in its article, counted from the top.',
  },
] as const satisfies readonly GlossaryEntry[];

/** The id of a glossary entry. */
export type GlossaryId = (typeof GLOSSARY)[number]['id'];

/** "Term: definition", for a `title` tooltip on the plain words. */
export function termTooltip(id: GlossaryId): string {
  const entry = GLOSSARY.find((candidate) => candidate.id === id)!;
  return `${entry.term}: ${entry.definition}`;
}

/** The glossary entry a quote kind is explained by. */
const QUOTE_KIND_TERMS: Record<QuoteKind, GlossaryId | null> = {
  statement: 'statement',
  fragment: 'fragment',
  title: null,
  scare: 'scare-quote',
};

/**
 * A quote's kind in a list of quotes: "quoted sentence", "quoted phrase", "title", "quotation
 * marks, no speaker". Margin notes leave the kind out: the quote is beside them.
 */
export const QUOTE_KIND_WORDS: Readonly<Record<QuoteKind, string>> = {
  statement: 'quoted sentence',
  fragment: 'quoted phrase',
  title: 'title',
  scare: 'quotation marks, no speaker',
};

/** The tooltip on a quote's kind: the precise term and its meaning; null for a title, which is plain already. */
export function quoteKindTooltip(kind: QuoteKind): string | null {
  const id = QUOTE_KIND_TERMS[kind];
  // The term only, with where it is defined: a list repeats it for every quote, and a definition
  // each time would double the page's weight.
  return id === null ? null : `${GLOSSARY.find((entry) => entry.id === id)!.term} (defined on About)`;
}

/** The quotes index's count and heading of quotes nobody said: "3 titles and quotation marks with no speaker". */
export const NO_SPEAKER_QUOTES = 'titles and quotation marks with no speaker';

/** A paragraph of an article by its block id (`p-3`): "paragraph 3", for source lines ("Politico, 22 Aug 2025, paragraph 3"). */
export function paragraphLabel(block: string): string {
  return `paragraph ${block.replace(/^p-/, '')}`;
}

/** How many paragraphs two actors share, on a co-mentioned actor's chip: "1 paragraph", "16 paragraphs". */
export function paragraphCount(count: number): string {
  return count === 1 ? '1 paragraph' : `${count} paragraphs`;
}

/** The heading of the list of actors named in the same paragraphs as this one. */
export const CO_MENTIONED_HEADING = 'Often named in the same paragraph';

/** The label of an actor's counts (quotes, articles, events) in the fact box: what they are counted in. */
export const SITE_COUNTS_LABEL = 'On this site';

/** What the list of page text left out of an article is called (the trade's "page furniture"). */
export const FURNITURE_HEADING = 'Other text on the saved page, left out';

/** The summary of the list of page text left out of an article: "Other text on the saved page, left out (34)". */
export function furnitureSummary(count: number): string {
  return `${FURNITURE_HEADING} (${count})`;
}

/** Each kind of page furniture in words, before the text in the list of what was left out. */
export const FURNITURE_KIND_WORDS: Readonly<Record<string, string>> = {
  headline: 'headline',
  dek: 'subheading',
  byline: 'byline',
  navigation: 'menu',
  'section-label': 'section name',
  tag: 'topic tag',
  caption: 'photo caption',
  credit: 'photo credit',
  teaser: 'link to another story',
  embed: 'embedded post',
  'related-link': 'related link',
  boilerplate: 'standard notice',
  comments: 'comments',
  newsletter: 'newsletter sign-up',
};

/** A furniture kind in words, or the code with spaces for a kind added since. */
export function furnitureKindWords(kind: string): string {
  return FURNITURE_KIND_WORDS[kind] ?? kind.replace(/-/g, ' ');
}

/** The label of an article's standfirst in the provenance box (the trade calls it a "dek"). */
export const DEK_LABEL = 'Subheading';

/**
 * How uncertain a fact about an article is, in plain words a reader needs no legend for: "date
 * inferred", "outlet given by the editor", "outlet taken from another site", "author unknown"; null
 * for a confirmed fact, which needs none. (All-caps badges such as "SECONDARY" next to an outlet's
 * name read like a rating of it.)
 */
export function uncertaintyWords(field: string, confidence: Confidence): string | null {
  switch (confidence) {
    case 'confirmed':
      return null;
    case 'editor':
      return `${field} given by the editor`;
    case 'secondary':
      return `${field} taken from another site`;
    case 'inferred':
      return `${field} inferred`;
    case 'unknown':
      return `${field} unknown`;
  }
}

/** Each level of confidence in a fact, named and explained for readers (the byline's tooltip, the About page). */
export const CONFIDENCE_LEVEL_WORDS: Readonly<Record<Confidence, { name: string; meaning: string }>> = {
  confirmed: { name: 'Confirmed', meaning: 'A stored copy of the page, or the outlet itself, shows it.' },
  editor: {
    name: 'Given by the editor',
    meaning: 'The editor who added the article gave it; it was not read from the saved copy.',
  },
  secondary: { name: 'Taken from another site', meaning: 'Another site reports it; we did not see it on the original page.' },
  inferred: { name: 'Inferred', meaning: 'Worked out from the article’s text alone.' },
  unknown: { name: 'Unknown', meaning: 'No reliable source gives it, so nothing is shown.' },
};

/** The headline badge of an article whose outlet's headline is not known: the title shown is the editors'. */
export const DESCRIPTION_BADGE = {
  text: 'our description',
  title: "The outlet's headline is not known; this is the editors' description of the article.",
} as const;

/**
 * A speaker's role with the date it is recorded for, in a note and in the actor's fact box: "US
 * president, as of April 2025". The month is enough to say when; the day is in `roleDateTooltip`.
 * "As of" says when the role was true, not when it was held ("former US ambassador to NATO in
 * August 2025" read as the post held then; "US president in April 2025" beside a December article
 * read as a wrong date).
 */
export function roleLabel(role: DatedRole): string {
  return `${role.title}, as of ${formatDate(role.asOf, 'month')}`;
}

/** The tooltip on a role's date: the day the actor's data records the role for. */
export function roleDateTooltip(role: DatedRole): string {
  return `Recorded as the role on ${formatDate(role.asOf)}`;
}

/** Each confidence band's words, from the surest down, as `CONFIDENCE_BANDS` orders them. */
export const CONFIDENCE_BAND_WORDS: Readonly<Record<(typeof CONFIDENCE_BANDS)[number]['band'], string>> = {
  very: 'very likely',
  fairly: 'likely',
  less: 'less certain',
};

/** A speaker found automatically, in a note: the words shown, and the number behind them for the tooltip. */
export interface SpeakerConfidenceLabel {
  /** "identified automatically, very likely". */
  text: string;
  /** "Confidence 0.96 of 1: the analysis' estimate that this speaker is right". */
  title: string;
}

/**
 * How sure the analysis is of a speaker it found by itself, short: "identified automatically,
 * likely", with the number in the tooltip; null for an editor's speaker, no speaker, or no number.
 */
export function speakerConfidenceLabel(quote: ConfidenceOfQuote): SpeakerConfidenceLabel | null {
  const confidence = roundedConfidence(quote);
  if (confidence === null || isCurated(quote)) return null;
  const band = CONFIDENCE_BANDS.find((step) => confidence >= step.from) ?? CONFIDENCE_BANDS.at(-1)!;
  return {
    text: `identified automatically, ${CONFIDENCE_BAND_WORDS[band.band]}`,
    title: `Confidence ${confidence.toFixed(2)} of 1: the analysis' estimate that this speaker is right`,
  };
}

/** Words that name nobody by themselves: a pronoun source says nothing a reader can use. */
const PRONOUN_SOURCE = /^(?:he|she|it|they|we|i|you|his|her|its|their|our|my|your|him|them|us|me)$/iu;

/**
 * The source of a statement whose speaker was withheld, as the article writes it ("Cruz and his
 * aides", "the senior official"), for the note to show beside "speaker not determined"; null when
 * the statement has a speaker or no source, its source is a bare pronoun, or it closes a list or
 * follows a comma ("Russia and Ukraine": only "Ukraine" was read, which would misstate who spoke).
 * `blockText` gives the text of the source's paragraph.
 */
export function undeterminedSourceWords(
  statement: { speaker: unknown; source: { block: string; start: number; text: string } | null },
  blockText: (block: string) => string | undefined,
): string | null {
  const { source } = statement;
  if (statement.speaker !== null || source === null) return null;
  const words = source.text.trim();
  if (words === '' || PRONOUN_SOURCE.test(words)) return null;
  const before = blockText(source.block)?.slice(Math.max(0, source.start - 8), source.start);
  return before === undefined || LIST_OR_ASIDE_BEFORE.test(before) ? null : words;
}

/** Right before a source: "and", "or", "&" or a comma, which make it the last of several or an aside. */
const LIST_OR_ASIDE_BEFORE = /(?:\b(?:and|or)|[,&])\s*$/u;

/** The kind of an event in words for readers, as a phrase: "A public statement", "Talks", "A phone call". */
export const EVENT_KIND_PHRASES: Readonly<Record<EventKind, string>> = {
  talks: 'Talks',
  summit: 'A summit',
  meeting: 'A meeting',
  call: 'A phone call',
  statement: 'A public statement',
  interview: 'An interview',
  attack: 'An attack',
  invasion: 'An invasion',
  ceasefire: 'A ceasefire',
  sanctions: 'Sanctions',
  plan: 'A plan',
  election: 'An election',
  inauguration: 'An inauguration',
  hearing: 'A hearing',
};

/**
 * What happened, on an event's page: the kind as a phrase, and what became of it unless it simply
 * took place ("A public statement"; "Talks, called off"), never "Statement, took place".
 */
export function eventSummary(kind: EventKind, status: EventStatus): string {
  const phrase = EVENT_KIND_PHRASES[kind];
  return status === 'held' ? phrase : `${phrase}, ${EVENT_STATUS_LABELS[status]}`;
}

/**
 * What a resolved date's note adds when the date was counted from a publication date that is not
 * confirmed or given by the editor ("three days ago" → 19 August, from an inferred 22 August): the
 * date is only as sure as that. Null when the date does not depend on the publication date (its
 * explanation, written by the date rules, names "publication" when it does) or when that date is sure.
 */
export function publicationDateCaveat(explanation: string, publishedConfidence: Confidence): string | null {
  if (!/\bpublication\b/u.test(explanation) || publishedConfidence === 'editor') return null;
  return uncertaintyWords('publication date', publishedConfidence);
}
