import type { Confidence } from '../../src/schemas/confidence.ts';
import type { GivenValue } from './editor-given.ts';
import type { LineVerdict, SourceLine } from './furniture/classify.ts';
import { normalise } from './furniture/normalise.ts';
import { headerDateLine, UPDATE_STAMP } from './header-date.ts';
import { isoDateOf, writtenDate } from './written-date.ts';

export { isoDateOf, writtenDate };

/**
 * The metadata an article's frontmatter records, read only from what the file itself says.
 * A value from the page's own metadata (`<meta>`, JSON-LD, `<link rel=canonical>`) is
 * `confirmed`; a value read from the text (a headline line, a "By …" line, a date line) is
 * `inferred`; a field the file does not give is `unknown` with a null value. Nothing is guessed:
 * no outlet from a domain name, no date from "on Friday". What the editor gives (`npm run add
 * --outlet`, a sidecar file) is `editor`, "given by the editor", and replaces what the file says
 * unless the file confirms the same value.
 */

/** A metadata value with how sure we are of it, as the schema's `sourcedFact` records it. */
export interface Fact {
  value: string | null;
  confidence: Exclude<Confidence, 'secondary'>;
  note: string;
  /** For a value the editor gave: the flag or sidecar it came from (the review says which). */
  given?: GivenValue;
  /** For a value the editor gave: what the file itself says, when it says something else. */
  fileSays?: Fact;
}

export interface DraftMetadata {
  headline: Fact;
  /** Only when the file shows a standfirst. */
  dek: Fact | null;
  outlet: Fact;
  published: Fact;
  author: Fact;
  sourceUrl: Fact;
}

const unknown = (note: string): Fact => ({ value: null, confidence: 'unknown', note });
const confirmed = (value: string, note: string): Fact => ({ value, confidence: 'confirmed', note });
const inferred = (value: string, note: string): Fact => ({ value, confidence: 'inferred', note });

// ------------------------------------------------------------------------------------------
// Saved pages

/** What a page's own metadata says, before its text is read. */
export interface PageMetadata {
  headline: Fact | null;
  /** The page's description: a dek only if the page also shows it (see `draftMetadata`). */
  description: string | null;
  outlet: Fact | null;
  published: Fact | null;
  author: Fact | null;
  sourceUrl: Fact | null;
  /** The page's `<h1>`, for recognising the headline line. */
  h1: string | null;
  /** The language the page declares (`<html lang>`, or `inLanguage` in its JSON-LD), a BCP 47 tag; null when it declares none. */
  language: string | null;
}

/** schema.org types of an article, as a page's JSON-LD gives them. */
const ARTICLE_TYPE_NAMES = [
  'NewsArticle',
  'Article',
  'ReportageNewsArticle',
  'AnalysisNewsArticle',
  'OpinionNewsArticle',
  'BackgroundNewsArticle',
  'BlogPosting',
  'LiveBlogPosting',
  'Report',
  'ScholarlyArticle',
];
const ARTICLE_TYPES = new RegExp(`^(?:${ARTICLE_TYPE_NAMES.join('|')})$`);

/** An address as a page may give it: https or http, a host with a dot, and no user name or password in it. */
function usableAddress(value: string | null | undefined): URL | null {
  const trimmed = value?.trim() ?? '';
  if (!/^https?:\/\/[^\s/]+\.[^\s]+$/i.test(trimmed)) return null;
  try {
    const url = new URL(trimmed);
    // "https://outlet.example@evil.example/" is an address at evil.example that reads as the outlet's.
    return url.username || url.password ? null : url;
  } catch {
    return null;
  }
}

/**
 * The page's own address, from the first of its declarations that is a usable address. It is
 * confirmed only when no other declaration names another site: a canonical link to one domain and
 * an og:url to another mean the page is not sure where it lives, so the address is only inferred.
 */
