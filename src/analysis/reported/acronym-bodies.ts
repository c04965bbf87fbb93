/**
 * "On Monday, the NLG filed a lawsuit …, alleging …": an acronym that the article spelled out before, in brackets after
 * the body's name ("the National Lawyers Guild (NLG)"), is that body. The source keeps its words; the speaker is the
 * name's, as the attribution read it, or the name as written.
 */
import type { Candidate } from '../attribution/candidates.ts';
import type { Found } from '../attribution/referents.ts';
import type { BodyBlock, Speaker } from '../types.ts';
import { speakerOfName } from './definite-bodies.ts';

/** A source that is an acronym alone, after "the" maybe: "the NLG", "NLG". */
const ACRONYM_SOURCE = /^(?:[Tt]he\s+)?(\p{Lu}{2,6})$/u;
/** Small words a name may hold that its acronym leaves out. */
const SMALL_WORDS = new Set(['of', 'for', 'the', 'and', '&', 'on', 'in', 'to']);

/**
 * The body an acronym source stands for (`ACRONYM_SOURCE`), when the article spelled it out before the source, in
 * blocks up to `at.block` (before `at.offset` in it); undefined otherwise.
 */
export function acronymBody(
  source: Candidate,
  found: Found,
  blocks: readonly BodyBlock[],
  at: { block: number; offset: number; bodies: ReadonlyMap<string, Speaker> },
): Found | undefined {
  if (found.speaker.actor !== null) return undefined;
  const acronym = ACRONYM_SOURCE.exec(found.speaker.label)?.[1] ?? ACRONYM_SOURCE.exec(source.label)?.[1];
  if (!acronym) return undefined;
  for (let index = at.block; index >= 0; index--) {
    const text = index === at.block ? blocks[index]!.text.slice(0, at.offset) : blocks[index]!.text;
    const opened = text.lastIndexOf(`(${acronym})`);
    if (opened < 0) continue;
    const name = spelledOut(text.slice(Math.max(0, opened - 120), opened), acronym);
    if (name) return { speaker: speakerOfName(name, at.bodies), method: 'pronoun', plural: false, entity: 'organization' };
  }
  return undefined;
}

/** The capitalised name right before a bracket whose initials are the acronym ("National Lawyers Guild"), or null. */
function spelledOut(before: string, acronym: string): string | null {
  const words = before.trimEnd().split(/\s+/u);
  const name: string[] = [];
  let initials = '';
  while (words.length > 0 && initials.length < acronym.length) {
    const word = words.pop()!;
    if (SMALL_WORDS.has(word) && name.length > 0) {
      name.unshift(word);
      continue;
    }
    if (!/^\p{Lu}/u.test(word)) return null;
    name.unshift(word);
    initials = word[0]! + initials;
  }
  if (initials !== acronym) return null;
  while (name.length > 0 && SMALL_WORDS.has(name[0]!)) name.shift();
  return name.join(' ');
}
