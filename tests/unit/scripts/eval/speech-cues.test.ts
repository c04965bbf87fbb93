import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { describe, expect, test } from 'vitest';
import { isSpeechCue } from '../../../../scripts/eval/speech-cues.ts';

/** One row of tests/fixtures/eval/speech-cues.yaml. */
interface CueCase {
  cue: string;
  speech: boolean;
}

const CUE_CASES = load(readFileSync(new URL('../../../fixtures/eval/speech-cues.yaml', import.meta.url), 'utf8')) as CueCase[];

describe('isSpeechCue', () => {
  test.each(CUE_CASES)('"$cue" is speech: $speech', ({ cue, speech }) => {
    expect(isSpeechCue(cue)).toBe(speech);
  });
});
