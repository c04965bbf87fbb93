import type { BodyBlock, ReportedStatement } from '../analysis/types.ts';
import { type EventForLinking, eventExcerptsByParagraph } from './link-quotes-to-events.ts';

/** A reported statement as the linker sees it. */
export interface StatementForLinking extends Pick<ReportedStatement, 'id' | 'content' | 'quoted'> {
  article: string;
}

/**
 * Finds the event each reported statement is about. A statement that holds a quote linked to an
 * event is about that event (the quoted fragment is part of the claim); otherwise it is about the
 * event whose source excerpt is in its paragraph, the nearest when several are. Unlike a quote's,
 * the speaker need not have taken part: "two officials said the envoy will fly to Moscow" is
 * about the trip. Returns event slugs by statement id; statements with no event are absent.
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
    const { block, start } = statement.content;
    const candidates = excerptsByBlock.get(`${statement.article}#${block}`) ?? [];
    const nearest = [...candidates].sort((a, b) => Math.abs(a.offset - start) - Math.abs(b.offset - start))[0];
    if (nearest) links.set(statement.id, nearest.event.slug);
  }
  return links;
}
