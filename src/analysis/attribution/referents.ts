/**
 * What "he", "it", "the person" and "the official" stand for: the speaker or subject they point
 * back to, found in what the reader has read so far. A pronoun takes the most recent person (or
 * body) that agrees with it; a description with "the" takes the unnamed source it repeats.
 */
import { INTERCHANGEABLE_SOURCE_NOUNS } from '../lexicon/role-nouns.ts';
import type { AttributionMethod, Speaker } from '../types.ts';
import { genderOfActorName } from './given-names.ts';
import type { Candidate, Entity } from './candidates.ts';

/** A speaker or subject met at some point of the text, for pronouns and descriptions to point back to. */
export interface SpeakerEvent {
  block: number;
  speaker: Speaker;
  plural: boolean;
  /** True when the event is a quote's speaker. */
  fromQuote: boolean;
  /**
   * `speech`: the subject of a speech verb or a quote's speaker; `subject`: a sentence's subject;
   * `mention`: a person named anywhere, which "she" can stand for only if no one else could.
   */
  role: 'speech' | 'subject' | 'mention';
  entity: Entity;
  gender?: 'male' | 'female';
  /** A quote whose speaker could not be found: nothing may point back past it. */
  unresolved?: boolean;
  /** The first of people named together ("Wyden and Udall"), who speaks for them all: "they" may stand for them. */
  group?: boolean;
  /**
   * A mention in the possessive inside its sentence ("his critique of Trump’s policy"): it names an owner, so it does not
   * take "he" over from the speaker as a person named since would.
   */
  owner?: boolean;
}

/** A speaker with how it was found. */
export interface Found {
  speaker: Speaker;
  method: AttributionMethod;
  plural: boolean;
  entity: Entity;
  gender?: 'male' | 'female';
  /** The first of people named together, speaking for them all (`SpeakerEvent.group`). */
  group?: boolean;
}

export function resolveCandidate(candidate: Candidate, history: readonly SpeakerEvent[]): Found | null {
  if (candidate.kind === 'named') {
    if (candidate.entity === 'place' && candidate.speaker?.actor === null) return null;
    return {
      speaker: candidate.speaker!,
      method: 'explicit',
      plural: false,
      entity: candidate.entity,
      ...(candidate.gender ? { gender: candidate.gender } : {}),
    };
  }
  if (candidate.kind === 'pronoun') return resolvePronoun(candidate, history);
  return resolveDescription(candidate, history);
}

/** Events a pronoun can stand for: "he"/"she" a person, "it" a body or country, "they" a group. */
function agrees(pronoun: Candidate, event: SpeakerEvent): boolean {
  // "Wyden and Udall have warned … / … they wrote": the first of a pair speaks for both.
  if (pronoun.plural) return event.plural || event.group === true;
  if (pronoun.entity === 'organization') return !event.plural && (event.entity === 'organization' || event.entity === 'place');
  if (event.entity !== 'person' || event.plural) return false;
  const sex = sexOf(event);
  return !(pronoun.gender && sex && pronoun.gender !== sex);
}

/** A named single person the pronoun could stand for, met only as a mention: not known to be of the other sex. */
function couldBe(pronoun: Candidate, event: SpeakerEvent): boolean {
  return (
    event.role === 'mention' &&
    event.entity === 'person' &&
    !event.plural &&
    event.speaker.actor !== null &&
    !(sexOf(event) && sexOf(event) !== pronoun.gender)
  );
}

/** The sex the text gave an event's person, or failing that the one the actor's own name gives. */
function sexOf(event: SpeakerEvent): 'male' | 'female' | undefined {
  return event.gender ?? genderOfActorName(event.speaker.actor);
}

