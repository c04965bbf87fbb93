import type { DraftChecks } from './review.ts';

/**
 * The batch form of `npm run add -- folder/`: which files of the folder it adds, and the table it
 * prints after their reviews, one row per file, added or refused and why, with the counts an editor
 * looks at first (furniture lines, uncertain lines, metadata fields nobody gave). Pure: the
 * command lists the folder and gathers the rows.
 */

/** The files a batch adds: raw texts and saved pages. */
const BATCH_FILE = /\.(?:txt|html?)$/i;
const SIDECAR = '.meta.yaml';

/**
 * The files of a folder a batch adds, sorted by name, and a note on each other file an editor may
 * have meant to be read (another kind of file; a sidecar beside no file). Hidden files are left alone.
 */
export function batchFiles(names: readonly string[], isFile: (name: string) => boolean): { files: string[]; notes: string[] } {
  const sorted = [...names].sort();
  const files = sorted.filter((name) => BATCH_FILE.test(name) && isFile(name));
  const notes = sorted.flatMap((name) => {
    if (name.startsWith('.') || files.includes(name)) return [];
    if (name.endsWith(SIDECAR)) {
      const base = name.slice(0, -SIDECAR.length);
      return files.includes(base) ? [] : [`${name}: not read: no ${base} beside it (a sidecar is named <file>${SIDECAR})`];
    }
    return [`${name}: not added (${isFile(name) ? 'only .txt and .html files are' : 'not a file; subfolders are not read'})`];
  });
  return { files, notes };
}

/** One file of a batch, as the summary shows it. */
export interface BatchRow {
  /** The file's name in the folder. */
  file: string;
  /** `would add` under --dry-run. */
  result: 'added' | 'would add' | 'refused';
  /** Why it was refused, in a few words; empty when it was added. */
  why: string;
  /** The slug it took or would take; null when it was refused before it was drafted. */
  slug: string | null;
  /** Lines set aside as page furniture. */
  furnitureLines: number | null;
  /** Lines and speakers the review lists as uncertain (metadata aside). */
  uncertain: number | null;
  /** Metadata fields neither the file nor the editor gives (`author`, `sourceUrl`). */
  unknownFields: string[] | null;
}

/** The longest reason the table shows; the review above it has the whole message. */
const MAX_REASON = 110;
/** The longest slug the table shows. */
const MAX_SLUG = 44;

/**
 * A refusal's message in a few words: its first line, without the file name it starts with (the
 * table names the file), cut to a table's width.
 */
export function refusalReason(message: string): string {
  const first =
    message
      .split('\n')
      .map((line) => line.trim())
      .find((line) => line !== '') ?? '';
  const bare = first.replace(/^\S+\.(?:txt|html?|xhtml|md|yaml): /i, '');
  return cut(bare, MAX_REASON);
}

/**
 * The first check that failed, for the summary: `schema: published.value: …`, `fidelity: …` (and how
 * many more). An analysis not run for a reason the schema already gives is not counted again.
 */
export function checksReason(checks: DraftChecks): string {
  const analysis = checks.analysis;
  const analysisFailed = 'error' in analysis && !(analysis.notRun && checks.schema.length > 0);
  const failed = [
    ...checks.schema.map((issue) => `schema: ${issue}`),
    ...checks.characters.errors.map((error) => `characters: ${refusalReason(error)}`),
    ...(checks.fidelity.ok ? [] : [`fidelity: ${checks.fidelity.message}`]),
    ...('error' in analysis && analysisFailed ? [`analysis: ${analysis.error}`] : []),
  ];
  const shown = failed[0] ?? 'a check failed';
  const more = failed.length - 1;
  return cut(`${shown}${more > 0 ? ` (+${more} more)` : ''}`, MAX_REASON);
}

/** The summary: a heading with the counts, the table, and notes on the folder's other files. */
export function formatBatchSummary(folder: string, rows: readonly BatchRow[], notes: readonly string[], dryRun: boolean): string {
  const added = rows.filter((row) => row.result !== 'refused').length;
  const refused = rows.length - added;
  const header = ['file', 'result', 'slug', 'furniture', 'uncertain', 'unknown metadata', 'why refused'];
  const cells = rows.map((row) => [
    row.file,
    row.result,
    row.slug === null ? '—' : cut(row.slug, MAX_SLUG),
    row.furnitureLines === null ? '—' : String(row.furnitureLines),
    row.uncertain === null ? '—' : String(row.uncertain),
    row.unknownFields === null ? '—' : row.unknownFields.join(', ') || 'none',
    row.why,
  ]);
  const widths = header.map((title, column) => Math.max(title.length, ...cells.map((cell) => cell[column]!.length)));
  const numeric = new Set([3, 4]);
  const line = (cell: string[]) =>
    cell
      .map((text, column) => (numeric.has(column) ? text.padStart(widths[column]!) : text.padEnd(widths[column]!)))
      .join('  ')
      .trimEnd();
  const out = [
    `Batch ${dryRun ? 'dry run' : 'summary'}: ${folder}: ${countOf(rows.length, 'file')}, ${added} ${dryRun ? 'would be added' : 'added'}, ${refused} refused`,
    '',
    line(header),
    // The last column is as wide as its longest reason: its rule is only as wide as its title.
    line(widths.map((width, column) => '-'.repeat(column === header.length - 1 ? header[column]!.length : width))),
    ...cells.map(line),
  ];
  if (notes.length > 0) out.push('', ...notes);
  out.push(
    '',
    refused === 0
      ? dryRun
        ? 'Nothing written (--dry-run). Run again without --dry-run to write them.'
        : 'Every file was added. Review each article (the notes above), then run npm test.'
      : `${countOf(refused, 'file')} refused${dryRun ? '' : writtenWords(added)}: ` +
          `fix what ${refused === 1 ? 'its review names' : 'their reviews name'} and add ${refused === 1 ? 'it' : 'them'} again.`,
  );
  return out.join('\n');
}

/** After "2 files refused": what became of the others. */
function writtenWords(added: number): string {
  if (added === 0) return '; nothing written';
  return `, not written; ${added === 1 ? 'the other one was' : `the ${added} others were`}`;
}

function countOf(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

function cut(text: string, length: number): string {
  return text.length > length ? `${text.slice(0, length - 1)}…` : text;
}
