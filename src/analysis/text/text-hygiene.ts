import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { describeCodePoint, type CharacterProblem } from '../../lib/code-points.ts';

/**
 * Characters that must never reach a page, a name or the matcher, found where they are.
 *
 * Direction controls (U+202E RIGHT-TO-LEFT OVERRIDE and its kin) make text display in an order
 * other than the one it is stored in, so a name or a headline can read reversed; zero-width and
 * other format characters are invisible, so `Ru‍bio` looks like "Rubio" but is not the alias
 * "Rubio", and a quote loses its speaker with no sign why. Both are refused at load, naming the
 * file, line, column and code point, in every content file (names, aliases, titles, bodies, and
 * every other field: all of them are shown to readers somewhere).
 *
 * Which characters, and the exceptions where one is part of the writing, are in
 * src/lib/code-points.ts (`findCharacterProblems`), shared with the alias check:
 * - ZERO WIDTH NON-JOINER / JOINER between two letters of a script that spells with them
 *   (Persian, Arabic, Indic scripts…), and ZERO WIDTH JOINER inside an emoji sequence;
 * - SOFT HYPHEN in an article body: the publishing convention is to drop it, so the page and the
 *   analysis get the text without it (`normalizeBodyText`), with a warning; the article file may
 *   keep it as its raw text has it. The fidelity check compares words after the same
 *   normalisation on every side (src/load/fidelity.ts, `words`), so a soft hyphen the raw file
 *   has and the page drops (or the body file drops) is not drift. Anywhere else (a name, a title)
 *   it is an error like the others.
 *
 * Text is also normalised to NFC before matching (`normalizeBodyText`, and the actor registry for
 * names and aliases), so a name typed with a combining accent is the same name as a precomposed one.
 */

/** How a refused character is described to the editor, with what to do. */
export function explainProblem(problem: CharacterProblem): string {
  const what = describeCodePoint(problem.codePoint);
  switch (problem.kind) {
    case 'direction control':
      return `${what}, a direction control: it can make the text display in another order than it is written; delete it`;
    case 'invisible character':
      return `${what}, an invisible character: it splits words and names without showing (an alias would not match); delete it`;
    case 'control character':
      return `${what}, a control character; delete it`;
    case 'soft hyphen':
      return `${what}: soft hyphens are removed automatically only from article bodies; delete it`;
    case 'replacement character':
      return `${what}: the text was damaged by a wrong encoding before it was saved (this stands for a lost character); restore the character`;
    case 'line separator':
      return `${what}: not a line break browsers or YAML agree on; use an ordinary line break`;
  }
}

const SOFT_HYPHENS = /\u00AD/g;

/**
 * The text of an article body as pages and the analysis get it: Unicode NFC (so a composed and a
 * decomposed "é" are the same letter to the matcher) with soft hyphens removed. The article file
 * is not changed (see the module comment for why the fidelity check is unaffected).
 */
export function normalizeBodyText(text: string): string {
  const withoutSoftHyphens = text.includes('\u00AD') ? text.replace(SOFT_HYPHENS, '') : text;
  return withoutSoftHyphens.normalize('NFC');
}

/**
 * Normalises the text of a parsed article body in place (`normalizeBodyText` on every text node
 * and image description): what `remark-normalize-text` does during the build, and what the
 * data-loss guard does to the Markdown it compares the pages with.
 */
export function normalizeBodyTree(tree: Root): Root {
  visit(tree, (node) => {
    if (node.type === 'text' || node.type === 'inlineCode') node.value = normalizeBodyText(node.value);
    else if (node.type === 'image' && node.alt) node.alt = normalizeBodyText(node.alt);
  });
  return tree;
}
