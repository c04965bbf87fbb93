import type { APIRoute } from 'astro';
import { getCorpus } from '../../corpus/index.ts';
import { csvResponse, toCsv } from '../../outputs/csv.ts';
import { EVENT_COLUMNS, eventExport } from '../../outputs/exports.ts';

export const GET: APIRoute = async () => csvResponse(toCsv((await getCorpus()).events.map(eventExport), EVENT_COLUMNS));
