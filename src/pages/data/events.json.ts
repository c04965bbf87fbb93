import type { APIRoute } from 'astro';
import { getCorpus } from '../../corpus/index.ts';
import { eventExport, jsonResponse } from '../../outputs/exports.ts';

export const GET: APIRoute = async () => jsonResponse((await getCorpus()).events.map(eventExport));
