/**
 * The lexicon (src/analysis/lexicon/): no list writes a word twice, the lists whose order does not
 * matter are sorted, and no word sits in two lists that must not share one.
 */
import { describe, expect, test } from 'vitest';
import { ABBREVIATED_TITLES, SENTENCE_ABBREVIATIONS } from '../../../../src/analysis/lexicon/abbreviations.ts';
import { MONTH_NAMES, WEEKDAY_NAMES } from '../../../../src/analysis/lexicon/calendar-words.ts';
import { COMMON_WORD_SURNAMES } from '../../../../scripts/ingest/common-word-surnames.ts';
import { OTHER_COUNTRY_NAMES } from '../../../../src/analysis/lexicon/countries.ts';
import { DESCRIBING_WORDS_IN_ED, ORDINALS } from '../../../../src/analysis/lexicon/description-words.ts';
import { FEMALE_GIVEN_NAMES, GIVEN_NAMES_OF_EITHER_SEX, MALE_GIVEN_NAMES } from '../../../../src/analysis/lexicon/given-names.ts';
import { COMPANIES, NEWS_MEDIA_AND_POLLSTERS, ONLINE_PLATFORMS } from '../../../../src/analysis/lexicon/media-and-companies.ts';
import { NAME_CONNECTORS, NAME_SUFFIXES } from '../../../../src/analysis/lexicon/name-parts.ts';
import {
  NEVER_NAME_WORDS,
  NEVER_SURNAME_WORDS,
  SENTENCE_OPENING_ADVERBS,
} from '../../../../src/analysis/lexicon/never-name-words.ts';
import { OFFICE_CHANGING_WORDS, WORDS_BEFORE_A_TITLE } from '../../../../src/analysis/lexicon/office-modifiers.ts';
import { ORGANIZATION_WORDS } from '../../../../src/analysis/lexicon/organization-words.ts';
import { PARTIES_AND_FAITHS } from '../../../../src/analysis/lexicon/parties-and-faiths.ts';
import { CAPITALS_AND_SEATS_OF_POWER, CITIES_AND_REGIONS, US_STATES } from '../../../../src/analysis/lexicon/place-names.ts';
import { PLACE_WORDS } from '../../../../src/analysis/lexicon/place-words.ts';
import {
  BODY_SOURCE_NOUNS,
  INTERCHANGEABLE_SOURCE_NOUNS,
  OFFICE_NOUNS,
  OTHER_ROLE_NOUNS,
  PERSON_SOURCE_NOUNS,
  QUOTE_SOURCE_NOUNS,
  ROLE_NOUNS,
} from '../../../../src/analysis/lexicon/role-nouns.ts';
import {
  FINITE_SPEECH_VERBS,
  SPEECH_NOUNS,
  SPEECH_PARTICIPLES,
  UNNAMED_ONLY_SOURCE_NOUNS,
} from '../../../../src/analysis/lexicon/speech-words.ts';
import {
  BELIEF_VERBS,
  STATEMENT_VERBS,
  STATEMENT_VERBS_ONLY_WITH_THAT,
} from '../../../../src/analysis/lexicon/statement-words.ts';
import {
  CLAUSE_OPENERS,
  CUE_PHRASE_STOPS,
  FUTURE_ADJECTIVES,
  FUTURE_BEFORE_TO,
  FUTURE_WORDS,
  IRREGULAR_PARTICIPLES,
  IRREGULAR_PAST,
  NOT_EVENT_VERBS,
  NOT_FUTURE_AFTER_NEXT,
  NOT_PAST_ED,
  PAST_EED,
  PERFECT_ADVERBS,
  WORDS_BEFORE_A_PARTICIPLE,
} from '../../../../src/analysis/lexicon/tense-words.ts';
import { CALENDAR_UNITS, THING_WORDS, TIME_WORDS } from '../../../../src/analysis/lexicon/thing-words.ts';
import { TITLE_SMALL_WORDS } from '../../../../src/analysis/lexicon/title-small-words.ts';
import { FEMALE_TITLES, FULL_TITLES, MALE_TITLES, TITLE_WORDS } from '../../../../src/analysis/lexicon/titles.ts';

type Case = 'case matters' | 'any case';

