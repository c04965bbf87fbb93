import { describe, expect, test } from 'vitest';
import {
  applyCuratedAttributions,
  attributeQuotes,
  type CuratedAttribution,
  type ResolveActor,
} from '../../src/analysis/attribution/attribute-quotes.ts';
import { extractQuotes } from '../../src/analysis/quotes/find-quotes.ts';
import type { AttributedQuote, AttributionMethod, BodyBlock, Speaker } from '../../src/analysis/types.ts';
import { ARTICLES, goldQuotes, readArticleBody, type GoldQuote } from '../../scripts/eval/gold/quotes.ts';

// ---------------------------------------------------------------------------------------------
// A stub resolver: the actors of the five articles by full name and surname (media by name only).

const PEOPLE: Record<string, string> = {
  'donald-trump': 'Donald Trump',
  'marco-rubio': 'Marco Rubio',
  'steve-witkoff': 'Steve Witkoff',
  'vladimir-putin': 'Vladimir Putin',
  'sergey-lavrov': 'Sergey Lavrov',
  'jd-vance': 'JD Vance',
  'giorgia-meloni': 'Giorgia Meloni',
  'volodymyr-zelenskyy': 'Volodymyr Zelenskyy',
  'yuri-ushakov': 'Yuri Ushakov',
  'jared-kushner': 'Jared Kushner',
  'kirill-dmitriev': 'Kirill Dmitriev',
  'dmitry-peskov': 'Dmitry Peskov',
  'emmanuel-macron': 'Emmanuel Macron',
  'joe-biden': 'Joe Biden',
  'elbridge-colby': 'Elbridge Colby',
  'anatol-lieven': 'Anatol Lieven',
  'john-hardie': 'John Hardie',
  'jonathan-green': 'Jonathan Green',
  'ivo-daalder': 'Ivo Daalder',
  'tom-graham': 'Tom Graham',
};
const MEDIA: Record<string, string> = {
  'wall-street-journal': 'Wall Street Journal',
  reuters: 'Reuters',
  bloomberg: 'Bloomberg',
  'fox-news': 'Fox News',
  nbc: 'NBC',
};
/** Places and institutions a real resolver also knows; they must not steal a person's quote. */
const PLACES_AND_INSTITUTIONS: Record<string, string> = {
  US: 'united-states',
  'U.S.': 'united-states',
  Washington: 'united-states',
  Russia: 'russia',
  Moscow: 'russia',
  Ukraine: 'ukraine',
  Kyiv: 'ukraine',
  Kremlin: 'kremlin',
  'White House': 'white-house',
  Pentagon: 'pentagon',
  Europe: 'europe',
  EU: 'european-union',
  NATO: 'nato',
  France: 'france',
  Italy: 'italy',
};

function stubResolver(extra: Record<string, string> = {}): ResolveActor {
  const names = new Map<string, string>();
  for (const [slug, name] of Object.entries(PEOPLE)) {
    names.set(name, slug);
    names.set(name.split(' ').at(-1)!, slug);
  }
  for (const [slug, name] of Object.entries(MEDIA)) names.set(name, slug);
  for (const [name, slug] of Object.entries(extra)) names.set(name, slug);
  return (words) => names.get(words) ?? null;
}

const resolveActor = stubResolver();

function blocks(...texts: string[]): BodyBlock[] {
  return texts.map((text, index) => ({ id: `p-${index + 1}`, text, kind: 'paragraph' }));
}

/** What a row expects of a quote: its first words, speaker (slug, or the label of an unnamed source) and method. */
type Expected = [startsWith: string, speaker: string | { unnamed: string } | null, method: AttributionMethod | null];

function attributionsIn(paragraphs: string[], resolve = resolveActor): Expected[] {
  const body = blocks(...paragraphs);
  const quotes = extractQuotes(body);
  return attributeQuotes(body, quotes, resolve).map(({ speaker, attribution }, index) => [
    quotes[index]!.text.split(' ').slice(0, 3).join(' '),
    speaker === null ? null : (speaker.actor ?? { unnamed: speaker.label }),
    attribution,
  ]);
}

