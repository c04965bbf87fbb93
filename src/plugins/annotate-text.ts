import type { Element, ElementContent, Parent, Text } from 'hast';
import { partitionPoint } from '../lib/partition-point.ts';

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
 * Where each child of a node starts in the node's article text: `starts[i]` for child `i`, and
 * `starts[n]` the node's whole length. Kept per node and updated as the wrappers below split and
 * regroup its children, so finding the child at an offset is a binary search: a paragraph with
 * thousands of marked quotes, names and dates is not walked from its start for each of them
 * (issue 26: a megabyte-long paragraph took minutes). A node whose children another plugin
 * changed (an added marker) is measured afresh.
 */
const layouts = new WeakMap<Parent, { children: Parent['children']; count: number; starts: number[] }>();

function startsOf(parent: Parent): number[] {
  const cached = layouts.get(parent);
  if (cached && cached.children === parent.children && cached.count === parent.children.length) return cached.starts;
  const starts = [0];
  for (const child of parent.children) starts.push(starts.at(-1)! + textLength(child as ElementContent));
  remember(parent, starts);
  return starts;
}

function remember(parent: Parent, starts: number[]): void {
  layouts.set(parent, { children: parent.children, count: parent.children.length, starts });
}

/** Article text never changes length under an element (wrapping moves it, splitting cuts it), so an element's is kept. */
const lengths = new WeakMap<Element, number>();

/** Length of the article text under a node (added nodes count as none). */
export function textLength(node: ElementContent): number {
  if (addedNodes.has(node)) return 0;
  if (node.type === 'text') return node.value.length;
  if (node.type !== 'element') return 0;
  let length = lengths.get(node);
  if (length === undefined) {
    length = node.children.reduce((sum, child) => sum + textLength(child), 0);
    lengths.set(node, length);
  }
  return length;
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

/** Wraps the whole children of `parent` (whose text begins at `offset`) that lie inside [start, end). */
function wrapWithin(
  parent: Parent,
  offset: number,
  start: number,
  end: number,
  makeWrapper: () => Element,
  wrappers: Element[],
): void {
  const starts = startsOf(parent);
  // The first child that ends after `start`: the children before it are all outside the range.
  let index = Math.max(0, partitionPoint(parent.children.length, (i) => offset + starts[i + 1]! > start) - 1);
  let run: { wrapper: Element; index: number } | null = null;
  for (; index < parent.children.length; index++) {
    const child = parent.children[index] as ElementContent;
    const childStart = offset + starts[index]!;
    const childEnd = offset + starts[index + 1]!;
    // Children from `end` on are outside the range and hold nothing of it.
    if (childStart >= end) break;
    const length = childEnd - childStart;
    const inside = childStart >= start && childEnd <= end && length > 0;
    if (inside) {
      if (!run) {
        const wrapper = makeWrapper();
        wrappers.push(wrapper);
        parent.children.splice(index, 1, wrapper);
        run = { wrapper, index };
      } else {
        // The child joins the wrapper: its start is no longer a boundary among the parent's children.
        parent.children.splice(index, 1);
        starts.splice(index, 1);
        index--;
      }
      run.wrapper.children.push(child);
      remember(parent, starts);
      continue;
    }
    // Added nodes right after a run stay outside it; any other node ends the run.
    run = null;
    if (length === 0 && addedNodes.has(child)) continue;
    if (child.type === 'element' && childStart < end && childEnd > start) {
      wrapWithin(child, childStart, start, end, makeWrapper, wrappers);
    }
  }
}

/** Splits the text node containing `offset` so that a node boundary falls exactly there. */
function splitTextAt(parent: Parent, offset: number): void {
  const starts = startsOf(parent);
  // The first child that ends after `offset`; the offset is inside it only if it starts before it.
  const index = partitionPoint(parent.children.length, (i) => starts[i + 1]! > offset);
  if (index >= parent.children.length || starts[index]! >= offset) return;
  const child = parent.children[index] as ElementContent;
  if (child.type === 'text') {
    const cut = offset - starts[index]!;
    const head: Text = { type: 'text', value: child.value.slice(0, cut) };
    const tail: Text = { type: 'text', value: child.value.slice(cut) };
    parent.children.splice(index, 1, head, tail);
    starts.splice(index + 1, 0, offset);
    remember(parent, starts);
  } else if (child.type === 'element') {
    splitTextAt(child, offset - starts[index]!);
  }
}
