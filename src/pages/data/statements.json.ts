import type { APIRoute } from 'astro';
import { getCorpus } from '../../corpus/index.ts';
import { mappedRows } from '../../outputs/streamed-body.ts';
import { jsonResponse } from '../../outputs/exports.ts';
import { statementExport } from '../../outputs/statement-exports.ts';

export const GET: APIRoute = async () => jsonResponse(mappedRows((await getCorpus()).statements, statementExport));
