/**
 * Issue 25, round 18: the story's own lines that round 17's held-back half lost (a paragraph ending in its
 * picture's credit in brackets, a sentence broken over short lines, a briefs page's first title), and the
 * page lines it left in the body (a caption credited “Pic: …”, a wire copyright in brackets). Made-up texts.
 */
import { describe, expect, test } from 'vitest';
import { isFirstBriefTitle } from '../../../../../scripts/ingest/furniture/brief-titles.ts';
import { classifyLines } from '../../../../../scripts/ingest/furniture/classify.ts';
import { keptByShape } from '../../../../../scripts/ingest/furniture/line-model.ts';
import { matchLineRule } from '../../../../../scripts/ingest/furniture/line-rules.ts';
import { sentenceContinuations } from '../../../../../scripts/ingest/furniture/prose-guards.ts';
import { asLines } from '../../../../helpers/furniture-lines.ts';

const body = { role: 'body' } as const;
const aside = { role: 'furniture' } as const;

describe('a paragraph ending in its picture’s credit in brackets', () => {
  test('three sentences before the credit are the story’s, not a caption', () => {
    const report =
      'Reader Ann Lee writes: Two fire engines on the corner of Main Street and Elm Avenue around 3 p.m. Sunday. ' +
      'They have been there for an hour so far. Might be a gas leak. (Photo by Ann Lee.)';
    expect(matchLineRule(report)).toBeUndefined();
  });
  test('a one- or two-sentence caption with the credit in brackets is still a caption', () => {
    expect(matchLineRule('Crowds gather outside the town hall in Elmira. (Photo by Ann Lee/AP)')?.kind).toBe('caption');
  });
});

describe('credits and notices of round 17’s misses', () => {
  test('a caption credited “Pic: …”, and the credit alone', () => {
    expect(matchLineRule('Firefighters at the scene of the blaze in Cork on Monday. Pic: Jane Doe/Picture Desk')?.kind).toBe(
      'caption',
    );
    expect(matchLineRule('Pic: Jane Doe')?.kind).toBe('credit');
  });
  test('a wire story’s copyright in brackets', () => {
    expect(matchLineRule('(Copyright 2019 by The Associated Press. All Rights Reserved.)')?.name).toBe('copyright-line');
  });
});

describe('sentenceContinuations', () => {
  const texts = [
    'From the police: "At 2 p.m. an officer stopped a stolen car on the',
    'corner of Main Street and Elm Avenue. The driver, a',
    '40-year-old man, was arrested."',
    'Share this',
    'more stories',
  ];
  test('a line opening in lower case under a body line left open stays', () => {
    expect(
      sentenceContinuations(
        texts.map((text) => ({ text })),
        [body, body, body, aside, aside],
      ),
    ).toEqual([false, true, false, false, false]);
  });
  test('the line model never takes such a line (keptByShape)', () => {
    const verdicts = [0, 1, 2].map(() => ({ role: 'body', block: 'paragraph' }) as const);
    expect(
      keptByShape(
        texts.slice(0, 3).map((text) => ({ text })),
        verdicts,
      )[1],
    ).toBe(true);
  });
  test('not under a closed line or a line set aside', () => {
    expect(sentenceContinuations([{ text: 'Posted at 9 AM' }, { text: 'and updated at 10 AM' }], [aside, body])).toEqual([
      false,
      false,
    ]);
    expect(sentenceContinuations([{ text: 'He left.' }, { text: 'then he came back' }], [body, body])).toEqual([false, false]);
  });
});

describe('a page of wire briefs', () => {
  const PAGE = [
    'Wire Briefs Today',
    'March 3, 2026 at 9:12 AM',
    'share with facebook',
    'share with twitter',
    'Ferry service cut to two days',
    'PORTLAND, Maine, March 3 (UPI) -- The state ferry service, which lost $2 million last year, said Tuesday it will sail two days a week from May.',
    'Passenger numbers fell by a third after the bridge opened, the service said.',
    'The cut is expected to save $400,000 a year.',
    'Zoo names its new panda cub',
    'SAN DIEGO, March 3 (UPI) -- The San Diego Zoo named its new panda cub on Tuesday after a public vote drew 40,000 entries.',
    'The cub, born in January, will be shown to visitors in April, keepers said.',
  ];
  test('isFirstBriefTitle: a title above a datelined paragraph, with another one further down', () => {
    expect(isFirstBriefTitle(PAGE, 4)).toBe(true);
    expect(isFirstBriefTitle(PAGE, 8)).toBe(false);
    expect(isFirstBriefTitle(PAGE.slice(0, 8), 4)).toBe(false);
  });
  test('the first brief’s title stays in the story; it is not the headline', () => {
    const verdicts = classifyLines(asLines(PAGE));
    expect(verdicts[4]!.role).toBe('body');
    expect(verdicts.findIndex((verdict) => verdict.role === 'furniture' && verdict.rule.kind === 'headline')).not.toBe(4);
  });
});