/** Compares on the first words only, so rows stay short. */
function expectAttributions(paragraphs: string[], expected: Expected[]) {
  const actual = attributionsIn(paragraphs);
  expect(actual.map(([words, speaker, method]) => [words, speaker, method])).toEqual(
    expected.map(([start, speaker, method], index) => [
      actual[index]?.[0].startsWith(start) ? actual[index]![0] : start,
      speaker,
      method,
    ]),
  );
}

// ---------------------------------------------------------------------------------------------

describe('attribution rules, on passages of the articles', () => {
  test.each<[string, string[], Expected[]]>([
    [
      '“…,” X said (004)',
      [
        '“We need to figure out here, now within a matter of days, whether this is doable in the short term,” Rubio said on the tarmac as he left France early Friday morning.',
      ],
      [['We need to', 'marco-rubio', 'explicit']],
    ],
    [
      '“…,” X said with a title before the name (004)',
      [
        '“We believe that certain progress can, in fact, already be acknowledged,” Kremlin spokesman Dmitry Peskov said. “There are already some developments, but, of course, there are still many complicated discussions ahead.”',
      ],
      [
        ['We believe that', 'dmitry-peskov', 'explicit'],
        ['There are already', 'dmitry-peskov', 'context'],
      ],
    ],
    [
      'said X, a …: the fragment is the speaker’s words about Lavrov, not Lavrov’s (003)',
      [
        'In doing so, Lavrov “said the quiet part out loud,” said Jonathan Green, a national security strategist in Washington and former defense policy adviser to Sen. Jeanne Shaheen (D-N.H.). “Gone is whatever public illusion there was about Russian intentions. Putin wants a return of the Soviet regime, full stop.”',
      ],
      [
        ['said the quiet', 'jonathan-green', 'explicit'],
        ['Gone is whatever', 'jonathan-green', 'context'],
      ],
    ],
    [
      'X said … “…”: the subject of the verb, not the president named after it (001)',
      [
        'In a dramatic statement early this morning, Secretary of State Marco Rubio said President Donald Trump would give it a few more days to see if progress could be made, if not, he will "move on."',
      ],
      [['move on.', 'marco-rubio', 'explicit']],
    ],
    [
      'X, an appositive, told … that he felt “…”; then “…” that he said (000)',
      [
        'JD Vance, the Ukraine-sceptic vice-president, told Italy’s prime minister, Giorgia Meloni, on Friday that he felt “optimistic that we can hopefully bring this war, this very brutal war, to a close”. There had been “some things … even in the past 24 hours” that he said could indicate a chance to secure a ceasefire.',
      ],
      [
        ['optimistic that we', 'jd-vance', 'explicit'],
        ['some things …', 'jd-vance', 'pronoun'],
      ],
    ],
    [
      'according to the Wall Street Journal (001)',
      [
        'According to Reuters, three European diplomatic sources told them that Rubio comments reflected growing frustration. According to the Wall Street Journal, "other Western officials were more optimistic than Rubio about the fate of the talks."',
      ],
      [['other Western officials', 'wall-street-journal', 'explicit']],
    ],
    [
      '“…,” noted X (001)',
      [
        '"Whatever Trump may have promised in the past, no sensible analyst ever thought this peace process was going to be quick or easy," noted Lieven after the news.',
      ],
      [['Whatever Trump may', 'anatol-lieven', 'explicit']],
    ],
    [
      '“…,” was how X, an advisor to Y, summed up (002)',
      [
        '“So far, no compromise version of a peace settlement has been found,” was how Yuri Ushakov, an advisor to Vladimir Putin, summed up the five-hour meeting between the Russian President and U.S. Special Envoy Steve Witkoff on Tuesday.',
      ],
      [['So far, no', 'yuri-ushakov', 'explicit']],
    ],
    [
      'unnamed sources: "a second …", "the person", "the first …", "the official" (003)',
      [
        'In the West Wing, Trump is expressing confidence to associates that the talks are still on track, according to a White House official, who, like others in this story, was granted anonymity to discuss private conversations. But there is a growing recognition that the talks are a “grind,” a second White House official said.',
        "“As long as [Trump] feels like conversations are moving forward, then he thinks that's a good thing,” the person said.",
        'Trump and his national security team “continue to engage with Russian and Ukrainian officials towards a bilateral meeting,” the first White House official said. Asked about the Kremlin’s apparent hedging, the official demurred, saying “it is not in the national interest to further negotiate these issues publicly.”',
      ],
      [
        ['grind,', { unnamed: 'a second White House official' }, 'explicit'],
        ['As long as', { unnamed: 'a second White House official' }, 'pronoun'],
        ['continue to engage', { unnamed: 'a White House official' }, 'pronoun'],
        ['it is not', { unnamed: 'a White House official' }, 'pronoun'],
      ],
    ],
    [
      '“…,” said one former administration official; the next sentence is theirs too (003)',
      [
        '“He’s long believed that Russia has the upper hand in the war itself and needs to be coaxed into peace talks,” said one former administration official. “Ukraine, on the other hand, relies heavily on the U.S. for weapons and intelligence.”',
      ],
      [
        ['He’s long believed', { unnamed: 'one former administration official' }, 'explicit'],
        ['Ukraine, on the', { unnamed: 'one former administration official' }, 'context'],
      ],
    ],
    [
      'a sentence-initial description, lower-cased in the label; the name inside it is not the speaker (003)',
      [
        'A spokesperson for France’s foreign minister was blunt in concluding that the escalating attacks “illustrate Russia’s lack of any genuine intention to engage seriously in peace talks.”',
      ],
      [['illustrate Russia’s lack', { unnamed: 'a spokesperson for France’s foreign minister' }, 'explicit']],
    ],
    [
      'concurred …, writing that; continued, adding that Trump “…” (003)',
      [
        'Ukrainian President Volodymyr Zelenskyy concurred in a statement on Thursday, writing that the Russians “are trying to get away from the need to hold a meeting. They do not want to end this war.”',
        '“Putin does not understand anything other than force and pressure,” Zelenskyy continued, adding that Trump “is absolutely right in saying: this must be done not only in defense.”',
      ],
      [
        ['are trying to', 'volodymyr-zelenskyy', 'explicit'],
        ['Putin does not', 'volodymyr-zelenskyy', 'explicit'],
        ['is absolutely right', 'volodymyr-zelenskyy', 'explicit'],
      ],
    ],
    [
      'a post “asserting,” then “…,” X wrote and a question with no verb (003)',
      [
        'That was the meaning behind Trump’s cryptic social media post on Thursday asserting, “It is very hard, if not impossible, to win a war without attacking an invaders country … There is no chance of winning!”',
        'Former President Joe Biden, whose administration was reluctant to send certain weapons to Ukraine, “would not let Ukraine FIGHT BACK, only DEFEND,” Trump wrote in his post. “How did that work out?”',
      ],
      [
        ['It is very', 'donald-trump', 'explicit'],
        ['would not let', 'donald-trump', 'explicit'],
        ['How did that', 'donald-trump', 'context'],
      ],
    ],
    [
      'X said he thinks Y “…”: the speaker is X (003)',
      [
        'In a private comment to French President Emmanuel Macron during Monday’s East Room summit that was picked up by a hot mic, Trump said he thinks Putin “wants to make a deal for me…as crazy as it sounds.”',
      ],
      [['wants to make', 'donald-trump', 'explicit']],
    ],
    [
      'the name after the Pentagon’s description, not the description (003)',
      [
        'But the Pentagon’s top policy official, Elbridge Colby, told a small group of European defense chiefs less than 48 hours later that any U.S. involvement would be “minimal.”',
      ],
      [['minimal.', 'elbridge-colby', 'explicit']],
    ],
    [
      '"he said" skips the quotes of others back to the last person reported speaking (001)',
      [
        '“It was a compelling meeting,” Witkoff said.',
        'Lieven said threats like these are part of the negotiation process.',
        '"To achieve even a lasting ceasefire, the U.S. negotiating team will need to put forward some concrete and detailed terms," he said.',
      ],
      [
        ['It was a', 'steve-witkoff', 'explicit'],
        ['To achieve even', 'anatol-lieven', 'pronoun'],
      ],
    ],
    [
      '"he added" in the next paragraph, then a sentence with no verb (004)',
      [
        '“We need to figure out here, now within a matter of days, whether this is doable in the short term,” Rubio said.',
        '“We have other priorities to focus on as well,” he added. “It’s not our war.”',
      ],
      [
        ['We need to', 'marco-rubio', 'explicit'],
        ['We have other', 'marco-rubio', 'pronoun'],
        ['It’s not our', 'marco-rubio', 'context'],
      ],
    ],
    [
      '"the president" is the article’s president, not the vice president named since (001)',
      [
        'Secretary of State Marco Rubio said President Donald Trump would give it a few more days.',
        'The administration, led mostly by envoy Steve Witkoff but other top officials including Rubio and Vice President Vance, too, has engaged in numerous meetings.',
        'Late last month the president said he was "angry" and "pissed off" with what he saw as Moscow\'s attempts to put monkey wrenches into the process, and threatened more sanctions on the government.',
      ],
      [
        ['angry', 'donald-trump', 'explicit'],
        ['pissed off', 'donald-trump', 'explicit'],
      ],
    ],
    [
      'a paragraph with only a closing mark continues the previous paragraph’s speaker (001)',
      [
        '"The threat to Russia must be that if they reject compromise, the U.S. will walk away from the talks," Lieven added. "The threat to Ukraine and the EU is that if they are intransigent, U.S. aid will stop."',
        'Of course, it is also quite possible that both sides will remain intransigent. If so, US aid should continue — if it is capable of doing so."',
      ],
      [
        ['The threat to', 'anatol-lieven', 'explicit'],
        ['The threat to', 'anatol-lieven', 'context'],
        ['Of course, it', 'anatol-lieven', 'context'],
      ],
    ],
    [
      'a fragment with no speech verb belongs to the sentence’s subject, not to Bloomberg or Fox News (000)',
      [
        'On Friday, Bloomberg reported that the United States had offered Russia some sanctions relief. And Witkoff appeared surprised on Fox News that Russia wanted “so much more” than just a ceasefire. “I mean, it’s just a lot of detail attached to it,” he said. “It’s a complicated situation from, you know – rooted in some real problematic things happening between the two countries.”',
      ],
      [
        ['so much more', 'steve-witkoff', 'context'],
        ['I mean, it’s', 'steve-witkoff', 'pronoun'],
        ['It’s a complicated', 'steve-witkoff', 'context'],
      ],
    ],
    [
      'a fragment after an introductory phrase, with the name in apposition (000)',
      [
        'Standing on a tarmac in Paris, the US secretary of state, Marco Rubio, issued a threat that the US could simply “move on” from mediating the biggest military conflict in Europe.',
      ],
      [['move on', 'marco-rubio', 'context']],
    ],
    [
      '"he said" after "dismissed"; a title has no speaker; a quote with no verb continues (003)',
      [
        'Lavrov dismissed the idea of addressing security guarantees for Ukraine without Russia. “This will not work," he said.',
        'He later told NBC’s “Meet the Press with Kristen Welker” in an interview airing Sunday that there is no meeting planned. "Putin is ready to meet with Zelenskyy when the agenda would be ready for a summit. And this agenda is not ready at all."',
      ],
      [
        ['This will not', 'sergey-lavrov', 'pronoun'],
        ['Meet the Press', null, null],
        ['Putin is ready', 'sergey-lavrov', 'context'],
      ],
    ],
    [
      'scare quotes have no speaker (000)',
      [
        'One element of a “Trump deal” appears to be this: that it doesn’t take very long or involve very much effort to achieve.',
      ],
      [['Trump deal', null, null]],
    ],
  ])('%s', (_name, paragraphs, expected) => {
    expectAttributions(paragraphs, expected);
  });
});

