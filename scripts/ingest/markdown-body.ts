import { bodyBlocksFromMarkdown } from '../../src/analysis/text/body-blocks.ts';
import type { BodyBlock } from '../../src/analysis/types.ts';
import { describeCodePoint } from '../../src/lib/code-points.ts';

/**
 * The body of a drafted article as Markdown: one block per body line, a `##` subheading, a `- `
 * list item, a `> ` quote or a paragraph, its words exactly as the raw text has them. Markdown
 * characters are escaped only where they would change the text (`*`, `_`, `[…](…)`, a leading
 * `1.` or `#`…), and every block is read back with the site's own block reader to prove it.
 */

export interface BodyLine {
  text: string;
  block: BodyBlock['kind'];
}

const PREFIX: Record<BodyBlock['kind'], string> = { paragraph: '', heading: '## ', 'list-item': '- ', quote: '> ' };

/** The body as Markdown; throws, naming the line, if a block cannot be written so it reads back the same. */
export function bodyMarkdown(lines: readonly BodyLine[]): string {
  return `${lines.map(blockMarkdown).join('\n\n')}\n`;
}

function blockMarkdown(line: BodyLine): string {
  const text = line.text.trim();
  for (const escape of [(t: string) => t, escapeInline, escapeAll]) {
    const markdown = PREFIX[line.block] + escape(text);
    const blocks = bodyBlocksFromMarkdown(markdown);
    if (blocks.length === 1 && blocks[0]!.text === text && blocks[0]!.kind === line.block) return markdown;
  }
  throw new Error(
    `cannot write this line as a Markdown ${line.block} that reads back the same: ${shown(text.slice(0, 80))}${controlsIn(text)}`,
  );
}

/** Control characters written as `\u{…}`, so a message shows them instead of printing them raw. */
function shown(text: string): string {
  return text.replace(CONTROL, (char) => `\\u{${char.codePointAt(0)!.toString(16).toUpperCase()}}`);
}

/**
 * What the line's control characters are and the likely cause: NULs between letters are a UTF-16
 * file read as a one-byte encoding; a carriage return alone is an old Mac line break.
 */
function controlsIn(text: string): string {
  const found = [...new Set(text.match(CONTROL) ?? [])];
  if (found.length === 0) return '';
  const names = found.map((char) => describeCodePoint(char.codePointAt(0)!)).join(', ');
  const hint = /\p{L}\u0000\p{L}\u0000/u.test(text)
    ? 'NULs between letters: the file is probably UTF-16; save it as UTF-8'
    : found.includes('\r')
      ? 'a carriage return alone is an old Mac line break: save the file with ordinary (LF) line endings'
      : 'delete them from the file';
  return ` (it holds ${names}: ${hint})`;
}

const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/gu;

/** Escapes what Markdown reads inside a line, and a block marker at its start. */
function escapeInline(text: string): string {
  return text
    .replace(/[\\`*_[\]<&]/g, (char) => `\\${char}`)
    .replace(/^([#>+=-])/, '\\$1')
    .replace(/^(\d+)([.)])/, '$1\\$2');
}

/** Escapes every ASCII punctuation character Markdown could read. */
function escapeAll(text: string): string {
  return text.replace(/[\\`*_[\]<>&#+=|!~(){}.-]/g, (char) => `\\${char}`);
}
