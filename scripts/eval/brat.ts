/**
 * A reader for brat standoff annotations as PolNeAR writes them: text-bound spans
 * (`T3\tContent 120 211;215 240\t…`, possibly discontinuous) and the events that tie a Source,
 * Cue and Content into one attribution (`E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1`).
 */

/** One text-bound annotation. */
export interface BratSpan {
  id: string;
  type: string;
  /** Character ranges `[start, end)` into the text, in file order; several when discontinuous. */
  fragments: Array<[number, number]>;
  /** The annotation's own copy of the text (fragments joined by a space). */
  text: string;
}

/** One attribution event with its spans by role. */
export interface BratAttribution {
  id: string;
  /** The trigger's type: `Attribution` or `Attribution-no-source`. */
  type: string;
  source: BratSpan | null;
  cue: BratSpan | null;
  /** Content spans (`Content`, `Content2`, …) in the order given. */
  contents: BratSpan[];
}

export interface BratDocument {
  spans: Map<string, BratSpan>;
  attributions: BratAttribution[];
  /** Lines that could not be read, with their line number, for the report. */
  problems: string[];
}

const SPAN_LINE = /^(T\d+)\t(\S+) ([\d ;]+)\t(.*)$/;

/**
 * Reads one `.ann` file; other line types (relations, notes, attributes) and continuation lines
 * of a span's text are ignored.
 */
export function readBrat(source: string): BratDocument {
  const spans = new Map<string, BratSpan>();
  const events: Array<{ id: string; roles: Array<[string, string]>; line: number }> = [];
  const problems: string[] = [];
  source.split(/\r?\n/).forEach((line, index) => {
    if (line.trim() === '') return;
    // A line that starts with no annotation id continues the previous span's text (a newline in it).
    if (/^T\d+\t/.test(line)) {
      const match = SPAN_LINE.exec(line);
      const fragments = match?.[3]?.split(';').map((range) => range.trim().split(' ').map(Number));
      if (!match || !fragments || fragments.some((range) => range.length !== 2 || range.some(Number.isNaN))) {
        problems.push(`line ${index + 1}: not a text-bound annotation: ${line.slice(0, 60)}`);
        return;
      }
      const [, id = '', type = '', , text = ''] = match;
      spans.set(id, { id, type, fragments: fragments.map(([start, end]) => [start!, end!]), text });
      return;
    }
    if (/^E\d+\t/.test(line)) {
      const [id = '', body = ''] = line.split('\t');
      const roles = body
        .trim()
        .split(/\s+/)
        .filter((pair) => pair.includes(':'))
        .map((pair) => pair.split(':', 2) as [string, string]);
      events.push({ id, roles, line: index + 1 });
    }
  });

  const attributions: BratAttribution[] = [];
  for (const event of events) {
    const [trigger, ...arguments_] = event.roles;
    if (!trigger) continue;
    const attribution: BratAttribution = { id: event.id, type: trigger[0], source: null, cue: null, contents: [] };
    for (const [role, spanId] of arguments_) {
      const span = spans.get(spanId);
      if (!span) {
        problems.push(`line ${event.line}: ${event.id} refers to ${spanId}, which is not defined`);
        continue;
      }
      // Roles repeat with a number (Content2) when an attribution has several spans of one role.
      const base = role.replace(/\d+$/, '');
      if (base === 'Source') attribution.source ??= span;
      else if (base === 'Cue') attribution.cue ??= span;
      else if (base === 'Content') attribution.contents.push(span);
    }
    attributions.push(attribution);
  }
  return { spans, attributions, problems };
}

/** The text a span covers, read from the document (fragments joined by a space). */
export function spanText(text: string, span: BratSpan): string {
  return span.fragments.map(([start, end]) => text.slice(start, end)).join(' ');
}
