/**
 * Gold standard for reported speech: every statement the five article bodies report outside
 * quotation marks, checked by hand against the blocks of `content/articles/*.md` (ids from
 * `bodyBlocksFromMarkdown`, so headings and list items count), with its speaker.
 *
 * What counts: a sentence that reports what someone said or wrote in the reporter's own words,
 * whatever the order ("X said (that) …", "…, X said", "…, according to X", "X told reporters …",
 * "X dismissed … as …"), a noun cue with its clause ("Trump’s claim that …", "his suggestion
 * that …"), and a report with no source ("reportedly"). A reported statement that holds a quoted
 * fragment is one statement, with the fragment inside its content.
 *
 * What does not: beliefs, hopes and knowledge ("believes", "hoped", "what he saw as"), direct
 * quotes with their attribution (those are in `scripts/eval/gold/quotes.ts`), words inside a
 * quotation (the WSJ’s "saying that Paris meetings had been productive" in
 * rubio-trump-ready-to-walk-away p-7), refusals to say ("declined to say whether", "have given no
 * indication that") and the reporter's own claims.
 *
 * Judgement calls, so that they are made once and the same way:
 * - content is the reported words exactly as printed, one span: the that-clause without "that",
 *   or what comes before ", X said"; an opening "But" or "And" is left out. When the cue splits
 *   the clause ("he remains, according to …, reluctant …"), content is the part after the cue.
 * - the speaker is who said it, not the outlet that passed it on: "According to Reuters, three
 *   European diplomatic sources told them that …" is the sources'. An unnamed source has speaker
 *   null and the article's words that introduce it in `note`, as in the quote gold.
 * - a country or body standing for its government speaks as that actor ("Moscow signaled" →
 *   russia, "the administration … has signaled" → trump-administration).
 * - a statement with two speakers ("Both Russia and Ukraine have accused each other", "to listen
 *   to Rubio or Witkoff") is left out: one speaker cannot be right for it.
 */
import { type GoldAttribution, unnamedSource } from './gold-attribution.ts';

/**
 * One statement: `article` is the article's slug (its file name in content/articles without `.md`);
 * its speaker is null for an unnamed source or a report with no source.
 */
export interface GoldStatement extends GoldAttribution {
  /** The id of the body block that holds the statement: `p-1`, `p-2`, … */
  block: string;
  /** The content clause, a verbatim substring of the block's text. */
  content: string;
  /** Why, when not obvious; for an unnamed source, the article's words for it. */
  note?: string;
}

const POLITICO = 'leaders-retreat-to-their-corners';
const STATECRAFT = 'rubio-trump-ready-to-walk-away';
const ABC = 'trump-rubio-threaten-to-walk-away';
const GUARDIAN = 'trump-team-impatience-walk-away';
const TIME = 'why-us-russia-ukraine-talks-failed';

/** A statement of an unnamed source: no actor, and the article's words for the source. */
const unnamed = (article: string, block: string, content: string, source: string): GoldStatement =>
  unnamedSource({ article, block, content }, { note: `source: ${source}` });

