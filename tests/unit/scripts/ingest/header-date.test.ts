/** A date alone above the story as the publication date (scripts/ingest/header-date.ts, issue 25). */
import { describe, expect, test } from 'vitest';
import type { LineVerdict } from '../../../../scripts/ingest/furniture/classify.ts';
import { classifyLines } from '../../../../scripts/ingest/furniture/classify.ts';
import { headerDateLine, isDateOnlyLine } from '../../../../scripts/ingest/header-date.ts';
import { draftMetadata } from '../../../../scripts/ingest/metadata.ts';
import { asLines, HARBOUR_STORY } from '../../../helpers/furniture-lines.ts';

// Made up, in the shapes of pasted pages' date lines.
describe('isDateOnlyLine', () => {
  test.each([
    ['# 3 May 2021 17:00 (UTC +04:00)', true],
    ['Published: March 3, 2024 12:02 pm', true],
    ['Posted at 2:50 PM, Feb 20, 2014', true],
    ['18:54 29.07.2021', true],
    ['18:54 03.05.2021', false],
    ['Tuesday, 3 May 2021', true],
    ['Updated: March 4, 2024 9:00 am', false],
    ['Last modified on 3 May 2021', false],
    ['The council met on 3 May 2021', false],
    ['Harbour ferry, 3 May 2021. Photo: Ann Lee', false],
    ['05/03/2021', false],
  ])('%s → %s', (text, expected) => {
    expect(isDateOnlyLine(text)).toBe(expected);
  });
});

describe('headerDateLine', () => {
  const furniture = { role: 'furniture', rule: { name: 'line-model', kind: 'boilerplate', description: '', origin: '' } };
  const body = { role: 'body', block: 'paragraph' };

  test('the first date line set aside above the story, not one in the story', () => {
    const lines = asLines(['Harbour board meets', '3 May 2021 17:00', HARBOUR_STORY[0]!, '4 May 2021']);
    const verdicts = [furniture, furniture, body, furniture] as LineVerdict[];
    expect(headerDateLine(lines, verdicts)?.line).toBe(2);
    expect(headerDateLine(lines, [furniture, body, body, furniture] as LineVerdict[])).toBeUndefined();
  });

  test('in the metadata: a date alone above the story is the inferred publication date, to check', () => {
    const lines = asLines([
      'Harbour board apologizes to the ferry crews',
      '',
      '# 3 May 2021 17:00 (UTC +04:00)',
      '',
      ...HARBOUR_STORY,
    ]);
    const published = draftMetadata(lines, classifyLines(lines), null).published;
    expect(published.value).toBe('2021-05-03');
    expect(published.confidence).toBe('inferred');
    expect(published.note).toContain('check it is the publication date');
  });

  test('a date line that only stamps an update gives its date with a warning, after any other date line', () => {
    const verdicts = (lines: ReturnType<typeof asLines>) =>
      lines.map((_, i) =>
        i === 1 || i === 2
          ? ({ role: 'furniture', rule: { name: 'dateline-byline', kind: 'byline', description: '', origin: '' } } as LineVerdict)
          : ({ role: 'body', block: 'paragraph' } as LineVerdict),
      );
    const updated = asLines(['Harbour board apologizes', 'Harbour News | Updated: May 4, 2021 13:45', 'x', HARBOUR_STORY[0]!]);
    const stamp = draftMetadata(
      updated,
      verdicts(updated).map((v, i) => (i === 2 ? ({ role: 'body', block: 'paragraph' } as LineVerdict) : v)),
      null,
    );
    expect(stamp.published.value).toBe('2021-05-04');
    expect(stamp.published.note).toContain('an update stamp: the article may be older');
    const both = asLines(['Harbour board apologizes', 'Updated: May 4, 2021', 'Published: May 3, 2021', HARBOUR_STORY[0]!]);
    expect(draftMetadata(both, verdicts(both), null).published.value).toBe('2021-05-03');
  });
});
