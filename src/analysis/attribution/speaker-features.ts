/**
 * What the speaker model knows of one (quote, candidate) pair: which rules proposed the candidate,
 * how far its name stands from the quote and on which side, what kind of speaker it is, whether it
 * spoke just before, and how many others compete. Every value is a number in [0, 1], named, so the
 * weights file says what each weight is for.
 */
import type { Speaker } from '../types.ts';
import type { Found, SpeakerEvent } from './referents.ts';
import { SPEAKER_RULES, type QuoteScene, type SpeakerRuleName } from './speaker-rules.ts';

/** One speaker the rules proposed for a quote, with every rule that proposed it, surest first. */
export interface SpeakerCandidate {
  found: Found;
  rules: SpeakerRuleName[];
}

/** Feature names, in the order of the weights. */
export const SPEAKER_FEATURES = [
  ...SPEAKER_RULES.map((rule) => `rule:${rule.name}` as const),
  'first-proposal',
  'other-rules-agree',
  'competing-candidates',
  'method:explicit',
  'method:pronoun',
  'method:context',
  'kind:registered-actor',
  'kind:provisional-person',
  'kind:unnamed-source',
  'entity:person',
  'entity:organization',
  'plural',
  'quote:fragment',
  'quote:long',
  'quote:several-paragraphs',
  'quote:opens-paragraph',
  'quote:whole-paragraph',
  'name:in-paragraph',
  'name:before-quote',
  'name:same-sentence',
  'name:token-distance',
  'previous-quote-same-speaker',
  'spoke-in-this-paragraph',
  'someone-else-since',
  'named-people-in-paragraph',
  'paragraphs-since-last-seen',
  'others-since-last-seen',
  'earlier-quotes-of-speaker',
  'times-seen',
] as const;

/** The name of one feature. */
export type SpeakerFeature = (typeof SPEAKER_FEATURES)[number];

/** The same speaker: the same actor, or for an unnamed source the same words. */
export function speakerKey(speaker: Speaker): string {
  return speaker.actor ?? `unnamed:${speaker.label}`;
}

/** The feature values of one candidate, in `SPEAKER_FEATURES` order. */
export function speakerFeatures(scene: QuoteScene, candidate: SpeakerCandidate, all: readonly SpeakerCandidate[]): number[] {
  const { found, rules } = candidate;
  const key = speakerKey(found.speaker);
  const values = new Map<SpeakerFeature, number>();
  const set = (name: SpeakerFeature, value: boolean | number) => values.set(name, Number(value));
  set(`rule:${rules[0]!}`, true);
  set('first-proposal', all[0] === candidate);
  set('other-rules-agree', Math.min(rules.length - 1, 3) / 3);
  set('competing-candidates', Math.min(all.length - 1, 3) / 3);
  set(`method:${found.method === 'curated' ? 'explicit' : found.method}`, true);
  const { actor, provisional } = found.speaker;
  set(actor === null ? 'kind:unnamed-source' : provisional ? 'kind:provisional-person' : 'kind:registered-actor', true);
  if (found.entity === 'person' || found.entity === 'organization') set(`entity:${found.entity}`, true);
  set('plural', found.plural);

  const { quote, first, opening } = scene;
  const closing = quote.parts.at(-1)!;
  set('quote:fragment', quote.kind === 'fragment');
  set('quote:long', Math.min(quote.text.split(/\s+/u).length, 60) / 60);
  set('quote:several-paragraphs', quote.parts.length > 1);
  const opens = first.text.slice(0, opening.start).trim() === '';
  set('quote:opens-paragraph', opens);
  set('quote:whole-paragraph', opens && scene.last.text.slice(closing.end).trim() === '');

  const name = nearestName(scene, found.speaker.label);
  set('name:in-paragraph', name !== null);
  if (name) {
    set('name:before-quote', name.before);
    set('name:same-sentence', name.sameSentence);
    set('name:token-distance', Math.min(name.tokens, 40) / 40);
  }
  const history = scene.history;
  const lastQuote = history.findLast((event) => event.fromQuote);
  set('previous-quote-same-speaker', lastQuote !== undefined && !lastQuote.unresolved && speakerKey(lastQuote.speaker) === key);
  const lastSpoke = history.findLastIndex(
    (event) => event.role === 'speech' && !event.unresolved && speakerKey(event.speaker) === key,
  );
  set('spoke-in-this-paragraph', lastSpoke >= 0 && history[lastSpoke]!.block === first.index);
  set('someone-else-since', lastSpoke >= 0 && history.slice(lastSpoke + 1).some((event) => isSomeoneElse(event, key)));
  const people = new Set(
    first.candidates.flatMap((c) => (c.kind === 'named' && c.entity === 'person' && c.speaker ? [speakerKey(c.speaker)] : [])),
  );
  set('named-people-in-paragraph', Math.min(people.size, 4) / 4);
  // How present the speaker is in what was read so far: the topic person, or a name met once long ago.
  const seen = history.findLastIndex((event) => !event.unresolved && speakerKey(event.speaker) === key);
  const others = new Set(
    history.slice(seen + 1).flatMap((event) => (isSomeoneElse(event, key) ? [speakerKey(event.speaker)] : [])),
  );
  set('paragraphs-since-last-seen', seen < 0 ? 1 : Math.min(first.index - history[seen]!.block, 5) / 5);
  set('others-since-last-seen', seen < 0 ? 1 : Math.min(others.size, 3) / 3);
  let quotes = 0;
  let times = 0;
  for (const event of history) {
    if (event.unresolved || speakerKey(event.speaker) !== key) continue;
    times++;
    if (event.fromQuote) quotes++;
  }
  set('earlier-quotes-of-speaker', Math.min(quotes, 5) / 5);
  set('times-seen', Math.min(times, 10) / 10);
  return SPEAKER_FEATURES.map((feature) => values.get(feature) ?? 0);
}

/** A person or body other than `key` named or speaking. */
function isSomeoneElse(event: SpeakerEvent, key: string): boolean {
  return !event.unresolved && event.entity !== 'place' && speakerKey(event.speaker) !== key;
}

/** Where the speaker's own words stand nearest the quote in its paragraph: side, sentence and distance in words. */
function nearestName(scene: QuoteScene, label: string): { before: boolean; sameSentence: boolean; tokens: number } | null {
  if (label === '') return null;
  const { first, opening, sentence } = scene;
  const text = first.text;
  let best: { at: number; gap: number } | null = null;
  for (let at = text.indexOf(label); at >= 0; at = text.indexOf(label, at + 1)) {
    const gap = at < opening.start ? opening.start - (at + label.length) : at - opening.end;
    if (!best || Math.abs(gap) < Math.abs(best.gap)) best = { at, gap };
  }
  if (!best) return null;
  const before = best.at < opening.start;
  const between = before ? text.slice(best.at + label.length, opening.start) : text.slice(opening.end, best.at);
  return {
    before,
    sameSentence: best.at >= sentence.start && best.at < sentence.end,
    tokens: between.split(/\s+/u).filter(Boolean).length,
  };
}
