import { describe, expect, test } from 'vitest';
import { extractQuotes, wordCount } from '../../src/analysis/quotes/find-quotes.ts';
import { sentenceAround } from '../../src/analysis/text/sentences.ts';
import type { BodyBlock, QuoteKind } from '../../src/analysis/types.ts';

function blocks(...texts: string[]): BodyBlock[] {
  return texts.map((text, index) => ({ id: `p-${index + 1}`, text, kind: 'paragraph' }));
}

/** The quotes of some paragraphs as `[text, kind]` pairs, in order. */
function quotesIn(...texts: string[]): Array<[string, QuoteKind]> {
  return extractQuotes(blocks(...texts)).map((quote) => [quote.text, quote.kind]);
}

// Cases taken from the five articles (paragraphs quoted whole or cut at a sentence).
describe('quotation marks in the articles', () => {
  test.each<[string, string[], Array<[string, QuoteKind]>]>([
    [
      'a curly opening mark closed by a straight one (003)',
      ['Lavrov dismissed the idea of addressing security guarantees for Ukraine without Russia. “This will not work," he said.'],
      [['This will not work,', 'statement']],
    ],
    [
      'straight marks around words with straight apostrophes, and a nested single quote (001)',
      [
        `"If it's not possible, if we're so far apart that this is not going to happen, then I think the president is probably at a point where he's going to say, 'well, we're done'," Rubio told reporters.`,
      ],
      [
        [
          `If it's not possible, if we're so far apart that this is not going to happen, then I think the president is probably at a point where he's going to say, 'well, we're done',`,
          'statement',
        ],
      ],
    ],
    [
      'a nested curly single quote stays inside the outer quote (001)',
      [
        '“It was a compelling meeting,” Witkoff said. “And toward the end, we actually came up with — I’m going to say ‘finally,’ but I don’t mean it in the way that we were waiting.”',
      ],
      [
        ['It was a compelling meeting,', 'statement'],
        [
          'And toward the end, we actually came up with — I’m going to say ‘finally,’ but I don’t mean it in the way that we were waiting.',
          'statement',
        ],
      ],
    ],
    [
      "a nested straight single quote, 'reassurance force' (001)",
      [
        `he added. "Ukraine and the EU will need to agree that it will not get NATO membership or a European 'reassurance force' and that certain categories of weapons will be limited."`,
      ],
      [
        [
          `Ukraine and the EU will need to agree that it will not get NATO membership or a European 'reassurance force' and that certain categories of weapons will be limited.`,
          'statement',
        ],
      ],
    ],
    [
      'a closing mark with no opening one: the quote starts with the paragraph (001)',
      [
        'Of course, it is also quite possible that both sides will remain intransigent. If so, US aid should continue — if it is capable of doing so."',
      ],
      [
        [
          'Of course, it is also quite possible that both sides will remain intransigent. If so, US aid should continue — if it is capable of doing so.',
          'statement',
        ],
      ],
    ],
    [
      'a bracketed insertion is kept (003)',
      ["“As long as [Trump] feels like conversations are moving forward, then he thinks that's a good thing,” the person said."],
      [["As long as [Trump] feels like conversations are moving forward, then he thinks that's a good thing,", 'statement']],
    ],
    [
      'an ellipsis with spaces, and a sentence quoted after "asserting," (003)',
      [
        'That was the meaning behind Trump’s cryptic social media post on Thursday asserting, “It is very hard, if not impossible, to win a war without attacking an invaders country … There is no chance of winning!”',
      ],
      [
        [
          'It is very hard, if not impossible, to win a war without attacking an invaders country … There is no chance of winning!',
          'statement',
        ],
      ],
    ],
    [
      'an ellipsis without spaces (003)',
      ['Trump said he thinks Putin “wants to make a deal for me…as crazy as it sounds.”'],
      [['wants to make a deal for me…as crazy as it sounds.', 'statement']],
    ],
    [
      'a few words with an ellipsis, reported with "he said" (000)',
      ['There had been “some things … even in the past 24 hours” that he said could indicate a chance to secure a ceasefire.'],
      [['some things … even in the past 24 hours', 'fragment']],
    ],
    [
      'a fragment in a sentence with a speech noun ("issued a threat", 000)',
      [
        'Standing on a tarmac in Paris, the US secretary of state, Marco Rubio, issued a threat that the US could simply “move on” from mediating the biggest military conflict in Europe.',
      ],
      [['move on', 'fragment']],
    ],
    [
      'a fragment whose speaker is in the next sentence (000)',
      [
        'And Witkoff appeared surprised on Fox News that Russia wanted “so much more” than just a ceasefire. “I mean, it’s just a lot of detail attached to it,” he said.',
      ],
      [
        ['so much more', 'fragment'],
        ['I mean, it’s just a lot of detail attached to it,', 'statement'],
      ],
    ],
    [
      'two straight-quoted fragments in one sentence (001)',
      [
        `Late last month the president said he was "angry" and "pissed off" with what he saw as Moscow's attempts to put monkey wrenches into the process.`,
      ],
      [
        ['angry', 'fragment'],
        ['pissed off', 'fragment'],
      ],
    ],
    [
      'a fragment after "dismissed … as" (003)',
      ['Foreign minister Sergey Lavrov dismissed the transatlantic talks as “a road to nowhere” on Wednesday.'],
      [['a road to nowhere', 'fragment']],
    ],
    [
      'a one-word fragment ending the sentence (003)',
      [
        'But the Pentagon’s top policy official, Elbridge Colby, told a small group of European defense chiefs less than 48 hours later that any U.S. involvement would be “minimal.”',
      ],
      [['minimal.', 'fragment']],
    ],
    [
      'eight quoted words finished by the reporter are a fragment (003)',
      [
        'Former President Joe Biden, whose administration was reluctant to send certain weapons to Ukraine, “would not let Ukraine FIGHT BACK, only DEFEND,” Trump wrote in his post. “How did that work out?”',
      ],
      [
        ['would not let Ukraine FIGHT BACK, only DEFEND,', 'fragment'],
        ['How did that work out?', 'statement'],
      ],
    ],
    [
      'eleven quoted words inside the reporter’s sentence are a statement (003)',
      [
        'Trump and his national security team “continue to engage with Russian and Ukrainian officials towards a bilateral meeting,” the first White House official said.',
      ],
      [['continue to engage with Russian and Ukrainian officials towards a bilateral meeting,', 'statement']],
    ],
    [
      'a programme title, then a straight-quoted statement (003)',
      [
        'He later told NBC’s “Meet the Press with Kristen Welker” in an interview airing Sunday that there is no meeting planned. "Putin is ready to meet with Zelenskyy when the agenda would be ready for a summit. And this agenda is not ready at all."',
      ],
      [
        ['Meet the Press with Kristen Welker', 'title'],
        [
          'Putin is ready to meet with Zelenskyy when the agenda would be ready for a summit. And this agenda is not ready at all.',
          'statement',
        ],
      ],
    ],
    [
      'scare quotes with no one speaking (000)',
      [
        'One element of a “Trump deal” appears to be this: that it doesn’t take very long or involve very much effort to achieve.',
      ],
      [['Trump deal', 'scare']],
    ],
    [
      'a one-word scare quote (002)',
      [
        'separate Western security guarantees for Ukraine that doesn’t involve Russia as a “guarantor” with veto power. There would be a lot more.',
      ],
      [['guarantor', 'scare']],
    ],
    [
      'a quote opening the paragraph, summed up after it (002)',
      [
        '“So far, no compromise version of a peace settlement has been found,” was how Yuri Ushakov, an advisor to Vladimir Putin, summed up the five-hour meeting.',
      ],
      [['So far, no compromise version of a peace settlement has been found,', 'statement']],
    ],
    [
      'apostrophes are not quotation marks (000)',
      [
        'But it isn’t clear whether the Trump administration has threatened to give up on a Russia-Ukraine peace deal – a shortcoming that has dogged the administration’s foreign policy.',
      ],
      [],
    ],
  ])('%s', (_name, paragraphs, expected) => {
    expect(quotesIn(...paragraphs)).toEqual(expected);
  });
});

