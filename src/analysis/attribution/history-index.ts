import type { SpeakerEvent } from './referents.ts';
import { speakerKey } from './speaker-key.ts';

/**
 * What the speaker features ask of the history (who was met so far, in reading order), kept up to
 * date as events are recorded, so each question costs the same however long the article is: the
 * features used to scan the whole history for every candidate of every quote, which made an
 * article with thousands of quotes quadratic (issue 26).
 */

/** What is known of one speaker's events (those whose speaker was resolved). */
interface SpeakerTally {
  /** Index of the speaker's last event, any role. */
  last: number;
  /** Index of the speaker's last event as the subject of speech or a quote's speaker; -1 for none. */
  lastSpeech: number;
  /** How many events name the speaker, and how many of them are quotes. */
  times: number;
  quotes: number;
}

/** How many distinct recent speakers are remembered: the features count at most three others. */
const RECENT_KEYS = 6;

export class HistoryIndex {
  readonly #tally = new Map<string, SpeakerTally>();
  /** The most recent distinct people and bodies (not places), latest first, each with its last index. */
  #recent: Array<{ key: string; index: number; person: boolean; gender: 'male' | 'female' | undefined }> = [];
  /** The person met most often so far (the article's topic person), and how often. */
  #topPerson = { key: '', times: 0 };
  /** Index of the last event that is a quote's speaker (resolved or not); -1 for none. */
  lastQuote = -1;

  /** Records event `index` of the history (events are recorded in order). */
  record(event: SpeakerEvent, index: number): void {
    if (event.fromQuote) this.lastQuote = index;
    if (event.unresolved) return;
    const key = speakerKey(event.speaker);
    const tally = this.#tally.get(key) ?? { last: -1, lastSpeech: -1, times: 0, quotes: 0 };
    tally.last = index;
    if (event.role === 'speech') tally.lastSpeech = index;
    tally.times++;
    if (event.fromQuote) tally.quotes++;
    this.#tally.set(key, tally);
    if (event.entity !== 'place') {
      const entry = { key, index, person: event.entity === 'person' && !event.plural, gender: event.gender };
      this.#recent = [entry, ...this.#recent.filter((other) => other.key !== key)].slice(0, RECENT_KEYS);
    }
    if (event.entity === 'person' && !event.plural && event.speaker.actor !== null && tally.times > this.#topPerson.times) {
      this.#topPerson = { key, times: tally.times };
    }
  }

  /** Whether `key` is the person met most often so far: who a profile's "he" most likely means. */
  isTopPerson(key: string): boolean {
    return this.#topPerson.key === key;
  }

  /**
   * Whether another single person that "he" or "she" could equally mean (not known to be of the
   * other sex than `gender`) was met after event `index`: a pronoun there is ambiguous.
   */
  rivalAfter(key: string, index: number, gender: 'male' | 'female' | undefined): boolean {
    for (const entry of this.#recent) {
      if (entry.index <= index) return false;
      if (entry.key !== key && entry.person && !(gender && entry.gender && entry.gender !== gender)) return true;
    }
    return false;
  }

  /** The speaker's tally; zeros and -1 for a speaker not met. */
  of(key: string): Readonly<SpeakerTally> {
    return this.#tally.get(key) ?? { last: -1, lastSpeech: -1, times: 0, quotes: 0 };
  }

  /** Whether a person or body other than `key` was met after event `index`. */
  someoneElseAfter(key: string, index: number): boolean {
    const other = this.#recent.find((entry) => entry.key !== key);
    return other !== undefined && other.index > index;
  }

  /** How many people and bodies other than `key` were met after event `index`, counted up to `cap`. */
  othersAfter(key: string, index: number, cap: number): number {
    let count = 0;
    for (const entry of this.#recent) {
      if (entry.index <= index || count >= cap) break;
      if (entry.key !== key) count++;
    }
    return count;
  }
}