/** Every reported statement of the five corpus articles, in reading order within each article. */
export const goldStatements: GoldStatement[] = [
  // Politico
  {
    article: POLITICO,
    block: 'p-1',
    content: 'the leaders of Russia and Ukraine had agreed to meet',
    speaker: 'donald-trump',
  },
  {
    article: POLITICO,
    block: 'p-2',
    content: 'Moscow is increasingly open to new security guarantees',
    speaker: 'donald-trump',
    note: 'noun cue: “Trump’s claim that”',
  },
  {
    article: POLITICO,
    block: 'p-2',
    content: 'the transatlantic talks as “a road to nowhere”',
    speaker: 'sergey-lavrov',
    note: 'cue “dismissed … as”; holds the quoted fragment',
  },
  unnamed(
    POLITICO,
    'p-3',
    'In the West Wing, Trump is expressing confidence to associates that the talks are still on track',
    'a White House official',
  ),
  {
    article: POLITICO,
    block: 'p-3',
    content: 'could result in a trilateral summit within a week',
    speaker: 'donald-trump',
    note: 'relative clause: “the talks — which Trump once publicly projected could result in …”',
  },
  unnamed(
    POLITICO,
    'p-3',
    'there is a growing recognition that the talks — which Trump once publicly projected could result in a trilateral summit ' +
      'within a week — are a “grind,”',
    'a second White House official',
  ),
  unnamed(
    POLITICO,
    'p-6',
    'reluctant to pressure Russian President Vladimir Putin, convinced he has more leverage over Ukraine and European allies',
    'three people familiar with his thinking',
  ),
  unnamed(
    POLITICO,
    'p-8',
    'Trump wasn’t sending a warning to Putin that he’d consider heavily arming Ukraine if peace talks fail but explaining away ' +
      'Ukraine’s lack of leverage in negotiations as his predecessor’s fault',
    'a senior administration official',
  ),
  unnamed(
    POLITICO,
    'p-10',
    'believes Ukraine is going to have to accept a deal largely on Russia’s terms to end the war',
    'a senior administration official (“the senior official continued”)',
  ),
  {
    article: POLITICO,
    block: 'p-11',
    content: 'he thinks Putin “wants to make a deal for me…as crazy as it sounds.”',
    speaker: 'donald-trump',
  },
  unnamed(
    POLITICO,
    'p-13',
    'the escalating attacks “illustrate Russia’s lack of any genuine intention to engage seriously in peace talks.”',
    'a spokesperson for France’s foreign minister',
  ),
  {
    article: POLITICO,
    block: 'p-14',
    content: 'the Russians “are trying to get away from the need to hold a meeting. They do not want to end this war.”',
    speaker: 'volodymyr-zelenskyy',
  },
  {
    article: POLITICO,
    block: 'p-14',
    content: 'it was about applying pressure on Moscow',
    speaker: 'volodymyr-zelenskyy',
    note: '“He also referenced Trump’s social media message, suggesting …”',
  },
  {
    article: POLITICO,
    block: 'p-15',
    content: 'Trump “is absolutely right in saying: this must be done not only in defense.”',
    speaker: 'volodymyr-zelenskyy',
  },
  unnamed(
    POLITICO,
    'p-16',
    'Lavrov’s public comments aren’t necessarily reflective of the private, ongoing discussions',
    'a White House official (“the first White House official”)',
  ),
  {
    article: POLITICO,
    block: 'p-17',
    content: 'the idea of addressing security guarantees for Ukraine without Russia',
    speaker: 'sergey-lavrov',
    note: 'cue “dismissed”',
  },
  {
    article: POLITICO,
    block: 'p-18',
    content: 'there is no meeting planned',
    speaker: 'sergey-lavrov',
    note: '“He later told NBC’s …”',
  },
  {
    article: POLITICO,
    block: 'p-19',
    content: 'In doing so, Lavrov “said the quiet part out loud,”',
    speaker: 'jonathan-green',
    note: '“…, said Jonathan Green”: his claim about Lavrov, in the reporter’s words around his quoted fragment',
  },
  {
    article: POLITICO,
    block: 'p-24',
    content: 'the U.S. was willing to play a role in backstopping whatever postwar security guarantees Europe can agree to',
    speaker: 'donald-trump',
    note: 'noun cue: “Trump’s statement that”',
  },
  {
    article: POLITICO,
    block: 'p-24',
    content: 'any U.S. involvement would be “minimal.”',
    speaker: 'elbridge-colby',
  },

  // Responsible Statecraft
  {
    article: STATECRAFT,
    block: 'p-1',
    content:
      'President Donald Trump would give it a few more days to see if progress could be made on getting a peace deal between ' +
      'Russia and Ukraine, if not, he will "move on."',
    speaker: 'marco-rubio',
  },
  {
    article: STATECRAFT,
    block: 'p-5',
    content: 'he was "angry" and "pissed off" with what he saw as Moscow\'s attempts to put monkey wrenches into the process',
    speaker: 'donald-trump',
  },
  {
    article: STATECRAFT,
    block: 'p-5',
    content: 'more sanctions on the government',
    speaker: 'donald-trump',
    note: 'cue “threatened”',
  },
  unnamed(
    STATECRAFT,
    'p-7',
    'Rubio comments reflected growing frustration in the White House over Russian intransigence to end the war',
    'three European diplomatic sources (“According to Reuters, … told them”)',
  ),
  {
    article: STATECRAFT,
    block: 'p-8',
    content: "he “finally” got an answer to the Russian president's demands for a permanent peace",
    speaker: 'steve-witkoff',
  },
  {
    article: STATECRAFT,
    block: 'p-8',
    content: 'it revolved around Russian held territories in Ukraine and insisting on no NATO membership for Kyiv',
    speaker: 'steve-witkoff',
    note: 'cue “indicated”',
  },
  {
    article: STATECRAFT,
    block: 'p-10',
    content:
      'threats like these are part of the negotiation process but the U.S. needs to lay down clear demands for both sides as it is doing so',
    speaker: 'anatol-lieven',
  },
  {
    article: STATECRAFT,
    block: 'p-13',
    content: 'These are fundamental to a peace agreement',
    speaker: 'anatol-lieven',
    note: '“he added”, after Lieven’s quote in p-12',
  },

  // ABC News (possibly)
  {
    article: ABC,
    block: 'p-1',
    content: 'a productive round of talks toward ending the war in Ukraine hosted in Paris',
    speaker: 'marco-rubio',
    note: 'cue “what he described as”',
  },
  {
    article: ABC,
    block: 'p-1',
    content: 'the U.S. was willing to move on from the negotiations if they didn’t yield results soon',
    speaker: 'marco-rubio',
  },
  {
    article: ABC,
    block: 'p-4',
    content: 'the U.S. would make a determination “very shortly.”',
    speaker: 'donald-trump',
  },
  {
    article: ABC,
    block: 'p-8',
    content: 'he may attend — but only if the meeting appeared poised to result in action rather than just talk',
    speaker: 'marco-rubio',
  },
  unnamed(
    ABC,
    'p-10',
    'the Kremlin has repeatedly insisted on reprieve from economic sanctions in exchange for taking incremental steps toward peace',
    'Officials',
  ),
  unnamed(
    ABC,
    'p-12',
    'Rubio sought to ramp up the pressure on Moscow during a call with Russian Foreign Minister Sergey Lavrov on Thursday',
    'officials familiar with the conversation',
  ),
  unnamed(
    ABC,
    'p-12',
    'the administration was hopeful progress could be made in the hours between their talk and the secretary’s departure from France',
    'officials familiar with the conversation (“who add that”)',
  ),
  {
    article: ABC,
    block: 'p-13',
    content: 'it was in no hurry to strike a deal',
    speaker: 'russia',
    note: '“Moscow signaled”',
  },
  {
    article: ABC,
    block: 'p-20',
    content: 'members of the Trump administration would “do what we can on the margins.”',
    speaker: 'marco-rubio',
  },

  // The Guardian
  {
    article: GUARDIAN,
    block: 'p-2',
    content: 'the US could simply “move on” from mediating the biggest military conflict in Europe since the second world war',
    speaker: 'marco-rubio',
    note: 'cue “issued a threat that”',
  },
  {
    article: GUARDIAN,
    block: 'p-3',
    content: 'he would need to halt the fighting in Ukraine',
    speaker: 'donald-trump',
    note: 'relative clause: “The 24 hours that Donald Trump promised he would need …”',
  },
  {
    article: GUARDIAN,
    block: 'p-6',
    content: 'the US wanted to stop “thousands” of people from dying in the next year',
    speaker: 'marco-rubio',
    note: 'cue “noting that”',
  },
  {
    article: GUARDIAN,
    block: 'p-7',
    content: 'he was waiting for Russia’s response to the proposed framework for a peace deal and expected to have it this week',
    speaker: 'donald-trump',
  },
  {
    article: GUARDIAN,
    block: 'p-9',
    content: 'he felt “optimistic that we can hopefully bring this war, this very brutal war, to a close”',
    speaker: 'jd-vance',
  },
  {
    article: GUARDIAN,
    block: 'p-9',
    content: 'could indicate a chance to secure a ceasefire',
    speaker: 'jd-vance',
    note: 'relative clause: “There had been “some things …” that he said could indicate …”',
  },
  {
    article: GUARDIAN,
    block: 'p-10',
    content: 'the United States had offered Russia some sanctions relief in exchange for a deal',
    speaker: 'bloomberg',
  },
  {
    article: GUARDIAN,
    block: 'p-10',
    content: 'Russia wanted “so much more” than just a ceasefire',
    speaker: 'steve-witkoff',
    note: 'cue “appeared surprised on Fox News that”',
  },
  {
    article: GUARDIAN,
    block: 'p-11',
    content: 'it is ready to walk away',
    speaker: 'trump-administration',
    note: '“the administration … has signaled”',
  },

  // TIME
  {
    article: TIME,
    block: 'p-4',
    content: 'the U.S., Ukraine, and Europe reportedly hammered out elements of a possible deal to end the fighting',
    speaker: null,
    note: '“reportedly”: no source given',
  },
  {
    article: TIME,
    block: 'p-5',
    content: 'a cease-fire line be the current frontline and that Ukraine gets security guarantees from Europe and the U.S.',
    speaker: 'donald-trump',
    note: 'noun cue: “his suggestion that” (his: Trump’s)',
  },
];
