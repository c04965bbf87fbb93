/**
 * The statement verbs (src/analysis/lexicon/statement-words.ts) against the speech cues they are
 * read from: a statement verb the cue finder never finds would be dead.
 */
import { expect, test } from 'vitest';
import { STATEMENT_VERBS, STATEMENT_VERBS_ONLY_WITH_THAT } from '../../../../src/analysis/lexicon/statement-words.ts';
import { findSpeechCues } from '../../../../src/analysis/text/speech-cues.ts';

const isFiniteCue = (word: string) =>
  findSpeechCues(`Lavrov ${word} it.`, []).some((cue) => cue.word === word && cue.form === 'finite');

test('every statement verb is found as a finite speech cue', () => {
  expect(STATEMENT_VERBS.filter((word) => !isFiniteCue(word))).toEqual([]);
});

test('every verb that needs "that" is a statement verb', () => {
  expect(STATEMENT_VERBS_ONLY_WITH_THAT.filter((word) => !STATEMENT_VERBS.includes(word))).toEqual([]);
});
