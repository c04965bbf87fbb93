import type { APIRoute } from 'astro';
import { getCorpus } from '../../corpus/index.ts';
import { eventExport } from '../../outputs/exports.ts';
import { csvResponse, toCsv } from '../../outputs/csv.ts';

export const GET: APIRoute = async () =>
  csvResponse(
    toCsv((await getCorpus()).events.map(eventExport), [
      'slug',
      'title',
      'date',
      'datePrecision',
      'endDate',
      'status',
      'kind',
      'location',
      'actors',
      'articles',
      'summary',
      'url',
    ]),
  );