/**
 * Every list, with how the analysis matches it: "Tass" and "TASS" are two entries of a list
 * looked up as written, one word twice in a list matched whatever the case. `sorted` is false
 * where the order means something (the ordinals) or the list joins others (`TITLE_WORDS`).
 */
const LISTS: Array<[name: string, list: readonly string[], match: Case, sorted: boolean]> = [
  ['ABBREVIATED_TITLES', ABBREVIATED_TITLES, 'case matters', true],
  ['SENTENCE_ABBREVIATIONS', SENTENCE_ABBREVIATIONS, 'case matters', true],
  ['FULL_TITLES', FULL_TITLES, 'case matters', true],
  ['TITLE_WORDS', TITLE_WORDS, 'case matters', false],
  ['MALE_TITLES', MALE_TITLES, 'case matters', true],
  ['FEMALE_TITLES', FEMALE_TITLES, 'case matters', true],
  ['NAME_CONNECTORS', NAME_CONNECTORS, 'case matters', true],
  ['NAME_SUFFIXES', NAME_SUFFIXES, 'case matters', true],
  ['MALE_GIVEN_NAMES', MALE_GIVEN_NAMES, 'case matters', true],
  ['FEMALE_GIVEN_NAMES', FEMALE_GIVEN_NAMES, 'case matters', true],
  ['GIVEN_NAMES_OF_EITHER_SEX', GIVEN_NAMES_OF_EITHER_SEX, 'case matters', true],
  ['ORGANIZATION_WORDS', ORGANIZATION_WORDS, 'case matters', true],
  ['PLACE_WORDS', PLACE_WORDS, 'case matters', true],
  ['THING_WORDS', THING_WORDS, 'case matters', true],
  ['CALENDAR_UNITS', CALENDAR_UNITS, 'case matters', true],
  ['TIME_WORDS', TIME_WORDS, 'case matters', false],
  ['NEWS_MEDIA_AND_POLLSTERS', NEWS_MEDIA_AND_POLLSTERS, 'case matters', true],
  ['COMPANIES', COMPANIES, 'case matters', true],
  ['ONLINE_PLATFORMS', ONLINE_PLATFORMS, 'case matters', true],
  ['CAPITALS_AND_SEATS_OF_POWER', CAPITALS_AND_SEATS_OF_POWER, 'case matters', true],
  ['US_STATES', US_STATES, 'case matters', true],
  ['CITIES_AND_REGIONS', CITIES_AND_REGIONS, 'case matters', true],
  ['OTHER_COUNTRY_NAMES', OTHER_COUNTRY_NAMES, 'case matters', true],
  ['PARTIES_AND_FAITHS', PARTIES_AND_FAITHS, 'case matters', true],
  ['NEVER_NAME_WORDS', NEVER_NAME_WORDS, 'case matters', true],
  ['SENTENCE_OPENING_ADVERBS', SENTENCE_OPENING_ADVERBS, 'case matters', true],
  ['NEVER_SURNAME_WORDS', NEVER_SURNAME_WORDS, 'case matters', true],
  ['OFFICE_NOUNS', OFFICE_NOUNS, 'any case', true],
  ['OTHER_ROLE_NOUNS', OTHER_ROLE_NOUNS, 'any case', true],
  ['ROLE_NOUNS', ROLE_NOUNS, 'any case', false],
  ['PERSON_SOURCE_NOUNS', PERSON_SOURCE_NOUNS, 'any case', true],
  ['BODY_SOURCE_NOUNS', BODY_SOURCE_NOUNS, 'any case', true],
  ['QUOTE_SOURCE_NOUNS', QUOTE_SOURCE_NOUNS, 'any case', true],
  ['INTERCHANGEABLE_SOURCE_NOUNS', INTERCHANGEABLE_SOURCE_NOUNS, 'case matters', true],
  ['OFFICE_CHANGING_WORDS', OFFICE_CHANGING_WORDS, 'case matters', true],
  ['WORDS_BEFORE_A_TITLE', WORDS_BEFORE_A_TITLE, 'any case', true],
  ['ORDINALS', ORDINALS, 'case matters', false],
  ['DESCRIBING_WORDS_IN_ED', DESCRIBING_WORDS_IN_ED, 'any case', true],
  ['FINITE_SPEECH_VERBS', FINITE_SPEECH_VERBS, 'any case', true],
  ['SPEECH_PARTICIPLES', SPEECH_PARTICIPLES, 'any case', true],
  ['SPEECH_NOUNS', SPEECH_NOUNS, 'any case', true],
  ['UNNAMED_ONLY_SOURCE_NOUNS', UNNAMED_ONLY_SOURCE_NOUNS, 'any case', true],
  ['STATEMENT_VERBS', STATEMENT_VERBS, 'any case', true],
  ['STATEMENT_VERBS_ONLY_WITH_THAT', STATEMENT_VERBS_ONLY_WITH_THAT, 'any case', true],
  ['BELIEF_VERBS', BELIEF_VERBS, 'any case', true],
  ['TITLE_SMALL_WORDS', TITLE_SMALL_WORDS, 'case matters', true],
  ['COMMON_WORD_SURNAMES', COMMON_WORD_SURNAMES, 'any case', true],
  ['MONTH_NAMES', MONTH_NAMES, 'case matters', false],
  ['WEEKDAY_NAMES', WEEKDAY_NAMES, 'case matters', false],
  ['FUTURE_WORDS', FUTURE_WORDS, 'any case', true],
  ['FUTURE_ADJECTIVES', FUTURE_ADJECTIVES, 'any case', true],
  ['FUTURE_BEFORE_TO', FUTURE_BEFORE_TO, 'any case', true],
  ['NOT_FUTURE_AFTER_NEXT', NOT_FUTURE_AFTER_NEXT, 'any case', true],
  ['WORDS_BEFORE_A_PARTICIPLE', WORDS_BEFORE_A_PARTICIPLE, 'any case', true],
  ['IRREGULAR_PAST', IRREGULAR_PAST, 'any case', true],
  ['IRREGULAR_PARTICIPLES', IRREGULAR_PARTICIPLES, 'any case', true],
  ['NOT_PAST_ED', NOT_PAST_ED, 'any case', true],
  ['PAST_EED', PAST_EED, 'any case', true],
  ['CLAUSE_OPENERS', CLAUSE_OPENERS, 'any case', true],
  ['NOT_EVENT_VERBS', NOT_EVENT_VERBS, 'any case', true],
  ['PERFECT_ADVERBS', PERFECT_ADVERBS, 'any case', true],
  ['CUE_PHRASE_STOPS', CUE_PHRASE_STOPS, 'any case', true],
];

