/**
 * Issue 25, round 25: what round 24's held-back half (now development) left in the bodies, in made-up texts of
 * its shapes (feed-regions.ts): an aggregator's list of dated teasers with their sources after the story, the
 * points of a machine-made summary under its notice, and a standfirst the first paragraph repeats after its
 * dateline; and what each leaves alone.
 */
import { describe, expect, test } from 'vitest';
import { classifyLines } from '../../../../../scripts/ingest/furniture/classify.ts';
import { asLines, nameOf } from '../../../../helpers/furniture-lines.ts';

const STORY = [
  'Harbour police arrest man over school break-in',
  'Harbour police have arrested a man in his 40s over a break-in at a school in the old town last week.',
  'The police say they arrested the man on Monday in a nearby city on suspicion of trespassing. They say he admits the charge.',
  'Cameras at the school captured images of a man in a work suit, and officers had been looking for him since Friday.',
];

describe('an aggregator’s dated teasers', () => {
  test('after the story, each a date, a summary and its source in brackets, are teasers', () => {
    const teasers = [
      'May 4',
      'Harbour police have arrested a man in his 40s over a break-in at a school in the old town last week.',
      '(Harbour Radio)',
      'May 4',
      'The ferry line to the islands will run twice a day from June, the transport office said on Monday.',
      '(Coast Times)',
    ];
    const verdicts = classifyLines(asLines([...STORY, ...teasers]));
    expect(verdicts.slice(STORY.length).map(nameOf)).toEqual(Array(teasers.length).fill('dated-teaser-list'));
    expect(verdicts.slice(1, STORY.length).every((verdict) => verdict.role === 'body')).toBe(true);
  });

  test('one dated entry alone is not a list', () => {
    const verdicts = classifyLines(
      asLines([...STORY, 'May 4', 'The ferry line to the islands will run twice a day.', '(Coast Times)']),
    );
    expect(verdicts.map(nameOf)).not.toContain('dated-teaser-list');
  });
});

describe('a machine-made summary', () => {
  const notice = 'This is AI generated summarization, which may have errors. For context, always refer to the full article.';
  const story = [
    'HARBOUR CITY, Coastland – Hours of heavy rain flooded several parts of the city on Wednesday, officials said.',
    'The city suspended classes as the main roads were under water from late Wednesday until Thursday morning.',
  ];

  test('its points right under its notice are the standfirst, not the headline; the datelined paragraph is the story', () => {
    const points = ['Residents rush to find safety as floods hit several villages', 'Classes are suspended in the city'];
    const verdicts = classifyLines(asLines([notice, ...points, ...story]));
    expect(verdicts.map(nameOf)).toEqual(['ai-summary-notice', 'summary-under-notice', 'summary-under-notice', 'body', 'body']);
  });

  test('with no story after them, the lines under the notice are not taken for its points', () => {
    const verdicts = classifyLines(
      asLines(['Floods hit Harbour City', notice, 'Residents rush to find safety as floods hit several villages']),
    );
    expect(verdicts.map(nameOf)).not.toContain('summary-under-notice');
  });
});

describe('a standfirst printed twice', () => {
  const standfirst =
    'The prime minister of Coastland offered his resignation on Monday after his coalition collapsed in parliament.';

  test('whose words open the first paragraph after its dateline, not in capitals, is the standfirst', () => {
    const verdicts = classifyLines(
      asLines([
        'Coastland prime minister resigns',
        standfirst,
        `Portville (CNA) – ${standfirst}`,
        'Speaking to reporters in the capital, he said he had sent a letter of resignation to the president.',
      ]),
    );
    expect(verdicts.slice(1).map(nameOf)).toEqual(['repeated-standfirst', 'body', 'body']);
  });

  test('a paragraph that a later one only quotes in part stays body', () => {
    const verdicts = classifyLines(
      asLines([
        'Coastland prime minister resigns',
        'The prime minister spoke to reporters on Monday and answered their questions for an hour.',
        standfirst,
        'Portville (CNA) – The prime minister spoke to reporters on Monday, officials said.',
      ]),
    );
    expect(verdicts.slice(1).map(nameOf)).not.toContain('repeated-standfirst');
  });
});
