/**
 * The facts of an article's provenance box ("Where this text comes from"): each with its label, its
 * value as shown, and how it is known in words ("confirmed", "outlet given by the editor", "date
 * inferred"). Pure, so the words are tested without a build; src/components/ProvenanceBox.astro
 * only lays them out.
 */
import type { ArticleData } from '../schemas/article.ts';
import { type Confidence, asSentence } from '../schemas/confidence.ts';
import { formatDate } from '../schemas/dates.ts';
import { DEK_LABEL, uncertaintyWords } from './reader-labels.ts';

/** One row of the provenance box. */
export interface ProvenanceFact {
  /** The row's label: "Outlet", "Original address". */
  label: string;
  /** The value as shown (a date formatted for readers), or null when it is not known. */
  value: string | null;
  /** How sure we are of it; also the row's style (`confidence--<level>`). */
  confidence: Confidence;
  /** How it is known, in words: "confirmed", "outlet given by the editor", "date inferred". */
  status: string;
  /** Where the fact comes from, as a sentence; null when the article gives no note. */
  note: string | null;
  /** True for an address, shown as a link. */
  href: boolean;
}

/** The metadata the box reports, as the article's frontmatter records it. */
export type ProvenanceData = Pick<ArticleData, 'headline' | 'dek' | 'outlet' | 'published' | 'author' | 'sourceUrl'>;

/** The box's rows in order: headline, subheading (when there is one), outlet, date, author, address. */
export function provenanceFacts(data: ProvenanceData): ProvenanceFact[] {
  const rows: Array<{
    label: string;
    field: string;
    value: string | null;
    confidence: Confidence;
    note?: string | undefined;
    href?: boolean;
  }> = [
    { label: 'Headline', field: 'headline', ...data.headline },
    ...(data.dek ? [{ label: DEK_LABEL, field: 'subheading', ...data.dek }] : []),
    { label: 'Outlet', field: 'outlet', ...data.outlet },
    { label: 'Published', field: 'date', ...data.published, value: formatDate(data.published.value) },
    { label: 'Author', field: 'author', ...data.author },
    { label: 'Original address', field: 'address', ...data.sourceUrl, href: true },
  ];
  return rows.map((row) => ({
    label: row.label,
    value: row.value,
    confidence: row.confidence,
    status: uncertaintyWords(row.field, row.confidence) ?? 'confirmed',
    note: row.note ? asSentence(row.note) : null,
    href: row.href === true,
  }));
}
