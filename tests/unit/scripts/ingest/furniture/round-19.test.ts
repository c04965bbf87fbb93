/**
 * Issue 25, round 19: the line round 18's held-back half lost (a briefs column's title read as a kicker over
 * the first brief's title, which became the headline) and shapes the development half left in the body
 * (standfirsts under the headline, a copyright line the prose guard put back, a station's name as a
 * picture's credit). Made-up texts.
 */
import { describe, expect, test } from 'vitest';
import { classifyLines, type LineVerdict } from '../../../../../scripts/ingest/furniture/classify.ts';
import { matchLineRule } from '../../../../../scripts/ingest/furniture/line-rules.ts';
import { isNameAlone, quotesSpeech } from '../../../../../scripts/ingest/furniture/standfirst.ts';
import { asLines } from '../../../../helpers/furniture-lines.ts';

const ruleOf = (verdict: LineVerdict) => (verdict.role === 'furniture' ? verdict.rule.name : 'body');
const kindOf = (verdict: LineVerdict) => (verdict.role === 'furniture' ? verdict.rule.kind : 'body');

describe('a briefs column under a short title', () => {
  const PAGE = [
    'The county in brief',
    'Woman hurt in crash on county road',
    'ELMIRA - A woman was taken to hospital on Tuesday after her car left County Road 12 and hit a tree, deputies said.',
    'The road was closed for two hours while crews cleared the scene.',
    'Deputies said the cause of the crash is under investigation.',
    'Library to open on Sundays',
    'HORSEHEADS - The town library will open on Sundays from March, the board decided on Monday.',
    'The longer hours are paid for by a state grant, the director said.',
  ];
  test('the first brief’s title stays in the story, and the column’s title is the headline', () => {
    const verdicts = classifyLines(asLines(PAGE));
    expect(verdicts[1]!.role).toBe('body');
    expect(verdicts.map(kindOf).indexOf('headline')).toBe(0);
  });
});

describe('standfirsts under the headline', () => {
  test('a scare quote of a few words is no speech; a quoted stretch of more is', () => {
    expect(quotesSpeech('A “smart” fence can tell a deer from a burglar.')).toBe(false);
    expect(quotesSpeech('A disease-detecting “precision health” toilet can sense illness.')).toBe(false);
    expect(quotesSpeech('“We will not back down from this fight,” the mayor said.')).toBe(true);
    expect(quotesSpeech('The mayor said “we will')).toBe(true);
  });
  test('a person’s name alone is a byline; a place or a label is not', () => {
    expect(isNameAlone('Elizabeth Gibney')).toBe(true);
    expect(isNameAlone('Mary Ann Smith')).toBe(true);
    expect(isNameAlone('Local News')).toBe(false);
    expect(isNameAlone('Elizabeth Street Bridge closes')).toBe(false);
  });
  test('with a scare quote, above a date line', () => {
    const verdicts = classifyLines(
      asLines([
        'City tries a “smart” bin',
        'A “smart” bin that tells the council when it is full is being tried in the town centre.',
        'Apr 6 2020',
        'The bin, made by a local firm, sends a message when it is three quarters full, the council said on Monday.',
        'Twenty of them will stand on the high street until June.',
      ]),
      {},
      null,
    );
    expect(ruleOf(verdicts[1]!)).toBe('dek-line');
  });
  test('above a name alone', () => {
    const verdicts = classifyLines(
      asLines([
        'Telescope opens to visiting astronomers',
        'The dish is now open to scientists from other countries.',
        'Margaret Okafor',
        'The observatory said on Tuesday that it would take its first proposals from abroad in the spring.',
        'Until now only the country’s own scientists could use it.',
      ]),
      {},
      null,
    );
    expect(ruleOf(verdicts[1]!)).toBe('dek-line');
  });
  test('above a byline block in short pieces', () => {
    const verdicts = classifyLines(
      asLines([
        'Outage hits messaging app',
        'A two-hour outage left users of the messaging app unable to log in on Friday.',
        'Published',
        '2 months ago',
        'on',
        'June 12, 2026',
        'By',
        'Elmira Post News Desk',
        'The company said a faulty update caused the outage and that service was back for everyone by noon.',
        'It apologised to users on its status page.',
      ]),
      {},
      null,
    );
    expect(ruleOf(verdicts[1]!)).toBe('dek-line');
  });
  test('with no headline, above a paragraph opening with a city and its state', () => {
    const texts = [
      'Volunteers spent the morning picking up litter, keeping the park clean for the summer.',
      'ELMIRA, N.Y. — Volunteers filled Grove Park on Saturday with one goal: to keep Elmira clean.',
      'They were organized by the neighborhood association and a local grocery.',
    ];
    expect(ruleOf(classifyLines(asLines(texts), {}, null)[0]!)).toBe('dek-line');
  });
  test('with no headline, a first paragraph above a second one stays', () => {
    const texts = [
      'Volunteers spent the morning picking up litter, keeping the park clean for the summer.',
      'They were organized by the neighborhood association and a local grocery, which gave out gloves.',
      'More clean-ups are planned for June.',
    ];
    expect(classifyLines(asLines(texts), {}, null)[0]!.role).toBe('body');
  });
});

describe('a copyright line after the story', () => {
  test('opening with its mark, it stays set aside though it reads as a sentence', () => {
    const verdicts = classifyLines(
      asLines([
        'Park clean-up draws a crowd',
        'About eighty volunteers worked through Sunday to take down the stages and fences after the festival.',
        'The trash was the biggest job, one of them said, as it is every year.',
        'Copyright 2021 Example Media Inc. All rights reserved. This material may not be published, broadcast, rewritten, or redistributed.',
      ]),
    );
    expect(ruleOf(verdicts[3]!)).toBe('copyright-line');
  });
});

describe('a station’s name as a picture’s credit', () => {
  test('between two paragraphs, it is a credit', () => {
    const verdicts = classifyLines(
      asLines([
        'Barn fire draws crews from three towns',
        'ELMIRA, N.Y. — Crews from three towns fought a barn fire on Saturday afternoon.',
        'NBC 5',
        'No one was hurt, but the barn and a tractor were lost, the fire chief said.',
        'The cause is under investigation.',
      ]),
    );
    expect(verdicts[2]!.role).toBe('furniture');
    expect(matchLineRule('NBC 5')?.name).toBe('station-credit');
  });
});
