/**
 * Finds temporal expressions in article text and resolves them against the publication date.
 *
 * Why our own parser and not chrono-node: chrono-node 2.10.3, tried on the five articles,
 * resolves a bare weekday forward ("saying Monday" on Fri 18 Apr 2025 → 21 Apr; "Monday’s East
 * Room summit" → the Monday after publication), does not know "two weekends ago", "early next
 * week" or "in 2014", leaves "early"/"late"/"overnight" outside its spans, gives "last month" as
 * the instant 18 March with no precision, starts weeks on Sunday, and matches things that are not
 * dates here ("a day after", "past 24 hours", "48 hours later"). We would have to override almost
 * every result, so a few patterns with news rules (below) are smaller and easier to check.
 *
 * News rules: a reported event is in the past, so a bare weekday or month is the latest one on or
 * before publication; an explicit "next"/"this coming", or a clause in the future tense ("talks will be
 * held on Wednesday", "is due to meet", "airing Sunday"; see clause-tense.ts), reads it forward. Weeks
 * run Monday to Sunday. "The next day", "the same day" count from the last day named before them.
 * The rules, one per kind of expression, are in date-rules.ts; this is the pass that applies them.
 *
 * Time zones: all arithmetic is done on UTC instants and labels are printed from wall-clock dates
 * (src/lib/calendar.ts), so the results never depend on the machine's time zone.
 *
 * Cost: every rule is one pass of a regex without nested repetition over the block, and the context an
 * expression is read in (its clause, the words beside a weekday) is a bounded window, so a long
 * paragraph costs time in proportion to its length.
 */
import { addDays, dayLabel } from '../../lib/calendar.ts';
import { isValidIsoDate, type IsoDate } from '../../lib/iso-date.ts';
import type { BodyBlock, ResolvedDate } from '../types.ts';
import { clauseTense } from './clause-tense.ts';
import type { FromPreviousDay, MatchContext, Resolution } from './date-rule.ts';
import { DATE_RULES } from './date-rules.ts';

/** Finds the temporal expressions in `blocks` and resolves them against `published` (`YYYY-MM-DD`). */
export function resolveDates(blocks: BodyBlock[], published: IsoDate): ResolvedDate[] {
  if (!isValidIsoDate(published)) throw new Error(`resolveDates: "${published}" is not a YYYY-MM-DD date`);
  const found = blocks.flatMap((block) => findInText(block.text, published).map((one) => ({ block: block.id, ...one })));
  return dateFromPreviousDays(found);
}

type Span = Pick<ResolvedDate, 'start' | 'end' | 'text'>;
type Found = Span & (Resolution | FromPreviousDay);

/** How many characters either side of an expression a rule may read (`MatchContext`'s `before` and `after`). */
const CONTEXT_CHARS = 200;

function findInText(text: string, published: IsoDate): Found[] {
  const candidates: Found[] = [];
  for (const rule of DATE_RULES) {
    for (const match of text.matchAll(rule.pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      const tense = clauseTense(text, start, end);
      const context: MatchContext = {
        published,
        tense,
        futureCue: tense?.tense === 'future' ? tense.cue : null,
        before: text.slice(Math.max(0, start - CONTEXT_CHARS), start),
        after: text.slice(end, end + CONTEXT_CHARS),
      };
      const resolution = rule.resolve(match.groups ?? {}, match[0], context);
      if (resolution) candidates.push({ start, end, text: match[0], ...resolution });
    }
  }
  return longestWithoutOverlap(candidates, text.length);
}

/**
 * Several rules can match the same words ("on Tuesday" inside "on Tuesday, February 11, 2025"):
 * the longest expression wins. Taken characters are marked, so each check costs the span's length.
 */
function longestWithoutOverlap(candidates: Found[], length: number): Found[] {
  candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const taken = new Uint8Array(length);
  const kept = candidates.filter((candidate) => {
    if (taken.subarray(candidate.start, candidate.end).includes(1)) return false;
    taken.fill(1, candidate.start, candidate.end);
    return true;
  });
  return kept.sort((a, b) => a.start - b.start);
}

/**
 * Dates "the next day", "the same day" … from the last day-precision date before them in reading
 * order, across blocks. With no such date they stay unresolved: guessing the publication day would
 * be a false claim.
 */
function dateFromPreviousDays(found: (Found & { block: string })[]): ResolvedDate[] {
  const resolved: ResolvedDate[] = [];
  let previousDay: ResolvedDate | undefined;
  for (const one of found) {
    const date = 'daysFromPrevious' in one ? countFromPreviousDay(one, previousDay) : one;
    if (!date) continue;
    resolved.push(date);
    if (date.precision === 'day') previousDay = date;
  }
  return resolved;
}

function countFromPreviousDay(
  { daysFromPrevious: days, ...span }: FromPreviousDay & Span & { block: string },
  previous: ResolvedDate | undefined,
): ResolvedDate | null {
  if (!previous) return null;
  const date = addDays(previous.date, days);
  const anchor = `the last date named before it (“${previous.text}”, ${dayLabel(previous.date)})`;
  const count = Math.abs(days) === 1 ? 'the day' : `${Math.abs(days)} days`;
  const how = days === 0 ? `the same day as ${anchor}` : `${count} ${days > 0 ? 'after' : 'before'} ${anchor}`;
  return { ...span, date, precision: 'day', explanation: `${span.text} → ${dayLabel(date)}, ${how}` };
}
