/** The corpus index's joins (src/corpus/joins.ts): the sentence shown around a mention. */
import { describe, expect, test } from 'vitest';
import { contextOf, sentenceTextAt } from '../../../src/corpus/joins.ts';

describe('sentenceTextAt (the sentence shown in “mentions in context”)', () => {
  // The Guardian, paragraphs 9 and 6.
  const vance =
    'There are more hopeful voices in the administration. JD Vance, the Ukraine-sceptic vice-president, told ' +
    'Italy’s prime minister, Giorgia Meloni, on Friday that he felt “optimistic that we can hopefully bring ' +
    'this war, this very brutal war, to a close”. There had been “some things … even in the past 24 hours” ' +
    'that he said could indicate a chance to secure a ceasefire.';
  const rubio =
    '“We’re not going to continue to fly all over the world and do meeting after meeting after meeting if ' +
    'no progress is being made,” Rubio said, noting that the US wanted to stop “thousands” of people from ' +
    'dying in the next year. “So if they’re serious about peace – either side, or both – we want to help. ' +
    'If it’s not going to happen, then we’re just going to move on.';
  // TIME, paragraph 1, and Politico, paragraph 19.
  const time =
    '“So far, no compromise version of a peace settlement has been found,” was how Yuri Ushakov, an advisor ' +
    'to Vladimir Putin, summed up the five-hour meeting between the Russian President and U.S. Special Envoy ' +
    'Steve Witkoff on Tuesday. That’s no surprise: Putin has never negotiated in good faith since his first ' +
    'invasion of Ukraine in 2014.';
  const politico =
    'In doing so, Lavrov “said the quiet part out loud,” said Jonathan Green, a national security strategist ' +
    'in Washington and former defense policy adviser to Sen. Jeanne Shaheen (D-N.H.). “Gone is whatever public ' +
    'illusion there was about Russian intentions. Putin wants a return of the Soviet regime, full stop.”';

  test.each(
    [
      { mention: 'the first sentence', text: vance, at: 0, sentence: 'There are more hopeful voices in the administration.' },
      {
        mention: 'JD Vance (a sentence ending in a closing mark and a full stop)',
        text: vance,
        at: vance.indexOf('JD Vance'),
        sentence:
          'JD Vance, the Ukraine-sceptic vice-president, told Italy’s prime minister, Giorgia Meloni, on Friday ' +
          'that he felt “optimistic that we can hopefully bring this war, this very brutal war, to a close”.',
      },
      {
        mention: 'the last sentence',
        text: vance,
        at: vance.indexOf('ceasefire'),
        sentence:
          'There had been “some things … even in the past 24 hours” that he said could indicate a chance to secure a ceasefire.',
      },
      {
        mention: 'Rubio (a quotation inside the sentence does not end it)',
        text: rubio,
        at: rubio.indexOf('Rubio'),
        sentence:
          '“We’re not going to continue to fly all over the world and do meeting after meeting after meeting if ' +
          'no progress is being made,” Rubio said, noting that the US wanted to stop “thousands” of people from ' +
          'dying in the next year.',
      },
      {
        mention: 'a sentence opening with a quotation mark',
        text: rubio,
        at: rubio.indexOf('serious'),
        sentence: '“So if they’re serious about peace – either side, or both – we want to help.',
      },
      {
        mention: 'Putin (TIME, second sentence)',
        text: time,
        at: time.indexOf('Putin has'),
        sentence: 'That’s no surprise: Putin has never negotiated in good faith since his first invasion of Ukraine in 2014.',
      },
      // "U.S." and "Sen." are abbreviations, not the ends of sentences.
      {
        mention: 'Steve Witkoff, after “U.S.”',
        text: time,
        at: time.indexOf('Steve Witkoff'),
        sentence:
          '“So far, no compromise version of a peace settlement has been found,” was how Yuri Ushakov, an advisor ' +
          'to Vladimir Putin, summed up the five-hour meeting between the Russian President and U.S. Special Envoy ' +
          'Steve Witkoff on Tuesday.',
      },
      {
        mention: 'Jeanne Shaheen, after “Sen.”',
        text: politico,
        at: politico.indexOf('Jeanne Shaheen'),
        sentence:
          'In doing so, Lavrov “said the quiet part out loud,” said Jonathan Green, a national security strategist ' +
          'in Washington and former defense policy adviser to Sen. Jeanne Shaheen (D-N.H.).',
      },
    ].map((row) => [row.mention, row] as const),
  )('%s', (_mention, { text, at, sentence }) => {
    expect(sentenceTextAt(text, at)).toBe(sentence);
  });
});

describe('contextOf: a mention’s sentence, bounded (issue 26)', () => {
  test('an ordinary sentence is kept whole', () => {
    const text = 'Rubio said the talks would go on. Lavrov disagreed.';
    expect(contextOf(text, { start: 0, end: 33 }, 0, 5)).toBe('Rubio said the talks would go on.');
  });

  test('a run-on sentence is cut at spaces around the mention, and says so', () => {
    const text = `${'and then more words '.repeat(100)}Rubio said ${'it went on and on '.repeat(100)}`;
    const at = text.indexOf('Rubio');
    const context = contextOf(text, { start: 0, end: text.length }, at, at + 5);
    expect(context).toMatch(/^… \S.* Rubio said .*\S …$/);
    expect(context.length).toBeLessThan(700);
  });
});
