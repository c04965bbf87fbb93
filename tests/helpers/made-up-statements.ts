/**
 * A made-up reported statement ("Peskov said the Kremlin was ready to continue talks") as a
 * `data/statements.json` row, for the tests of the modules that write or read those rows.
 */
import type { StatementExport } from '../../src/outputs/statement-exports.ts';

/** The made-up statement's row, with `fields` changed. */
export function statementRow(fields: Partial<StatementExport> = {}): StatementExport {
  return {
    id: 's-1a2b3c4d5e',
    article: 'talks-resume',
    block: 'p-4',
    content: 'the Kremlin was ready to continue talks',
    cue: 'said',
    speaker: 'dmitry-peskov',
    speakerLabel: 'Peskov',
    speakerConfidence: 0.86,
    quoted: [],
    ...fields,
  };
}
