/** The "reportedly" clauses of a block (src/analysis/reported/reportedly.ts). */
import { describe, expect, test } from 'vitest';
import { reportedlyClauses } from '../../../../src/analysis/reported/reportedly.ts';
import { QuotedText } from '../../../../src/analysis/text/quoted-text.ts';

const words = (text: string, quoted: Array<readonly [number, number]> = []) => {
  const quotedText = new QuotedText(text, quoted);
  return reportedlyClauses(
    quotedText,
    quotedText.speechCues().map((cue) => cue.start),
  ).map((clause) => text.slice(clause.start, clause.end));
};

describe('reportedlyClauses', () => {
  test('the clause runs from the sentence start, or after a dash, colon or bracket, to its end', () => {
    expect(words('The envoys reportedly hammered out a plan. The port stayed shut.')).toEqual([
      'The envoys reportedly hammered out a plan',
    ]);
    expect(words('After the talks—in May—the envoys reportedly met twice.')).toEqual(['the envoys reportedly met twice']);
  });
  test('a short clause, a quoted word and a clause with a cue of its own give none', () => {
    expect(words('It reportedly did.')).toEqual([]);
    expect(words('“The envoys reportedly met,” he said.', [[0, 29]])).toEqual([]);
    expect(words('The envoy reportedly said the port would open.')).toEqual([]);
  });
});
