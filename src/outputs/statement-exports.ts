/**
 * The reported statements' data downloads, `data/statements.json` and `data/statements.csv`: one
 * row per statement reported outside quotation marks. A statement has no page; its permalink is
 * its anchor in the article (`statementPermalink`).
 */
import type { CorpusStatement } from '../corpus/index.ts';
import { urls } from '../lib/urls.ts';
import { roundedConfidence } from './speaker-confidence.ts';

/** One row of `data/statements.json`. The shape is public: add fields, never rename or remove. */
export interface StatementExport {
  /** The statement's id, unique in its article, and the anchor of its content clause there. */
  id: string;
  /** Slug of the article. */
  article: string;
  /** Anchor id of the paragraph the content clause is in. */
  block: string;
  /** The content clause's words, exactly as printed. */
  content: string;
  /** The cue as printed ("said", "according to", "told reporters"). */
  cue: string;
  /** Actor slug of a named speaker; null for an unnamed source and for a statement with no speaker. */
  speaker: string | null;
  /** The article's own words for the speaker ("Peskov", "two officials"); null with no speaker. */
  speakerLabel: string | null;
  /** The attribution model's probability that the speaker is right, 0..1, two decimals; null with no speaker. */
  speakerConfidence: number | null;
  /** Ids of the quotes inside the content clause (they keep their quotes, with the same speaker). */
  quoted: string[];
}

/** The columns of `data/statements.csv`, in order: the keys of a `data/statements.json` row. */
export const STATEMENT_COLUMNS = [
  'id',
  'article',
  'block',
  'content',
  'cue',
  'speaker',
  'speakerLabel',
  'speakerConfidence',
  'quoted',
] as const satisfies ReadonlyArray<keyof StatementExport>;

/** What a row needs of a statement (a `CorpusStatement` has all of it). */
export type StatementForExport = Pick<
  CorpusStatement,
  'id' | 'content' | 'text' | 'cue' | 'speaker' | 'speakerConfidence' | 'quoted'
> & {
  article: { slug: string };
};

/** The `data/statements.json` row of a statement. */
export function statementExport(statement: StatementForExport): StatementExport {
  return {
    id: statement.id,
    article: statement.article.slug,
    block: statement.content.block,
    content: statement.text,
    cue: statement.cue.text,
    speaker: statement.speaker?.actor ?? null,
    speakerLabel: statement.speaker?.label ?? null,
    speakerConfidence: roundedConfidence({ ...statement, attribution: null }),
    quoted: [...statement.quoted],
  };
}

/**
 * The rows of `data/statements.csv`, one at a time for the streamed download (`csvResponse` with
 * `STATEMENT_COLUMNS`): those of `data/statements.json`, formulas neutralised like every CSV
 * download, the quote ids in `quoted` joined by a space (ids hold none).
 */
export function* statementCsvRows(
  rows: Iterable<StatementExport>,
): Generator<Omit<StatementExport, 'quoted'> & { quoted: string }> {
  for (const row of rows) yield { ...row, quoted: row.quoted.join(' ') };
}

/** A statement's permalink: the anchor of its content clause in its article. */
export function statementPermalink(statement: { id: string; article: { slug: string } }): string {
  return urls.paragraph(statement.article.slug, statement.id);
}

/** Every statement reported from a speaker: a search filtered by the speaker's name and the statement type. */
export function statementSearchUrl(speakerName: string): string {
  return `/search/?speaker=${encodeURIComponent(speakerName)}&type=statement`;
}