function resolvePronoun(pronoun: Candidate, history: readonly SpeakerEvent[]): Found | null {
  let referent: SpeakerEvent | undefined;
  // The person of the pronoun's sex only named since that speaker, and whether anyone else it could mean was.
  let namedSince: SpeakerEvent | undefined;
  const namedSinceActors = new Set<string>();
  for (let index = history.length - 1; index >= 0; index--) {
    const event = history[index]!;
    if (event.unresolved || (event.role !== 'mention' && agrees(pronoun, event))) {
      referent = event;
      break;
    }
    // "Moments later, Rubio made sure his critique of Trump’s policy was polite. “…,” he said": Trump only owns the policy.
    // PolNeAR train: 3 fewer wrong, 3 more right.
    if (pronoun.gender && couldBe(pronoun, event) && !event.owner) {
      namedSince ??= event;
      namedSinceActors.add(event.speaker.actor!);
    }
  }
  if (referent?.unresolved) return null;
  // "Mr. McGraw was charged … / … Mr. Trump was asked about it. He said …": a speaker from an
  // earlier paragraph gives way to the one person of the pronoun's sex named since, in this
  // paragraph or the one before (not in the speaker's own: "Trump said of Bush …, he said").
  if (
    referent &&
    namedSince &&
    namedSinceActors.size - (namedSinceActors.has(referent.speaker.actor ?? '') ? 1 : 0) === 1 &&
    namedSince.gender === pronoun.gender &&
    namedSince.speaker.actor !== referent.speaker.actor &&
    namedSince.block > referent.block &&
    namedSince.block >= history.at(-1)!.block - 1
  ) {
    referent = namedSince;
  }
  // "At an event billed as “Hard Hats for Hillary,” Clinton unveiled a plan. / “…,” she told the hall.": no speaker or
  // subject was read, but one person only, not of the other sex, was named in the latest paragraph that named anyone.
  if (!referent && pronoun.gender && history.length > 0) {
    const latestBlock = history.at(-1)!.block;
    const recent = history.filter((event) => event.block === latestBlock && couldBe(pronoun, event));
    if (new Set(recent.map((event) => event.speaker.actor)).size === 1) referent = recent.at(-1);
  }
  // "she" when the article has named one woman only (or "he", one man): no one else it could be.
  if (!referent && pronoun.gender) {
    const named = history.filter((event) => event.role === 'mention' && event.entity === 'person' && event.speaker.actor);
    const sameSex = new Set(named.filter((event) => event.gender === pronoun.gender).map((event) => event.speaker.actor));
    const unknownSex = named.some((event) => !event.gender);
    if (sameSex.size === 1 && !unknownSex) referent = named.findLast((event) => event.gender === pronoun.gender);
  }
  if (!referent) return null;
  // "he" or "she" for a person not met in the latest two paragraphs that met anyone, when someone else it could mean
  // was named since: that one is meant more often ("… Garcia, the grocery store worker. / “…,” he said" is Garcia's, not
  // Trump's, last met three paragraphs up). On PolNeAR train the pronoun's speaker was wrong 12 times there, right twice.
  // The scans stop at the referent's latest event, no further back than the search for the referent went.
  if (pronoun.gender && referent.speaker.actor !== null) {
    const actor = referent.speaker.actor;
    const lastIndex = history.findLastIndex((event) => event.speaker.actor === actor);
    const couldBeSomeoneElse = (event: SpeakerEvent) =>
      event.entity === 'person' &&
      !event.plural &&
      event.speaker.actor !== actor &&
      !(sexOf(event) && sexOf(event) !== pronoun.gender);
    if (history.at(-1)!.block - history[lastIndex]!.block > 1 && history.slice(lastIndex + 1).some(couldBeSomeoneElse))
      return null;
  }
  // "he" or "she" never stands for an unnamed source: on PolNeAR train it did 0 times rightly and 11 times wrongly
  // ("… when an Iowa voter asked if she might … / “…,” she replied": the candidate, not the voter). A repeated
  // description ("the spokesman added") still finds its source (`resolveDescription`).
  if (referent.speaker.actor === null && pronoun.entity === 'person' && !pronoun.plural && pronoun.gender) return null;
  // Any other pronoun for a person, for an unnamed source only when that source is the latest speaker, not an older one.
  if (referent.speaker.actor === null && pronoun.entity === 'person' && !pronoun.plural) {
    const latestPerson = history.findLast((event) => event.entity === 'person' && event.role !== 'mention');
    if (latestPerson !== referent) return null;
  }
  return {
    speaker: referent.speaker,
    method: 'pronoun',
    plural: referent.plural,
    entity: referent.entity,
    ...((referent.gender ?? pronoun.gender) ? { gender: (referent.gender ?? pronoun.gender)! } : {}),
    ...(referent.group ? { group: true } : {}),
  };
}

