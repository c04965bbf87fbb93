import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { resolveDates } from '../../src/analysis/dates/resolve-dates.ts';
import type { BodyBlock, DatePrecision } from '../../src/analysis/types.ts';

const RAW_DIR = new URL('../../content/raw/', import.meta.url);
const DATES_MODULE = new URL('../../src/analysis/dates/resolve-dates.ts', import.meta.url);

/** The five articles' raw files and publication dates (see shared/sources.md). */
const ARTICLES = {
  '000': { file: '000_c87b6e5096c43d11.txt', published: '2025-04-18' }, // a Friday
  '001': { file: '001_08c6c7b936ebf9b5.txt', published: '2025-04-18' },
  '002': { file: '002_ff0927326652fcae.txt', published: '2025-12-03' }, // a Wednesday
  '003': { file: '003_a9d0e8f336eaa357.txt', published: '2025-08-22' }, // a Friday
  '004': { file: '004_9d2378706db2d032.txt', published: '2025-04-18' },
} as const;
type ArticleId = keyof typeof ARTICLES;

interface ArticleCase {
  article: ArticleId;
  /** Body text, or page furniture that the raw file also carries (photo captions, teasers). */
  where: 'body' | 'caption' | 'teaser';
  /** The sentence, quoted verbatim from the raw file. */
  sentence: string;
  text: string;
  date: string;
  precision: DatePrecision;
  /** The dated event in sources.md the resolution agrees with, when it lists one. */
  record?: string;
}

