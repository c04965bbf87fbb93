import { describe, expect, test } from 'vitest';
import { shareRepeatedStrings, type StringTable } from '../../../src/load/shared-strings.ts';

/** Two analyses as `JSON.parse` gives them: equal values, separate strings. */
function parsedTwice() {
  const text = JSON.stringify({
    mentions: [{ actor: 'dmitry-peskov', block: 'p-2', start: 0, end: 6, text: 'Peskov' }],
    quotes: [
      {
        id: 'q-1',
        text: 'We are ready to continue the talks in good faith, whatever it takes.',
        kind: 'direct',
        speaker: { actor: 'dmitry-peskov', label: 'Dmitry Peskov' },
        speakerRule: 'speaker-then-verb-after-quote',
        parts: [{ block: 'p-2', start: 1, end: 60 }],
      },
    ],
  });
  return [JSON.parse(text), JSON.parse(text)];
}

describe('shareRepeatedStrings', () => {
  test('keeps every value equal', () => {
    const [first, second] = parsedTwice();
    const expected = structuredClone(second);
    const table: StringTable = new Map();
    shareRepeatedStrings(first, table);
    expect(shareRepeatedStrings(second, table)).toEqual(expected);
  });

  test('files each short value of a repeated field once, and no long or other value', () => {
    const [first, second] = parsedTwice();
    const table: StringTable = new Map();
    shareRepeatedStrings(first, table);
    shareRepeatedStrings(second, table);
    expect([...table.keys()].sort()).toEqual(
      ['Dmitry Peskov', 'Peskov', 'direct', 'dmitry-peskov', 'p-2', 'speaker-then-verb-after-quote'].sort(),
    );
  });

  test('the second analysis holds the strings the table kept from the first', () => {
    const [first, second] = parsedTwice();
    const table: StringTable = new Map();
    shareRepeatedStrings(first, table);
    const kept = table.get('dmitry-peskov');
    // Replace the table's string by a marked copy: only a shared value can be that copy.
    const marked = new String('dmitry-peskov') as unknown as string;
    table.set('dmitry-peskov', marked);
    shareRepeatedStrings(second, table);
    expect(kept).toBe('dmitry-peskov');
    expect(second.mentions[0].actor).toBe(marked);
    expect(second.quotes[0].speaker.actor).toBe(marked);
  });
});
