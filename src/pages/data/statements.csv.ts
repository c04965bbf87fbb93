import type { APIRoute } from 'astro';
import { getCorpus } from '../../corpus/index.ts';
import { csvResponse } from '../../outputs/csv.ts';
import { STATEMENT_COLUMNS, statementCsvRows, statementExport } from '../../outputs/statement-exports.ts';
import { mappedRows } from '../../outputs/streamed-body.ts';

export const GET: APIRoute = async () =>
  csvResponse(statementCsvRows(mappedRows((await getCorpus()).statements, statementExport)), STATEMENT_COLUMNS);