/** Every temporal expression in the five raw files, in document order. */
const ARTICLE_CASES: ArticleCase[] = [
  {
    article: '000',
    where: 'body',
    text: 'earlier this month',
    date: '2025-04-01',
    precision: 'month',
    sentence:
      'That would be the latest about-face for an administration that has already taken a back seat on negotiating a peace in Gaza and retreated on implementing worldwide tariffs that shook financial markets around the globe earlier this month.',
  },
  {
    article: '000',
    where: 'body',
    text: 'on Thursday',
    date: '2025-04-17',
    precision: 'day',
    record: 'Paris talks, 2025-04-17',
    sentence:
      'There have been plenty of meetings: Trump’s envoy Steve Witkoff has spoken three times with Vladimir Putin, during which he has listened to the Kremlin leader’s thoughts on Ukraine for hours, and Rubio was on the phone with Sergei Lavrov, the Russian foreign minister, and met with Ukrainian officials and European leaders in Paris on Thursday.',
  },
  {
    article: '000',
    where: 'body',
    text: 'on Friday',
    date: '2025-04-18',
    precision: 'day',
    record: 'Rubio’s “move on” remarks, 2025-04-18',
    sentence:
      'Rubio clearly wished to vent frustration on Friday, a day after Trump had said in the White House that he was waiting for Russia’s response to the proposed framework for a peace deal and expected to have it this week.',
  },
  {
    article: '000',
    where: 'body',
    text: 'this week',
    date: '2025-04-14',
    precision: 'week',
    sentence:
      'Rubio clearly wished to vent frustration on Friday, a day after Trump had said in the White House that he was waiting for Russia’s response to the proposed framework for a peace deal and expected to have it this week.',
  },
  {
    article: '000',
    where: 'body',
    text: 'on Friday',
    date: '2025-04-18',
    precision: 'day',
    record: 'Vance meets Meloni, 2025-04-18',
    sentence:
      'JD Vance, the Ukraine-sceptic vice-president, told Italy’s prime minister, Giorgia Meloni, on Friday that he felt “optimistic that we can hopefully bring this war, this very brutal war, to a close”.',
  },
  {
    article: '000',
    where: 'body',
    text: 'On Friday',
    date: '2025-04-18',
    precision: 'day',
    sentence:
      'On Friday, Bloomberg reported that the United States had offered Russia some sanctions relief in exchange for a deal – something that Rubio had offered as far back as his confirmation hearings in January.',
  },
  {
    article: '000',
    where: 'body',
    text: 'in January',
    date: '2025-01-01',
    precision: 'month',
    sentence:
      'On Friday, Bloomberg reported that the United States had offered Russia some sanctions relief in exchange for a deal – something that Rubio had offered as far back as his confirmation hearings in January.',
  },

  {
    article: '001',
    where: 'body',
    text: 'early this morning',
    date: '2025-04-18',
    precision: 'day',
    record: 'Rubio’s “move on” remarks, 2025-04-18',
    sentence:
      'In a dramatic statement early this morning, Secretary of State Marco Rubio said President Donald Trump would give it a few more days to see if progress could be made on getting a peace deal between Russia and Ukraine, if not, he will "move on."',
  },
  {
    article: '001',
    where: 'body',
    text: 'Friday',
    date: '2025-04-18',
    precision: 'day',
    record: 'Rubio’s “move on” remarks, 2025-04-18',
    sentence: `So we need to determine very quickly now, and I'm talking about a matter of days, whether or not this is doable in the next few weeks," Rubio said Friday in Paris after meeting European and Ukrainian leaders.`,
  },
  {
    article: '001',
    where: 'body',
    text: 'in January',
    date: '2025-01-01',
    precision: 'month',
    sentence:
      'It is true, though, that broader discussions, at least publicly, have not yielded the straightforward progress that the administration had hoped for, if not promised when Trump took office in January.',
  },
  {
    article: '001',
    where: 'body',
    text: 'Late last month',
    date: '2025-03-01',
    precision: 'month',
    sentence: `Late last month the president said he was "angry" and "pissed off" with what he saw as Moscow's attempts to put monkey wrenches into the process, and threatened more sanctions on the government.`,
  },
  {
    article: '001',
    where: 'body',
    text: 'Monday',
    date: '2025-04-14',
    precision: 'day',
    record: 'after the Witkoff–Putin meeting of 2025-04-11',
    sentence:
      "Interestingly, this comes days after Witkoff emerged from talks with Putin himself with a more positive take, saying Monday that he “finally” got an answer to the Russian president's demands for a permanent peace.",
  },
  {
    article: '001',
    where: 'caption',
    text: 'April 17, 2025',
    date: '2025-04-17',
    precision: 'day',
    sentence: `Top photo credit: U.S. Secretary of State Marco Rubio arrives at the Quai d'Orsay, France's Ministry of Foreign Affairs, before a bilateral meeting with his French counterpart in Paris, France April 17, 2025.`,
  },
  {
    article: '001',
    where: 'teaser',
    text: 'on Tuesday, February 11, 2025',
    date: '2025-02-11',
    precision: 'day',
    sentence:
      'Top image credit: US Secretary of State Marco Rubio (right) is seen in the Oval Office with US President Donald Trump (left) during a meeting with the King of Jordan, Abdullah II Ibn Al-Hussein in the Oval Office the White House in Washington DC on Tuesday, February 11, 2025.',
  },
  // A teaser for a later article; "upcoming" and "due" read it forward from the publication date.
  {
    article: '001',
    where: 'teaser',
    text: 'September 15',
    date: '2025-09-15',
    precision: 'day',
    sentence: `The upcoming determination, due September 15, could trigger cuts to hundreds of millions of dollars in bilateral assistance, visa restrictions on Colombian officials, and sanctions on the country's financial system under current U.S. law.`,
  },
  {
    article: '001',
    where: 'teaser',
    text: 'Monday, August 18, 2025',
    date: '2025-08-18',
    precision: 'day',
    sentence:
      'Top image credit: President Donald Trump meets with Secretary of State Marco Rubio and Vice President JD Vance before a call with Russian President Vladimir Putin, Monday, August 18, 2025, in the Oval Office.',
  },

  {
    article: '002',
    where: 'body',
    text: 'on Tuesday',
    date: '2025-12-02',
    precision: 'day',
    record: 'Witkoff and Kushner in the Kremlin, 2025-12-02',
    sentence:
      '“So far, no compromise version of a peace settlement has been found,” was how Yuri Ushakov, an advisor to Vladimir Putin, summed up the five-hour meeting between the Russian President and U.S. Special Envoy Steve Witkoff on Tuesday.',
  },
  {
    article: '002',
    where: 'body',
    text: 'in 2014',
    date: '2014-01-01',
    precision: 'year',
    sentence: 'That’s no surprise: Putin has never negotiated in good faith since his first invasion of Ukraine in 2014.',
  },
  {
    article: '002',
    where: 'body',
    text: 'in August',
    date: '2025-08-01',
    precision: 'month',
    record: 'Anchorage summit, 2025-08-15',
    sentence:
      'After false starts—like the unproductive summit in Anchorage in August or the proposed Budapest Summit in October that was cancelled days after being announced—the U.S., Ukraine, and Europe reportedly hammered out elements of a possible deal to end the fighting.',
  },
  {
    article: '002',
    where: 'body',
    text: 'in October',
    date: '2025-10-01',
    precision: 'month',
    record: 'Budapest summit announced 2025-10-16, shelved 10-21/22',
    sentence:
      'After false starts—like the unproductive summit in Anchorage in August or the proposed Budapest Summit in October that was cancelled days after being announced—the U.S., Ukraine, and Europe reportedly hammered out elements of a possible deal to end the fighting.',
  },
  {
    article: '002',
    where: 'body',
    text: 'two weekends ago',
    date: '2025-11-22',
    precision: 'week',
    record: 'Geneva talks, 2025-11-23',
    sentence:
      'It was this plan, worked on in Geneva two weekends ago and refined in Florida this past weekend, that Witkoff, accompanied by Trump’s son-in-law and diplomatic troubleshooter Jared Kushner, was expected to present to Putin.',
  },
  {
    article: '002',
    where: 'body',
    text: 'this past weekend',
    date: '2025-11-29',
    precision: 'week',
    record: 'Florida talks, 2025-11-30',
    sentence:
      'It was this plan, worked on in Geneva two weekends ago and refined in Florida this past weekend, that Witkoff, accompanied by Trump’s son-in-law and diplomatic troubleshooter Jared Kushner, was expected to present to Putin.',
  },

  // Three days before 22 August; sources.md thinks the article may be from late 21 August, which would make it 18 August.
  {
    article: '003',
    where: 'body',
    text: 'Three days ago',
    date: '2025-08-19',
    precision: 'day',
    sentence:
      'Three days ago, President Donald Trump announcedthe leaders of Russia and Ukraine had agreed to meet, an event that would validate his recent summits in Alaska and the White House.',
  },
  {
    article: '003',
    where: 'body',
    text: 'on Wednesday',
    date: '2025-08-20',
    precision: 'day',
    record: 'Lavrov’s “road to nowhere”, 2025-08-20',
    sentence: 'Foreign minister Sergey Lavrov dismissed the transatlantic talks as “a road to nowhere” on Wednesday.',
  },
  {
    article: '003',
    where: 'body',
    text: 'on Thursday',
    date: '2025-08-21',
    precision: 'day',
    sentence:
      'That was the meaning behind Trump’s cryptic social media post on Thursday asserting, “It is very hard, if not impossible, to win a war without attacking an invaders country … There is no chance of winning!”',
  },
  {
    article: '003',
    where: 'body',
    text: 'Monday',
    date: '2025-08-18',
    precision: 'day',
    record: 'East Room meeting, 2025-08-18',
    sentence:
      'In a private comment to French President Emmanuel Macron during Monday’s East Room summit that was picked up by a hot mic, Trump said he thinks Putin “wants to make a deal for me…as crazy as it sounds.”',
  },
  {
    article: '003',
    where: 'body',
    text: 'overnight Thursday',
    date: '2025-08-21',
    precision: 'day',
    record: '574-drone attack, overnight 2025-08-20/21',
    sentence:
      'One of Russia’s heaviest bombardments since the war began occurred overnight Thursday with 574 drones hitting targets in western Ukraine, including an American electronics factory.',
  },
  {
    article: '003',
    where: 'body',
    text: 'on Thursday',
    date: '2025-08-21',
    precision: 'day',
    sentence:
      'Ukrainian President Volodymyr Zelenskyy concurred in a statement on Thursday, writing that the Russians “are trying to get away from the need to hold a meeting.',
  },
  {
    article: '003',
    where: 'body',
    text: 'Sunday',
    date: '2025-08-24',
    precision: 'day',
    record: 'Lavrov on “Meet the Press”, aired 2025-08-24',
    sentence:
      'He later told NBC’s “Meet the Press with Kristen Welker” in an interview airing Sunday that there is no meeting planned.',
  },
  {
    article: '003',
    where: 'body',
    text: 'on Monday',
    date: '2025-08-18',
    precision: 'day',
    record: 'East Room meeting, 2025-08-18',
    sentence:
      'NATO allies saw a glimmer of hope on Monday in Trump’s statement that the U.S. was willing to play a role in backstopping whatever postwar security guarantees Europe can agree to.',
  },

  {
    article: '004',
    where: 'body',
    text: 'on Friday',
    date: '2025-04-18',
    precision: 'day',
    record: 'Rubio’s “move on” remarks, 2025-04-18',
    sentence:
      'After wrapping up what he described as a productive round of talks toward ending the war in Ukraine hosted in Paris, Secretary of State Marco Rubio on Friday laid out a surprising ultimatum for all parties involved, declaring that the U.S. was willing to move on from the negotiations if they didn’t yield results soon.',
  },
  {
    article: '004',
    where: 'body',
    text: 'early Friday morning',
    date: '2025-04-18',
    precision: 'day',
    record: 'Rubio’s “move on” remarks, 2025-04-18',
    sentence:
      '“We need to figure out here, now within a matter of days, whether this is doable in the short term, because if it’s not, then I think we’re just going to move on,” Rubio said on the tarmac as he left France early Friday morning.',
  },
  {
    article: '004',
    where: 'caption',
    text: 'April 17, 2025',
    date: '2025-04-17',
    precision: 'day',
    sentence:
      'Secretary of State Marco Rubio arrives at the Quai d’Orsay, France’s Ministry of Foreign Affairs, before a bilateral meeting with his French counterpart in Paris, April 17, 2025.',
  },
  {
    article: '004',
    where: 'caption',
    text: 'April 18, 2025',
    date: '2025-04-18',
    precision: 'day',
    sentence:
      'resident Donald Trump speaks during a swearing-In Ceremony for the Administrator of the Centers for Medicare and Medicaid Services, Mehmet Oz at the Oval Office of the White House in Washington, April 18, 2025.',
  },
  {
    article: '004',
    where: 'body',
    text: 'early next week',
    date: '2025-04-21',
    precision: 'week',
    record: 'London talks, 2025-04-23',
    sentence:
      'While the president declined to set a specific deadline for progress, Rubio looked ahead to a new round of talks slated to take place in London early next week as a potentially decisive engagement, saying he may attend — but only if the meeting appeared poised to result in action rather than just talk.',
  },
  {
    article: '004',
    where: 'caption',
    text: 'April 8, 2025',
    date: '2025-04-08',
    precision: 'day',
    sentence:
      'Ukrainian President Volodymyr Zelensky attends a joint press conference with Belgian Prime Minister Bart De Wever after their meeting in Kyiv, Ukraine, April 8, 2025.',
  },
  {
    article: '004',
    where: 'body',
    text: 'on Thursday',
    date: '2025-04-17',
    precision: 'day',
    record: 'Rubio in Paris, 2025-04-17',
    sentence:
      'Rubio sought to ramp up the pressure on Moscow during a call with Russian Foreign Minister Sergey Lavrov on Thursday, according to officials familiar with the conversation, who add that the administration was hopeful progress could be made in the hours between their talk and the secretary’s departure from France.',
  },
  {
    article: '004',
    where: 'caption',
    text: 'on April 11, 2025',
    date: '2025-04-11',
    precision: 'day',
    record: 'Witkoff–Putin meeting in St Petersburg, 2025-04-11',
    sentence: 'Russian President Vladimir Putin chairs a meeting on the Navy development in Saint Petersburg on April 11, 2025.',
  },
  {
    article: '004',
    where: 'body',
    text: 'last month',
    date: '2025-03-01',
    precision: 'month',
    record: '30-day energy pause agreed 2025-03-18',
    sentence:
      'Both Russia and Ukraine have accused each other of repeatedly violating the agreement, which was brokered by the Trump administration last month.',
  },
];

