import type { APIRoute } from 'astro';
import { getCorpus } from '../../corpus/index.ts';
import { articleExport } from '../../corpus/exports.ts';

export const GET: APIRoute = async () => {
  const { articles } = await getCorpus();
  return new Response(JSON.stringify(articles.map(articleExport), null, 2));
};
