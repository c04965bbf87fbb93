/**
 * A speech verb inside a clause that opens the sentence and closes before the quote ("After Brown
 * criticized Clinton during a debate, Hillary shot back, “…”") reports the clause's own words, not
 * the quote: the quote belongs to the main clause after the comma, whose subject is someone else.
 */

/** A sentence opening with a subordinate clause, up to its verb, with no comma or quote yet. */
const OPENS_FRONTED_CLAUSE =
  /^(?:(?:But|And|So|Yet)\s+)?(?:After|When|While|Although|Though|Because|Before|Since|Once|Until|Whereas)\s[^,;:“”"]*$/u;

/** The clause closes at a comma and a main clause of two words or more runs on to the quote. */
const MAIN_CLAUSE_AFTER = /^([^,;:“”"]*,\s*)[^\s“”"]+\s+[^“”"]*\S[^“”"]*$/u;

/**
 * Where the main clause starts when the speech verb from `cueStart` to `cueEnd` stands in a fronted
 * subordinate clause that closes before the quote at `quoteStart` (the sentence starts at
 * `sentenceStart`); otherwise null.
 */
export function mainClauseAfterFrontedCue(
  text: string,
  sentenceStart: number,
  cue: { start: number; end: number },
  quoteStart: number,
): number | null {
  if (!OPENS_FRONTED_CLAUSE.test(text.slice(sentenceStart, cue.start).trimStart())) return null;
  const main = MAIN_CLAUSE_AFTER.exec(text.slice(cue.end, quoteStart));
  return main ? cue.end + main[1]!.length : null;
}
