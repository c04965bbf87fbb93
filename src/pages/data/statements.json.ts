import type { APIRoute } from 'astro';
import { getCorpus } from '../../corpus/index.ts';
import { jsonResponse } from '../../outputs/exports.ts';
import { statementExport } from '../../outputs/statement-exports.ts';

export const GET: APIRoute = async () => jsonResponse((await getCorpus()).statements.map(statementExport));
