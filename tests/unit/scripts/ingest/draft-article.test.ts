/** Drafting an article from a text (scripts/ingest/draft-article.ts), on small texts for the cases the corpus does not have. */
import { describe, expect, test } from 'vitest';
import { checkText } from '../../../../src/load/content-files.ts';
import { checkFidelity } from '../../../../src/load/fidelity.ts';
import { readArticleFile } from '../../../../scripts/lib/read-article-file.ts';
import { type DraftOptions, draftArticle } from '../../../../scripts/ingest/draft-article.ts';

describe('drafting a text', () => {
  /** A text drafted as `npm run add x.txt` drafts it, with the editor's options. */
  const draft = (source: string, options: Partial<DraftOptions> = {}) =>
    draftArticle({ format: 'text', source, rawName: 'x.txt', fallbackSlug: 'x', ...options });

  test('a picture credit after "©" names no outlet: the outlet stays unknown', () => {
    const text = (credit: string) =>
      [
        'Talks resume in Geneva',
        '',
        credit,
        '',
        'Talks between Russia and Ukraine resumed in Geneva on Tuesday, diplomats said.',
        '',
        '“No one is in a hurry,” Deputy Foreign Minister Anna Petrova told reporters.',
      ].join('\n');
    const credited = draft(
      text('© AFP 2023 / Handout/News Agency handout picture released on October 31, 2019 shows the envoy speaking'),
    );
    expect(credited.furniture.map((item) => item.rule.name)).toContain('copyright-line');
    expect(credited.metadata.outlet).toMatchObject({ value: null, confidence: 'unknown' });
    // A holder's name is still read.
    expect(draft(text('© 2025 The Fixture Times. All rights reserved.')).metadata.outlet).toMatchObject({
      value: 'The Fixture Times',
      confidence: 'inferred',
    });
  });

  test('headline, byline and date lines become furniture and inferred metadata', () => {
    const result = draft(
      [
        'Talks resume in Geneva',
        '',
        'By Jane Doe and John Roe',
        'Published May 7, 2025',
        '',
        'Talks between Russia and Ukraine resumed in Geneva on Tuesday, diplomats said.',
        '',
        '“No one is in a hurry,” Deputy Foreign Minister Anna Petrova told reporters.',
        '',
        '© 2025 The Fixture Times. All rights reserved.',
      ].join('\n'),
    );
    expect(result.furniture.map((item) => [item.lines[0], item.kind, item.rule.name])).toEqual([
      [1, 'headline', 'headline-line'],
      [3, 'byline', 'byline'],
      [4, 'byline', 'dateline-byline'],
      [10, 'boilerplate', 'copyright-line'],
    ]);
    expect(result.metadata.headline).toMatchObject({ value: 'Talks resume in Geneva', confidence: 'inferred' });
    expect(result.metadata.author).toMatchObject({ value: 'Jane Doe and John Roe', confidence: 'inferred' });
    expect(result.metadata.published).toMatchObject({ value: '2025-05-07', confidence: 'inferred' });
    expect(result.metadata.outlet).toMatchObject({ value: 'The Fixture Times', confidence: 'inferred' });
    expect(result.metadata.sourceUrl).toMatchObject({ value: null, confidence: 'unknown' });
    expect(result.slug).toBe('talks-resume-in-geneva');
    expect(result.blocks.map((block) => block.line)).toEqual([6, 8]);
  });

  test('the editor’s --published overrides nothing silently: the note says what the file said', () => {
    const result = draft('Published May 7, 2025\n\nTalks resumed in Geneva on Tuesday, diplomats said.\n', {
      published: '2025-05-08',
    });
    expect(result.metadata.published.value).toBe('2025-05-08');
    expect(result.metadata.published.note).toContain('the file says 2025-05-07');
  });

  test('the frontmatter is the schema’s shape, with the raw name made from the slug and an encoding note', () => {
    const result = draft('Talks resume in Geneva\nTalks between Russia and Ukraine resumed in Geneva on Tuesday.\n', {
      rawName: (slug) => `${slug}.txt`,
      slug: 'geneva-talks',
      rawNote: 'raw: converted from windows-1252',
    });
    expect(result.rawName).toBe('geneva-talks.txt');
    expect(result.articleFile.startsWith('---\n# raw: converted from windows-1252\nheadline:\n')).toBe(true);
    expect(readArticleFile(result.articleFile, 'x.md').frontmatter).toEqual(result.frontmatter);
  });

  test('a working title is used only when there is no headline', () => {
    const headless = draft('Talks between Russia and Ukraine resumed in Geneva on Tuesday.\n', {
      workingTitle: 'Geneva talks resume',
    });
    expect(headless.frontmatter.workingTitle).toBe('Geneva talks resume');
    const headed = draft('Geneva talks resume\nTalks between Russia and Ukraine resumed in Geneva on Tuesday.\n', {
      workingTitle: 'ignored',
    });
    expect(headed.frontmatter.workingTitle).toBeUndefined();
  });

  test('CRLF line endings and a byte-order mark are read, and the body still matches the raw text', () => {
    const source =
      '\uFEFFTalks resume in Geneva\r\n\r\nTalks between Russia and Ukraine resumed in Geneva on Tuesday.\r\nLeave a Reply\r\n';
    const result = draft(source);
    expect(result.body).toBe('Talks between Russia and Ukraine resumed in Geneva on Tuesday.\n');
    expect(checkFidelity({ raw: source, body: result.body, furniture: result.furniture, corrections: [] })).toEqual({ ok: true });
  });

  test('Markdown characters in the text are escaped so the body reads back as the raw text', () => {
    const source = [
      'Rankings',
      '1. Finland came first, the report said.',
      '# of votes: 438, with *three* abstentions_',
      '[Trump] feels like <b>talks</b> are moving forward, &amp; fast.',
    ].join('\n');
    const result = draft(source);
    expect(checkFidelity({ raw: source, body: result.body, furniture: result.furniture, corrections: [] })).toEqual({ ok: true });
    expect(result.blocks.map((block) => block.text)).toEqual(source.split('\n').slice(1));
  });

  test('an invisible character in the body is suggested for removal; the suggested correction passes the build’s checks', () => {
    const source = 'Geneva talks resume after pause\n\nTalks between Russia and Ukraine resumed in Gen\u200beva on Tuesday.\n';
    const result = draft(source);
    expect(checkText('x.md', result.articleFile, 'markdown').errors).toHaveLength(1);
    const [suggestion] = result.suggestions;
    expect(suggestion).toMatchObject({ from: 'Gen\u200beva', to: 'Geneva' });
    const body = result.body.replace(suggestion!.from, suggestion!.to);
    const corrections = [{ from: suggestion!.from, to: suggestion!.to, reason: 'an invisible character removed' }];
    expect(checkFidelity({ raw: source, body, furniture: result.furniture, corrections })).toEqual({ ok: true });
    expect(checkText('x.md', result.articleFile.replace(result.body, body), 'markdown').errors).toEqual([]);
  });
});
