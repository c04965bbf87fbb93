import type { APIRoute } from 'astro';
import { getCorpus } from '../../corpus/index.ts';
import { csvResponse, toCsv } from '../../outputs/csv.ts';
import { QUOTE_COLUMNS, quoteExport } from '../../outputs/exports.ts';

export const GET: APIRoute = async () => csvResponse(toCsv((await getCorpus()).quotes.map(quoteExport), QUOTE_COLUMNS));