describe('edge cases', () => {
  test.each<[string, string[], Array<[string, QuoteKind]>]>([
    ['no quotes at all', ['The talks ended on Friday without a statement.'], []],
    ['apostrophes at the ends of words', ["The Russians’ position and the Europeans' plans were both rejected."], []],
    ['an apostrophe opening a word', ['Since the ’90s, nothing has changed.'], []],
    [
      'a quote at the very start of a paragraph',
      ['“We will not stop,” the minister said.'],
      [['We will not stop,', 'statement']],
    ],
    [
      'a quote in single marks outside any double marks',
      ['He called it ‘a bad deal’ in a statement.'],
      [['a bad deal', 'fragment']],
    ],
    ['straight single marks as scare quotes', ["The so-called 'peace plan' was dropped."], [['peace plan', 'scare']]],
    [
      'a quote left open at the end of a paragraph the next one does not continue',
      ['Officials said: “We will not sign this', 'The reporter’s own words follow.'],
      [['We will not sign this', 'statement']],
    ],
  ])('%s', (_name, paragraphs, expected) => {
    expect(quotesIn(...paragraphs)).toEqual(expected);
  });

  test('a quote running over two paragraphs is one quote with two parts', () => {
    const first = '“The first part of a long answer ends here without a closing mark.';
    const second = '“The second part closes it,” the minister said.';
    const [quote, ...rest] = extractQuotes(blocks(first, second));
    expect(rest).toEqual([]);
    expect(quote).toEqual({
      parts: [
        { block: 'p-1', start: 0, end: first.length },
        { block: 'p-2', start: 0, end: second.indexOf('”') + 1 },
      ],
      text: 'The first part of a long answer ends here without a closing mark.\n\nThe second part closes it,',
      kind: 'statement',
    });
  });

  test('spans include the marks; an unbalanced quote starts at its paragraph', () => {
    const text = 'Of course, it is also quite possible that both sides will remain intransigent."';
    const inner = '“It was a compelling meeting,” Witkoff said.';
    expect(extractQuotes(blocks(text, inner)).map((quote) => quote.parts)).toEqual([
      [{ block: 'p-1', start: 0, end: text.length }],
      [{ block: 'p-2', start: 0, end: inner.indexOf('”') + 1 }],
    ]);
  });
});

