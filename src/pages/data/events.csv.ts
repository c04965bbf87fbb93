import type { APIRoute } from 'astro';
import { getCorpus } from '../../corpus/index.ts';
import { csvResponse } from '../../outputs/csv.ts';
import { EVENT_COLUMNS, eventExport } from '../../outputs/exports.ts';
import { mappedRows } from '../../outputs/streamed-body.ts';

export const GET: APIRoute = async () => csvResponse(mappedRows((await getCorpus()).events, eventExport), EVENT_COLUMNS);
