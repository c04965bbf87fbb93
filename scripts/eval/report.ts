/**
 * The evaluation as text for a person (figures, then every error, grouped) and as JSON figures for
 * a machine (no article text).
 */
import type { SetResult } from './evaluate-sets.ts';
import { formatResolved } from './report-resolved.ts';
import { formatStatements, statementsJson } from './report-statements.ts';
import { formatError, inReadingOrder, percent, ruleLine, speakerErrorsByRule } from './report-text.ts';
import type { SpeakerFigures } from './score.ts';
import type { ErrorGroup, EvaluationError } from './types.ts';

export const ERROR_GROUPS: ErrorGroup[] = ['wrong speaker', 'no speaker', 'missed', 'spurious', 'wrong kind'];

function speakerLine(figures: SpeakerFigures): string {
  return (
    `accuracy ${percent(figures.accuracy)} (${figures.correct}/${figures.gold}), ` +
    `wrong ${percent(figures.wrongRate)} (${figures.wrong}` +
    (figures.wrongUnresolvedName > 0
      ? `, of which ${figures.wrongUnresolvedName} an unnamed source labelled with the gold's name`
      : '') +
    '), ' +
    `no speaker ${percent(figures.noneRate)} (${figures.none} detected without a speaker + ${figures.missed} not detected)`
  );
}

/** Errors per group, in the order the report prints them. */
export function errorCounts(errors: EvaluationError[]): Record<ErrorGroup, number> {
  const counts = Object.fromEntries(ERROR_GROUPS.map((group) => [group, 0])) as Record<ErrorGroup, number>;
  for (const error of errors) counts[error.group]++;
  return counts;
}

