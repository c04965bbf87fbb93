import type { BodyBlock, ReportedStatement } from '../analysis/types.ts';
import { normalizedBlockText } from '../load/validate-references.ts';
import { type EventForLinking, eventExcerptsByParagraph, type ExcerptInParagraph } from './link-quotes-to-events.ts';

/** A reported statement as the linker sees it. */
export interface StatementForLinking extends Pick<ReportedStatement, 'id' | 'content' | 'quoted'> {
  article: string;
}

/**
 * Finds the event each reported statement is about. A statement that holds a quote linked to an
 * event is about that event (the quoted fragment is part of the claim); otherwise it is about the
 * event whose source excerpt is in its paragraph, the nearest when several are, unless a dash or a
 * bracket stands between them: an excerpt in an aside ("After false starts—like the proposed
 * Budapest Summit …—the U.S. … reportedly hammered out …") is not what the main clause reports.
 * Unlike a quote's, the speaker need not have taken part: "two officials said the envoy will fly
 * to Moscow" is about the trip. Returns event slugs by statement id; statements with no event are absent.
 */
export function linkStatementsToEvents(
  statements: readonly StatementForLinking[],
  events: readonly EventForLinking[],
  blocksByArticle: ReadonlyMap<string, BodyBlock[]>,
  eventOfQuote: ReadonlyMap<string, string>,
): Map<string, string> {
  const links = new Map<string, string>();
  const excerptsByBlock = eventExcerptsByParagraph(events, blocksByArticle);
  for (const statement of statements) {
    const ofQuote = statement.quoted.map((id) => eventOfQuote.get(id)).find((slug) => slug !== undefined);
    if (ofQuote) {
      links.set(statement.id, ofQuote);
      continue;
    }
    const { block, start, end } = statement.content;
    const paragraph = blocksByArticle.get(statement.article)?.find((candidate) => candidate.id === block);
    const candidates = (excerptsByBlock.get(`${statement.article}#${block}`) ?? []).filter(
      (excerpt) => paragraph && !apartFrom(normalizedBlockText(paragraph), excerpt, start, end),
    );
    const nearest = [...candidates].sort((a, b) => Math.abs(a.offset - start) - Math.abs(b.offset - start))[0];
    if (nearest) links.set(statement.id, nearest.event.slug);
  }
  return links;
}

/**
 * Whether a dash or a bracket opens or closes an aside between an excerpt and a statement's words: an
 * odd number of dashes, or brackets that do not pair, between them. A whole aside between them
 * ("Witkoff indicated — and this is no surprise — that …") does not set them apart.
 */
function apartFrom(text: string, excerpt: ExcerptInParagraph, start: number, end: number): boolean {
  const excerptEnd = excerpt.offset + excerpt.length;
  if (excerpt.offset < end && start < excerptEnd) return false;
  const between = excerptEnd <= start ? text.slice(excerptEnd, start) : text.slice(end, excerpt.offset);
  const count = (pattern: RegExp) => between.match(pattern)?.length ?? 0;
  return count(/[—–]/gu) % 2 === 1 || count(/\(/gu) !== count(/\)/gu) || count(/\[/gu) !== count(/\]/gu);
}
