import type { APIRoute } from 'astro';
import { getCorpus } from '../../corpus/index.ts';
import { csvResponse } from '../../outputs/csv.ts';
import { QUOTE_COLUMNS, quoteExport } from '../../outputs/exports.ts';
import { mappedRows } from '../../outputs/streamed-body.ts';

export const GET: APIRoute = async () => csvResponse(mappedRows((await getCorpus()).quotes, quoteExport), QUOTE_COLUMNS);
