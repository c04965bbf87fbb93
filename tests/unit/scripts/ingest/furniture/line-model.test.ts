/** The line model (scripts/ingest/furniture/line-model.ts): its features, its loader, the shapes it never takes, how it decides. */
import { describe, expect, test } from 'vitest';
import committed from '../../../../../scripts/ingest/furniture/line-model.json' with { type: 'json' };
import {
  applyLineModel,
  keptByShape,
  LINE_FEATURE_NAMES,
  type LineModel,
  type LineModelFile,
  lineFeatures,
  lineModel,
} from '../../../../../scripts/ingest/furniture/line-model.ts';
import { classifyLines } from '../../../../../scripts/ingest/furniture/classify.ts';
import { POSITION_RULES } from '../../../../../scripts/ingest/furniture/position-rules.ts';
import { textLines } from './furniture-cases.ts';

const PROSE =
  'The council voted on Tuesday to approve the budget. The mayor said the city would now turn to its reserves, as planned.';
const body = { role: 'body', block: 'paragraph' } as const;
const aside = (rule: { name: string; kind: string }) => ({ role: 'furniture', rule }) as const;
const lines = (...texts: string[]) => texts.map((text) => ({ text }));
const feature = (vector: number[], name: string) => vector[LINE_FEATURE_NAMES.indexOf(name)];
/** A model that gives every line the same probability. */
const constant = (p: number, threshold = 0.9, doubtFrom = 0.5): LineModel => ({ probability: () => p, threshold, doubtFrom });

describe('lineFeatures', () => {
  const text = lines('Share this story', PROSE, 'Sign up for our newsletter at https://example.com');
  const verdicts = [aside(POSITION_RULES.headerLabel), body, body] as never;
  const [first, second, third] = lineFeatures(text, verdicts);

  test('say which rule named the line and what its neighbours are', () => {
    expect(feature(first!, 'position-rule')).toBe(1);
    expect(feature(first!, 'word-rule')).toBe(0);
    expect(feature(first!, 'next-prose')).toBe(1);
    expect(feature(second!, 'previous-set-aside')).toBe(1);
    expect(feature(third!, 'previous-prose')).toBe(1);
  });

  test('say where it stands and what shape it has', () => {
    expect(feature(first!, 'before-body')).toBe(1);
    expect(feature(third!, 'after-body')).toBe(1);
    expect(feature(first!, 'top-fraction')).toBe(0);
    expect(feature(third!, 'top-fraction')).toBe(1);
    expect(feature(first!, 'short')).toBe(1);
    expect(feature(second!, 'ends-like-sentence')).toBe(1);
    expect(feature(second!, 'prose')).toBe(1);
    expect(feature(third!, 'url-or-handle')).toBe(1);
    expect(feature(third!, 'call-to-action')).toBe(1);
    expect(feature(first!, 'title-case-share')).toBeCloseTo(1 / 3);
  });

  test('give one value per feature name', () => {
    expect(first).toHaveLength(LINE_FEATURE_NAMES.length);
  });
});

describe('lineModel (the loader)', () => {
  const file = committed as LineModelFile;
  test('loads the committed weights, with a threshold chosen so no development line is lost', () => {
    const model = lineModel(file);
    expect(model.threshold).toBeGreaterThan(0.5);
    expect(model.threshold).toBeLessThanOrEqual(1);
    expect(model.probability(new Array(LINE_FEATURE_NAMES.length).fill(0))).toBeCloseTo(1 / (1 + Math.exp(-file.bias)));
  });

  test('refuses weights whose features are not the model’s', () => {
    expect(() => lineModel({ ...file, features: file.features.slice(1) })).toThrow(/train:furniture/);
    expect(() => lineModel({ ...file, weights: file.weights.slice(1) })).toThrow(/train:furniture/);
    expect(() => lineModel({ ...file, threshold: 0 })).toThrow(/threshold/);
  });
});

