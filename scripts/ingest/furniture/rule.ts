import type { ArticleData } from '../../../src/schemas/article.ts';

/** What a line set aside was on the page, as the article's `furniture` records it. */
export type FurnitureKind = ArticleData['furniture'][number]['kind'];

/** A rule as the review shows it: every rule of every family has these. */
export interface RuleInfo {
  /** Short, stable name, shown in the review next to every item it caught. */
  name: string;
  /** What the text was on the page, as the article's `furniture` records it. */
  kind: FurnitureKind;
  /** What the rule catches, in a sentence. */
  description: string;
  /** Where the rule comes from: a general convention, or the corpus file it was first seen in. */
  origin: string;
}

/** A rule that reads the words of one line (the line rules: line-rules.ts, copy-rules.ts). */
export interface LineRule extends RuleInfo {
  /** True when this line ends the article: everything after it is furniture too (text only). */
  endsArticle?: boolean;
  test: (text: string) => boolean;
}

/** The index of the first line a rule set aside as the headline, or -1 when none was. */
export function takenHeadline(verdicts: readonly ({ role: 'body' } | { role: 'furniture'; rule: RuleInfo })[]): number {
  return verdicts.findIndex((verdict) => verdict.role === 'furniture' && verdict.rule.kind === 'headline');
}
