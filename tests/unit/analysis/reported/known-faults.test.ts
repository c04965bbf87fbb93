/**
 * Three faults the reported-speech pass of 7 December 2026 was asked to mend: a verb in -ed that
 * only modifies its noun ("The tenants admitted are …": content-clause.ts), a group's source that
 * took the conjunction before it ("…, while liberal groups said": group-sources.ts), and a cue cut
 * inside its audience's name ("told Harbour Radio": clause-bounds.ts).
 */
import { describe, expect, test } from 'vitest';
import { analyseParagraphs, statementNotation } from '../../../helpers/reported-statements.ts';

const notations = (paragraph: string) => analyseParagraphs([paragraph]).statements.map((s) => statementNotation(s));

describe('known faults', () => {
  test('"The tenants admitted are …" reports nothing', () => {
    expect(notations('The tenants admitted are all from the east wing.')).toEqual([]);
  });

  test('"The only regret he acknowledged was …" still reports', () => {
    expect(notations('The only regret he acknowledged was a failed promise to mend the pier.').map((s) => s.cue)).toEqual([
      'acknowledged',
    ]);
  });

  test('a group after ", while" is the group alone', () => {
    expect(notations('The council backed the plan, while liberal groups argued that it would hurt tenants.')).toMatchObject([
      { content: 'it would hurt tenants', source: 'liberal groups', speaker: '“liberal groups”' },
    ]);
  });

  test('"told Harbour Radio": the cue holds the whole name', () => {
    expect(
      notations('The mayor’s spokeswoman told Harbour Radio on Monday that Varn will skip the festival.').map((s) => s.cue),
    ).toEqual(['told Harbour Radio']);
  });
});
