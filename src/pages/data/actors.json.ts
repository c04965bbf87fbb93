import type { APIRoute } from 'astro';
import { getCorpus } from '../../corpus/index.ts';
import { mappedRows } from '../../outputs/streamed-body.ts';
import { actorExport, jsonResponse } from '../../outputs/exports.ts';

export const GET: APIRoute = async () => jsonResponse(mappedRows((await getCorpus()).actors, actorExport));