const key = (word: string, match: Case) => (match === 'any case' ? word.toLowerCase() : word);
/** The lexicon's order: by code point whatever the case, then capitals first ("COVID" before "Covid"). */
const byLexiconOrder = (a: string, b: string) => compare(a.toLowerCase(), b.toLowerCase()) || compare(a, b);
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

describe('every list of the lexicon', () => {
  test.each(LISTS)('%s writes no word twice', (_name, list, match) => {
    const keys = list.map((word) => key(word, match));
    expect(keys.filter((word, index) => keys.indexOf(word) !== index)).toEqual([]);
  });

  test.each(LISTS.filter(([, , , sorted]) => sorted))('%s is in alphabetical order', (_name, list) => {
    expect(list).toEqual([...list].sort(byLexiconOrder));
  });

  test.each(LISTS)('%s has entries without spaces around them', (_name, list) => {
    expect(list.filter((word) => word !== word.trim() || word === '')).toEqual([]);
  });
});

/**
 * Lists that must not share a word, each with the lists it must not share one with. A word in both
 * would be read two ways, or in one of them never: the name finder checks organisation words before
 * place words and before the never-surname lists, so a copy there would be dead.
 */
const MUST_NOT_SHARE: Array<[list: string, others: string[]]> = [
  ['MALE_TITLES', ['FEMALE_TITLES']],
  ['MALE_GIVEN_NAMES', ['FEMALE_GIVEN_NAMES', 'GIVEN_NAMES_OF_EITHER_SEX']],
  ['FEMALE_GIVEN_NAMES', ['GIVEN_NAMES_OF_EITHER_SEX']],
  [
    'NEVER_NAME_WORDS',
    ['MALE_GIVEN_NAMES', 'FEMALE_GIVEN_NAMES', 'GIVEN_NAMES_OF_EITHER_SEX', 'SENTENCE_OPENING_ADVERBS', 'NEVER_SURNAME_WORDS'],
  ],
  ['ORGANIZATION_WORDS', ['PLACE_WORDS', 'THING_WORDS', 'TIME_WORDS', 'ONLINE_PLATFORMS']],
  ['PLACE_WORDS', ['THING_WORDS', 'TIME_WORDS', 'ONLINE_PLATFORMS']],
  ['THING_WORDS', ['ONLINE_PLATFORMS']],
  ['PERSON_SOURCE_NOUNS', ['BODY_SOURCE_NOUNS', 'QUOTE_SOURCE_NOUNS']],
  ['QUOTE_SOURCE_NOUNS', ['BODY_SOURCE_NOUNS']],
  ['OFFICE_NOUNS', ['OTHER_ROLE_NOUNS']],
  ['FINITE_SPEECH_VERBS', ['SPEECH_PARTICIPLES', 'SPEECH_NOUNS']],
  ['SPEECH_PARTICIPLES', ['SPEECH_NOUNS']],
  ['STATEMENT_VERBS', ['BELIEF_VERBS']],
  ['IRREGULAR_PAST', ['IRREGULAR_PARTICIPLES']],
  ['NOT_PAST_ED', ['PAST_EED']],
];

