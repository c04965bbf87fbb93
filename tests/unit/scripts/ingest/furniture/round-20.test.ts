/**
 * Issue 25, round 20: what round 19's held-back half (now development) left, in made-up texts of its
 * shapes: a title naming its edition's time may be the headline, the title above a writer's standfirst
 * is the headline, an archive page's title gives way to the story's headline, and a share bar's buttons
 * in German, French and Spanish.
 */
import { describe, expect, test } from 'vitest';
import { classifyLines, type LineVerdict } from '../../../../../scripts/ingest/furniture/classify.ts';
import { headlineIndex, mayBeHeadline } from '../../../../../scripts/ingest/furniture/headline-choice.ts';
import { matchLineRule } from '../../../../../scripts/ingest/furniture/line-rules.ts';
import { POSITION_RULES } from '../../../../../scripts/ingest/furniture/position-rules.ts';
import { asLines } from '../../../../helpers/furniture-lines.ts';

const kindOf = (verdict: LineVerdict) => (verdict.role === 'furniture' ? verdict.rule.kind : 'body');
const body = { role: 'body' } as const;
const headline = { role: 'furniture', rule: POSITION_RULES.headline } as const;
const byModel = {
  role: 'furniture',
  rule: { name: 'line-model', kind: 'section-label', description: 'the line model', origin: 'issue 25' },
} as const;

describe('a title naming its edition’s time', () => {
  test('may be the headline; a date line with a time may not', () => {
    expect(mayBeHeadline('Wire News in Brief at 7:15 a.m. EDT')).toBe(true);
    expect(mayBeHeadline('State News Roundup Edition at 11:30 AM')).toBe(true);
    expect(mayBeHeadline('State Roundup at 11:30 AM')).toBe(false);
    expect(mayBeHeadline('Posted at 10:00 AM, May 03, 2020')).toBe(false);
    expect(mayBeHeadline('Updated on Monday at 7:15 a.m.')).toBe(false);
    expect(mayBeHeadline('Last updated at 7:15 a.m.')).toBe(false);
  });
});

describe('a writer’s standfirst under a short title', () => {
  test('the title above it is the headline', () => {
    const texts = [
      'Faces of the flood',
      'Jane Doe speaks to the families who lost their homes when the river rose',
      'The water came in the night, and by morning the street was gone.',
    ];
    expect(headlineIndex(texts, [byModel, headline, body])).toBe(0);
  });
  test('a headline that opens with a name and a verb stands when no title is above it', () => {
    const texts = ['Jane Doe speaks to the families who lost their homes', 'The water came in the night.'];
    expect(headlineIndex(texts, [headline, body])).toBe(0);
  });
  test('a kicker of two words above it is no headline', () => {
    const texts = [
      'Local News',
      'Jane Doe speaks to the families who lost their homes when the river rose',
      'The water came in the night, and by morning the street was gone.',
    ];
    expect(headlineIndex(texts, [byModel, headline, body])).toBe(1);
  });
});

describe('an archive page above the story it lists', () => {
  test('the archive’s title is a label, the story’s title the headline', () => {
    const verdicts = classifyLines(
      asLines([
        'Archive for ‘Harbour Authority’',
        '12/03/2021',
        'Harbour dredging to start in the spring',
        'Harbour boatsImage copyright Harbour Authority',
        'Image caption Boats in the inner basin will have to move out',
        'Dredging of the harbour will start in April, the harbour authority said on Friday.',
        'The work will take six weeks and close the inner basin to boats over ten metres.',
        'The authority said the channel had silted up after two winters of storms.',
      ]),
      {},
      null,
    );
    expect(verdicts[0]!.role === 'furniture' && verdicts[0]!.rule.name).toBe('archive-title');
    expect(kindOf(verdicts[2]!)).toBe('headline');
  });
});

describe('share buttons in German, French and Spanish', () => {
  test.each(['Drucken', 'Weiterempfehlen Drucken', 'Teilen', 'Partager', 'Imprimer', 'Imprimir'])('%j', (text) => {
    expect(matchLineRule(text)?.name).toBe('share-bar');
  });
  test('a sentence with the word stays', () => {
    expect(matchLineRule('Die Zeitung wird in Berlin gedruckt und am Morgen verteilt.')).toBeUndefined();
  });
});