function resolveDescription(candidate: Candidate, history: readonly SpeakerEvent[]): Found | null {
  const plural = candidate.plural ?? false;
  const entity = candidate.entity;
  const own: Found = { speaker: { actor: null, label: candidate.label }, method: 'explicit', plural, entity };
  if (!candidate.definite) return own;
  // "the person", "the official", "the first White House official": an unnamed source already
  // introduced, whose description has all of this one's words.
  const modifiers = candidate.modifiers ?? [];
  const matches = (event: SpeakerEvent) =>
    !event.unresolved &&
    event.role !== 'mention' &&
    event.speaker.actor === null &&
    event.plural === plural &&
    modifiers.every((word) => wordsOf(event.speaker.label).includes(word)) &&
    sameHead(candidate.label, event.speaker.label);
  let referent: SpeakerEvent | undefined;
  if (candidate.ordinal !== undefined) {
    const matching = history.filter(matches);
    const labels = [...new Set(matching.map((event) => event.speaker.label))];
    const label = labels[candidate.ordinal - 1];
    referent = matching.find((event) => event.speaker.label === label);
  } else {
    // The latest match, read from the end: a run-on paragraph of "the voters say …" stays linear.
    referent = history.findLast(matches);
  }
  // The same words again (the subject of a speech verb, then of its quote) are not a back-reference.
  if (referent)
    return {
      speaker: referent.speaker,
      method: referent.speaker.label === candidate.label ? 'explicit' : 'pronoun',
      plural,
      entity: referent.entity,
    };
  return pairOfTwo(candidate, history) ?? own;
}

/** How many paragraphs back "the two Democrats" may point to the pair it stands for. */
const PAIR_BLOCKS_BACK = 2;

/**
 * "two US senators, Ron Wyden and Mark Udall … / … the two Democrats have been advising": "the two" and a plural noun
 * stand for the latest two people named together, in the latest paragraphs; the first of them speaks for both.
 */
function pairOfTwo(candidate: Candidate, history: readonly SpeakerEvent[]): Found | null {
  if (!candidate.plural || candidate.entity !== 'person' || !/^the\s+two\s/iu.test(candidate.label)) return null;
  const latest = history.at(-1)?.block ?? 0;
  const pair = history.findLast((event) => event.group === true && event.entity === 'person');
  if (!pair || pair.block < latest - PAIR_BLOCKS_BACK) return null;
  return { speaker: pair.speaker, method: 'pronoun', plural: false, entity: 'person', group: true };
}

/** Nouns that may stand for one another when a description points back ("the person" → "a White House official"). */
const INTERCHANGEABLE = new Set(INTERCHANGEABLE_SOURCE_NOUNS);

/** Whether a pointing-back description can repeat an earlier one: the same head noun, or both people-sources. */
function sameHead(pointer: string, earlier: string): boolean {
  const a = headNoun(pointer);
  const b = headNoun(earlier);
  return a === b || (INTERCHANGEABLE.has(a) && INTERCHANGEABLE.has(b));
}

/** Head nouns already read: a description is compared with every earlier one, so the same labels recur. */
const HEAD_NOUNS = new Map<string, string>();

/** A description's head noun, lower-cased ("officials" of "Western officials with the talks"). */
function headNoun(label: string): string {
  let head = HEAD_NOUNS.get(label);
  if (head === undefined) {
    head = label
      .replace(/\s+(?:for|from|at|to|of|in|with)\s.*$/u, '')
      .split(/\s+/u)
      .at(-1)!
      .toLowerCase();
    if (HEAD_NOUNS.size >= 10_000) HEAD_NOUNS.clear();
    HEAD_NOUNS.set(label, head);
  }
  return head;
}

function wordsOf(label: string): string[] {
  return label.toLowerCase().split(/\s+/u);
}
