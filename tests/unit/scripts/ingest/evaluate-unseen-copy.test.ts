/**
 * The unseen copy of issue 25 (tests/fixtures/ingest/unseen-copy/): every marked text has its raw
 * text's lines, and the development half holds its figures (no body line lost, no line set aside
 * that is marked body). The held-back half is measured by `npm run eval:add`, not held to a figure here.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { evaluateMarkedText, readMarkedText } from '../../../../scripts/ingest/evaluate-add.ts';
import { draftArticle } from '../../../../scripts/ingest/draft-article.ts';

const ROOT = path.resolve(import.meta.dirname, '../../../fixtures/ingest/unseen-copy');
// Between rounds the held-back half may be empty, and git keeps no empty folder.
const texts = (half: string) =>
  (existsSync(path.join(ROOT, half)) ? readdirSync(path.join(ROOT, half)) : [])
    .filter((name) => name.endsWith('.gold.txt'))
    .map((name) => ({
      name,
      raw: readFileSync(path.join(ROOT, half, name.replace(/\.gold\.txt$/, '.txt')), 'utf8'),
      marked: readFileSync(path.join(ROOT, half, name), 'utf8'),
    }));

describe('the marked texts', () => {
  test.each([...texts('development'), ...texts('held-back')])(
    '$name has a mark for every line of its raw text',
    ({ raw, marked }) => {
      const lines = raw.split('\n').filter((line) => line.trim() !== '');
      expect(readMarkedText(marked).map((line) => line.text)).toEqual(lines.map((line) => line.trim()));
    },
  );

  test('a line without a mark is refused', () => {
    expect(() => readMarkedText('body | A paragraph.\nno mark here')).toThrow(/line 2/);
  });
});

describe('the development half', () => {
  const results = texts('development').map(({ raw, marked }) => evaluateMarkedText(raw, marked));
  test('loses no body line and sets aside only marked furniture', () => {
    expect(results.flatMap((result) => result.lost)).toEqual([]);
    expect(results.reduce((n, r) => n + r.draftedFurniture - r.bothFurniture, 0)).toBe(0);
  });
  // Round 11: the line model replaced the position rules that decided alone, its threshold chosen so
  // no body line of the half is lost (cross-validated 89.0 %); the half holds 88 %.
  test('finds at least 88 % of the marked furniture', () => {
    const gold = results.reduce((n, r) => n + r.goldFurniture, 0);
    const both = results.reduce((n, r) => n + r.bothFurniture, 0);
    expect(both / gold).toBeGreaterThanOrEqual(0.88);
  });
});

test('a single headline at the end, right under a paragraph, stays in the body, listed as doubtful under its position rule', () => {
  // Until round 14 the model was not sure of a lone closing headline and kept it, doubtful; round 15's
  // model set it aside. Round 20 keeps the text's last line when it is a heading under a paragraph
  // (round 19's held-back half lost a section heading the copy ended on): the editor is asked instead.
  const source = [
    'Jury finds the accused guilty',
    'A jury in Charleston has found the accused guilty on all counts, officials said on Thursday.',
    'The sentencing phase of the trial is scheduled to begin in January, the court said.',
    'Testimony Concludes After Jury Hears Survivor In Roof Trial',
  ].join('\n');
  const draft = draftArticle({ source, format: 'text', rawName: 'x.txt', fallbackSlug: 'x' });
  const last = draft.lines.at(-1)!.verdict;
  expect(last.role === 'body' && last.doubt?.name).toBe('closing-run');
  expect(draft.lines.slice(1, 3).map((line) => line.verdict.role)).toEqual(['body', 'body']);
});

test('a one-sentence standfirst goes to the dek, not the body', () => {
  const source = [
    'Envoy warns Europe as talks end without a deal',
    'The talks in Vienna broke up after two days with no date set for another round.',
    'VIENNA (Reuters) - The envoy said on Friday that Europe had run out of patience with the talks.',
  ].join('\n');
  const draft = draftArticle({ source, format: 'text', rawName: 'x.txt', fallbackSlug: 'x' });
  expect(draft.metadata.dek?.value).toBe('The talks in Vienna broke up after two days with no date set for another round.');
  expect(draft.body).not.toContain('The talks in Vienna');
});

test('a text that marks its headline twice (the page’s title with the site’s name, then the headline) counts either printing right', () => {
  const paragraph = 'The harbour board met on Monday and voted for the new ferry timetable after a long debate with the crews.';
  const raw = [
    'Harbour board apologizes to the ferry crews - Harbour Times',
    'Harbour board apologizes to the ferry crews',
    paragraph,
  ].join('\n\n');
  const marked = [
    'headline | Harbour board apologizes to the ferry crews - Harbour Times',
    'headline | Harbour board apologizes to the ferry crews',
    `body | ${paragraph}`,
  ].join('\n\n');
  expect(evaluateMarkedText(raw, marked).headline).toBe('right');
});