/** The figures of one set, then (unless `quietErrors`) every error. */
export function formatSet(result: SetResult, options: { quietErrors: boolean }): string {
  const lines: string[] = [];
  const heading = `== ${result.name}: ${result.source}`;
  if (result.skipped !== undefined) return [heading, `  skipped: ${result.skipped}`].join('\n');
  const score = result.score!;
  const f = score.figures;
  lines.push(`${heading} (${result.seconds.toFixed(1)} s)`);
  if (f.articles === 0) lines.push('  no articles');
  lines.push(
    `  articles: ${f.articles}` +
      (result.failedArticles > 0 ? ` (${result.failedArticles} more left out: the analysis threw, see problems)` : ''),
  );
  if (result.resolved) {
    lines.push(
      formatResolved(result.resolved, options),
      "  BRAT GOLD (older figures: no two-apostrophe quotes, a pronoun's referent guessed; errors counted, not listed):",
    );
  }
  if (result.polnear) {
    const p = result.polnear;
    lines.push(
      `  PolNeAR ${p.split}: ${p.gold.attributions} attributions, ${p.gold.directAttributions} with quotation marks in their Content (direct quotations), ` +
        `${p.gold.directWithoutSource} of them without a Source (quotes not scored for speaker)`,
      `  gold quotes: ${p.gold.quotes} quoted segments; ${p.quotesInTitle} in the title line or embed markup (left out); ` +
        `${p.gold.unbalancedQuotes} with an unmatched mark; ` +
        `${p.gold.pronounQuotes} with a pronoun Source (${p.gold.unresolvedPronounQuotes} with no referent found, not scored)`,
    );
  }
  lines.push(
    `  quotes: gold ${f.goldQuotes}, system ${f.systemQuotes} (${f.systemQuotesScored} of the kinds the set annotates), matched ${f.matchedGold}`,
    `  detection: precision ${percent(f.precision)} (${f.matchedSystemScored}/${f.systemQuotesScored}), ` +
      `recall ${percent(f.recall)} (${f.matchedGold}/${f.goldQuotes})`,
  );
  if (f.matchedAsOtherKind > 0) lines.push(`  gold quotes matched by a system title or scare quote: ${f.matchedAsOtherKind}`);
  if (f.kind) lines.push(`  kind accuracy: ${percent(f.kind.accuracy)} (${f.kind.agree}/${f.kind.matched} matched)`);
  lines.push(`  speaker (${f.speaker.gold} gold quotes with a speaker): ${speakerLine(f.speaker)}`);
  if (result.polnear) {
    lines.push(
      `    pronoun sources, referent by heuristic (${result.polnear.pronounSources.gold}): ${speakerLine(result.polnear.pronounSources)}`,
      `    named or described sources (${result.polnear.namedOrDescribedSources.gold}): ${speakerLine(result.polnear.namedOrDescribedSources)}`,
    );
  }
  if (!result.resolved && f.byRule.length > 0) {
    lines.push('  by rule (detected quotes the gold gives a speaker):', ...f.byRule.map((row) => `    ${ruleLine(row)}`));
  }
  const a = f.abstention;
  lines.push(
    `  abstentions (gold statements and fragments with nobody named: ${a.gold}): ${a.correct} correct, ${a.wrong} given a speaker, ${a.missed} not detected`,
  );
  if (result.dates) {
    const d = result.dates.figures;
    lines.push(
      `  dates (${d.gold} gold expressions): accuracy ${percent(d.accuracy)}; found ${d.found}, right ${d.right}, wrong ${d.wrong}, missed ${d.missed}` +
        (d.notInText > 0 ? ` (${d.notInText} whose words are not in the text)` : ''),
    );
  }
  if (result.polnear && result.polnear.spansDisagreeingWithText > 0) {
    lines.push(`  warning: ${result.polnear.spansDisagreeingWithText} annotated spans differ from the text at their offsets`);
  }
  for (const note of result.notes) lines.push(`  note: ${note}`);
  if (result.problems.length > 0) {
    lines.push(`  problems (${result.problems.length}):`, ...result.problems.map((problem) => `    ${problem}`));
  }
  const counts = errorCounts(score.errors);
  const dateErrors = result.dates?.errors ?? [];
  lines.push(
    `  errors: ${ERROR_GROUPS.map((group) => `${group} ${counts[group]}`).join(', ')}` +
      (result.dates ? `, dates ${dateErrors.length}` : ''),
  );
  // With the resolved gold, its errors are the ones listed: the brat gold's would repeat them less exactly.
  if (!options.quietErrors && !result.resolved) {
    lines.push(...speakerErrorsByRule(score.errors, f.byRule));
    for (const group of ERROR_GROUPS.filter((name) => name !== 'wrong speaker' && name !== 'no speaker')) {
      const errors = inReadingOrder(score.errors.filter((error) => error.group === group));
      if (errors.length === 0) continue;
      lines.push(`  -- ${group} (${errors.length})`, ...errors.map((error) => `    ${formatError(error)}`));
    }
    if (dateErrors.length > 0) {
      lines.push(
        `  -- dates (${dateErrors.length})`,
        ...dateErrors.map(
          (error) =>
            `    ${error.article} ${error.block ?? 'p-?'} ${error.group} "${error.text}" gold: ${error.gold} | system: ${error.system}`,
        ),
      );
    }
  }
  if (result.statements) lines.push(formatStatements(result.statements, options));
  return lines.join('\n');
}

/** The figures of every set as JSON-ready data: counts and rates, no article text. */
export function figuresJson(results: SetResult[], gate: { minimum: number; failures: string[] }) {
  return {
    gate: { corpusMinimum: gate.minimum, passed: gate.failures.length === 0, failures: gate.failures },
    sets: Object.fromEntries(
      results.map((result) => [
        result.name,
        result.skipped !== undefined
          ? { skipped: result.skipped }
          : {
              source: result.source,
              seconds: Number(result.seconds.toFixed(2)),
              ...result.score!.figures,
              ...(result.dates ? { dates: result.dates.figures } : {}),
              ...(result.polnear ? { polnear: result.polnear } : {}),
              ...(result.resolved ? { resolved: { source: result.resolved.source, ...result.resolved.figures } } : {}),
              ...(result.statements ? { statements: statementsJson(result.statements) } : {}),
              errors: errorCounts(result.score!.errors),
              problems: result.problems.length,
              failedArticles: result.failedArticles,
            },
      ]),
    ),
  };
}
