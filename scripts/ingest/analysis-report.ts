import type { AnalysedArticleFile } from './editor-analysis.ts';
import { isSpokenQuote } from '../../src/schemas/quote.ts';
import { countQuotes, draftActorCommand } from '../../src/corpus/provisional-actors.ts';
import { type ConfidenceOfQuote, roundedConfidence, speakerRuleOf } from '../../src/outputs/speaker-confidence.ts';

/**
 * The analysis of one article as the editor CLIs print it (`npm run analyze`, and the review of
 * `npm run add`): mentions, quotes with their speakers and how each was attributed (the method, the
 * rule that proposed the speaker and the model's confidence), quotes whose
 * speaker was not determined, statements reported outside quotation marks with their speakers, people
 * found in the text with no actor file (with the command to draft one), and resolved dates with their
 * reasoning.
 */
export function formatAnalysisReport(
  { file, analysis: result, published }: AnalysedArticleFile,
  registered: Map<string, string>,
): string {
  const provisionalNames = new Map(result.people.map((person) => [person.slug, person.name]));
  const nameOf = (slug: string) =>
    registered.get(slug) ?? (provisionalNames.has(slug) ? `${provisionalNames.get(slug)} (provisional)` : slug);
  const lines: string[] = [];
  const counts = new Map<string, number>();
  for (const mention of result.mentions) counts.set(mention.actor, (counts.get(mention.actor) ?? 0) + 1);
  lines.push(
    `${file}: ${result.blocks.length} ${result.blocks.length === 1 ? 'block' : 'blocks'}, published ${published}`,
    '',
    `Mentions (${result.mentions.length}):`,
  );
  for (const [actor, count] of [...counts].sort((a, b) => b[1] - a[1])) {
    const where = result.mentions.filter((m) => m.actor === actor).map((m) => `${m.block} “${m.text}”`);
    lines.push(`  ${nameOf(actor)} (${actor}) ×${count}: ${where.join(', ')}`);
  }
  lines.push('', `Quotes (${result.quotes.length}):`);
  const quotesBy = new Map<string, number>();
  for (const quote of result.quotes) {
    if (quote.speaker?.actor) quotesBy.set(quote.speaker.actor, (quotesBy.get(quote.speaker.actor) ?? 0) + 1);
    const speaker = quote.speaker
      ? `${quote.speaker.actor ? nameOf(quote.speaker.actor) : 'unnamed'} [“${quote.speaker.label}”]`
      : isSpokenQuote(quote.kind)
        ? 'speaker not determined'
        : 'no speaker';
    const words = quote.text.length > 90 ? `${quote.text.slice(0, 87)}…` : quote.text;
    lines.push(
      `  ${quote.parts[0]?.block} ${quote.kind.padEnd(9)} ${speaker} (${quote.attribution ?? '-'})${ruleAndConfidence(quote)}`,
      `      “${words}”`,
    );
  }
  const undetermined = result.quotes.filter((quote) => !quote.speaker && isSpokenQuote(quote.kind));
  if (undetermined.length > 0) {
    const paragraphs = undetermined.map((quote) => quote.parts[0]?.block).join(', ');
    lines.push(
      '',
      `Speaker not determined for ${undetermined.length} ${undetermined.length === 1 ? 'quote' : 'quotes'}: ${paragraphs}.`,
      '  Name the speaker in the article’s `attributions` frontmatter, or check the sentence around the quote.',
    );
  }
  lines.push('', `Reported statements (${result.statements.length}): words reported outside quotation marks`);
  for (const statement of result.statements) {
    const source = statement.source ? ` [“${statement.source.text}”]` : '';
    const speaker = statement.speaker
      ? `${statement.speaker.actor ? nameOf(statement.speaker.actor) : 'unnamed'}${source}`
      : statement.source
        ? `speaker withheld${source}`
        : 'no source named';
    const words = statement.text.length > 90 ? `${statement.text.slice(0, 87)}…` : statement.text;
    lines.push(
      `  ${statement.content.block} ${speaker}, cue “${statement.cue.text}”${ruleAndConfidence({ ...statement, attribution: null })}`,
      `      “${words}”`,
    );
  }
  lines.push('', `Provisional people (${result.people.length}): found in the text, no actor file yet`);
  for (const person of result.people) {
    lines.push(
      `  ${person.name} (${person.slug}), ${countQuotes(quotesBy.get(person.slug) ?? 0)}`,
      `      roles: ${person.roles.length > 0 ? person.roles.join('; ') : '(none written)'}`,
      `      ${person.evidence.block}: ${person.evidence.sentence}`,
      `      draft the actor file: ${draftActorCommand(person.name)}`,
    );
  }
  lines.push('', `Dates (${result.dates.length}):`);
  for (const date of result.dates) {
    lines.push(`  ${date.block} “${date.text}” → ${date.date} (${date.precision}): ${date.explanation}`);
  }
  return lines.join('\n');
}

/** The rule behind a quote's speaker and the model's confidence: " · rule name-after-quote, confidence 0.86"; empty with no speaker. */
function ruleAndConfidence(quote: ConfidenceOfQuote): string {
  const rule = speakerRuleOf(quote);
  const confidence = roundedConfidence(quote);
  if (rule === null && confidence === null) return '';
  return ` · rule ${rule ?? '-'}, confidence ${confidence === null ? '-' : confidence.toFixed(2)}`;
}
