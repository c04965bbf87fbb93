/**
 * A worker thread of the analysis pool (analysis-pool.ts): builds the mention matcher from the
 * same actor files as the main thread, then analyses each article it is sent and posts the result
 * back. It holds no state between articles beyond the matcher, so an article's analysis is the
 * same whichever thread runs it.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { analyzeArticle, type ArticleInput } from '../analysis/analyze-article.ts';
import { loadActorRegistry } from '../load/actor-registry.ts';
import type { AnalysisReply, AnalysisRequest } from './analysis-pool.ts';

const { actorsDir } = workerData as { actorsDir: string };
const { matcher } = loadActorRegistry(actorsDir);

parentPort?.on('message', ({ id, input }: AnalysisRequest) => {
  let reply: AnalysisReply;
  try {
    reply = { id, analysis: analyzeArticle(input as ArticleInput, matcher) };
  } catch (error) {
    reply = { id, error: error instanceof Error ? error.message : String(error) };
  }
  parentPort?.postMessage(reply);
});