/** The words such lists share today, and why each stays. */
const SHARED_ON_PURPOSE: Array<[a: string, b: string, words: string[], why: string]> = [
  [
    'ORGANIZATION_WORDS',
    'PLACE_WORDS',
    ['Center', 'Centre', 'Federation'],
    'organisation words are looked for in the name only, place words also after its "of" ("Smith of Center"): ' +
      'dropping the place word would read such runs differently',
  ],
  [
    'SPEECH_PARTICIPLES',
    'SPEECH_NOUNS',
    ['warning'],
    'a participle and a noun; the cue finder keeps its first reading, the participle',
  ],
];

/** The lists whose words the name finder takes for "never a surname": each word belongs to one kind. */
const NEVER_SURNAME_KINDS = [
  'CAPITALS_AND_SEATS_OF_POWER',
  'US_STATES',
  'CITIES_AND_REGIONS',
  'NEWS_MEDIA_AND_POLLSTERS',
  'COMPANIES',
  'ONLINE_PLATFORMS',
  'PARTIES_AND_FAITHS',
  'NEVER_SURNAME_WORDS',
];
for (const [index, kind] of NEVER_SURNAME_KINDS.entries()) MUST_NOT_SHARE.push([kind, NEVER_SURNAME_KINDS.slice(index + 1)]);
// Read first, so a copy in a never-surname list would never be read.
MUST_NOT_SHARE.push(['ORGANIZATION_WORDS', NEVER_SURNAME_KINDS], ['PLACE_WORDS', NEVER_SURNAME_KINDS]);

const entryOf = (name: string) => LISTS.find(([listName]) => listName === name)!;
const listNamed = (name: string) => entryOf(name)[1];
const matchOf = (name: string) => entryOf(name)[2];

describe('lists that must not share a word', () => {
  const pairs = MUST_NOT_SHARE.flatMap(([a, others]) => others.map((b) => [a, b] as const));
  test.each(pairs)('%s and %s', (a, b) => {
    // A list matched whatever the case shares "TASS" with one that has "Tass".
    const match = matchOf(a) === 'any case' || matchOf(b) === 'any case' ? 'any case' : 'case matters';
    const first = new Set(listNamed(a).map((word) => key(word, match)));
    const shared = listNamed(b).filter((word) => first.has(key(word, match)));
    const onPurpose = SHARED_ON_PURPOSE.find(([x, y]) => x === a && y === b)?.[2] ?? [];
    expect(shared.sort()).toEqual([...onPurpose].sort());
  });
});

describe('lists made of others', () => {
  test('the gendered titles are titles', () => {
    const titles = new Set(TITLE_WORDS);
    expect([...MALE_TITLES, ...FEMALE_TITLES].filter((word) => !titles.has(word))).toEqual([]);
  });

  test('the role nouns are the offices and the other roles', () => {
    expect(ROLE_NOUNS).toEqual([...OFFICE_NOUNS, ...OTHER_ROLE_NOUNS]);
  });

  test('the nouns that stand for one another are person nouns', () => {
    const people = new Set(PERSON_SOURCE_NOUNS);
    expect(INTERCHANGEABLE_SOURCE_NOUNS.filter((word) => !people.has(word))).toEqual([]);
  });
});