describe('attribution edge cases', () => {
  test.each<[string, string[], Expected[]]>([
    [
      '"she" points back to a named speaker',
      ['“We are ready,” Meloni said.', '“We will wait,” she added.'],
      [
        ['We are ready,', 'giorgia-meloni', 'explicit'],
        ['We will wait,', 'giorgia-meloni', 'pronoun'],
      ],
    ],
    [
      'an unnamed source is never merged into a named speaker',
      ['“We talked,” Rubio said.', '“Nothing changed,” the official said.'],
      [
        ['We talked,', 'marco-rubio', 'explicit'],
        ['Nothing changed,', { unnamed: 'the official' }, 'explicit'],
      ],
    ],
    [
      '"the person" skips named speakers back to the unnamed one',
      ['A diplomat said the talks went well. “It was fine,” Rubio said.', '“It was not,” the person said.'],
      [
        ['It was fine,', 'marco-rubio', 'explicit'],
        ['It was not,', { unnamed: 'a diplomat' }, 'pronoun'],
      ],
    ],
    [
      '"the first …" picks the first of two sources described alike',
      [
        'According to a senior official, talks stalled. A second senior official said they would resume.',
        '“Soon,” the first senior official said.',
      ],
      [['Soon,', { unnamed: 'a senior official' }, 'pronoun']],
    ],
    [
      'a quote over two paragraphs takes the speaker after its closing mark',
      ['“The first part of a long answer.', '“The second part closes it,” Rubio said.'],
      [['The first part', 'marco-rubio', 'explicit']],
    ],
    ['"he" with no one named before it stays unattributed', ['“Wait and see,” he said.'], [['Wait and see,', null, null]]],
    ['no speaker anywhere', ['“Nobody knows,” it was said.'], [['Nobody knows,', null, null]]],
  ])('%s', (_name, paragraphs, expected) => {
    expectAttributions(paragraphs, expected);
  });
});

