/**
 * Pages with almost no story text (issue 25, round 16): a slideshow's only slide after the comment box
 * under the header, a video page's only paragraph above the player. Made-up pages of those shapes.
 * With them, a speaker’s line (“Name: statement.”), which PolNeAR train showed the retrained model taking.
 */
import { describe, expect, test } from 'vitest';
import { classifyLines, type LineVerdict } from '../../../../../scripts/ingest/furniture/classify.ts';
import { isSpeakerLine } from '../../../../../scripts/ingest/furniture/prose-guards.ts';
import { findArticleEnd, storyFollowsPicture } from '../../../../../scripts/ingest/furniture/sparse-story.ts';
import { asLines } from '../../../../helpers/furniture-lines.ts';

/** Each line's role, with the committed line model and with the rules alone. */
const rolesOf = (texts: readonly string[]) => [classifyLines(asLines(texts)), classifyLines(asLines(texts), {}, null)];
const roleOf = (verdicts: readonly LineVerdict[], texts: readonly string[], text: string) => verdicts[texts.indexOf(text)]!.role;

const SLIDE_TITLE = 'Painted Gourd Table Runner';
const SLIDE =
  'Line up a row of small gourds brushed with white chalk paint along a linen runner. Tuck a few sprigs of dried wheat between them for height.';
// The site's name reads as a headline and its menu is long, so the header is not found before the
// standfirst: the standfirst is the first line of prose, and the comment box's heading the first end marker.
const SLIDESHOW = [
  'Bright Rooms and Gardens',
  ...['Recipes', 'Decorating', 'Gardening', 'Holidays', 'Beauty', 'Pets', 'Magazine', 'Videos', 'Shop', 'blogs'],
  'subscribe',
  'Join Now!',
  'Home / Autumn / Table Ideas',
  'Autumn Table Ideas for Every Room',
  'Simple seasonal arrangements will bring warm colour to any dining table in your home.',
  'By Maren Holt',
  'Save',
  'Print',
  'Comments',
  'Share',
  'Your Comment:',
  'Prev',
  '| View All',
  'Next',
  SLIDE_TITLE,
  SLIDE,
  'More Ideas',
  'Quick Weeknight Soups',
  'Small Entryway Makeovers',
  '© Copyright 2014, Example Media Group. All Rights Reserved',
  'Privacy Policy',
];

const ONLY_PARAGRAPH =
  'Folk singer Ada Lind has released a new video for her single, and its message about learning to like your own face is winning praise.';
const VIDEO_PAGE = [
  'Trending',
  'By Sam Reyes',
  'Share on Facebook',
  'She Sang About Her Own Face, And Fans Loved It',
  'Advertisement',
  ONLY_PARAGRAPH,
  'Like on Facebook',
  'Source: AdaLindVEVO',
  'Next Post',
  'Advertisement',
  'Share on Facebook',
  'Tell us what you think',
  'Subscribe and get a daily dose of uplifting stories delivered straight to your inbox every single morning.',
];

describe('a slideshow whose only slide comes after the comment box under the header', () => {
  test('the slide’s title and text stay body', () => {
    for (const verdicts of rolesOf(SLIDESHOW)) {
      expect(roleOf(verdicts, SLIDESHOW, SLIDE_TITLE)).toBe('body');
      expect(roleOf(verdicts, SLIDESHOW, SLIDE)).toBe('body');
    }
  });

  test('the comment box and the page’s end are still set aside', () => {
    for (const verdicts of rolesOf(SLIDESHOW)) {
      expect(roleOf(verdicts, SLIDESHOW, 'Your Comment:')).toBe('furniture');
      expect(roleOf(verdicts, SLIDESHOW, 'Privacy Policy')).toBe('furniture');
    }
  });
});

