import type { APIRoute } from 'astro';
import { getCorpus } from '../../corpus/index.ts';
import { jsonResponse, quoteExport } from '../../outputs/exports.ts';

export const GET: APIRoute = async () => jsonResponse((await getCorpus()).quotes.map(quoteExport));