describe('quotes inside quotes', () => {
  test.each<[string, string[], Array<[string, QuoteKind]>]>([
    [
      'three levels, double–single–double: one quote, the inner marks part of its words',
      ['“Outer ‘inner “deep” quote’ end,” Lavrov said.'],
      [['Outer ‘inner “deep” quote’ end,', 'statement']],
    ],
    [
      'three levels, single–double–single (British marks outside)',
      ['‘Outer “inner ‘deep’ quote” end,’ she said.'],
      [['Outer “inner ‘deep’ quote” end,', 'statement']],
    ],
    [
      'two levels, single in double',
      ['“We heard ‘no deal’ from them again,” Lavrov said.'],
      [['We heard ‘no deal’ from them again,', 'statement']],
    ],
    [
      'two levels, double in single (British marks outside)',
      ['‘We will not sign “any” deal,’ she said.'],
      [['We will not sign “any” deal,', 'statement']],
    ],
    ['British single marks outside, nothing inside', ['‘We will not sign,’ she said.'], [['We will not sign,', 'statement']]],
    [
      'three levels in straight marks',
      [`"Outer 'inner "deep" quote' end," Lavrov said.`],
      [[`Outer 'inner "deep" quote' end,`, 'statement']],
    ],
    [
      'three levels, curly outside, straight inside',
      [`“He told us 'the word "final" means final' and left," Rubio said.`],
      [[`He told us 'the word "final" means final' and left,`, 'statement']],
    ],
    [
      'a double mark that cannot open closes the innermost quote (“work“ typed for “work”)',
      ['“This will not work“ he said, and “that“ too.'],
      [
        ['This will not work', 'statement'],
        ['that', 'fragment'],
      ],
    ],
    [
      'apostrophes inside a nested quote do not close it',
      ['“They called it ‘the Russians’ rock ’n’ roll diplomacy’ and it’s been so since the ’90s,” he said.'],
      [['They called it ‘the Russians’ rock ’n’ roll diplomacy’ and it’s been so since the ’90s,', 'statement']],
    ],
    [
      'apostrophes inside British single marks: a plural possessive does not close the quote',
      ['‘It’s the Russians’ call, not ours, and rock ’n’ roll it isn’t,’ she said.'],
      [['It’s the Russians’ call, not ours, and rock ’n’ roll it isn’t,', 'statement']],
    ],
    [
      'a plural possessive with no later closing mark does close the quote',
      ['They called it ‘the experts’ plan’ and the so-called ‘critics’ said nothing.'],
      [
        ['the experts’ plan', 'fragment'],
        ['critics', 'fragment'],
      ],
    ],
    [
      'elisions are not quotation marks: ’n’, ’90s, an unclosed ’til before a real quote',
      [`Rock ’n’ roll and rock 'n' roll from the ’90s waited 'til the 'peace plan' was dropped.`],
      [['peace plan', 'scare']],
    ],
    [
      'a straight single mark that never closes does not hide a double-quoted quote after it',
      [`He waited 'til "the end," Rubio said.`],
      [['the end,', 'fragment']],
    ],
    [
      'two quotes side by side are not nested',
      ['They were “angry” and “pissed off” on Friday.'],
      [
        ['angry', 'scare'],
        ['pissed off', 'scare'],
      ],
    ],
    [
      'a stray opening mark inside a quote that would leave it open: the next closing mark closes it',
      ['“We will not “sign it,” Lavrov said, and left.'],
      [['We will not “sign it,', 'statement']],
    ],
  ])('%s', (_name, paragraphs, expected) => {
    expect(quotesIn(...paragraphs)).toEqual(expected);
  });
});

