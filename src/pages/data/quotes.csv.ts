import type { APIRoute } from 'astro';
import { getCorpus } from '../../corpus/index.ts';
import { quoteExport } from '../../outputs/exports.ts';
import { csvResponse, toCsv } from '../../outputs/csv.ts';

export const GET: APIRoute = async () =>
  csvResponse(
    toCsv((await getCorpus()).quotes.map(quoteExport), [
      'id',
      'text',
      'kind',
      'speaker',
      'speakerLabel',
      'speakerProvisional',
      'attribution',
      'article',
      'paragraph',
      'event',
      'url',
    ]),
  );
