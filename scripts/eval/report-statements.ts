/**
 * The reported-speech section of a set as text: the system's counts, then against the gold (where
 * the set has one) detection, speakers, counts by rule and by cue, and (unless quiet) every error,
 * grouped by pattern.
 */
import type { StatementResult } from './evaluate-statements.ts';
import { percent, ruleLine } from './report-text.ts';
import type { PatternCount, StatementSpeakerFigures } from './score-statements.ts';
import type { StatementError, StatementErrorGroup } from './statement-types.ts';

const GROUPS: StatementErrorGroup[] = ['wrong speaker', 'no speaker', 'missed', 'spurious'];
/** How many patterns a count line shows before "…". */
const PATTERNS_SHOWN = 15;

function speakerLine(figures: StatementSpeakerFigures): string {
  return (
    `right ${percent(figures.rightRate)} (${figures.right}/${figures.scored}), wrong ${percent(figures.wrongRate)} (${figures.wrong}), ` +
    `no speaker ${percent(figures.noneRate)} (${figures.none} detected without a speaker + ${figures.missed} not detected); ` +
    `right of detected ${percent(figures.rightOfDetected)}` +
    (figures.unscored > 0 ? `; ${figures.unscored} not scored for speaker` : '')
  );
}

/** Patterns with their counts on one line, the most frequent first. */
export function patternLine(counts: PatternCount[]): string {
  const shown = counts.slice(0, PATTERNS_SHOWN).map(({ pattern, count }) => `${pattern} ${count}`);
  return counts.length > PATTERNS_SHOWN ? `${shown.join(', ')}, … (${counts.length - PATTERNS_SHOWN} more)` : shown.join(', ');
}

/** One statement error as a line: `article p-N "words" gold: X | system: Y`. */
export function formatStatementError(error: StatementError): string {
  return `${error.article} ${error.block ?? 'p-?'} "${error.text}" gold: ${error.gold} | system: ${error.system}`;
}

/** The errors of one group, by pattern (most errors first), each in the order found. */
function errorsByPattern(group: StatementErrorGroup, errors: StatementError[]): string[] {
  const ofGroup = errors.filter((error) => error.group === group);
  if (ofGroup.length === 0) return [];
  const patterns = [...new Set(ofGroup.map((error) => error.pattern))];
  const count = (pattern: string) => ofGroup.filter((error) => error.pattern === pattern).length;
  patterns.sort((a, b) => count(b) - count(a) || a.localeCompare(b));
  const lines = [`  -- statements ${group} (${ofGroup.length})`];
  for (const pattern of patterns) {
    lines.push(`    ${pattern} (${count(pattern)})`);
    for (const error of ofGroup.filter((candidate) => candidate.pattern === pattern))
      lines.push(`      ${formatStatementError(error)}`);
  }
  return lines;
}

/** The reported-speech section of a set, and (unless `quietErrors`) its errors. */
export function formatStatements(result: StatementResult, options: { quietErrors: boolean }): string {
  const s = result.system;
  const lines = [
    `  REPORTED SPEECH (${result.gold ?? 'no statement gold: system counts only'})`,
    `  system statements: ${s.statements}, ${s.withSpeaker} with a speaker; by rule: ${patternLine(s.byRule) || '-'}`,
  ];
  if (result.polnear) {
    const p = result.polnear;
    lines.push(
      `  gold: ${p.reported} attributions without quotation marks, ${p.speech} with a speech cue (scored), ` +
        `${p.notSpeech} beliefs, knowledge and the like (left out); ${p.outsideText} speech ones in the title line left out`,
    );
  }
  const score = result.score;
  if (score !== null) {
    const f = score.figures;
    const d = f.detection;
    lines.push(
      `  statements: gold ${f.gold}, system ${f.system} (${f.systemOutOfScope} holding a left-out attribution, not counted), matched ${d.goldMatched}`,
      `  detection: precision ${percent(d.precision)} (${d.systemMatched}/${d.systemScored}), recall ${percent(d.recall)} (${d.goldMatched}/${f.gold})`,
      `  speaker (${f.speaker.scored}): ${speakerLine(f.speaker)}`,
      '  by rule (detected statements with a scored speaker):',
      ...f.byRule.map((row) => `    ${ruleLine(row).replace(' quotes,', ' statements,')}`),
      `  missed by gold cue: ${patternLine(f.missedByCue) || '-'}`,
      `  spurious by system cue: ${patternLine(f.spuriousByCue) || '-'}`,
      `  statement errors: ${GROUPS.map((group) => `${group} ${score.errors.filter((error) => error.group === group).length}`).join(', ')}`,
    );
  }
  for (const note of result.notes) lines.push(`  note: ${note}`);
  if (result.problems.length > 0)
    lines.push(`  statement problems (${result.problems.length}):`, ...result.problems.map((problem) => `    ${problem}`));
  if (score !== null && !options.quietErrors) for (const group of GROUPS) lines.push(...errorsByPattern(group, score.errors));
  return lines.join('\n');
}

/**
 * The section's figures as JSON-ready data, no article text: where the gold came from, the system's
 * counts, and (with a gold) the scored figures and the error counts.
 */
export function statementsJson(result: StatementResult) {
  const score = result.score;
  return {
    goldSource: result.gold,
    systemCounts: result.system,
    ...(result.polnear ? { polnear: result.polnear } : {}),
    ...(score === null
      ? {}
      : {
          ...score.figures,
          errors: Object.fromEntries(
            GROUPS.map((group) => [group, score.errors.filter((error) => error.group === group).length]),
          ),
        }),
    problems: result.problems.length,
  };
}