/** Blocks of the given kinds, numbered from p-1. */
function kindedBlocks(...blocks: Array<[BodyBlock['kind'], string]>): BodyBlock[] {
  return blocks.map(([kind, text], index) => ({ id: `p-${index + 1}`, text, kind }));
}

/** The quotes of some blocks as their text and their parts, `p-2:0-16` (block, start, end). */
function quotesOver(...blocks: Array<[BodyBlock['kind'], string]>): Array<[string, string]> {
  return extractQuotes(kindedBlocks(...blocks)).map((quote) => [
    quote.text,
    quote.parts.map((part) => `${part.block}:${part.start}-${part.end}`).join(' '),
  ]);
}

describe('quotes over several blocks', () => {
  test.each<[string, Array<[BodyBlock['kind'], string]>, Array<[string, string]>]>([
    [
      'a quote over three paragraphs, each opening with a mark, the last one closing',
      [
        ['paragraph', '“The first part.'],
        ['paragraph', '“The second part.'],
        ['paragraph', '“The third part closes it,” the minister said.'],
      ],
      [['The first part.\n\nThe second part.\n\nThe third part closes it,', 'p-1:0-16 p-2:0-17 p-3:0-27']],
    ],
    [
      'a running quote followed by a list: the list item’s quote is its own',
      [
        ['paragraph', '“The first part.'],
        ['paragraph', '“The second part closes it,” he said.'],
        ['list-item', '“A listed demand,” the statement said.'],
      ],
      [
        ['The first part.\n\nThe second part closes it,', 'p-1:0-16 p-2:0-28'],
        ['A listed demand,', 'p-3:0-18'],
      ],
    ],
    [
      'an unclosed quote followed by a plain paragraph ends with its paragraph',
      [
        ['paragraph', 'Officials said: “We will not sign this'],
        ['paragraph', 'Lavrov said later: “We will see.”'],
      ],
      [
        ['We will not sign this', 'p-1:16-38'],
        ['We will see.', 'p-2:19-33'],
      ],
    ],
    [
      'an unclosed quote does not run into a list item that opens with a mark',
      [
        ['paragraph', 'He said: “We will not sign this'],
        ['list-item', '“A listed demand,” the statement said.'],
      ],
      [
        ['We will not sign this', 'p-1:9-31'],
        ['A listed demand,', 'p-2:0-18'],
      ],
    ],
    [
      'an unclosed quote does not run into a heading',
      [
        ['paragraph', 'He said: “We will not sign this'],
        ['heading', '“Not one step back”'],
      ],
      [
        ['We will not sign this', 'p-1:9-31'],
        ['Not one step back', 'p-2:0-19'],
      ],
    ],
    [
      'an unclosed quote does not run into a blockquote',
      [
        ['paragraph', 'He said: “We will not sign this'],
        ['quote', '“We will not pay either,” she wrote.'],
      ],
      [
        ['We will not sign this', 'p-1:9-31'],
        ['We will not pay either,', 'p-2:0-25'],
      ],
    ],
    [
      'a quote runs on through the paragraphs of a blockquote',
      [
        ['quote', '“The first part of the letter.'],
        ['quote', '“The second part,” she wrote.'],
      ],
      [['The first part of the letter.\n\nThe second part,', 'p-1:0-30 p-2:0-18']],
    ],
    [
      'list items opening with a mark and not closing are a quote each',
      [
        ['list-item', '“First demand'],
        ['list-item', '“Second demand”'],
      ],
      [
        ['First demand', 'p-1:0-13'],
        ['Second demand', 'p-2:0-15'],
      ],
    ],
    [
      'a quote in a heading does not run into the paragraph after it',
      [
        ['heading', '“We will not sign'],
        ['paragraph', '“Nor will we pay,” he said.'],
      ],
      [
        ['We will not sign', 'p-1:0-17'],
        ['Nor will we pay,', 'p-2:0-18'],
      ],
    ],
    [
      'a running quote with a nested quote in its first paragraph',
      [
        ['paragraph', '“He called it ‘a “final” offer’ and left.'],
        ['paragraph', '“Then he came back,” she said.'],
      ],
      [['He called it ‘a “final” offer’ and left.\n\nThen he came back,', 'p-1:0-41 p-2:0-20']],
    ],
  ])('%s', (_name, blocks, expected) => {
    expect(quotesOver(...blocks)).toEqual(expected);
  });
});