describe('keptByShape', () => {
  test('keeps a story’s own "Key: value" facts above the first paragraph, not a page’s', () => {
    const text = lines('Name: Ashley', 'Posted: May 3', PROSE);
    expect(keptByShape(text, [body, body, body] as never)).toEqual([true, false, true]);
  });

  test('keeps a reviewed book’s details down to its price after the last paragraph', () => {
    const text = lines(PROSE, 'Ann Lee', 'Internet Law', 'Example Press, 2nd edition, 2014, 896 pages', '84,80 Euro', 'Tags');
    expect(keptByShape(text, text.map(() => body) as never)).toEqual([true, true, true, true, true, false]);
  });

  test('keeps a last sentence without its full stop, not a headline', () => {
    const text = lines(PROSE, 'without research of our own we have no future', 'More From Our Newsroom Today');
    expect(keptByShape(text, text.map(() => body) as never)).toEqual([true, true, false]);
  });

  test('keeps the text’s last line when it is a heading right under a paragraph (a copy cut after a section heading)', () => {
    const text = lines(PROSE, 'Ann Lee, Daily Planet');
    expect(keptByShape(text, text.map(() => body) as never)).toEqual([true, true]);
    // Not under a paragraph: a closing list's last item.
    expect(keptByShape(lines(PROSE, 'Tags', 'Council Budget Vote'), [body, body, body] as never)[2]).toBe(false);
  });
});

describe('applyLineModel', () => {
  // Round 20: a heading-like last line under a paragraph is kept whatever the model says, so the box's label has its colon.
  const text = lines('Breaking News', PROSE, 'Related stories here:');
  const verdicts = [aside(POSITION_RULES.headerLabel), body, body] as never;

  test('a sure model sets aside what a position rule named, and other lines, naming the line model', () => {
    const out = applyLineModel(text, verdicts, constant(0.99)) as Array<{ role: string; rule?: { name: string } }>;
    expect(out.map((verdict) => verdict.rule?.name ?? verdict.role)).toEqual(['line-model', 'body', 'line-model']);
  });

  test('an unsure model leaves the line in the body, listing the position rule (or itself) as doubtful', () => {
    const out = applyLineModel(text, verdicts, constant(0.6)) as Array<{ role: string; doubt?: { name: string } }>;
    expect(out.map((verdict) => `${verdict.role}:${verdict.doubt?.name ?? ''}`)).toEqual([
      'body:header-label',
      'body:',
      'body:line-model',
    ]);
  });

  test('never overrules a rule that reads the line’s own words', () => {
    const wordRule = { name: 'share-prompt', kind: 'navigation' };
    const out = applyLineModel(lines('Share this'), [aside(wordRule)] as never, constant(0.01));
    expect(out[0]).toEqual(aside(wordRule));
  });
});

describe('the committed model, in the classifier', () => {
  const story = [
    'World',
    'Talks resume in Geneva after three weeks',
    'GENEVA (Reuters) - Talks between the two delegations resumed in Geneva on Tuesday. Both sides said they hoped for progress.',
    'The envoy said the first session had been useful. Another is planned for Thursday, officials said.',
    'Neither side would say what had been discussed. Observers expect a statement at the end of the week.',
    'Tags:',
    'Diplomacy',
    'Europe',
  ];

  test('sets aside the header label and the closing tags, naming the line model, and keeps the story', () => {
    const verdicts = classifyLines(textLines(...story));
    // The lone “Tags:” label is round 20's `tag-list-label` (round 14's model was not sure of it).
    expect(verdicts.map((verdict) => (verdict.role === 'furniture' ? verdict.rule.name : 'body'))).toEqual([
      'line-model',
      'headline-line',
      'body',
      'body',
      'body',
      'tag-list-label',
      'line-model',
      'line-model',
    ]);
  });

  test('keeps a house tour’s facts above its first paragraph', () => {
    const tour = ['A bright loft downtown', 'Name: Ashley', 'Location: Downtown — Los Angeles, California', ...story.slice(2, 5)];
    const verdicts = classifyLines(textLines(...tour));
    expect(verdicts.map((verdict) => verdict.role)).toEqual(['furniture', 'body', 'body', 'body', 'body', 'body']);
  });
});