function pageAddress(declarations: ReadonlyArray<readonly [string | null | undefined, string]>): Fact | null {
  const usable = declarations.flatMap(([value, where]) => {
    const url = usableAddress(value);
    return url ? [{ value: value!.trim(), host: url.host.replace(/^www\./, ''), where }] : [];
  });
  const [first, ...others] = usable;
  if (!first) return null;
  const disagreeing = others.find((other) => other.host !== first.host);
  return disagreeing
    ? inferred(
        first.value,
        `${first.where}; but ${disagreeing.where} names another site (${disagreeing.host}), so it is not certain`,
      )
    : confirmed(first.value, first.where);
}

/** Reads `<meta>`, JSON-LD, `<link rel=canonical>`, `<title>`, `<time>` and `<h1>` of a page. */
export function readPageMetadata(document: Document): PageMetadata {
  const meta = metaTags(document);
  const ld = jsonLdArticle(document);
  const pick = (...keys: string[]) => {
    for (const key of keys) {
      const value = meta.get(key);
      if (value) return { key, value };
    }
    return null;
  };

  let headline: Fact | null = null;
  const ldHeadline = text(ld?.headline) ?? text(ld?.name);
  const ogTitle = pick('og:title', 'twitter:title', 'sailthru.title', 'parsely-title');
  const title = normalise(document.querySelector('title')?.textContent ?? '');
  const h1 = normalise(document.querySelector('h1')?.textContent ?? '') || null;
  const siteName = text(ld?.publisher?.name) ?? pick('og:site_name', 'application-name')?.value ?? null;
  const stated = ldHeadline
    ? { value: ldHeadline, where: 'the headline in the page’s JSON-LD metadata' }
    : ogTitle
      ? { value: ogTitle.value, where: `the page’s ${ogTitle.key} metadata` }
      : null;
  if (stated && h1 && stated.value !== h1 && stated.value.startsWith(h1) && /^\s*[|–—-]\s/.test(stated.value.slice(h1.length))) {
    // "Headline | Author": the metadata repeats the visible headline with something after it.
    headline = confirmed(h1, `the page’s <h1>, which ${stated.where} repeats (as “${stated.value}”)`);
  } else if (stated) headline = confirmed(stated.value, stated.where);
  else if (title) {
    const bare = stripSiteName(title, siteName);
    headline =
      bare === title
        ? confirmed(title, 'the page’s <title>')
        : inferred(bare, `the page’s <title> (“${title}”) without the site’s name`);
  }

  const description = text(ld?.description) ?? pick('og:description', 'description', 'twitter:description')?.value ?? null;

  const outletValue = text(ld?.publisher?.name) ?? pick('og:site_name')?.value ?? null;
  const outlet = outletValue
    ? confirmed(
        outletValue,
        text(ld?.publisher?.name) ? 'the publisher in the page’s JSON-LD metadata' : 'the page’s og:site_name metadata',
      )
    : null;

  let published: Fact | null = null;
  const ldDate = text(ld?.datePublished);
  const metaDate = pick(
    'article:published_time',
    'og:article:published_time',
    'datepublished',
    'pubdate',
    'publishdate',
    'publish-date',
    'date',
    'dc.date',
    'dc.date.issued',
    'dcterms.created',
    'sailthru.date',
    'parsely-pub-date',
  );
  const itemprop = document.querySelector('[itemprop="datePublished"]');
  const itempropDate = itemprop?.getAttribute('content') ?? itemprop?.getAttribute('datetime') ?? null;
  for (const [raw, where] of [
    [ldDate, 'datePublished in the page’s JSON-LD metadata'],
    [metaDate?.value, `the page’s ${metaDate?.key} metadata`],
    [itempropDate, 'the page’s itemprop="datePublished"'],
  ] as const) {
    const date = raw ? isoDateOf(raw) : null;
    if (date) {
      published = confirmed(date, `${where} (“${raw}”; the date as written there)`);
      break;
    }
  }
  if (!published) {
    const time = [...document.querySelectorAll('time[datetime]')].find((element) =>
      isoDateOf(element.getAttribute('datetime') ?? ''),
    );
    const raw = time?.getAttribute('datetime');
    if (raw)
      published = inferred(isoDateOf(raw)!, `the first <time> on the page (datetime “${raw}”), taken as the publication date`);
  }

  let author: Fact | null = null;
  const ldAuthor = authorNames(ld?.author);
  const metaAuthor = pick('author', 'article:author', 'parsely-author', 'sailthru.author', 'byl', 'dc.creator');
  if (ldAuthor) author = confirmed(ldAuthor, 'the author in the page’s JSON-LD metadata');
  else if (metaAuthor && !/^https?:/i.test(metaAuthor.value))
    author = confirmed(metaAuthor.value.replace(/^by\s+/i, ''), `the page’s ${metaAuthor.key} metadata`);

  const canonical = document.querySelector('link[rel~="canonical"]')?.getAttribute('href');
  const ogUrl = meta.get('og:url');
  const ldUrl = text(ld?.url) ?? text(ld?.mainEntityOfPage?.['@id']) ?? text(ld?.mainEntityOfPage);
  const sourceUrl = pageAddress([
    [canonical, 'the page’s canonical link'],
    [ogUrl, 'the page’s og:url metadata'],
    [ldUrl, 'the url in the page’s JSON-LD metadata'],
  ]);

  const declared = document.documentElement?.getAttribute('lang') || text(ld?.inLanguage) || '';
  const language = /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{1,8})*$/.test(declared.trim()) ? declared.trim() : null;
  return { headline, description, outlet, published, author, sourceUrl, h1, language };
}