/** A made-up sentence, the one expression expected in it, and optionally the explanation readers see. */
interface DateCase {
  name: string;
  published: string;
  sentence: string;
  text: string;
  date: string;
  precision: DatePrecision;
  explanation?: string;
}

/** Made-up sentences for the calendar's edges. */
const EDGE_CASES: DateCase[] = [
  {
    name: 'published on a Monday, "on Monday" is that day',
    published: '2025-04-21',
    sentence: 'He spoke on Monday.',
    text: 'on Monday',
    date: '2025-04-21',
    precision: 'day',
  },
  {
    name: '"last Monday" on a Monday is a week earlier',
    published: '2025-04-21',
    sentence: 'He spoke last Monday.',
    text: 'last Monday',
    date: '2025-04-14',
    precision: 'day',
  },
  {
    name: '"next Monday" on a Monday is a week later',
    published: '2025-04-21',
    sentence: 'He will speak next Monday.',
    text: 'next Monday',
    date: '2025-04-28',
    precision: 'day',
  },
  {
    name: 'a future cue reads a bare weekday forward',
    published: '2025-04-16',
    sentence: 'The envoys will meet on Friday in Paris.',
    text: 'on Friday',
    date: '2025-04-18',
    precision: 'day',
  },
  {
    name: 'a future cue on the weekday itself is the publication date',
    published: '2025-04-16',
    sentence: 'The envoys will meet on Wednesday.',
    text: 'on Wednesday',
    date: '2025-04-16',
    precision: 'day',
  },
  {
    name: '"Friday night" is a day',
    published: '2025-04-21',
    sentence: 'The strikes began Friday night.',
    text: 'Friday night',
    date: '2025-04-18',
    precision: 'day',
  },
  {
    name: '"last month" in January is December of the year before',
    published: '2026-01-15',
    sentence: 'Talks stalled last month.',
    text: 'last month',
    date: '2025-12-01',
    precision: 'month',
  },
  {
    name: '"in December" published in January is the December before',
    published: '2026-01-10',
    sentence: 'The plan was drafted in December.',
    text: 'in December',
    date: '2025-12-01',
    precision: 'month',
  },
  {
    name: 'a future cue reads a month forward',
    published: '2026-01-10',
    sentence: 'Elections are slated for March.',
    text: 'March',
    date: '2026-03-01',
    precision: 'month',
  },
  {
    name: '"in mid-March" is a month',
    published: '2025-04-18',
    sentence: 'The pause was agreed in mid-March.',
    text: 'in mid-March',
    date: '2025-03-01',
    precision: 'month',
  },
  {
    name: '"in May" is a month (and "may" is not)',
    published: '2025-06-02',
    sentence: 'He may return; he left in May.',
    text: 'in May',
    date: '2025-05-01',
    precision: 'month',
  },
  {
    name: '"next month" in December is January of the next year',
    published: '2025-12-10',
    sentence: 'Talks resume next month.',
    text: 'next month',
    date: '2026-01-01',
    precision: 'month',
  },
  {
    name: '"next week" at the end of the year starts in the next year',
    published: '2025-12-31',
    sentence: 'Talks resume next week.',
    text: 'next week',
    date: '2026-01-05',
    precision: 'week',
  },
  {
    name: '"this week" on 1 January starts in the old year',
    published: '2026-01-01',
    sentence: 'Talks resumed this week.',
    text: 'this week',
    date: '2025-12-29',
    precision: 'week',
  },
  {
    name: '"last year" is the calendar year before',
    published: '2026-01-02',
    sentence: 'The deal collapsed last year.',
    text: 'last year',
    date: '2025-01-01',
    precision: 'year',
  },
  {
    name: '"since 2014" is a year; "since" stays outside the span',
    published: '2025-12-03',
    sentence: 'The war has run since 2014.',
    text: '2014',
    date: '2014-01-01',
    precision: 'year',
  },
  {
    name: '"in early 2026" is a year',
    published: '2025-12-03',
    sentence: 'Talks may resume in early 2026.',
    text: 'in early 2026',
    date: '2026-01-01',
    precision: 'year',
  },
  {
    name: '"two weeks ago" is the week two weeks before',
    published: '2025-12-03',
    sentence: 'They met two weeks ago.',
    text: 'two weeks ago',
    date: '2025-11-17',
    precision: 'week',
  },
  {
    name: '"this past weekend" on a Saturday is the weekend before',
    published: '2025-11-29',
    sentence: 'They met this past weekend.',
    text: 'this past weekend',
    date: '2025-11-22',
    precision: 'week',
  },
  {
    name: '"this past weekend" on a Monday is the weekend just gone',
    published: '2025-12-01',
    sentence: 'They met this past weekend.',
    text: 'this past weekend',
    date: '2025-11-29',
    precision: 'week',
  },
  {
    name: 'leap day: "yesterday" on 1 March 2024',
    published: '2024-03-01',
    sentence: 'He spoke yesterday.',
    text: 'yesterday',
    date: '2024-02-29',
    precision: 'day',
  },
  {
    name: 'leap day: "on Thursday" on Friday 1 March 2024',
    published: '2024-03-01',
    sentence: 'He spoke on Thursday.',
    text: 'on Thursday',
    date: '2024-02-29',
    precision: 'day',
  },
  {
    name: 'leap day: "February 29" in a common year is the last leap day',
    published: '2025-03-01',
    sentence: 'The decree of February 29 stands.',
    text: 'February 29',
    date: '2024-02-29',
    precision: 'day',
  },
  {
    name: 'leap day: a future "February 29" is the next leap day',
    published: '2025-03-01',
    sentence: 'The review is due February 29.',
    text: 'February 29',
    date: '2028-02-29',
    precision: 'day',
  },
  // These two cross a daylight-saving change in Los Angeles, where local-time day arithmetic on UTC instants slips a day.
  {
    name: 'across the spring DST change: "next Monday"',
    published: '2025-03-07',
    sentence: 'They meet next Monday.',
    text: 'next Monday',
    date: '2025-03-10',
    precision: 'day',
  },
  {
    name: 'across the autumn DST change: "on Friday" from a Monday',
    published: '2025-11-03',
    sentence: 'They met on Friday.',
    text: 'on Friday',
    date: '2025-10-31',
    precision: 'day',
  },
  {
    name: 'an abbreviated month with a year',
    published: '2025-04-18',
    sentence: 'The review ends Sept. 15, 2025.',
    text: 'Sept. 15, 2025',
    date: '2025-09-15',
    precision: 'day',
  },
  {
    name: 'a British day-month-year date',
    published: '2025-04-18',
    sentence: 'He arrived on 17 April 2025.',
    text: 'on 17 April 2025',
    date: '2025-04-17',
    precision: 'day',
  },
];