describe('long paragraphs', () => {
  test.each([
    ['nested quotes', '“Outer ‘inner “deep” quote’ end,” Lavrov said. '],
    ['British quotes holding double ones', '‘We will not sign “any” deal,’ she said. '],
    ['opening marks that never close', '“a ‘b '],
    ['apostrophes and elisions', "it's the Russians' 'til ’90s rock ’n’ roll "],
    ['plural possessives inside single marks', '‘the Russians’ call ’em '],
  ])('the scan stays linear: %s', (_name, unit) => {
    const time = (repeats: number) => {
      const text = unit.repeat(repeats);
      const start = performance.now();
      extractQuotes(blocks(text));
      return performance.now() - start;
    };
    time(100); // warm up
    // 2,000 repetitions make paragraphs of 12,000 to 100,000 characters, with up to 2,000 quotes;
    // a scan quadratic in their length would take minutes.
    expect(time(2000)).toBeLessThan(2000);
  });
});

describe('helpers', () => {
  test.each([
    ['some things … even in the past 24 hours', 8],
    ['wants to make a deal for me…as crazy as it sounds.', 12],
    ['So if they’re serious about peace – either side, or both – we want to help.', 14],
  ])('wordCount(%j) is %i', (words, count) => {
    expect(wordCount(words)).toBe(count);
  });

  test.each([
    [
      'an abbreviation does not end a sentence ("U.S. Special Envoy")',
      'It was the meeting between the Russian President and U.S. Special Envoy Steve Witkoff on Tuesday. That’s no surprise.',
      'Witkoff',
      'It was the meeting between the Russian President and U.S. Special Envoy Steve Witkoff on Tuesday.',
    ],
    [
      '"Sen." and "(D-N.H.)" inside, a full stop after the bracket ends it (003)',
      'said Jonathan Green, a former defense policy adviser to Sen. Jeanne Shaheen (D-N.H.). “Gone is whatever public illusion there was.”',
      'Shaheen',
      'said Jonathan Green, a former defense policy adviser to Sen. Jeanne Shaheen (D-N.H.).',
    ],
  ])('sentenceAround: %s', (_name, text, word, sentence) => {
    const quoteStart = text.indexOf('“');
    const quoted = quoteStart >= 0 ? [[quoteStart, text.length] as const] : [];
    const at = text.indexOf(word);
    const found = sentenceAround(text, quoted, at, at + word.length);
    expect(text.slice(found.start, found.end)).toBe(sentence);
  });
});

describe('titles keep the comma or full stop American style puts inside the marks', () => {
  test.each([
    ['Biden told “60 Minutes.”', '60 Minutes.'],
    ['He spoke to “Meet the Press,” the NBC show.', 'Meet the Press,'],
  ])('%s', (paragraph, words) => {
    const [quote] = extractQuotes([{ id: 'p-1', text: paragraph, kind: 'paragraph' }]);
    expect([quote!.text, quote!.kind]).toEqual([words, 'title']);
  });
});
