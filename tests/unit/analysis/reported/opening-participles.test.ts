/**
 * A speech participle that opens its sentence ("Noting that only one senator voted with them,
 * Tester added …"): its words run to its comma (participle-clause.ts) and its subject is the main
 * clause's, a name or description right after that comma and followed by its verb
 * (speakers-after-verb.ts). A pronoun there is left unread.
 */
import { describe, expect, test } from 'vitest';
import { analyseParagraphs, statementNotation } from '../../../helpers/reported-statements.ts';

const notations = (paragraph: string) => analyseParagraphs([paragraph]).statements.map((s) => statementNotation(s));

describe('a participle that opens its sentence', () => {
  test('"Noting that …, Tester added": the words and the main clause’s subject', () => {
    expect(
      notations('Noting that only Osric Penn voted with the council, Mayor Tilda Varn added that the votes were not there.'),
    ).toContainEqual(
      expect.objectContaining({ content: 'only Osric Penn voted with the council', cue: 'Noting', source: 'Tilda Varn' }),
    );
  });

  test('with no "that"', () => {
    expect(notations('Noting she studied law at college, Mayor Tilda Varn said the ruling was sound.')).toContainEqual(
      expect.objectContaining({ content: 'she studied law at college', cue: 'Noting', source: 'Tilda Varn' }),
    );
  });

  test('a pronoun after the comma gives no source, and the statement is held back', () => {
    expect(notations('Noting that the ferry was late, she added that the bus would run.').map((s) => s.cue)).not.toContain(
      'Noting',
    );
  });
});
