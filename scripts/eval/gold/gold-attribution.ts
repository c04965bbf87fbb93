/**
 * What every hand-written gold row of the corpus holds, quote or reported statement: the article
 * it is in and who speaks, and how a row of an unnamed source is made.
 */

/** The article and the speaker of one gold row. */
export interface GoldAttribution<Article extends string = string> {
  article: Article;
  /** Actor slug; null when no actor speaks (an unnamed source, or what the row's set says). */
  speaker: string | null;
}

/** A row of an unnamed source: its own fields, no actor, and the article's words for the source. */
export function unnamedSource<Row extends object, Words extends object>(row: Row, words: Words): Row & { speaker: null } & Words {
  return { ...row, speaker: null, ...words };
}
