/**
 * Mentions of the people an article introduces who have no actor file: their full name and,
 * once introduced, their surname alone, so their names link to their provisional pages like any
 * actor's. One pass over the text per article, with one pattern for all of its people.
 */
import type { BodyBlock, DiscoveredPerson, Mention } from '../types.ts';

export function findPeopleMentions(blocks: BodyBlock[], people: DiscoveredPerson[], registered: Mention[]): Mention[] {
  if (people.length === 0) return [];
  const forms = new Map<string, string>();
  for (const person of people) {
    forms.set(person.name, person.slug);
    const surname = person.name.split(' ').at(-1)!;
    // A surname two people share names neither.
    if (forms.has(surname) && forms.get(surname) !== person.slug) forms.set(surname, '');
    else if (!forms.has(surname)) forms.set(surname, person.slug);
  }
  const alternatives = [...forms.keys()]
    .filter((form) => forms.get(form))
    .sort((a, b) => b.length - a.length)
    .map(escape);
  const pattern = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${alternatives.join('|')})(?![\p{L}\p{N}])`, 'gu');
  const order = new Map(blocks.map((block, index) => [block.id, index]));
  const introduced = new Map(
    people.map((person) => [person.slug, order.get(person.evidence.block)! * 1e9 + person.evidence.start]),
  );
  const nameBySlug = new Map(people.map((person) => [person.slug, person.name]));
  const taken = new Map<string, Mention[]>();
  for (const mention of registered) taken.set(mention.block, [...(taken.get(mention.block) ?? []), mention]);
  const mentions: Mention[] = [];
  for (const [index, block] of blocks.entries()) {
    for (const match of block.text.matchAll(pattern)) {
      const actor = forms.get(match[0])!;
      const start = match.index;
      const end = start + match[0].length;
      // A surname before the full name is not yet known to be this person.
      if (index * 1e9 + start < introduced.get(actor)! && match[0] !== nameBySlug.get(actor)) continue;
      if ((taken.get(block.id) ?? []).some((m) => start < m.end && end > m.start)) continue;
      mentions.push({ block: block.id, start, end, actor, text: match[0], provisional: true });
    }
  }
  return mentions;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}