// Dates in the made-up tables below: 2025-04-21 is a Monday; 2025-04-18 a Friday, 2025-04-19/20 a weekend.

/** The tense of the clause reads a bare day forward or back. */
const TENSE_CASES: DateCase[] = [
  {
    name: '"will be held" reads forward',
    published: '2025-04-21',
    text: 'on Wednesday',
    date: '2025-04-23',
    precision: 'day',
    sentence: 'Talks will be held in Istanbul on Wednesday, the ministry said.',
    explanation:
      'Wednesday → 23 April 2025, the first Wednesday after publication (21 April 2025), read forward because of “will be held”',
  },
  {
    name: '"were held" keeps the backward reading',
    published: '2025-04-21',
    text: 'on Wednesday',
    date: '2025-04-16',
    precision: 'day',
    sentence: 'Talks were held in Istanbul on Wednesday, the ministry said.',
    explanation: 'Wednesday → 16 April 2025, the Wednesday before publication (21 April 2025)',
  },
  {
    name: '"is due to meet"',
    published: '2025-04-21',
    text: 'on Friday',
    date: '2025-04-25',
    precision: 'day',
    sentence: 'Zelensky is due to meet Trump in Washington on Friday.',
    explanation:
      'Friday → 25 April 2025, the first Friday after publication (21 April 2025), read forward because of “is due to meet”',
  },
  {
    name: '"are expected to", eight words before',
    published: '2025-04-21',
    text: 'on Thursday',
    date: '2025-04-24',
    precision: 'day',
    sentence: 'The two foreign ministers are expected to meet in the Turkish capital on Thursday.',
  },
  {
    name: '"is set to"',
    published: '2025-04-21',
    text: 'on Sunday',
    date: '2025-04-27',
    precision: 'day',
    sentence: 'The ceasefire is set to expire on Sunday, diplomats said.',
  },
  {
    name: '"plans to"',
    published: '2025-04-21',
    text: 'on Tuesday',
    date: '2025-04-22',
    precision: 'day',
    sentence: 'Moscow plans to send a delegation to Riyadh on Tuesday.',
  },
  {
    name: '"’ll" inside a quote',
    published: '2025-04-21',
    text: 'on Thursday',
    date: '2025-04-24',
    precision: 'day',
    sentence: '“We’ll know more on Thursday,” the envoy told reporters.',
  },
  {
    name: '"is going to"',
    published: '2025-04-21',
    text: 'on Friday',
    date: '2025-04-25',
    precision: 'day',
    sentence: 'The president is going to announce the deal on Friday, aides said.',
  },
  {
    name: '"won’t" is a future too',
    published: '2025-04-21',
    text: 'on Thursday',
    date: '2025-04-24',
    precision: 'day',
    sentence: 'Ukraine won’t send a delegation to the talks on Thursday.',
  },
  {
    name: 'a passive after "will" is not a past ("will be completed")',
    published: '2025-04-21',
    text: 'on Saturday',
    date: '2025-04-26',
    precision: 'day',
    sentence: 'The prisoner exchange will be completed on Saturday.',
  },
  {
    name: 'a participle used as an adjective is not a past ("the revised text")',
    published: '2025-04-21',
    text: 'on Thursday',
    date: '2025-04-24',
    precision: 'day',
    sentence: 'Negotiators will sign the revised text on Thursday.',
  },
  {
    name: 'a present tense after a pronoun in a time clause ("after he returns")',
    published: '2025-04-21',
    text: 'on Thursday',
    date: '2025-04-24',
    precision: 'day',
    sentence: 'The envoy will brief the Security Council after he returns from Moscow on Thursday.',
  },
  {
    name: 'with nothing before it, the verb after the day decides (future)',
    published: '2025-04-21',
    text: 'On Wednesday',
    date: '2025-04-23',
    precision: 'day',
    sentence: 'On Wednesday, the envoys will meet again in Geneva.',
  },
  {
    name: 'with nothing before it, the verb after the day decides (past)',
    published: '2025-04-21',
    text: 'On Wednesday',
    date: '2025-04-16',
    precision: 'day',
    sentence: 'On Wednesday, the envoys met again in Geneva.',
  },
  {
    name: 'the nearest marker wins: "met … on Thursday"',
    published: '2025-04-21',
    text: 'on Thursday',
    date: '2025-04-17',
    precision: 'day',
    sentence: 'Putin met Witkoff on Thursday and will see him again on Friday, the Kremlin said.',
  },
  {
    name: 'the nearest marker wins: "will see … on Friday"',
    published: '2025-04-21',
    text: 'on Friday',
    date: '2025-04-25',
    precision: 'day',
    sentence: 'Putin met Witkoff on Thursday and will see him again on Friday, the Kremlin said.',
  },
  {
    name: 'future in the past is read back ("were expected to")',
    published: '2025-04-21',
    text: 'on Thursday',
    date: '2025-04-17',
    precision: 'day',
    sentence: 'The ministers were expected to meet on Thursday, but the talks collapsed.',
  },
  {
    name: 'future in the past is read back ("would")',
    published: '2025-04-21',
    text: 'on Thursday',
    date: '2025-04-17',
    precision: 'day',
    sentence: 'Peskov said Putin would receive the envoy on Thursday.',
  },
  {
    name: 'future in the past is read back ("was due to")',
    published: '2025-04-21',
    text: 'on Friday',
    date: '2025-04-18',
    precision: 'day',
    sentence: 'The delegation was due to arrive in Doha on Friday.',
  },
  {
    name: '"due to" as a cause is no plan',
    published: '2025-04-21',
    text: 'on Saturday',
    date: '2025-04-19',
    precision: 'day',
    sentence: 'Flights were grounded due to the storm on Saturday.',
  },
  {
    name: 'no verb: the backward reading',
    published: '2025-04-21',
    text: 'on Thursday',
    date: '2025-04-17',
    precision: 'day',
    sentence: 'Parliament’s vote on Thursday, a setback for the government.',
  },
  {
    name: 'an abbreviation’s full stop does not end the clause ("the U.S.")',
    published: '2025-04-21',
    text: 'on Friday',
    date: '2025-04-25',
    precision: 'day',
    sentence: 'The next round will be held in the U.S. on Friday.',
  },
  {
    name: 'nor does a month’s ("Feb. 1 … Feb. 5")',
    published: '2025-01-28',
    text: 'on Feb. 5',
    date: '2025-02-05',
    precision: 'day',
    sentence: 'Talks will resume on Feb. 1 and end on Feb. 5.',
  },
  {
    name: 'a sentence’s full stop does end it',
    published: '2025-04-21',
    text: 'on Friday',
    date: '2025-04-18',
    precision: 'day',
    sentence: 'The envoys will return to Geneva. Their last round there on Friday produced nothing.',
  },
  {
    name: 'the future on the publication weekday is the publication day',
    published: '2025-04-21',
    text: 'on Monday',
    date: '2025-04-21',
    precision: 'day',
    sentence: 'Talks will resume in Istanbul on Monday.',
  },
];