function metaTags(document: Document): Map<string, string> {
  const tags = new Map<string, string>();
  for (const element of document.querySelectorAll('meta[content]')) {
    const key = (element.getAttribute('property') ?? element.getAttribute('name') ?? element.getAttribute('itemprop') ?? '')
      .trim()
      .toLowerCase();
    const value = normalise(element.getAttribute('content') ?? '');
    if (key && value && !tags.has(key)) tags.set(key, value);
  }
  return tags;
}

// JSON-LD is whatever the page wrote: read it loosely, and only strings count.
// biome-ignore lint/suspicious/noExplicitAny: parsed JSON of unknown shape
type Json = any;

function jsonLdArticle(document: Document): Json | null {
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    let data: Json;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue;
    }
    const queue: Json[] = [data];
    while (queue.length > 0) {
      const item = queue.shift();
      if (Array.isArray(item)) queue.push(...item);
      else if (item && typeof item === 'object') {
        const types = [item['@type']].flat();
        if (types.some((type) => typeof type === 'string' && ARTICLE_TYPES.test(type))) return item;
        if (item['@graph']) queue.push(item['@graph']);
      }
    }
  }
  return null;
}

function text(value: Json): string | null {
  return typeof value === 'string' && normalise(value) ? normalise(value) : null;
}

