/**
 * Words whose source the reader could not read, kept with no speaker in the two shapes that still
 * show a report (src/analysis/reported/unsourced-reports.ts): a sentence that opens with a short
 * noun phrase right before its speech verb, and a speech participle followed by "that".
 */
import { describe, expect, test } from 'vitest';
import { isUnsourcedReport, opensWithSubject } from '../../../../src/analysis/reported/unsourced-reports.ts';
import type { SpeechCue } from '../../../../src/analysis/text/speech-cues.ts';
import { analyseParagraphs, statementNotation } from '../../../helpers/reported-statements.ts';

const statements = (paragraph: string) => analyseParagraphs([paragraph]).statements.map(statementNotation);

/** The cue `word` in `text` as the speech-cue reader gives it, and where its words start (after "that "). */
function cueIn(text: string, word: string, form: SpeechCue['form']): { cue: SpeechCue; contentStart: number } {
  const start = text.indexOf(word);
  const end = start + word.length;
  const that = /^\s+that\s+/u.exec(text.slice(end));
  return { cue: { start, end, word, form }, contentStart: end + (that ? that[0].length : 1) };
}

describe('kept with no speaker', () => {
  test('a sentence opening with its subject, a relative clause inside', () => {
    expect(statements('Residents and others who oppose the tower said the council had ignored their letters.')).toMatchObject([
      { content: 'the council had ignored their letters', cue: 'said', source: null, speaker: null, rule: null },
    ]);
  });

  test('a subject with an aside in a pair of dashes', () => {
    expect(statements('Farmers — and some millers — say that the levy is too high.')).toMatchObject([
      { content: 'the levy is too high', source: null, speaker: null },
    ]);
  });

  test('a speech participle and "that"', () => {
    expect(statements('The guild reopened the hall in May, while acknowledging that the roof still leaks.')).toMatchObject([
      { content: 'the roof still leaks', cue: 'acknowledging', source: null, speaker: null },
    ]);
  });
});

describe('still held back', () => {
  test.each([
    ['a negated subject', 'Although no group claimed responsibility, the fire spread quickly.'],
    ['a subject after its verb', 'So says a booming voice at the end of the film.'],
    ['one comma before the verb: words, then the attribution', 'Well, that settles it, said hundreds of stranded travellers.'],
    ['a relative clause before the verb', 'The court ruling, which denied the appeal, was cited again.'],
    ['a way to act ("by arguing that")', 'The club could answer its critics by arguing that the fee is fair.'],
    ['a verb that is a noun after a determiner', 'These calls for a new bridge have grown louder since the flood.'],
  ])('%s', (_name, paragraph) => {
    expect(statements(paragraph)).toEqual([]);
  });
});

describe('the shapes', () => {
  test('a subject is a short capitalised noun phrase with no verb, no comma and no negation', () => {
    const shape = (text: string, word: string) => {
      const { cue, contentStart } = cueIn(text, word, 'finite');
      return opensWithSubject(text, 0, cue, contentStart);
    };
    expect([
      shape('Staff for the Harbour Board said the ferries run late.', 'said'),
      shape('The harbour staff, tired of waiting, said the ferries run late.', 'said'),
      shape('Nobody on the harbour staff said the ferries run late.', 'said'),
      shape('The harbour staff have said the ferries run late.', 'said'),
      shape('The ferries admitted are mostly new.', 'admitted'),
    ]).toEqual([true, false, false, false, false]);
  });

  test('a participle counts only with "that" right after it', () => {
    const shape = (text: string) => {
      const { cue, contentStart } = cueIn(text, 'warning', 'participle');
      return isUnsourcedReport(text, 0, cue, contentStart);
    };
    expect([
      shape('The family moved fast, warning that the sale was near.'),
      shape('The family moved fast, warning the buyers.'),
    ]).toEqual([true, false]);
  });
});