/** A day or month without a year, read forward across the new year, in every written form. */
const ROLL_OVER_CASES: DateCase[] = [
  {
    name: '"will return on Feb. 1" in late January',
    published: '2025-01-28',
    text: 'on Feb. 1',
    date: '2025-02-01',
    precision: 'day',
    sentence: 'The envoy will return to Kyiv on Feb. 1, his office said.',
    explanation:
      'Feb. 1 → 1 February 2025, the first 1 February on or after publication (28 January 2025), read forward because of “will return”',
  },
  {
    name: '"returned on Feb. 1" in late January is the year before',
    published: '2025-01-28',
    text: 'on Feb. 1',
    date: '2024-02-01',
    precision: 'day',
    sentence: 'The envoy returned to Kyiv on Feb. 1, his office said.',
  },
  {
    name: '"Jan. 5" in December, scheduled',
    published: '2025-12-20',
    text: 'on Jan. 5',
    date: '2026-01-05',
    precision: 'day',
    sentence: 'Parliament is scheduled to vote on the budget on Jan. 5.',
  },
  {
    name: '"2 January" in December, future',
    published: '2025-12-20',
    text: 'on 2 January',
    date: '2026-01-02',
    precision: 'day',
    sentence: 'The truce will expire on 2 January, the mediators said.',
  },
  {
    name: '"2 January" in December, past',
    published: '2025-12-20',
    text: 'on 2 January',
    date: '2025-01-02',
    precision: 'day',
    sentence: 'The truce expired on 2 January, the mediators said.',
  },
  {
    name: 'an abbreviation without a full stop ("Jan 8")',
    published: '2025-12-20',
    text: 'Jan 8',
    date: '2026-01-08',
    precision: 'day',
    sentence: 'The new cabinet will take office Jan 8.',
  },
  {
    name: '"Sept 15" without a full stop, due',
    published: '2025-04-18',
    text: 'Sept 15',
    date: '2025-09-15',
    precision: 'day',
    sentence: 'A report on the ceasefire is due Sept 15.',
  },
  {
    name: '"Aug. 3" in the past is the last one',
    published: '2025-04-18',
    text: 'on Aug. 3',
    date: '2024-08-03',
    precision: 'day',
    sentence: 'Troops crossed the border on Aug. 3, officials said.',
  },
  {
    name: 'day first with an abbreviation ("1 Sept")',
    published: '2025-04-18',
    text: 'on 1 Sept',
    date: '2025-09-01',
    precision: 'day',
    sentence: 'The commission will publish its findings on 1 Sept, a spokesman said.',
  },
  {
    name: '"in January" in December, future',
    published: '2025-12-10',
    text: 'in January',
    date: '2026-01-01',
    precision: 'month',
    sentence: 'Elections will be held in January.',
  },
  {
    name: '"in January" in December, past',
    published: '2025-12-10',
    text: 'in January',
    date: '2025-01-01',
    precision: 'month',
    sentence: 'Elections were held in January.',
  },
  {
    name: '"in February" in November, expected',
    published: '2025-11-20',
    text: 'in February',
    date: '2026-02-01',
    precision: 'month',
    sentence: 'The summit is expected to take place in February.',
  },
];

/** Weekends: the Saturday, with precision 'week' (the event may be on the Sunday). */
const WEEKEND_CASES: DateCase[] = [
  {
    name: '"over the weekend", past, on a Tuesday',
    published: '2025-04-22',
    text: 'over the weekend',
    date: '2025-04-19',
    precision: 'week',
    sentence: 'Protesters gathered in Tbilisi over the weekend.',
    explanation: 'over the weekend → the weekend of 19–20 April 2025, the last weekend before publication (22 April 2025)',
  },
  {
    name: '"at the weekend" on a Monday is the one just ended',
    published: '2025-04-21',
    text: 'at the weekend',
    date: '2025-04-19',
    precision: 'week',
    sentence: 'Russia launched more than 100 drones at Kyiv at the weekend.',
  },
  {
    name: '"over the weekend" on a Sunday is the weekend under way',
    published: '2025-04-20',
    text: 'over the weekend',
    date: '2025-04-19',
    precision: 'week',
    sentence: 'Thousands marched in Belgrade over the weekend, police said.',
  },
  {
    name: '"at the weekend", future, on a Tuesday',
    published: '2025-04-22',
    text: 'at the weekend',
    date: '2025-04-26',
    precision: 'week',
    sentence: 'Talks will resume in Geneva at the weekend, diplomats said.',
    explanation:
      'at the weekend → the weekend of 26–27 April 2025, the first weekend after publication (22 April 2025), read forward because of “will resume”',
  },
  {
    name: '"over the weekend", future, on a Saturday',
    published: '2025-04-19',
    text: 'over the weekend',
    date: '2025-04-19',
    precision: 'week',
    sentence: 'Leaders are expected to meet over the weekend.',
  },
  {
    name: '"this weekend", past, on a Monday',
    published: '2025-04-21',
    text: 'this weekend',
    date: '2025-04-19',
    precision: 'week',
    sentence: 'Talks held this weekend ended without a deal.',
  },
  {
    name: '"this weekend", future, on a Wednesday',
    published: '2025-04-23',
    text: 'this weekend',
    date: '2025-04-26',
    precision: 'week',
    sentence: 'The foreign ministers will meet this weekend in Rome.',
  },
  {
    name: '"this weekend", past, on a Wednesday',
    published: '2025-04-23',
    text: 'this weekend',
    date: '2025-04-19',
    precision: 'week',
    sentence: 'The foreign ministers met this weekend in Rome.',
  },
  {
    name: '"this coming weekend" is the next one, not the one after',
    published: '2025-04-23',
    text: 'this coming weekend',
    date: '2025-04-26',
    precision: 'week',
    sentence: 'The foreign ministers meet in Rome this coming weekend.',
  },
  {
    name: '"next weekend" is the weekend after the publication week',
    published: '2025-04-23',
    text: 'next weekend',
    date: '2025-05-03',
    precision: 'week',
    sentence: 'The run-off takes place next weekend.',
  },
  {
    name: '"last weekend" on a Monday is the one just ended',
    published: '2025-04-21',
    text: 'last weekend',
    date: '2025-04-19',
    precision: 'week',
    sentence: 'The talks last weekend in Riyadh ended without a deal.',
  },
];