function authorNames(value: Json): string | null {
  const names = [value]
    .flat()
    .map((author: Json) => (typeof author === 'string' ? author : text(author?.name)))
    .filter((name): name is string => typeof name === 'string' && Boolean(normalise(name)) && !/^https?:/i.test(name));
  if (names.length === 0) return null;
  return names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/** "Headline | Site" or "Headline - Site" without the site's name, when the page names its site. */
function stripSiteName(title: string, siteName: string | null): string {
  const parts = title.split(/\s+[|–—-]\s+/);
  if (parts.length < 2) return title;
  const last = parts.at(-1)!.toLowerCase();
  if (siteName && (last === siteName.toLowerCase() || siteName.toLowerCase().includes(last)))
    return parts.slice(0, -1).join(' | ');
  return title;
}

// ------------------------------------------------------------------------------------------
// Putting it together with what the text says

/** What the editor gave (flags or a sidecar), for what the file does not say or says wrong. */
export interface EditorGiven {
  /** A date `YYYY-MM-DD`; a bare string was given with --published. */
  published?: GivenValue | string;
  outlet?: GivenValue;
  author?: GivenValue;
  sourceUrl?: GivenValue;
}

/**
 * The editor's value in place of the file's: `editor`, with a note for readers (the provenance box)
 * and what the file says; which flag or sidecar gave it is kept in `given`, for the review. A file
 * that confirms the very same value keeps its `confirmed`.
 */
export function editorFact(given: GivenValue, fromFile: Fact): Fact {
  const same = fromFile.value !== null && normalise(fromFile.value) === normalise(given.value);
  if (same && fromFile.confidence === 'confirmed')
    return { ...fromFile, note: `${fromFile.note}; the editor gave the same`, given };
  const file = fromFile.value === null ? '' : `; the file says ${same ? 'the same' : fromFile.value} (${fromFile.note})`;
  return {
    value: given.value,
    confidence: 'editor',
    note: `the editor gave it when adding the article${file}`,
    given,
    ...(fromFile.value !== null && !same ? { fileSays: fromFile } : {}),
  };
}

/**
 * The frontmatter facts: the page's metadata first (saved pages), then what the lines say
 * (headline, dek, byline, date and syndication lines), then the editor's `--published`.
 */
export function draftMetadata(
  lines: readonly SourceLine[],
  verdicts: readonly LineVerdict[],
  page: PageMetadata | null,
  given: EditorGiven = {},
): DraftMetadata {
  const ruled = (name: string) => lines.filter((_, i) => ruleOf(verdicts[i]) === name);
  const first = (name: string) => ruled(name)[0];

  const headlineLine = first('headline-line') ?? first('page-headline');
  const syndication = first('syndication-line');
  const syndicated = syndication ? /^the post (.+) appeared first on (.+?)\.?$/i.exec(syndication.text) : null;
  const headline =
    page?.headline ??
    (headlineLine
      ? inferred(
          headlineLine.text,
          `line ${headlineLine.line} of the raw text, the line before the first paragraph, read as the headline`,
        )
      : null) ??
    (syndicated
      ? inferred(syndicated[1]!, `named by the syndication line (line ${syndication!.line}: “${syndication!.text}”)`)
      : null) ??
    unknown('the file shows no headline');

  const pageDek = first('page-dek');
  const dekLine = first('dek-line');
  const dek = pageDek
    ? confirmed(pageDek.text, 'the page’s description metadata, also shown on the page')
    : dekLine
      ? inferred(dekLine.text, `line ${dekLine.line} of the raw text, under the headline, read as the standfirst`)
      : null;

  const copyright = first('copyright-line');
  const copyrightHolder = copyright
    ? holderName(
        /(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*,?\s*([^.|]+?)(?:\.|\s*\||\s+all rights reserved|$)/i
          .exec(copyright.text)?.[1]
          ?.trim(),
      )
    : null;
  const outlet =
    page?.outlet ??
    (syndicated
      ? inferred(syndicated[2]!, `named by the syndication line (line ${syndication!.line}: “${syndication!.text}”)`)
      : null) ??
    (copyrightHolder
      ? inferred(
          copyrightHolder,
          `the copyright line (line ${copyright!.line}: “${copyright!.text}”); the holder may be the owner, not the title`,
        )
      : null) ??
    unknown(page ? 'the page names no site (no og:site_name or JSON-LD publisher)' : 'the raw text names no outlet');

  const bylineLine = first('byline') ?? first('dateline-byline');
  const bylineName = bylineLine ? namesOfByline(bylineLine.text) : null;
  const author =
    page?.author ??
    (bylineName ? inferred(bylineName, `the byline on line ${bylineLine!.line} (“${bylineLine!.text}”)`) : null) ??
    unknown(page ? 'the page carries no byline in its metadata or text' : 'the raw text carries no byline');

  // A date line that is not an update stamp first ("Updated: Oct 13, 2019" gives a later change's date).
  const dateLines = [...ruled('dateline-byline'), ...ruled('byline-block')].filter((line) => writtenDate(line.text));
  const dateLine = dateLines.find((line) => !isUpdateOnly(line.text)) ?? dateLines[0];
  // A page whose date stands alone above the story, on a line the byline rules did not read.
  const headerDate = dateLine ? undefined : headerDateLine(lines, verdicts);
  const published =
    page?.published ??
    (dateLine
      ? inferred(
          writtenDate(dateLine.text)!,
          isUpdateOnly(dateLine.text)
            ? `the date line (line ${dateLine.line}: “${dateLine.text}”), an update stamp: the article may be older`
            : `the date line (line ${dateLine.line}: “${dateLine.text}”)`,
        )
      : null) ??
    (headerDate
      ? inferred(
          writtenDate(headerDate.text)!,
          `a date alone above the story (line ${headerDate.line}: “${headerDate.text}”); check it is the publication date`,
        )
      : null) ??
    unknown('the file gives no publication date');
  const sourceUrl =
    page?.sourceUrl ?? unknown(page ? 'the page gives no canonical address' : 'the raw text gives no address; it is not guessed');
  const givenPublished = typeof given.published === 'string' ? { value: given.published, from: '--published' } : given.published;
  const fromEditor = (value: GivenValue | undefined, fromFile: Fact) => (value ? editorFact(value, fromFile) : fromFile);
  return {
    headline,
    dek,
    outlet: fromEditor(given.outlet, outlet),
    published: fromEditor(givenPublished, published),
    author: fromEditor(given.author, author),
    sourceUrl: fromEditor(given.sourceUrl, sourceUrl),
  };
}

function ruleOf(verdict: LineVerdict | undefined): string | undefined {
  return verdict?.role === 'furniture' ? verdict.rule.name : undefined;
}

/** "By Jane Doe and John Roe | April 18, 2025" → "Jane Doe and John Roe". */
export function namesOfByline(line: string): string | null {
  const match = /^(?:by|words by|written by|reporting by|par|por|von):?\s+(.+)$/i.exec(line.trim());
  const rest =
    match?.[1] ??
    (/\s[|•]\s/.test(line)
      ? line
          .split(/\s[|•]\s/)
          .find((part) => /^(?:by|par)\s/i.test(part.trim()))
          ?.replace(/^(?:by|par)\s+/i, '')
      : undefined);
  if (!rest) return null;
  const datePosition = rest.search(
    /\d{1,2}(?:st|nd|rd|th)?\s+\p{L}{3,}\.?,?\s+\d{4}|\p{L}{3,}\.?\s+\d{1,2},?\s+\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}[/.]\d{1,2}[/.]\d{4}/u,
  );
  const undated = datePosition > 0 && writtenDate(rest.slice(datePosition)) ? rest.slice(0, datePosition) : rest;
  const names = undated
    .split(/\s*[|•]\s*/)[0]!
    .replace(/\s*\(.*$/, '')
    .replace(/[,;:–—-]\s*$/, '')
    .trim();
  return names && !/\d/.test(names) ? names : null;
}

/** Most words a copyright holder's name has ("The Fixture Times", "Guardian News & Media Limited"). */
const HOLDER_MAX_WORDS = 6;

/**
 * A copyright holder as an outlet's name, or null when what follows "©" is no name: a picture's
 * credit ("© AFP 2023 / Handout/SANA handout picture released by …": a slash, a year, a caption
 * run on), which names the picture's owner, not the page's.
 */
export function holderName(holder: string | undefined): string | null {
  if (!holder) return null;
  if (/[/\d]/u.test(holder) || holder.split(/\s+/u).length > HOLDER_MAX_WORDS) return null;
  return holder;
}

/** A date line that stamps a later change and names no first publication ("ANI | Updated: Oct 13, 2019 13:45 IST"). */
function isUpdateOnly(text: string): boolean {
  return UPDATE_STAMP.test(text) && !/\b(?:published|posted|first)\b/i.test(text);
}
