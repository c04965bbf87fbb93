import type { APIRoute } from 'astro';
import { getCorpus } from '../../corpus/index.ts';
import { csvResponse } from '../../outputs/csv.ts';
import { statementExport, statementsCsv } from '../../outputs/statement-exports.ts';

export const GET: APIRoute = async () => csvResponse(statementsCsv((await getCorpus()).statements.map(statementExport)));
