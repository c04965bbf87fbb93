import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import type { LineVerdict, SourceLine } from '../../../../../scripts/ingest/furniture/classify.ts';
import type { PageContext } from '../../../../../scripts/ingest/furniture/page-rules.ts';

/** The cases of one rule family, from tests/fixtures/ingest/furniture-cases/. */
export function readFurnitureCases(file: string): unknown {
  return load(readFileSync(new URL(`../../../../fixtures/ingest/furniture-cases/${file}`, import.meta.url), 'utf8'));
}

/** One rule's table of cases (one entry of a YAML file of furniture-cases/); `Case` is a row. */
export interface RuleCases<Case> {
  /** The rule's name. */
  rule: string;
  /** Cases the rule must name. */
  catches: Case[];
  /** Cases it must leave alone, mostly article text. */
  leaves: Case[];
}

/** A page line's context with what a test sets; the rest as an ordinary paragraph in a div that Readability left out. */
export function pageContext(context: Partial<PageContext>): PageContext {
  return {
    tag: 'p',
    ancestors: ['div', 'body'],
    hints: '',
    nearHints: '',
    linkOnly: false,
    boldOnly: false,
    kept: false,
    ...context,
  };
}

/** A raw text's lines, numbered from 1. */
/** Source lines from texts, one a line; an empty text is a blank line (it keeps its number, as in a raw file). */
export const textLines = (...texts: string[]): SourceLine[] =>
  texts.flatMap((text, i) => (text === '' ? [] : [{ line: i + 1, text }]));

/** A saved page's line: its number, its text and where it sat. */
export const pageLine = (line: number, text: string, context: Partial<PageContext>): SourceLine => ({
  line,
  text,
  page: pageContext(context),
});

/** A verdict in a word: the name of the rule that set the line aside, or `body:` and its block. */
export const ruleOf = (verdict: LineVerdict | undefined) =>
  verdict?.role === 'furniture' ? verdict.rule.name : verdict?.role === 'body' ? `body:${verdict.block}` : undefined;

/** Paragraphs of prose from the corpus (the same as in position-rules.yaml). */
export const P1 =
  'In a dramatic statement early this morning, Secretary of State Marco Rubio said President Donald Trump would give it a few more days.';
export const P2 =
  '“We’re not going to continue with this endeavor for weeks and months on end,” Rubio said Friday in Paris after meeting European leaders.';
export const P3 =
  'Both Ukraine and Russia appear locked into maximalist demands, and attempts at a temporary ceasefire have yielded mixed results.';

/**
 * A saved page of which Readability kept two paragraphs (lines 2 and 5) and left out the rest: the
 * masthead before the article, a paragraph between the two, a teaser and a contact line after it.
 */
export const PAGE_WITH_LEFT_OUT_LINES: readonly SourceLine[] = [
  pageLine(1, 'The Daily Planet', {}),
  pageLine(2, P1, { kept: true }),
  pageLine(3, P3, {}),
  pageLine(4, 'Five things to know', {}),
  pageLine(5, P2, { kept: true }),
  pageLine(6, 'Contact the newsroom', {}),
];
