/**
 * The last line of defence for what the site writes: control characters that HTML, XML (RSS, the
 * sitemap), CSV and iCalendar forbid or that break their readers. Content checks refuse them long
 * before (src/lib/code-points.ts, src/load/parsed-characters.ts); a writer still must not emit one
 * that got past them, because a single NUL makes `rss.xml` ill-formed and every feed reader drops
 * the whole feed. Tab, line feed and carriage return are allowed everywhere.
 */

/**
 * C0 controls but tab, LF and CR; DEL and the C1 controls (HTML parse errors; XML 1.0 discourages
 * them); the noncharacters U+FFFE and U+FFFF (forbidden in XML); and lone surrogates (not text).
 */
const FORBIDDEN =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** `text` without the control characters no output format may carry. */
export function withoutForbiddenControls(text: string): string {
  return text.replace(FORBIDDEN, '');
}

/** The forbidden characters but lone surrogates: a plain class, which V8 scans several times faster. */
const FORBIDDEN_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]/;

/** Where a forbidden control character first occurs in `text`, as an offset and code unit; null when none. */
export function firstForbiddenControl(text: string): { index: number; codeUnit: number } | null {
  // The whole pattern's lookarounds cost more than the scan: the build checks every byte it
  // writes with this, so lone surrogates are looked for only in text that is not well formed.
  // (`search` ignores the pattern's global flag and its lastIndex.)
  const character = text.search(FORBIDDEN_CHARACTERS);
  const surrogate = text.isWellFormed() ? -1 : text.search(FORBIDDEN);
  const index = character < 0 ? surrogate : surrogate < 0 ? character : Math.min(character, surrogate);
  return index < 0 ? null : { index, codeUnit: text.charCodeAt(index) };
}
