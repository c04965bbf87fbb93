/**
 * Statements whose source no speech verb's subject gives: "reportedly" clauses, what was "reported by" an outlet, and documents speaking
 * (`find-statements.ts` adds them to those read at the cues).
 */
import type { BlockContext } from '../attribution/subjects.ts';
import { QuotedText } from '../text/quoted-text.ts';
import type { AttributedQuote, BodyBlock, ReportedStatement, Speaker } from '../types.ts';
import { quotesOpeningIn } from './block-quotes.ts';
import { nearestBodyNamed, speakerOfName } from './definite-bodies.ts';
import { documentClauses, isCourtDocument, mayHoldDocument } from './document-statements.ts';
import { reportedlyClauses } from './reportedly.ts';
import { reportedByClauses } from './reported-by.ts';
import { STATEMENT_CONFIDENCE } from './statement-confidence.ts';

/** How far back a court's document may look for the court that issued it, in paragraphs: articles name it once. */
const COURT_BLOCKS_BACK = 20;
/**
 * The "reportedly" clauses of the blocks (`reportedly.ts`), as statements with no source and no
 * speaker, and the words of documents (`document-statements.ts`), with the document as their source and
 * a court's document credited to its court. A block no cue was read in gets its quoted text from its
 * attributed quotes.
 */
export function sourcelessStatements(
  blocks: readonly BodyBlock[],
  contextOf: ReadonlyMap<number, BlockContext>,
  quotesOf: ReadonlyMap<string, readonly AttributedQuote[]>,
  bodies: ReadonlyMap<string, Speaker>,
): Array<Omit<ReportedStatement, 'id'>> {
  const found: Array<Omit<ReportedStatement, 'id'>> = [];
  blocks.forEach((body, index) => {
    if (body.kind === 'heading' || !(body.text.includes('reported') || mayHoldDocument(body.text))) return;
    const quotes = quotesOf.get(body.id) ?? [];
    const quotedText =
      contextOf.get(index)?.quotedText ??
      new QuotedText(
        body.text,
        quotes.flatMap((quote) =>
          quote.parts.filter((part) => part.block === body.id).map((part) => [part.start, part.end] as const),
        ),
      );
    const cueStarts = quotedText.speechCues().map((cue) => cue.start);
    const { text } = quotedText;
    const clauses = [
      ...reportedlyClauses(quotedText, cueStarts).map((clause) => ({ ...clause, source: null, document: null })),
      ...reportedByClauses(quotedText).map((clause) => ({
        ...clause,
        source: { start: clause.sourceStart, end: clause.sourceEnd },
        document: null,
        outlet: true,
      })),
      ...documentClauses(quotedText).map((clause) => ({
        ...clause,
        source: { start: clause.sourceStart, end: clause.sourceEnd },
      })),
    ];
    for (const clause of clauses) {
      const { source } = clause;
      const court =
        source && clause.document && isCourtDocument(clause.document)
          ? nearestBodyNamed(['court'], blocks, { block: index, offset: source.start, bodies, blocksBack: COURT_BLOCKS_BACK })
          : null;
      // "The meeting was first reported by Politico": the outlet named after "by" reported it, as "according to Politico" says.
      const outlet = source && 'outlet' in clause ? speakerOfName(text.slice(source.start, source.end), bodies) : null;
      found.push({
        content: { block: body.id, start: clause.start, end: clause.end },
        text: text.slice(clause.start, clause.end),
        cue: { block: body.id, start: clause.cueStart, end: clause.cueEnd, text: text.slice(clause.cueStart, clause.cueEnd) },
        source: source && { block: body.id, ...source, text: text.slice(source.start, source.end) },
        speaker: court ?? outlet,
        speakerRule: court ? 'court-document' : outlet && 'reported-by',
        speakerConfidence: court ? STATEMENT_CONFIDENCE.pointingBackToNearest : outlet && outletConfidence(outlet),
        quoted: quotesOpeningIn(quotes, clause.start, clause.end).map((quote) => quote.id),
      });
    }
  });
  return found;
}

/** An outlet named as the agent of "reported by" is as sure as any name read at a cue: its actor's, or its own words'. */
function outletConfidence(outlet: Speaker): number {
  if (outlet.actor === null) return STATEMENT_CONFIDENCE.unnamedSource;
  return outlet.provisional ? STATEMENT_CONFIDENCE.provisionalPerson : STATEMENT_CONFIDENCE.registeredActor;
}
