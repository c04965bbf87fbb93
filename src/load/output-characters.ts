import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { firstForbiddenControl } from '../lib/forbidden-controls.ts';
import { describeCodePoint } from '../lib/code-points.ts';

/**
 * After the build: no page, feed, sitemap or download holds a control character its format
 * forbids (src/lib/forbidden-controls.ts). The content checks and the writers stop them first;
 * this names the file and the character if one still got through, instead of publishing a feed
 * every reader rejects. One pass over the output's bytes: linear in the size of the site.
 */

/** The text formats the site writes. */
const TEXT_OUTPUT = /\.(html|xml|json|csv|ics|txt)$/;

/** One output file holding a forbidden character: its path (relative to the output folder) and the message. */
export function forbiddenControlsInOutput(outDir: string): string[] {
  const problems: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      // Pagefind's index is binary; it is made from the pages, which are checked.
      if (entry.isDirectory()) {
        if (entry.name !== 'pagefind') walk(file);
      } else if (TEXT_OUTPUT.test(entry.name)) {
        const text = readFileSync(file, 'utf8');
        const found = firstForbiddenControl(text);
        if (found) {
          const line = text.slice(0, found.index).split('\n').length;
          problems.push(
            `${path.relative(outDir, file)}:${line}: ${describeCodePoint(found.codeUnit)}, a control character this format forbids; ` +
              'find the content field that holds it (the content checks should have refused it: please report this)',
          );
        }
      }
    }
  };
  walk(outDir);
  return problems;
}