// ---------------------------------------------------------------------------------------------

function curatable(text: string, speaker: Speaker | null = null): AttributedQuote {
  return {
    parts: [{ block: 'p-1', start: 0, end: text.length + 2 }],
    text,
    kind: 'statement',
    id: text.slice(0, 4),
    speaker,
    attribution: speaker ? 'explicit' : null,
    automatic: { speaker, kind: 'statement' },
  };
}

describe('applyCuratedAttributions', () => {
  const quotes = [
    curatable('This will not work,', { actor: 'volodymyr-zelenskyy', label: 'Zelenskyy' }),
    curatable('continue to engage with Russian and Ukrainian officials'),
    curatable('Trump deal'),
  ];
  const curation = (fields: Partial<CuratedAttribution>): CuratedAttribution => ({
    quote: 'This will',
    speaker: 'sergey-lavrov',
    reason: 'r',
    ...fields,
  });

  test.each<[string, CuratedAttribution, number, Partial<AttributedQuote>]>([
    [
      'a named speaker, labelled with the slug when no label is given',
      curation({}),
      0,
      { speaker: { actor: 'sergey-lavrov', label: 'sergey-lavrov' } },
    ],
    [
      'a named speaker with the article’s words',
      curation({ speakerLabel: 'Lavrov' }),
      0,
      { speaker: { actor: 'sergey-lavrov', label: 'Lavrov' } },
    ],
    [
      'an unnamed source',
      curation({ quote: 'continue to engage', speaker: null, speakerLabel: 'a White House official' }),
      1,
      { speaker: { actor: null, label: 'a White House official' } },
    ],
    [
      'a kind corrected to scare quotes',
      curation({ quote: 'Trump deal', speaker: null, kind: 'scare' }),
      2,
      { speaker: null, kind: 'scare' },
    ],
  ])('%s', (_name, fix, index, expected) => {
    const result = applyCuratedAttributions(quotes, [fix], 'content/articles/003.md');
    expect(result[index]).toMatchObject({ ...expected, attribution: 'curated' });
    // The automatic result is kept, to measure the automatic pass against the fixes.
    expect(result[index]!.automatic).toEqual(quotes[index]!.automatic);
    expect(result.filter((_, i) => i !== index)).toEqual(quotes.filter((_, i) => i !== index));
  });

  test.each<[string, CuratedAttribution[], string]>([
    [
      'an excerpt matching no quote',
      [curation({ quote: 'will work' })],
      'content/articles/003.md: attributions[0].quote "will work" matches no quote',
    ],
    [
      'an excerpt matching several quotes',
      [curation({}), curation({ quote: 'r' })],
      'content/articles/003.md: attributions[1].quote "r" matches 3 quotes',
    ],
    [
      'two curations of one quote',
      [curation({}), curation({ quote: 'not work' })],
      'content/articles/003.md: attributions[1].quote "not work" picks the same quote as attributions[0]',
    ],
    [
      'an unnamed source without a label',
      [curation({ speaker: null })],
      'content/articles/003.md: attributions[0].speakerLabel is required',
    ],
    [
      'a speaker for scare quotes',
      [curation({ quote: 'Trump deal', kind: 'scare' })],
      'content/articles/003.md: attributions[0].speaker must be null',
    ],
  ])('fails on %s, naming the file, the field and the excerpt', (_name, fixes, message) => {
    expect(() => applyCuratedAttributions(quotes, fixes, 'content/articles/003.md')).toThrow(message);
  });
});