describe('a video page whose only paragraph stands above the player', () => {
  test('the paragraph stays body', () => {
    for (const verdicts of rolesOf(VIDEO_PAGE)) expect(roleOf(verdicts, VIDEO_PAGE, ONLY_PARAGRAPH)).toBe('body');
  });

  test('a standfirst above a picture with the story right under it is still set aside', () => {
    const magazine = [
      'Science',
      'Why the Office Thermostat Starts Arguments',
      'Building codes set temperatures for a resting man in a suit, and most offices still follow them.',
      'Photograph by Lee Park, Example Magazine',
      'Many couples argue about the thermostat at home, and the same fight goes on at work every summer.',
      'Engineers set most office temperatures from a formula written decades ago for a man of forty.',
    ];
    const [verdicts] = rolesOf(magazine);
    expect(roleOf(verdicts!, magazine, magazine[2]!)).toBe('furniture');
  });
});

describe('findArticleEnd and storyFollowsPicture', () => {
  const marker = (verdict: LineVerdict | undefined) => verdict?.role === 'furniture';
  const set: LineVerdict = {
    role: 'furniture',
    rule: { name: 'comments-heading', kind: 'navigation', description: '', origin: '' },
  };

  test('an end marker after a paragraph of the story ends it', () => {
    const texts = [
      'One sentence of the story that opens it here today.',
      'Another sentence of the story follows it here.',
      'Comments',
    ];
    expect(findArticleEnd(asLines(texts), [undefined, undefined, set], 0, marker)).toEqual({ end: 2, box: [] });
  });

  test('an end marker right under the header, with the story below it, opens a box', () => {
    const texts = ['A standfirst of one sentence sits under the headline.', 'Comments', 'Your Comment:', 'Slide Title', SLIDE];
    expect(findArticleEnd(asLines(texts), [undefined, set, undefined, undefined, undefined], 0, marker)).toEqual({
      end: -1,
      box: [2],
    });
  });

  test('the story must follow the picture’s credit within three lines', () => {
    const texts = ['Source: X', 'Next Post', 'Ad', 'Share', 'Tell us', SLIDE];
    expect(storyFollowsPicture(asLines(texts), [set, set, set, set, undefined, undefined], 0)).toBe(false);
    expect(storyFollowsPicture(asLines(['Source: X', SLIDE]), [set, undefined], 0)).toBe(true);
  });
});

describe('isSpeakerLine (round 16, from PolNeAR train)', () => {
  test('a person’s name, a colon and a statement ending like a sentence', () => {
    expect(isSpeakerLine('Maria Lopez: We Are Not Going To Cut The School Budget This Year.')).toBe(true);
    expect(isSpeakerLine('John Park Jr.: the plan was never about money, he said.')).toBe(true);
  });

  test('a page’s label, a short value or an unstopped teaser is no speaker’s line', () => {
    expect(isSpeakerLine('Breaking News: Two Actors Join The Cast Of A Broadway Revival!')).toBe(false);
    expect(isSpeakerLine('Maria Lopez: staff writer')).toBe(false);
    expect(isSpeakerLine('Maria Lopez: Why The School Budget Will Grow Again Next Year')).toBe(false);
  });

  test('under a “Related:” label after the story, the model leaves it in the body', () => {
    const texts = [
      'Council Approves New Budget For City Schools.',
      'CITY HALL — The council approved a budget on Tuesday that adds money for teachers, buses and school meals across the district.',
      '“We owe this to every family in the city,” the mayor said after the vote, which passed by seven to two.',
      'The budget now goes to the state board, which must approve it before the school year starts in September.',
      '"Related:"',
      'Mayor Faces Questions Over Stadium Deal.',
      'Maria Lopez: We Are Not Going To Cut The School Budget This Year.',
      'Council Delays Vote On Housing Plan.',
    ];
    const speaker = texts[6]!;
    expect(classifyLines(asLines(texts))[6]!.role).toBe('body');
    expect(isSpeakerLine(speaker)).toBe(true);
  });
});
