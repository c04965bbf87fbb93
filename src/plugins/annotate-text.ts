import type { Element, ElementContent, Parent, Text } from 'hast';

/**
 * Nodes a plugin added beside the article's own text (e.g. a quote's speaker link). Their text
 * is not article text, so offset walks skip them and offsets stay those of the body blocks.
 */
const addedNodes = new WeakSet<ElementContent>();

/** Marks a node as added, not article text. */
export function markAdded<T extends ElementContent>(node: T): T {
  addedNodes.add(node);
  return node;
}

/**
 * Wraps the article text between `start` and `end` (offsets into the block's plain text) in a
 * new element, splitting text nodes at the edges. Elements already inside the range move into
 * the wrapper whole; a range that would cut an element in two is wrapped piecewise, one wrapper
 * per run of siblings, so the tree stays valid.
 */
export function wrapTextRange(block: Element, start: number, end: number, makeWrapper: () => Element): Element[] {
  splitTextAt(block, start);
  splitTextAt(block, end);
  const wrappers: Element[] = [];
  wrapWithin(block, 0, start, end, makeWrapper, wrappers);
  return wrappers;
}

/** Walks `parent`'s children (whose text begins at `offset`) and wraps whole nodes inside [start, end). */
function wrapWithin(
  parent: Parent,
  offset: number,
  start: number,
  end: number,
  makeWrapper: () => Element,
  wrappers: Element[],
): number {
  let position = offset;
  let run: { wrapper: Element; index: number } | null = null;
  for (let index = 0; index < parent.children.length; index++) {
    const child = parent.children[index] as ElementContent;
    const length = textLength(child);
    const childStart = position;
    const childEnd = position + length;
    position = childEnd;
    const inside = childStart >= start && childEnd <= end && length > 0;
    if (inside) {
      if (!run) {
        const wrapper = makeWrapper();
        wrappers.push(wrapper);
        parent.children.splice(index, 1, wrapper);
        run = { wrapper, index };
      } else {
        parent.children.splice(index, 1);
      }
      run.wrapper.children.push(child);
      index = run.index;
      continue;
    }
    // Added nodes right after a run stay outside it; any other node ends the run.
    if (length === 0 && addedNodes.has(child)) {
      run = null;
      continue;
    }
    run = null;
    if (child.type === 'element' && childStart < end && childEnd > start) {
      wrapWithin(child, childStart, start, end, makeWrapper, wrappers);
    }
  }
  return position;
}

/** Length of the article text under a node (added nodes count as none). */
export function textLength(node: ElementContent): number {
  if (addedNodes.has(node)) return 0;
  if (node.type === 'text') return node.value.length;
  if (node.type === 'element') return node.children.reduce((sum, child) => sum + textLength(child), 0);
  return 0;
}

/** Splits the text node containing `offset` so that a node boundary falls exactly there. */
function splitTextAt(parent: Parent, offset: number): void {
  let position = 0;
  for (let index = 0; index < parent.children.length; index++) {
    const child = parent.children[index] as ElementContent;
    const length = textLength(child);
    if (offset > position && offset < position + length) {
      if (child.type === 'text') {
        const cut = offset - position;
        const head: Text = { type: 'text', value: child.value.slice(0, cut) };
        const tail: Text = { type: 'text', value: child.value.slice(cut) };
        parent.children.splice(index, 1, head, tail);
      } else if (child.type === 'element') {
        splitTextAt(child, offset - position);
      }
      return;
    }
    position += length;
  }
}
