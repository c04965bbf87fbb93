import { urls } from '../lib/urls.ts';
import { analysisMarkupPlugin } from './analysis-markup.ts';
import { wrapTextRange } from './annotate-text.ts';

/**
 * Links the first mention of each actor in an article to the actor's page, as Wikipedia links a
 * first mention: a page of 950 words once carried 64 links when every paragraph linked its names
 * (issue 14). Later mentions stay plain text in a `<span class="mention" data-actor>`, so the
 * markup still says who is named where.
 */
const rehypeActorLinks = analysisMarkupPlugin((analysis, blocks) => {
  const order = new Map([...blocks.keys()].map((id, index) => [id, index]));
  const mentions = [...analysis.mentions].sort(
    (a, b) => (order.get(a.block) ?? 0) - (order.get(b.block) ?? 0) || a.start - b.start,
  );
  const linked = new Set<string>();
  for (const mention of mentions) {
    const block = blocks.get(mention.block);
    if (!block) continue;
    const first = !linked.has(mention.actor);
    linked.add(mention.actor);
    wrapTextRange(block, mention.start, mention.end, () =>
      first
        ? {
            type: 'element',
            tagName: 'a',
            // A provisional actor (found in the text, no actor file yet) is linked like any other;
            // the class lets a stylesheet tell the two apart.
            properties: {
              href: urls.actor(mention.actor),
              className: mention.provisional ? ['actor-link', 'actor-link--provisional'] : ['actor-link'],
            },
            children: [],
          }
        : { type: 'element', tagName: 'span', properties: { className: ['mention'], dataActor: mention.actor }, children: [] },
    );
  }
});
export default rehypeActorLinks;