// ---------------------------------------------------------------------------------------------

interface CorpusQuote {
  article: string;
  text: string;
  kind: string;
  speaker: Speaker | null;
}

function runCorpus(resolve: ResolveActor): CorpusQuote[] {
  return ARTICLES.flatMap((article) => {
    const body = readArticleBody(article);
    const quotes = extractQuotes(body);
    const speakers = attributeQuotes(body, quotes, resolve);
    return quotes.map((quote, index) => ({ article, text: quote.text, kind: quote.kind, speaker: speakers[index]!.speaker }));
  });
}

function matchesGold(gold: GoldQuote, speaker: Speaker | null): boolean {
  if (gold.speaker !== null) return speaker?.actor === gold.speaker;
  if (gold.label !== undefined) return speaker?.actor === null && speaker.label === gold.label;
  return speaker === null;
}

describe('the five articles against the gold standard', () => {
  const corpus = runCorpus(resolveActor);
  const find = (gold: GoldQuote) =>
    corpus.filter((quote) => quote.article === gold.article && quote.text.startsWith(gold.startsWith));

  test.each(goldQuotes)('$article: “$startsWith” is extracted once, as a $kind', (gold) => {
    expect(find(gold).map((quote) => quote.kind)).toEqual([gold.kind]);
  });

  test.each(ARTICLES)('%s: every extracted quote is in the gold standard', (article) => {
    const unknown = corpus
      .filter((quote) => quote.article === article)
      .filter((quote) => !goldQuotes.some((gold) => gold.article === article && quote.text.startsWith(gold.startsWith)));
    expect(unknown.map((quote) => quote.text)).toEqual([]);
  });

  test.each<[string, ResolveActor]>([
    ['people and media', resolveActor],
    ['people, media, places and institutions', stubResolver(PLACES_AND_INSTITUTIONS)],
  ])('automatic attribution is right for at least 90 percent of statements and fragments (%s)', (name, resolve) => {
    const results = runCorpus(resolve);
    const spoken = goldQuotes.filter((gold) => gold.kind === 'statement' || gold.kind === 'fragment');
    const wrong = spoken.filter((gold) => {
      const quote = results.find((q) => q.article === gold.article && q.text.startsWith(gold.startsWith));
      return !matchesGold(gold, quote?.speaker ?? null);
    });
    const accuracy = (spoken.length - wrong.length) / spoken.length;
    console.log(
      `automatic attribution (${name}): ${spoken.length - wrong.length}/${spoken.length} = ${(accuracy * 100).toFixed(1)}%` +
        wrong.map((gold) => `\n  wrong: ${gold.article} “${gold.startsWith}” (gold: ${gold.speaker ?? gold.label})`).join(''),
    );
    expect(accuracy).toBeGreaterThanOrEqual(0.9);
  });

  test('titles and scare quotes get no speaker', () => {
    const unspoken = goldQuotes.filter((gold) => gold.kind === 'title' || gold.kind === 'scare');
    expect(unspoken.map((gold) => find(gold).map((quote) => quote.speaker))).toEqual(unspoken.map(() => [null]));
  });
});
