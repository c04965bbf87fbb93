/**
 * PolNeAR's resolved gold (`speakers-<split>.json`, described in the PolNeAR folder's README):
 * every quoted segment of the split, in every mark style, with its speaker resolved from
 * PolNeAR's own CoreNLP parses, and the rule that scores a system speaker against it.
 * The texts are the publishers' copyright: they are read from the folder at evaluation time only.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { headPhrase, normaliseName } from './match-speaker.ts';

/** How the resolved gold knows a quote's speaker. */
export type ResolvedStatus = 'name' | 'anon' | 'unresolved' | 'nosource';

/** One quoted segment of the resolved gold. */
export interface ResolvedQuote {
  /** The words between the marks, as in the text at `start`..`end`. */
  text: string;
  /** Character offsets into the article's text file. */
  start: number;
  end: number;
  status: ResolvedStatus;
  /** The resolved name for `name`; null otherwise (the file's `anon` placeholder included). */
  speaker: string | null;
  /** The Source span's own words; null when the attribution has none. */
  source: string | null;
}

/** One article of the resolved gold, with its text. */
export interface ResolvedArticle {
  /** File name without extension. */
  name: string;
  /** The article's text, from `<split>/text/<name>.txt`. */
  text: string;
  publisher: string;
  /** `YYYY-MM-DD`. */
  published: string;
  title: string;
  quotes: ResolvedQuote[];
  /** Attributions whose Content holds no quotation mark (`reported`): speech, and beliefs, knowledge, documents. */
  reported: ResolvedReport[];
}

/** One attribution of the resolved gold whose Content holds no quotation mark. */
export interface ResolvedReport {
  content: string;
  /** The Content's ranges, character offsets into the article's text file. */
  contentSpans: Array<[number, number]>;
  /** The cue's words ("said", "according to", "believes"); '' when the file gives none. */
  cue: string;
  status: ResolvedStatus;
  /** The resolved name for `name`; null otherwise. */
  speaker: string | null;
  source: string | null;
}

/** The result of scoring one system speaker against a resolved quote. */
export type ResolvedOutcome = 'right' | 'wrong' | 'none' | 'unscored';

const STATUSES = new Set<string>(['name', 'anon', 'unresolved', 'nosource']);
/** Words after a surname that are not the surname: suffixes, and titles the resolution left at the end. */
const TRAILING_NON_SURNAMES = new Set(['jr', 'sr', 'ii', 'iii', 'iv', 'gov', 'sen', 'rep', 'mr', 'mrs', 'ms', 'dr']);

function stringOr(value: unknown, fallback: string): string {
  return typeof value === 'string' ? value : fallback;
}

function readQuote(raw: Record<string, unknown>): ResolvedQuote | null {
  const { start, end, status } = raw;
  if (typeof start !== 'number' || typeof end !== 'number' || typeof status !== 'string' || !STATUSES.has(status)) return null;
  return {
    text: stringOr(raw.text, ''),
    start,
    end,
    status: status as ResolvedStatus,
    speaker: status === 'name' && typeof raw.speaker === 'string' ? raw.speaker : null,
    source: typeof raw.source === 'string' ? raw.source : null,
  };
}

/** The offset pairs of a field like `content_spans`; the malformed ones left out. */
function rangesOf(value: unknown): Array<[number, number]> {
  if (!Array.isArray(value)) return [];
  return value.filter(
    (pair): pair is [number, number] =>
      Array.isArray(pair) && pair.length === 2 && typeof pair[0] === 'number' && typeof pair[1] === 'number',
  );
}

function readReport(raw: Record<string, unknown>): ResolvedReport | null {
  const { status } = raw;
  const contentSpans = rangesOf(raw.content_spans);
  if (typeof status !== 'string' || !STATUSES.has(status) || contentSpans.length === 0) return null;
  return {
    content: stringOr(raw.content, ''),
    contentSpans,
    cue: stringOr(raw.cue, ''),
    status: status as ResolvedStatus,
    speaker: status === 'name' && typeof raw.speaker === 'string' ? raw.speaker : null,
    source: typeof raw.source === 'string' ? raw.source : null,
  };
}

/**
 * The resolved gold of a split, articles in name order, each with its text; null when
 * `speakers-<split>.json` is absent. Articles whose text file is missing are left out.
 */
export function readResolvedSpeakers(polnearDir: string, split: 'train' | 'dev'): ResolvedArticle[] | null {
  const file = path.join(polnearDir, `speakers-${split}.json`);
  if (!existsSync(file)) return null;
  const parsed = JSON.parse(readFileSync(file, 'utf8')) as { articles?: Record<string, Record<string, unknown>> };
  const articles: ResolvedArticle[] = [];
  for (const name of Object.keys(parsed.articles ?? {}).sort()) {
    const raw = parsed.articles?.[name] ?? {};
    const textFile = path.join(polnearDir, split, 'text', `${name}.txt`);
    if (!existsSync(textFile)) continue;
    const quotes = (Array.isArray(raw.quotes) ? (raw.quotes as Array<Record<string, unknown>>) : [])
      .map(readQuote)
      .filter((quote): quote is ResolvedQuote => quote !== null)
      .sort((a, b) => a.start - b.start || a.end - b.end);
    articles.push({
      name,
      text: readFileSync(textFile, 'utf8'),
      publisher: stringOr(raw.publisher, ''),
      published: stringOr(raw.published, ''),
      title: stringOr(raw.title, ''),
      quotes,
      reported: (Array.isArray(raw.reported) ? (raw.reported as Array<Record<string, unknown>>) : [])
        .map(readReport)
        .filter((report): report is ResolvedReport => report !== null)
        .sort((a, b) => a.contentSpans[0]![0] - b.contentSpans[0]![0]),
    });
  }
  return articles;
}

/** The surname of a resolved name: its last word, lower-cased, suffixes and trailing titles dropped. */
export function resolvedSurname(speaker: string): string {
  const words = normaliseName(speaker);
  while (words.length > 1 && TRAILING_NON_SURNAMES.has(words.at(-1)!)) words.pop();
  return words.at(-1) ?? '';
}

/**
 * Scores the system's speaker against a resolved quote, as the resolved gold's README says.
 * `name`: right when the gold surname is a word of the system speaker's name; for an unnamed
 * source (a label the analysis kept in the article's words) the surname must end the label's head
 * phrase ("The New York Post" for Post, not "a Clinton spokesman" for Clinton).
 * `anon`: right when the system gives an unnamed source, wrong when it gives a named actor.
 * No system speaker is `none`; `unresolved` and `nosource` quotes are `unscored`.
 */
export function speakerMatchesResolved(
  systemLabel: string | null,
  systemIsUnnamedSource: boolean,
  gold: ResolvedQuote,
): ResolvedOutcome {
  if (gold.status === 'unresolved' || gold.status === 'nosource') return 'unscored';
  if (systemLabel === null) return 'none';
  if (gold.status === 'anon') return systemIsUnnamedSource ? 'right' : 'wrong';
  const surname = resolvedSurname(gold.speaker ?? '');
  if (surname === '') return 'wrong';
  if (systemIsUnnamedSource) {
    const head = headPhrase(systemLabel).map((word) => word.toLowerCase());
    return head.at(-1) === surname ? 'right' : 'wrong';
  }
  return normaliseName(systemLabel).includes(surname) ? 'right' : 'wrong';
}
