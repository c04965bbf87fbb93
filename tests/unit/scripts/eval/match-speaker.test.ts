import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { describe, expect, test } from 'vitest';
import { headNoun, speakerMatches, surname, unnamedLabelNamesGold } from '../../../../scripts/eval/match-speaker.ts';
import type { GoldSpeaker, SystemSpeaker } from '../../../../scripts/eval/types.ts';
import { system } from '../../../helpers/made-up-quotes.ts';

/** One row of tests/fixtures/eval/speaker-matches.yaml. */
interface SpeakerCase {
  name: string;
  gold: GoldSpeaker;
  system: { name: string; type: SystemSpeaker['type']; aliases?: string[] } | null;
  matches: boolean;
}

const SPEAKER_CASES = load(
  readFileSync(new URL('../../../fixtures/eval/speaker-matches.yaml', import.meta.url), 'utf8'),
) as SpeakerCase[];

/** tests/fixtures/eval/name-parts.yaml: [input, expected] rows for the name and description helpers. */
const NAME_PARTS = load(readFileSync(new URL('../../../fixtures/eval/name-parts.yaml', import.meta.url), 'utf8')) as Record<
  'headNoun' | 'surname',
  Array<[string, string]>
>;

describe('speakerMatches', () => {
  test.each(SPEAKER_CASES)('$name', (row) => {
    const answer =
      row.system && system(row.system.name, row.system.type, row.system.aliases ? { aliases: row.system.aliases } : {});
    expect(speakerMatches(row.gold, answer)).toBe(row.matches);
  });
});

describe('unnamedLabelNamesGold', () => {
  test.each<[string, GoldSpeaker, SystemSpeaker, boolean]>([
    [
      'an unnamed source labelled with the gold name',
      { type: 'person', name: 'Michael Flynn' },
      system('Flynn', 'unnamed'),
      true,
    ],
    [
      'an unnamed source with a description',
      { type: 'person', name: 'Michael Flynn' },
      system('a retired general', 'unnamed'),
      false,
    ],
    ['a named actor is not an unresolved name', { type: 'person', name: 'Michael Flynn' }, system('Flynn', 'person'), false],
  ])('%s', (_name, gold, answer, expected) => {
    expect(unnamedLabelNamesGold(gold, answer)).toBe(expected);
  });
});

describe('head nouns and surnames', () => {
  test.each(NAME_PARTS.headNoun)('head noun of “%s” is %s', (description, expected) => {
    expect(headNoun(description)).toBe(expected);
  });

  test.each(NAME_PARTS.surname)('surname of “%s” is %s', (name, expected) => {
    expect(surname(name)).toBe(expected);
  });
});
