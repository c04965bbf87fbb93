/**
 * What the editor gives `npm run add` (scripts/ingest/editor-given.ts): the sidecar's keys, flags
 * over the sidecar, names and addresses checked by shape; and how a given value takes the place of
 * the file's (`editorFact`, scripts/ingest/metadata.ts).
 */
import { describe, expect, test } from 'vitest';
import { draftArticle } from '../../../../scripts/ingest/draft-article.ts';
import { checkValue, mergeGiven, parseSidecar, sourceUrlProblem } from '../../../../scripts/ingest/editor-given.ts';
import { editorFact, type Fact } from '../../../../scripts/ingest/metadata.ts';
import { articleSchema } from '../../../../src/schemas/article.ts';

const sidecar = (text: string) => ({ values: parseSidecar(text, 'a.txt.meta.yaml'), name: 'a.txt.meta.yaml' });

describe('the sidecar', () => {
  test('gives its keys as text, a date included', () => {
    expect(
      parseSidecar('outlet: Reuters\nauthor: Ann Lee\nsource-url: https://www.reuters.com/a\npublished: 2025-05-07\n', 'x'),
    ).toEqual({
      outlet: 'Reuters',
      author: 'Ann Lee',
      'source-url': 'https://www.reuters.com/a',
      published: '2025-05-07',
    });
    expect(parseSidecar('', 'x')).toEqual({});
    expect(parseSidecar('# nothing yet\n\n', 'x')).toEqual({});
  });

  test('refuses an unknown key by name, with the key it resembles', () => {
    expect(() => parseSidecar('outlet: Reuters\nsourceUrl: https://a.example/b\ncolour: red\n', 'a.txt.meta.yaml')).toThrow(
      /^a\.txt\.meta\.yaml: unknown keys "sourceUrl" \(did you mean source-url\?\), "colour"; a sidecar may give outlet, author, source-url/,
    );
  });

  test('refuses a list, a mapping, and what is not YAML', () => {
    expect(() => parseSidecar('author:\n  - Ann Lee\n  - Tom Kay\n', 'x')).toThrow(/author: a single value \(text\)/);
    expect(() => parseSidecar('- outlet\n', 'x')).toThrow(/a sidecar is a list of keys and values/);
    expect(() => parseSidecar('outlet: "Reuters\n', 'x')).toThrow(/not valid YAML/);
  });
});

describe('flags and the sidecar', () => {
  test('a flag wins over the sidecar, and the value it replaced is kept for the review', () => {
    const given = mergeGiven({ outlet: 'BBC News' }, sidecar('outlet: Reuters\nauthor: Ann Lee\n'));
    expect(given.outlet).toEqual({
      value: 'BBC News',
      from: '--outlet',
      overrides: { value: 'Reuters', from: 'a.txt.meta.yaml' },
    });
    expect(given.author).toEqual({ value: 'Ann Lee', from: 'a.txt.meta.yaml' });
    expect(given.sourceUrl).toBeUndefined();
  });

  test('the same value in both is the flag’s, with nothing overridden', () => {
    expect(mergeGiven({ author: 'Ann Lee' }, sidecar('author: Ann Lee\n')).author).toEqual({
      value: 'Ann Lee',
      from: '--author',
    });
  });

  test('every bad value is named with where it was given, the sidecar’s too', () => {
    const bad = () => mergeGiven({ 'source-url': 'http://a.example/b' }, sidecar('published: 7 May 2025\nslug: Talks Resume\n'));
    expect(bad).toThrow(/^--source-url: .*only https.*\n/);
    expect(bad).toThrow(/\na\.txt\.meta\.yaml: published: 7 May 2025: a date as YYYY-MM-DD\n/);
    expect(bad).toThrow(/\na\.txt\.meta\.yaml: slug: "Talks Resume": .*\(try talks-resume\)$/);
  });
});

