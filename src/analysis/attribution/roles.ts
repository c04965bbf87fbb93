/**
 * Role phrases that stand for a person: "the president", "the deputy foreign minister",
 * "Russia's foreign minister", "the Kremlin leader". Two sources say who holds a role: the
 * article itself (a title written with a name: "Deputy Foreign Minister Anna Petrova", "Oleg
 * Bondar, head of the delegation,") and the actor files (`roles`, each with a date it was held).
 * A role resolves only when exactly one holder fits; otherwise it stays a description.
 */
import { TITLE_ABBREVIATION_MEANINGS } from '../lexicon/abbreviations.ts';
import { COUNTRY_ADJECTIVES } from '../lexicon/countries.ts';
import { OFFICE_CHANGING_WORDS } from '../lexicon/office-modifiers.ts';
import type { Speaker } from '../types.ts';

/** A role held by a registered actor, from its actor file. */
export interface ActorRole {
  actor: string;
  /** The role in the articles' words ("Russian foreign minister"). */
  title: string;
  /** A date on which the actor held it, `YYYY-MM-DD`. */
  asOf: string;
}

/** How far from an actor file's `asOf` date a role is still taken to be held. */
const ROLE_VALID_DAYS = 366;

/** Words of a role, lower-cased, with countries written one way ("Russia's" = "Russian" = "russia"). */
export function roleWords(phrase: string): string[] {
  let words = roleWordsCache.get(phrase);
  if (!words) {
    words = readRoleWords(phrase);
    if (roleWordsCache.size > 10_000) roleWordsCache.clear();
    roleWordsCache.set(phrase, words);
  }
  return words;
}

/** Role words already read: the same few titles recur across a whole corpus. */
const roleWordsCache = new Map<string, string[]>();

function readRoleWords(phrase: string): string[] {
  const words = phrase
    .toLowerCase()
    .replace(/[’']s\b/gu, '')
    .replace(/[“”"()]/gu, ' ')
    .split(/[\s,]+/u)
    .filter((word) => word && word !== 'the' && word !== 'a' && word !== 'an');
  const normalised: string[] = [];
  for (let index = 0; index < words.length; index++) {
    const abbreviation = TITLE_ABBREVIATION_MEANINGS.get(words[index]!);
    if (abbreviation) {
      normalised.push(abbreviation);
      continue;
    }
    const pair = `${words[index]} ${words[index + 1] ?? ''}`;
    if (COUNTRY_ADJECTIVES.has(pair)) {
      normalised.push(COUNTRY_ADJECTIVES.get(pair)!);
      index++;
    } else {
      normalised.push(COUNTRY_ADJECTIVES.get(words[index]!) ?? words[index]!.replace(/-/gu, ' '));
    }
  }
  return normalised.flatMap((word) => word.split(' '));
}

/** A person given a title in this article, in reading order. */
interface TitledPerson {
  speaker: Speaker;
  words: string[];
  /** Whether the title names a country or body ("Russian President"), which "the president" alone does not. */
  qualified: boolean;
}

/** Words that make a title another office than its head noun alone ("vice president", "former minister"). */
const OFFICE_CHANGING = new Set(OFFICE_CHANGING_WORDS);

const COUNTRY_WORDS = new Set([...COUNTRY_ADJECTIVES.values()].flatMap((country) => country.split(' ')));

/** Who holds which role, from the article's own titles and the actor files. */
export class RoleBook {
  readonly #titled: TitledPerson[] = [];
  readonly #actorRoles: ActorRole[];

  constructor(actorRoles: readonly ActorRole[], published: string | undefined) {
    this.#actorRoles = published ? actorRoles.filter((role) => withinDays(role.asOf, published, ROLE_VALID_DAYS)) : [];
  }

  /** Records a title the article writes with a person's name. */
  addTitle(speaker: Speaker, title: string): void {
    const words = roleWords(title);
    if (words.length === 0) return;
    this.#titled.push({ speaker, words, qualified: hasQualifier(title) });
  }

  /**
   * Records that a titled person is named again: "the president" then means the president the
   * reader met last, not the last one given the title.
   */
  noteMention(actor: string): void {
    const mine = this.#titled.filter((titled) => titled.speaker.actor === actor);
    if (mine.length === 0 || this.#titled.at(-1)?.speaker.actor === actor) return;
    const others = this.#titled.filter((titled) => titled.speaker.actor !== actor);
    this.#titled.splice(0, this.#titled.length, ...others, ...mine);
  }

  /**
   * The person a role phrase stands for: the latest person the article titled with all the
   * phrase's words, else the one actor whose file gives that role at the time. Null when no one
   * or more than one fits.
   */
  holderOf(phrase: string, mentioned: (actor: string) => boolean): Speaker | null {
    const words = roleWords(phrase);
    if (words.length === 0) return null;
    const phraseQualified = hasQualifier(phrase);
    for (let index = this.#titled.length - 1; index >= 0; index--) {
      const titled = this.#titled[index]!;
      if (titled.qualified && !phraseQualified) continue;
      // "the president" is not the vice-president or a former president.
      if (titled.words.some((word) => OFFICE_CHANGING.has(word) && !words.includes(word))) continue;
      // Extra describing words are fine ("the two-term president"), but not a country or an
      // office-changing word the title lacks ("the Russian president", "the vice president").
      const extra = words.filter((word) => !titled.words.includes(word));
      const describing = extra.every((word) => !COUNTRY_WORDS.has(word) && !OFFICE_CHANGING.has(word) && /^[a-z-]+$/u.test(word));
      if (describing && titled.words.at(-1) === words.at(-1) && extra.length < words.length) {
        return { ...titled.speaker, label: asWritten(phrase) };
      }
    }
    const holders = new Set(
      this.#actorRoles
        .filter((role) => {
          const title = roleWords(role.title);
          if (title.at(-1) !== words.at(-1)) return false;
          if (title.some((word) => OFFICE_CHANGING.has(word) && !words.includes(word))) return false;
          const exact = title.length === words.length && title.every((word) => words.includes(word));
          return (
            exact ||
            (mentioned(role.actor) &&
              words.every((word) => title.includes(word)) &&
              !(hasQualifier(role.title) && !phraseQualified))
          );
        })
        .map((role) => role.actor),
    );
    if (holders.size !== 1) return null;
    const actor = [...holders][0]!;
    return { actor, label: asWritten(phrase) };
  }
}

/** A capitalised qualifier in a title ("Russian President", "U.S. Secretary", "Kremlin"). */
function hasQualifier(title: string): boolean {
  return roleWords(title).some((word) => COUNTRY_WORDS.has(word));
}

function withinDays(a: string, b: string, days: number): boolean {
  const difference = Math.abs(Date.parse(`${a}T00:00:00Z`) - Date.parse(`${b}T00:00:00Z`));
  return Number.isFinite(difference) && difference <= days * 86_400_000;
}

/** A role phrase as a speaker's label: the article's words, a sentence-initial "The" lower-cased. */
function asWritten(phrase: string): string {
  return phrase.replace(/^The\s/u, 'the ');
}
