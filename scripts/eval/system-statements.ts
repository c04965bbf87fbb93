/**
 * The analysis's reported statements (`ReportedStatement`) as the evaluation scores them: the
 * content span and words, the cue's words, the speaker with its display name, and its rule.
 */
import type { ArticleAnalysis } from '../../src/analysis/types.ts';
import type { SystemStatement } from './statement-types.ts';
import { type actorLookup, describeSpeaker } from './system-quotes.ts';

/** The reported statements of one analysed article, in reading order (none when the analysis gives none). */
export function systemStatements(
  article: string,
  analysis: ArticleAnalysis,
  actors: ReturnType<typeof actorLookup>,
): SystemStatement[] {
  return (analysis.statements ?? []).map((statement) => ({
    article,
    content: statement.content,
    text: statement.text,
    cue: statement.cue.text,
    speaker: statement.speaker === null ? null : describeSpeaker(statement.speaker, analysis.people, actors),
    rule: statement.speaker === null ? null : statement.speakerRule,
    source: statement.source?.text ?? null,
  }));
}