interface FromPreviousDayCase {
  name: string;
  published: string;
  paragraphs: string[];
  expected: { text: string; date: string }[];
}

/** Expressions dated from the last day named before them, in reading order across paragraphs. */
const FROM_PREVIOUS_DAY_CASES: FromPreviousDayCase[] = [
  {
    name: '"the same day" after a weekday',
    published: '2025-04-14',
    paragraphs: ['Witkoff met Putin in St Petersburg on Friday.', 'The same day, Ukraine reported new strikes on Sumy.'],
    expected: [
      { text: 'on Friday', date: '2025-04-11' },
      { text: 'The same day', date: '2025-04-11' },
    ],
  },
  {
    name: '"the next day" in the next paragraph',
    published: '2025-04-18',
    paragraphs: ['Rubio met Lavrov in Paris on Thursday.', 'The next day, he flew to London.'],
    expected: [
      { text: 'on Thursday', date: '2025-04-17' },
      { text: 'The next day', date: '2025-04-18' },
    ],
  },
  {
    name: '"two days later"',
    published: '2025-04-23',
    paragraphs: ['The talks opened in Geneva on Sunday. Two days later, the delegations signed a memorandum.'],
    expected: [
      { text: 'on Sunday', date: '2025-04-20' },
      { text: 'Two days later', date: '2025-04-22' },
    ],
  },
  {
    name: '"a day earlier"',
    published: '2025-04-23',
    paragraphs: ['Putin spoke to Trump by phone on Tuesday. A day earlier, Zelensky had called Macron.'],
    expected: [
      { text: 'on Tuesday', date: '2025-04-22' },
      { text: 'A day earlier', date: '2025-04-21' },
    ],
  },
  {
    name: '"the day before" after a full date',
    published: '2025-04-23',
    paragraphs: ['The ceasefire began on April 20, 2025. The day before, both sides shelled Kherson.'],
    expected: [
      { text: 'on April 20, 2025', date: '2025-04-20' },
      { text: 'The day before', date: '2025-04-19' },
    ],
  },
  {
    name: '"later that day", then "the following morning" counted from it',
    published: '2025-04-21',
    paragraphs: [
      'Zelensky arrived in Washington on Friday.',
      'Later that day he met the president, and the following morning he flew to Ottawa.',
    ],
    expected: [
      { text: 'on Friday', date: '2025-04-18' },
      { text: 'Later that day', date: '2025-04-18' },
      { text: 'the following morning', date: '2025-04-19' },
    ],
  },
  {
    name: 'no day named before: unresolved',
    published: '2025-04-18',
    paragraphs: ['The same day, Ukraine reported new strikes on Sumy.'],
    expected: [],
  },
  {
    name: 'a month is no day to count from: unresolved',
    published: '2025-04-18',
    paragraphs: ['Talks stalled last month.', 'The same day, the envoy resigned.'],
    expected: [{ text: 'last month', date: '2025-03-01' }],
  },
  {
    name: '"a day after the summit" is dated by the summit',
    published: '2025-04-21',
    paragraphs: ['Leaders met in Anchorage on Friday.', 'The strike came a day after the summit.'],
    expected: [{ text: 'on Friday', date: '2025-04-18' }],
  },
  {
    name: '"the same day as the vote" is dated by the vote',
    published: '2025-04-21',
    paragraphs: ['Leaders met on Friday.', 'The protest fell on the same day as the vote.'],
    expected: [{ text: 'on Friday', date: '2025-04-18' }],
  },
  {
    name: '"within the next day or two" is a span',
    published: '2025-04-21',
    paragraphs: ['Talks ended on Friday.', 'A deal could come within the next day or two.'],
    expected: [{ text: 'on Friday', date: '2025-04-18' }],
  },
  {
    name: '"less than two days later" is not a day',
    published: '2025-04-21',
    paragraphs: ['Talks ended on Friday.', 'Less than two days later, fighting resumed.'],
    expected: [{ text: 'on Friday', date: '2025-04-18' }],
  },
];

/** "… ago": the publication date minus the count, as precise as the unit. */
const AGO_CASES: DateCase[] = [
  {
    name: '"a fortnight ago" is the week two weeks back',
    published: '2025-04-18',
    text: 'a fortnight ago',
    date: '2025-03-31',
    precision: 'week',
    sentence: 'The envoy last visited Moscow a fortnight ago.',
    explanation:
      'a fortnight ago → the week of 31 March – 6 April 2025 (Monday to Sunday), a fortnight before publication (18 April 2025)',
  },
  {
    name: '"a week ago"',
    published: '2025-04-18',
    text: 'a week ago',
    date: '2025-04-07',
    precision: 'week',
    sentence: 'The ceasefire collapsed a week ago.',
  },
  {
    name: '"three days ago"',
    published: '2025-04-18',
    text: 'three days ago',
    date: '2025-04-15',
    precision: 'day',
    sentence: 'The talks began three days ago in Riyadh.',
  },
  {
    name: '"a month ago" in January',
    published: '2026-01-15',
    text: 'a month ago',
    date: '2025-12-01',
    precision: 'month',
    sentence: 'The deal was signed a month ago.',
  },
  {
    name: '"six months ago" across the new year',
    published: '2025-04-18',
    text: 'six months ago',
    date: '2024-10-01',
    precision: 'month',
    sentence: 'Sanctions were imposed six months ago.',
  },
  {
    name: '"a year ago"',
    published: '2026-01-02',
    text: 'a year ago',
    date: '2025-01-01',
    precision: 'year',
    sentence: 'The war resumed a year ago.',
  },
];

/** A month with its year named from the publication year: one expression, precision 'month'. */
const MONTH_OF_NAMED_YEAR_CASES: DateCase[] = [
  {
    name: '"in February last year"',
    published: '2025-04-18',
    text: 'in February last year',
    date: '2024-02-01',
    precision: 'month',
    sentence: 'The pause was agreed in February last year.',
    explanation: 'February last year → February 2024, the February of the year before publication (18 April 2025)',
  },
  {
    name: '"in March this year"',
    published: '2025-04-18',
    text: 'in March this year',
    date: '2025-03-01',
    precision: 'month',
    sentence: 'Talks resumed in March this year.',
  },
  {
    name: '"in February next year"',
    published: '2025-04-18',
    text: 'in February next year',
    date: '2026-02-01',
    precision: 'month',
    sentence: 'Elections are due in February next year.',
  },
  {
    name: '"in January of next year"',
    published: '2025-04-18',
    text: 'in January of next year',
    date: '2026-01-01',
    precision: 'month',
    sentence: 'The agreement expires in January of next year.',
  },
  {
    name: '"in late March last year"',
    published: '2025-04-18',
    text: 'in late March last year',
    date: '2024-03-01',
    precision: 'month',
    sentence: 'Fighting intensified in late March last year.',
  },
  {
    name: '"since May last year" ("May" with a year is a month)',
    published: '2025-04-18',
    text: 'May last year',
    date: '2024-05-01',
    precision: 'month',
    sentence: 'The blockade has lasted since May last year.',
  },
  {
    name: '"last February" in February is the year before',
    published: '2025-02-10',
    text: 'last February',
    date: '2024-02-01',
    precision: 'month',
    sentence: 'The offensive began last February.',
  },
  {
    name: '"last February" in April is this year’s',
    published: '2025-04-18',
    text: 'last February',
    date: '2025-02-01',
    precision: 'month',
    sentence: 'The offensive began last February.',
  },
];

