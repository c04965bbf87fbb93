/**
 * Issue 25, round 24: what round 23's held-back half (now development) lost and left, in made-up texts of
 * its shapes: a rule line between paragraphs of a digest stays body, doubtful (story-separators.ts); a
 * caption printed twice, the second with its credit (text-regions.ts); a digest's title above its agency's
 * byline in capitals is the headline, not a brief's title (brief-titles.ts, headline-choice.ts); a title
 * with its time stamp glued (headline-choice.ts); a one-sentence standfirst with nothing below it to
 * show where the story starts is doubtful (standfirst.ts); a live blog's post title under its label is
 * the story's (context-guards.ts).
 */
import { describe, expect, test } from 'vitest';
import { classifyLines, type LineVerdict } from '../../../../../scripts/ingest/furniture/classify.ts';
import { postTitleLines } from '../../../../../scripts/ingest/furniture/context-guards.ts';
import { mayBeHeadline } from '../../../../../scripts/ingest/furniture/headline-choice.ts';
import { storySeparatorLines } from '../../../../../scripts/ingest/furniture/story-separators.ts';
import { asLines } from '../../../../helpers/furniture-lines.ts';

const nameOf = (verdict: LineVerdict) =>
  verdict.role === 'furniture' ? verdict.rule.name : verdict.doubt ? `body?${verdict.doubt.name}` : 'body';
const ruleOf = (name: string) => ({ name, kind: 'boilerplate' as const, description: '', origin: '' });
const body = { role: 'body' } as const;
const separator = { role: 'furniture', rule: ruleOf('separator-line') } as const;

const DIGEST = [
  'Harbour News Digest: May 4, 2026',
  'HARBOUR NEWS - 3 hours ago - 14:00 | All, Coast',
  'The following is the latest list of selected summaries by Harbour News.',
  '----------',
  'New ferry line to open on the north coast',
  'PORTVILLE - A new ferry line between the north coast towns will open next month, the transport office said on Monday.',
  'The line will run twice a day and carry up to 300 passengers, officials said.',
  '----------',
  'Storm warning for the southern islands',
  'PORTVILLE - The weather office issued a storm warning on Monday for most of the southern islands.',
  'The storm was moving north and could reach the coast by Tuesday night, it said.',
];

describe('a rule line inside the story', () => {
  test('is one between a paragraph and more of the story, not one above the story or after it', () => {
    const paragraph = 'The council met on Monday and voted for the plan after a long debate.';
    const lines = asLines(['----------', paragraph, '----------', 'Second item', paragraph, '----------']);
    expect(storySeparatorLines(lines, [separator, body, separator, body, body, separator])).toEqual([
      false,
      false,
      true,
      false,
      false,
      false,
    ]);
  });

  test('stays body in a digest, listed as doubtful; the digest’s title is the headline, its opening sentence body', () => {
    const verdicts = classifyLines(asLines(DIGEST));
    // The agency-and-age line under the title is a byline, so it is never the dek (dek-guards.ts).
    expect(verdicts.slice(0, 2).map(nameOf)).toEqual(['headline-line', 'header-line']);
    expect(verdicts.slice(2).every((verdict) => verdict.role === 'body')).toBe(true);
    expect([verdicts[3]!, verdicts[7]!].map(nameOf)).toEqual(['body?separator-line', 'body?separator-line']);
  });
});

describe('a caption printed twice', () => {
  test('without its credit, right above the same caption with the credit glued on, is a caption', () => {
    const verdicts = classifyLines(
      asLines([
        'Ferry line opens on the north coast',
        'A new ferry line between the north coast towns opened on Monday, the transport office said.',
        'The line will run twice a day and carry up to 300 passengers, officials said on Monday morning.',
        'Passengers board the first ferry at the north pier.',
        'Passengers board the first ferry at the north pier.Credit: Wire',
        'Officials said the line would run until the end of the summer at least, and longer if it paid.',
      ]),
    );
    expect(verdicts.map(nameOf).slice(3, 5)).toEqual(['caption-echo', 'caption-with-credit']);
  });
});

describe('a headline with a stamp at its end', () => {
  test('may be the headline: a date in figures and a time, or an edition’s date after a colon', () => {
    expect(mayBeHeadline('Ministers meet the press 03-06-2004 13:26')).toBe(true);
    expect(mayBeHeadline('Harbour News Digest: May 4, 2026')).toBe(true);
    expect(mayBeHeadline('Updated: May 4, 2026')).toBe(false);
    expect(mayBeHeadline('Posted at 03-06-2004 13:26')).toBe(false);
  });
});

describe('a one-sentence line under the headline', () => {
  test('with nothing below it to show where the story starts, stays body, listed as doubtful', () => {
    const verdicts = classifyLines(
      asLines([
        'Reformers are right where they have always been',
        'Real change will take fewer laws and less force.',
        'After the arrest in the capital last month, the country is finally talking about reform of its police, and the reformers who argued for it for decades are being asked where they were all this time, as if they had not been there at every step of the way.',
        'They were there, and they said so, in every hearing the council held over the last ten years.',
      ]),
    );
    expect(nameOf(verdicts[1]!)).toBe('body?dek-line');
  });
});

describe('a live blog’s post title', () => {
  test('right under the blog’s label is the story’s, kept from the line model', () => {
    const label = { role: 'furniture', rule: ruleOf('live-blog-label') } as const;
    const headerLabel = { role: 'furniture', rule: ruleOf('header-label') } as const;
    const lines = asLines(['Pinned post from', 'Today’s headlines', 'By Jane Doe', 'Latest posts', 'Ferry line opens']);
    expect(postTitleLines(lines, [label, headerLabel, body, label, body])).toEqual([false, true, false, false, true]);
  });
});
