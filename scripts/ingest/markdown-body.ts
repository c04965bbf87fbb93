import { bodyBlocksFromMarkdown } from '../../src/analysis/text/body-blocks.ts';
import type { BodyBlock } from '../../src/analysis/types.ts';

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
  throw new Error(`cannot write this line as a Markdown ${line.block} that reads back the same: ${text.slice(0, 80)}`);
}

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