/** Sentences from the articles, and a few made-up names, that hold no date to resolve. */
const NON_DATES: { why: string; sentence: string }[] = [
  {
    why: 'a duration',
    sentence: 'The 24 hours that Donald Trump promised he would need to halt the fighting in Ukraine have long since passed.',
  },
  {
    why: 'a duration',
    sentence:
      'There had been “some things … even in the past 24 hours” that he said could indicate a chance to secure a ceasefire.',
  },
  {
    why: 'a span of office',
    sentence: 'a shortcoming that has dogged the administration’s foreign policy through its first three months in office.',
  },
  {
    why: '"the next year" is a span',
    sentence: 'noting that the US wanted to stop “thousands” of people from dying in the next year.',
  },
  {
    why: '"the last month" is a span',
    sentence:
      'Both Ukraine and Russia appear locked into maximalist demands and attempts at a temporary ceasefire have yielded mixed results, with Russia actually increasing the lethality of its missile strikes, not on energy targets, but on cities, killing dozens of civilians in the last month.',
  },
  {
    why: 'vague weeks',
    sentence: 'In recent weeks, the Trump team as well as Trump, have appeared increasingly frustrated with Russia.',
  },
  { why: 'a span', sentence: 'But in the last three days, leaders on both sides have been retreating to their corners.' },
  {
    why: 'relative to another event',
    sentence:
      'But the Pentagon’s top policy official, Elbridge Colby, told a small group of European defense chiefs less than 48 hours later that any U.S. involvement would be “minimal.”',
  },
  {
    why: 'a span',
    sentence:
      'Although many European leaders have succeeded in building solid relationships with Trump over the last six months, Trump has still distanced himself from the war, putting the onus on Europe to pay for all future defense aid going to Ukraine.',
  },
  {
    why: 'a length of a ceasefire',
    sentence:
      'These developments come as one potential indicator of progress — a 30-day ceasefire intended to pause strikes on energy infrastructure targets—has expired, with no word from Putin on whether Moscow will restart attacks on those targets.',
  },
  {
    why: '"may" the verb',
    sentence: 'saying he may attend — but only if the meeting appeared poised to result in action rather than just talk.',
  },
  {
    why: 'a count of years and a sum',
    sentence:
      'for the first time in 30 years. The Europeans could finally agree to use €140 billion of frozen Russian assets to support Ukraine.',
  },
  {
    why: 'a programme title',
    sentence: 'He later told NBC’s “Meet the Press with Kristen Welker” that there is no meeting planned.',
  },
  { why: 'a newspaper name', sentence: 'The Sunday Times reported the talks.' },
  { why: 'an agreement’s name', sentence: 'It echoed the Good Friday agreement.' },
  { why: 'a show’s name', sentence: 'He was mocked on Saturday Night Live.' },
];

/** The explanations readers see, for the cases the brief spells out. */
const EXPLANATIONS: { article: ArticleId; text: string; sentenceStart: string; explanation: string }[] = [
  {
    article: '000',
    text: 'on Friday',
    sentenceStart: 'Rubio clearly wished',
    explanation: 'Friday → 18 April 2025, the publication date (a Friday)',
  },
  {
    article: '002',
    text: 'on Tuesday',
    sentenceStart: '“So far',
    explanation: 'Tuesday → 2 December 2025, the Tuesday before publication (3 December 2025)',
  },
  {
    article: '001',
    text: 'Late last month',
    sentenceStart: 'Late last month',
    explanation:
      'Late last month → March 2025, the month before publication (18 April 2025); “late” points to the end of the month, not to a day',
  },
  {
    article: '002',
    text: 'two weekends ago',
    sentenceStart: 'It was this plan',
    explanation: 'two weekends ago → the weekend of 22–23 November 2025, the second weekend before publication (3 December 2025)',
  },
  {
    article: '003',
    text: 'overnight Thursday',
    sentenceStart: 'One of Russia’s',
    explanation:
      'overnight Thursday → 21 August 2025, the Thursday before publication (22 August 2025); “overnight” is read as the night into Thursday, 20–21 August 2025',
  },
  {
    article: '003',
    text: 'Sunday',
    sentenceStart: 'He later told',
    explanation: 'Sunday → 24 August 2025, the first Sunday after publication (22 August 2025), read forward because of “airing”',
  },
  {
    article: '004',
    text: 'early next week',
    sentenceStart: 'While the president',
    explanation:
      'early next week → the week of 21–27 April 2025 (Monday to Sunday), the week after publication (18 April 2025); “early” points to the start of the week, not to a day',
  },
];

const paragraph = (text: string, id = 'p-1'): BodyBlock => ({ id, text, kind: 'paragraph' });

/** The raw file's non-empty lines as blocks, furniture included, so nothing is skipped unseen. */
function rawBlocks(article: ArticleId): BodyBlock[] {
  const lines = readFileSync(new URL(ARTICLES[article].file, RAW_DIR), 'utf8').split('\n');
  return lines.flatMap((text, index) => (text.trim() ? [paragraph(text, `line-${index + 1}`)] : []));
}

/** The one expression `text` found in `sentence`; fails if there is none or several. */
function findOne(sentence: string, published: string, text: string) {
  const found = resolveDates([paragraph(sentence)], published).filter((date) => date.text === text);
  expect(found, `"${text}" should be found exactly once`).toHaveLength(1);
  return found[0]!;
}

describe('expressions in the articles', () => {
  test.each(ARTICLE_CASES)('$article ($where): "$text" → $date, $precision', ({ article, sentence, text, date, precision }) => {
    const found = findOne(sentence, ARTICLES[article].published, text);
    expect({ date: found.date, precision: found.precision }).toEqual({ date, precision });
  });

  test.each(ARTICLE_CASES)('$article: the span of "$text" covers exactly its words', ({ article, sentence, text }) => {
    const found = findOne(sentence, ARTICLES[article].published, text);
    expect({ block: found.block, covered: sentence.slice(found.start, found.end) }).toEqual({ block: 'p-1', covered: text });
  });

  test.each(Object.keys(ARTICLES) as ArticleId[])('%s: each table sentence is quoted verbatim from the raw file', (article) => {
    const raw = readFileSync(new URL(ARTICLES[article].file, RAW_DIR), 'utf8');
    const missing = ARTICLE_CASES.filter((row) => row.article === article && !raw.includes(row.sentence));
    expect(missing.map((row) => row.sentence)).toEqual([]);
  });

  test.each(Object.keys(ARTICLES) as ArticleId[])('%s: the whole raw file yields exactly the table, in order', (article) => {
    const found = resolveDates(rawBlocks(article), ARTICLES[article].published);
    const expected = ARTICLE_CASES.filter((row) => row.article === article);
    expect(found.map(({ text, date, precision }) => ({ text, date, precision }))).toEqual(
      expected.map(({ text, date, precision }) => ({ text, date, precision })),
    );
  });

  test.each(EXPLANATIONS)('$article: explanation of "$text"', ({ article, text, sentenceStart, explanation }) => {
    const row = ARTICLE_CASES.find((r) => r.article === article && r.text === text && r.sentence.startsWith(sentenceStart));
    if (!row) throw new Error(`no table row for ${article} "${text}"`);
    expect(findOne(row.sentence, ARTICLES[article].published, text).explanation).toBe(explanation);
  });
});