describe('names are checked as the page metadata is read', () => {
  test('trimmed, inner spaces collapsed', () => {
    expect(checkValue('outlet', '  The   Fixture\tTimes \n')).toBe('The Fixture Times');
  });

  test('refuses an empty name, a control or invisible character, a paragraph, an address', () => {
    expect(checkValue('author', '   ')).toEqual({ problem: 'empty' });
    expect(checkValue('author', 'Ann\u0000 Lee')).toEqual({
      problem: expect.stringMatching(/control character \(U\+0000 NULL\)/),
    });
    expect(checkValue('outlet', 'Reu\u200Bters')).toEqual({ problem: expect.stringMatching(/invisible character \(U\+200B/) });
    expect(checkValue('outlet', 'x'.repeat(201))).toEqual({ problem: expect.stringMatching(/201 characters/) });
    expect(checkValue('outlet', 'https://www.reuters.com')).toEqual({ problem: expect.stringMatching(/an address, not a name/) });
  });

  test('a date must exist, a slug must be one', () => {
    expect(checkValue('published', '2025-02-30')).toEqual({ problem: expect.stringMatching(/YYYY-MM-DD/) });
    expect(checkValue('published', '2025-02-28')).toBe('2025-02-28');
    expect(checkValue('slug', 'Talks Resume')).toEqual({ problem: expect.stringMatching(/try talks-resume/) });
  });
});

describe('an address is checked for shape, never fetched', () => {
  test.each([
    'https://www.reuters.com/world/europe/talks-resume-2025-05-07/',
    'https://apnews.com/article/abc?utm=x#top',
    'HTTPS://www.bbc.co.uk/news/world-1',
  ])('%s is taken', (url) => {
    expect(sourceUrlProblem(url)).toBeNull();
  });

  test.each([
    ['http://www.reuters.com/a', /only https addresses .*http:/],
    ['www.reuters.com/a', /not a web address: it must start with https:\/\//],
    ['javascript:alert(1)', /only https addresses .*javascript:/],
    ['https:///a/b', /names no host/],
    ['https:reuters.com/a', /names no host/],
    ['https://www.reuters.com/a b', /has a space in it/],
    ['https://reuters.com@evil.example/a', /user name or password/],
    ['https://user:secret@www.reuters.com/a', /user name or password/],
    ['https://localhost/a', /not a public site’s name/],
  ])('%s is refused', (url, message) => {
    expect(sourceUrlProblem(url)).toMatch(message);
  });
});

describe('a given value in place of the file’s', () => {
  const confirmed: Fact = { value: 'Reuters', confidence: 'confirmed', note: 'the page’s og:site_name metadata' };
  const inferred: Fact = { value: 'Jane Doe', confidence: 'inferred', note: 'the byline on line 3' };

  test('is "editor", for readers given by the editor, keeping where it was given for the review', () => {
    expect(editorFact({ value: 'Ann Lee', from: '--author' }, { value: null, confidence: 'unknown', note: 'no byline' })).toEqual(
      {
        value: 'Ann Lee',
        confidence: 'editor',
        note: 'the editor gave it when adding the article',
        given: { value: 'Ann Lee', from: '--author' },
      },
    );
    // Which flag or sidecar gave it is the review's business (`given`), not the reader's.
    expect(
      editorFact({ value: 'Ann Lee', from: 'a.txt.meta.yaml' }, { value: null, confidence: 'unknown', note: '-' }),
    ).toMatchObject({
      note: 'the editor gave it when adding the article',
      given: { from: 'a.txt.meta.yaml' },
    });
  });

  test('over a different value, says what the file says, and keeps it for the review', () => {
    const fact = editorFact({ value: 'Ann Lee', from: '--author' }, inferred);
    expect(fact).toMatchObject({ value: 'Ann Lee', confidence: 'editor', fileSays: inferred });
    expect(fact.note).toBe('the editor gave it when adding the article; the file says Jane Doe (the byline on line 3)');
  });

  test('a value the page confirms stays confirmed', () => {
    expect(editorFact({ value: 'Reuters', from: '--outlet' }, confirmed)).toMatchObject({
      value: 'Reuters',
      confidence: 'confirmed',
      note: 'the page’s og:site_name metadata; the editor gave the same',
    });
  });

  test('the drafted frontmatter records it, and the schema takes it', () => {
    const draft = draftArticle({
      format: 'text',
      source: 'Talks resume in Geneva\n\nTalks between Russia and Ukraine resumed in Geneva on Tuesday, diplomats said.\n',
      rawName: 'x.txt',
      fallbackSlug: 'x',
      published: '2025-05-07',
      given: {
        outlet: { value: 'The Fixture Times', from: '--outlet' },
        author: { value: 'Ann Lee', from: 'x.txt.meta.yaml' },
        sourceUrl: { value: 'https://news.example.com/geneva', from: '--source-url' },
      },
    });
    expect(draft.frontmatter).toMatchObject({
      outlet: { value: 'The Fixture Times', confidence: 'editor', note: 'the editor gave it when adding the article' },
      author: { value: 'Ann Lee', confidence: 'editor' },
      sourceUrl: { value: 'https://news.example.com/geneva', confidence: 'editor' },
      published: { value: '2025-05-07', confidence: 'editor', note: 'the editor gave it when adding the article' },
    });
    const parsed = articleSchema.safeParse(draft.frontmatter);
    expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
  });
});
