/**
 * Issue 26 item 5: the speaker features ask the history through an index kept as events are
 * recorded, so an article with thousands of quotes is not quadratic. The index must answer as a
 * scan of the whole history would.
 */
import { describe, expect, test } from 'vitest';
import { HistoryIndex } from '../../../../src/analysis/attribution/history-index.ts';
import type { SpeakerEvent } from '../../../../src/analysis/attribution/referents.ts';
import { speakerKey } from '../../../../src/analysis/attribution/speaker-key.ts';

const event = (actor: string, more: Partial<SpeakerEvent> = {}): SpeakerEvent => ({
  block: 0,
  speaker: { actor, label: actor },
  plural: false,
  fromQuote: false,
  role: 'mention',
  entity: 'person',
  ...more,
});

/** The answers as the features computed them before the index: by scanning the history. */
function scanned(history: SpeakerEvent[], key: string) {
  const valid = (e: SpeakerEvent) => !e.unresolved;
  const someoneElse = (e: SpeakerEvent) => valid(e) && e.entity !== 'place' && speakerKey(e.speaker) !== key;
  const lastSpeech = history.findLastIndex((e) => e.role === 'speech' && valid(e) && speakerKey(e.speaker) === key);
  const last = history.findLastIndex((e) => valid(e) && speakerKey(e.speaker) === key);
  const mine = history.filter((e) => valid(e) && speakerKey(e.speaker) === key);
  return {
    last,
    lastSpeech,
    times: mine.length,
    quotes: mine.filter((e) => e.fromQuote).length,
    someoneElseSince: lastSpeech >= 0 && history.slice(lastSpeech + 1).some(someoneElse),
    othersSince:
      last < 0
        ? -1
        : Math.min(
            new Set(
              history
                .slice(last + 1)
                .filter(someoneElse)
                .map((e) => speakerKey(e.speaker)),
            ).size,
            3,
          ),
    lastQuote: history.findLastIndex((e) => e.fromQuote),
  };
}

describe('HistoryIndex answers as a scan of the history would', () => {
  // A made-up history: four people, a place, quotes, unresolved quotes, speech and mentions, in a
  // fixed pseudo-random order.
  const people = ['rubio', 'putin', 'zelenskyy', 'peskov', 'geneva'];
  const history: SpeakerEvent[] = [];
  const index = new HistoryIndex();
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  for (let i = 0; i < 400; i++) {
    const actor = people[Math.floor(next() * people.length)]!;
    const roll = next();
    const e = event(actor, {
      entity: actor === 'geneva' ? 'place' : 'person',
      role: roll < 0.4 ? 'speech' : roll < 0.7 ? 'subject' : 'mention',
      fromQuote: roll < 0.3,
      ...(roll > 0.95 ? { unresolved: true } : {}),
    });
    history.push(e);
    index.record(e, history.length - 1);

    if (i % 37 === 0 || i === 399) {
      test.each(people.map((person) => [i, person]))('after event %i: %s', (_at, person) => {
        const key = speakerKey({ actor: person, label: person });
        const expected = scanned(history.slice(0, Number(_at) + 1), key);
        // The index is read at the end of the loop: rebuild one for this prefix.
        const prefix = new HistoryIndex();
        history.slice(0, Number(_at) + 1).forEach((one, at) => prefix.record(one, at));
        const tally = prefix.of(key);
        expect({
          last: tally.last,
          lastSpeech: tally.lastSpeech,
          times: tally.times,
          quotes: tally.quotes,
          someoneElseSince: tally.lastSpeech >= 0 && prefix.someoneElseAfter(key, tally.lastSpeech),
          othersSince: tally.last < 0 ? -1 : prefix.othersAfter(key, tally.last, 3),
          lastQuote: prefix.lastQuote,
        }).toEqual(expected);
      });
    }
  }
});
