/**
 * "The order, signed by Judge Roger Vinson, compels Verizon to produce … “all call detail records …”", "It specifies
 * that the records include “session identifying information”": words quoted from a court's document are the court's,
 * as a reader credits them. The document clauses are read as reported speech reads them
 * (`reported/document-statements.ts`), and the court is the one named nearest before the document
 * (`reported/definite-bodies.ts`), so a quote and the statement holding it get the same speaker.
 */
import { articleBodyNames, nearestBodyNamed } from '../reported/definite-bodies.ts';
import { type DocumentClause, documentClauses, isCourtDocument, mayHoldDocument } from '../reported/document-statements.ts';
import type { Found } from './referents.ts';
import type { BlockContext } from './subjects.ts';

/** How far back a court's document may look for the court that issued it, in paragraphs (as reported speech does). */
const COURT_BLOCKS_BACK = 20;

/** A block's document clauses, read once per block: a paragraph with many quotes is not read again for each. */
const clausesOf = new WeakMap<BlockContext, readonly DocumentClause[]>();

function documentClausesOf(context: BlockContext): readonly DocumentClause[] {
  let clauses = clausesOf.get(context);
  if (clauses === undefined) {
    clauses = mayHoldDocument(context.text) ? documentClauses(context.quotedText) : [];
    clausesOf.set(context, clauses);
  }
  return clauses;
}

/**
 * The court whose document a quote opening at `quoteStart` in `context` is quoted from, or null: the quote opens
 * inside the words of a court's document ("the order", "the ruling", not "the executive order"), and a court is named
 * before the document, in its paragraph or up to 20 before.
 */
export function courtOfDocumentQuote(context: BlockContext, quoteStart: number, contexts: readonly BlockContext[]): Found | null {
  const clause = documentClausesOf(context).find((c) => c.start <= quoteStart && quoteStart < c.end);
  if (!clause || !isCourtDocument(clause.document)) return null;
  const { blocks, bodies } = articleBodyNames(contexts);
  const speaker = nearestBodyNamed(['court'], blocks, {
    block: context.index,
    offset: clause.sourceStart,
    bodies,
    blocksBack: COURT_BLOCKS_BACK,
  });
  return speaker && { speaker, method: 'context', plural: false, entity: 'organization' };
}
