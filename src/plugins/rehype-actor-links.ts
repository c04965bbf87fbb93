import type { Root } from 'hast';
import type { VFile } from 'vfile';
import { urls } from '../lib/urls.ts';
import { wrapTextRange } from './annotate-text.ts';
import { topLevelBlocks } from './rehype-block-ids.ts';

/**
 * Links actor mentions to the actors' pages: the first mention of each actor in each paragraph,
 * so names are reachable everywhere without turning the text into a sea of links.
 */
export default function rehypeActorLinks() {
  return function transformer(tree: Root, file: VFile) {
    const analysis = file.data.analysis;
    if (!analysis) return;
    const blocks = new Map(topLevelBlocks(tree).map((element) => [String(element.properties.id), element]));
    const linked = new Set<string>();
    for (const mention of analysis.mentions) {
      const key = `${mention.block} ${mention.actor}`;
      const block = blocks.get(mention.block);
      if (linked.has(key) || !block) continue;
      linked.add(key);
      wrapTextRange(block, mention.start, mention.end, () => ({
        type: 'element',
        tagName: 'a',
        properties: { href: urls.actor(mention.actor), className: ['actor-link'] },
        children: [],
      }));
    }
  };
}
