import type { Element } from 'hast';
import type { ReportedStatement } from '../analysis/types.ts';
import { analysisMarkupPlugin, insertAfter, noteMarker } from './analysis-markup.ts';
import { wrapTextRange } from './annotate-text.ts';

/**
 * The id of a reported statement's note (who it is reported from, how sure, a link to it), which
 * the article page renders beside the text and the statement's marker opens on small screens.
 */
export const statementNoteId = (statementId: string) => `note-${statementId}`;

/**
 * Marks up the statements the analysis found reported outside quotation marks ("Peskov said the
 * Kremlin was ready …"), without adding a word to the article: each content clause is wrapped in
 * a `<span class="statement">` whose `id` is the statement's (its permalink is
 * `/articles/<slug>/#<id>`), followed by an empty marker button that opens the statement's note.
 *
 * It runs before the quote markup, so a quoted fragment inside a clause ends up inside its
 * statement's span, and the quote's own marker with it.
 */
const rehypeStatementMarkup = analysisMarkupPlugin((analysis, blocks) => {
  // Until every stored analysis carries statements (a warm cache from before them), none is read as none.
  for (const statement of analysis.statements ?? []) {
    const block = blocks.get(statement.content.block);
    if (!block || statement.content.end <= statement.content.start) continue;
    let first = true;
    const wrappers = wrapTextRange(block, statement.content.start, statement.content.end, () => {
      const wrapper = statementElement(statement, first);
      first = false;
      return wrapper;
    });
    const last = wrappers.at(-1);
    if (last) insertAfter(block, last, statementMarker(statement));
  }
});
export default rehypeStatementMarkup;

/** The wrapper of (one run of) a content clause; only the first carries the statement's id. */
function statementElement(statement: ReportedStatement, isFirst: boolean): Element {
  return {
    type: 'element',
    tagName: 'span',
    properties: { className: ['statement'], ...(isFirst ? { id: statement.id } : {}) },
    children: [],
  };
}

/** The marker after a statement's clause, opening its note. */
function statementMarker(statement: ReportedStatement): Element {
  return noteMarker('statement-marker', statementNoteId(statement.id), 'About this reported statement');
}
