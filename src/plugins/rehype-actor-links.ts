import type { Root } from 'hast';
import type { VFile } from 'vfile';
import { urls } from '../lib/urls.ts';
import { wrapTextRange } from './annotate-text.ts';
import { blockElementsById } from './rehype-block-ids.ts';

/**
 * Links actor mentions to the actors' pages: the first mention of each actor in each paragraph,
 * so names are reachable everywhere without turning the text into a sea of links.
 */
export default function rehypeActorLinks() {
  return function transformer(tree: Root, file: VFile) {
    const analysis = file.data.analysis;
    if (!analysis) return;
    const blocks = blockElementsById(tree);
    const linked = new Set<string>();
    for (const mention of analysis.mentions) {
      const key = `${mention.block} ${mention.actor}`;
      const block = blocks.get(mention.block);
      if (linked.has(key) || !block) continue;
      linked.add(key);
      wrapTextRange(block, mention.start, mention.end, () => ({
        type: 'element',
        tagName: 'a',
        // A provisional actor (found in the text, no actor file yet) is linked like any other; the
        // class lets a stylesheet tell the two apart.
        properties: { href: urls.actor(mention.actor), className: mention.provisional ? ['actor-link', 'actor-link--provisional'] : ['actor-link'] },
        children: [],
      }));
    }
  };
}