describe('calendar edges', () => {
  test.each(EDGE_CASES)('$name', ({ published, sentence, text, date, precision }) => {
    const found = findOne(sentence, published, text);
    expect({ date: found.date, precision: found.precision, covered: sentence.slice(found.start, found.end) }).toEqual({
      date,
      precision,
      covered: text,
    });
  });

  test('spans point into the right block', () => {
    const blocks = [paragraph('Nothing here.', 'p-1'), paragraph('Talks ended on Tuesday.', 'p-2')];
    expect(resolveDates(blocks, '2025-12-03')).toMatchObject([{ block: 'p-2', start: 12, end: 22, text: 'on Tuesday' }]);
  });

  test('an impossible publication date is refused', () => {
    expect(() => resolveDates([paragraph('on Friday')], '2025-02-30')).toThrow(/2025-02-30/);
  });
});

describe('not dates', () => {
  test.each(NON_DATES)('$why: “$sentence”', ({ sentence }) => {
    expect(resolveDates([paragraph(sentence)], '2025-04-18').map((date) => date.text)).toEqual([]);
  });
});

/** Each row: its date, precision and span, and its explanation when the row gives one. */
function testDateCases(cases: DateCase[]) {
  test.each(cases)('$name', ({ published, sentence, text, date, precision }) => {
    const found = findOne(sentence, published, text);
    expect({ date: found.date, precision: found.precision, covered: sentence.slice(found.start, found.end) }).toEqual({
      date,
      precision,
      covered: text,
    });
  });
  const explained = cases.filter((row) => row.explanation);
  if (explained.length) {
    test.each(explained)('explanation: $name', ({ published, sentence, text, explanation }) => {
      expect(findOne(sentence, published, text).explanation).toBe(explanation);
    });
  }
}

describe('the tense of the clause', () => {
  testDateCases(TENSE_CASES);
});

describe('a day or month read forward across the new year', () => {
  testDateCases(ROLL_OVER_CASES);
});

describe('weekends', () => {
  testDateCases(WEEKEND_CASES);

  test('"the last weekend of the campaign" is not a date', () => {
    expect(resolveDates([paragraph('It was the last weekend of the campaign.')], '2025-04-21')).toEqual([]);
  });
});

describe('days counted from the last day named', () => {
  test.each(FROM_PREVIOUS_DAY_CASES)('$name', ({ published, paragraphs, expected }) => {
    const blocks = paragraphs.map((text, index) => paragraph(text, `p-${index + 1}`));
    const found = resolveDates(blocks, published);
    expect(found.map(({ text, date }) => ({ text, date }))).toEqual(expected);
  });

  test('the explanation names the day counted from, and the span points into its own block', () => {
    const blocks = [
      paragraph('Rubio met Lavrov in Paris on Thursday.', 'p-1'),
      paragraph('The next day, he flew to London.', 'p-2'),
    ];
    expect(resolveDates(blocks, '2025-04-18')[1]).toEqual({
      block: 'p-2',
      start: 0,
      end: 12,
      text: 'The next day',
      date: '2025-04-18',
      precision: 'day',
      explanation: 'The next day → 18 April 2025, the day after the last date named before it (“on Thursday”, 17 April 2025)',
    });
  });
});

describe('"… ago"', () => {
  testDateCases(AGO_CASES);

  test.each(['The talks began a few days ago.', 'Several weeks ago, the envoy resigned.'])('vague: “%s”', (sentence) => {
    expect(resolveDates([paragraph(sentence)], '2025-04-18')).toEqual([]);
  });
});

describe('a month in a year named from publication', () => {
  testDateCases(MONTH_OF_NAMED_YEAR_CASES);

  test.each(MONTH_OF_NAMED_YEAR_CASES)('one expression: $name', ({ published, sentence, text }) => {
    expect(resolveDates([paragraph(sentence)], published).map((date) => date.text)).toEqual([text]);
  });
});

describe('long paragraphs', () => {
  // A rule whose cost grows with the square of the paragraph shows here as minutes, not milliseconds.
  test('a paragraph of 300,000 characters is read in linear time', () => {
    const sentence = 'Talks will be held on Wednesday, and officials met on Feb. 1 over the weekend; the next day ';
    const long = `${sentence.repeat(1500)}${' '.repeat(100_000)}the same day ${'and '.repeat(15_000)}`;
    const started = performance.now();
    const found = resolveDates([paragraph(long)], '2025-04-21');
    expect(found).toHaveLength(1500 * 4 + 1);
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});

/**
 * Time-zone independence, proved in child processes: TZ is read when a process starts, so each
 * zone gets its own Node running the same module over every input above, and must print exactly
 * what this process computed (dates, spans and explanations alike).
 */
describe('time zones', () => {
  const inputs = [
    ...(Object.keys(ARTICLES) as ArticleId[]).map((article) => ({
      blocks: rawBlocks(article),
      published: ARTICLES[article].published,
    })),
    ...[...EDGE_CASES, ...TENSE_CASES, ...ROLL_OVER_CASES, ...WEEKEND_CASES, ...AGO_CASES, ...MONTH_OF_NAMED_YEAR_CASES].map(
      ({ sentence, published }) => ({ blocks: [paragraph(sentence)], published }),
    ),
    ...FROM_PREVIOUS_DAY_CASES.map(({ paragraphs, published }) => ({
      blocks: paragraphs.map((text, index) => paragraph(text, `p-${index + 1}`)),
      published,
    })),
  ];
  const here = inputs.map(({ blocks, published }) => resolveDates(blocks, published));
  const childScript = `
    import { readFileSync } from 'node:fs';
    const { resolveDates } = await import(process.env.DATES_MODULE);
    const inputs = JSON.parse(readFileSync(0, 'utf8'));
    const offset = new Date(Date.UTC(2025, 0, 15)).getTimezoneOffset();
    process.stdout.write(JSON.stringify({ offset, results: inputs.map((i) => resolveDates(i.blocks, i.published)) }));
  `;

  // Offsets in minutes behind UTC on 15 January 2025, to show the zone really applied.
  test.each([
    ['America/Los_Angeles', 480],
    ['Asia/Tokyo', -540],
    ['Pacific/Kiritimati', -840],
    ['Pacific/Pago_Pago', 660],
  ])('%s gives the same results', (zone, offset) => {
    const child = spawnSync(process.execPath, ['--input-type=module', '--eval', childScript], {
      input: JSON.stringify(inputs),
      env: { ...process.env, TZ: zone, DATES_MODULE: DATES_MODULE.href },
      encoding: 'utf8',
    });
    expect(child.status, child.stderr).toBe(0);
    const output = JSON.parse(child.stdout) as { offset: number; results: unknown };
    expect(output.offset).toBe(offset);
    expect(output.results).toEqual(here);
  });
});
