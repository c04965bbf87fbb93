/**
 * PolNeAR's resolved-gold figures as text: detection, the speaker of `name` and `anon` quotes,
 * the counts by rule, then (unless quiet) every error, speaker errors grouped by rule.
 */
import type { ResolvedScore, ResolvedSpeakerFigures } from './score-resolved.ts';
import { formatError, inReadingOrder, percent, ruleLine, speakerErrorsByRule } from './report-text.ts';
import type { EvaluationError } from './types.ts';

function speakerLine(figures: ResolvedSpeakerFigures): string {
  return (
    `right ${percent(figures.rightRate)} (${figures.right}/${figures.scored}), ` +
    `wrong ${percent(figures.wrongRate)} (${figures.wrong}), ` +
    `no speaker ${percent(figures.noneRate)} (${figures.none} detected without a speaker + ${figures.missed} not detected)`
  );
}

/** The resolved-gold figures of a PolNeAR split, and (unless `quietErrors`) its errors. */
export function formatResolved(resolved: ResolvedScore & { source: string }, options: { quietErrors: boolean }): string {
  const f = resolved.figures;
  const d = f.detection;
  const s = f.speaker;
  const errors = resolved.errors;
  const count = (group: EvaluationError['group']) => errors.filter((error) => error.group === group).length;
  const lines = [
    `  RESOLVED GOLD (${resolved.source}): ${f.articles} articles, ${f.goldQuotes} quoted segments ` +
      `(name ${f.byStatus.name}, anon ${f.byStatus.anon}, unresolved ${f.byStatus.unresolved}, nosource ${f.byStatus.nosource}); ` +
      `${f.quotesOutsideText} in the title line or embed markup left out`,
    `  detection: precision ${percent(d.precision)} (${d.systemMatched}/${d.systemScored}), ` +
      `recall ${percent(d.recall)} (${d.goldMatched}/${f.goldQuotes})`,
    `  speaker, name and anon (${s.all.scored}): ${speakerLine(s.all)}`,
    `    name (${s.name.scored}): ${speakerLine(s.name)}`,
    `    anon (${s.anon.scored}): ${speakerLine(s.anon)}`,
    `    not scored for speaker: ${f.unscored.unresolved} unresolved, ${f.unscored.nosource} nosource`,
    '  by rule (detected name and anon quotes):',
    ...f.byRule.map((row) => `    ${ruleLine(row)}`),
    `  resolved-gold errors: wrong speaker ${count('wrong speaker')}, no speaker ${count('no speaker')}, ` +
      `missed ${count('missed')}, spurious ${count('spurious')}`,
  ];
  if (!options.quietErrors) {
    lines.push(...speakerErrorsByRule(errors, f.byRule));
    for (const group of ['missed', 'spurious'] as const) {
      const ofGroup = inReadingOrder(errors.filter((error) => error.group === group));
      if (ofGroup.length > 0)
        lines.push(`  -- ${group} (${ofGroup.length})`, ...ofGroup.map((error) => `    ${formatError(error)}`));
    }
  }
  return lines.join('\n');
}
