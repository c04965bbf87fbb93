/**
 * Issue 15, text hygiene: direction controls, zero-width and other invisible or control
 * characters in names, aliases, titles and bodies are errors naming the file, line, column, field
 * and code point; soft hyphens in bodies are removed with a warning; text is NFC before matching.
 */
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, test } from 'vitest';
import { analyzeArticle } from '../../../../src/analysis/analyze-article.ts';
import { bodyBlocksFromTree } from '../../../../src/analysis/text/body-blocks.ts';
import { aliasesOf, createAliasMatcher } from '../../../../src/analysis/mentions/find-mentions.ts';
import { checkText, yamlPathAt } from '../../../../src/load/content-files.ts';
import { checkFidelity, checkFidelityOfBlocks } from '../../../../src/load/fidelity.ts';
import { normalizeBodyText } from '../../../../src/analysis/text/text-hygiene.ts';
import {
  codePointNumber,
  escapeInvisibleCharacters,
  findCharacterProblems,
  hasInvisibleCharacter,
  invisibleCharactersOf,
  withoutInvisibleCharacters,
} from '../../../../src/lib/code-points.ts';
import remarkNormalizeText from '../../../../src/plugins/remark-normalize-text.ts';

const ACTOR = 'content/actors/marco-rubio.yaml';
const EVENT = 'content/events/rubio-paris-talks.yaml';
const ARTICLE = 'content/articles/rubio-walks-away.md';

const kinds = (text: string) => findCharacterProblems(text).map((problem) => [problem.codePoint.toString(16), problem.kind]);

describe('findCharacterProblems', () => {
  test.each([
    ['U+202E RIGHT-TO-LEFT OVERRIDE', 'Marco \u202ERubio', [['202e', 'direction control']]],
    [
      'U+202A–E and U+2066–9, every one',
      '\u202A\u202B\u202C\u202D\u2066\u2067\u2068\u2069',
      ['202a', '202b', '202c', '202d', '2066', '2067', '2068', '2069'].map((hex) => [hex, 'direction control']),
    ],
    [
      'U+200E/F and U+061C direction marks',
      'a\u200Eb\u200Fc\u061C',
      [
        ['200e', 'direction control'],
        ['200f', 'direction control'],
        ['61c', 'direction control'],
      ],
    ],
    ['a zero-width space inside a name', 'Ru\u200Bbio', [['200b', 'invisible character']]],
    ['a zero-width joiner between Latin letters', 'Ru\u200Dbio', [['200d', 'invisible character']]],
    ['a word joiner', 'Ru\u2060bio', [['2060', 'invisible character']]],
    ['a byte-order mark inside the text', 'Rubio\uFEFF said', [['feff', 'invisible character']]],
    ['an invisible operator', 'a\u2062b', [['2062', 'invisible character']]],
    ['a control character', 'Rubio\u0007 said', [['7', 'control character']]],
    ['a C1 control character', 'Rubio\u0085 said', [['85', 'control character']]],
    ['a soft hyphen', 'negoti\u00ADations', [['ad', 'soft hyphen']]],
    ['a replacement character (text damaged by an encoding)', 'Zelensk\uFFFD', [['fffd', 'replacement character']]],
    ['a Unicode line separator', 'Rubio\u2028said', [['2028', 'line separator']]],
    ['an interlinear annotation character', 'a\uFFF9b', [['fff9', 'invisible character']]],
  ])('refuses %s', (_, text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['a leading byte-order mark (an encoding signature)', '\uFEFF---\nheadline: x'],
    ['tabs, line feeds and carriage returns', 'a\tb\r\nc\n'],
    ['no-break and thin spaces (typography)', '10\u00A0km, 5\u2009000'],
    ['a ZWNJ in Persian, where it is spelling', 'می\u200Cخواهم'],
    ['a ZWJ in Devanagari', 'क्\u200Dष'],
    ['a ZWJ in an emoji sequence', '👩\u200D💻'],
    ['a subdivision flag (tag characters after 🏴)', '🏴\u{E0067}\u{E0062}\u{E0065}\u{E006E}\u{E0067}\u{E007F}'],
    ['Arabic number signs (visible format characters)', '\u0600١٢'],
    ['Cyrillic, Greek, accents and curly quotes', 'Зеленський, Ελλάδα, Petrová, “quoted”'],
  ])('accepts %s', (_, text) => {
    expect(findCharacterProblems(text)).toEqual([]);
  });
});

describe('checkText: each refused character with its file, line, column, field and code point', () => {
  test('an actor name with a right-to-left override', () => {
    expect(checkText(ACTOR, 'name: Marco \u202ERubio\nkind: person\n', 'yaml')).toEqual({
      errors: [
        `${ACTOR}:1:13: name: U+202E RIGHT-TO-LEFT OVERRIDE, a direction control: it can make the text display in another order than it is written; delete it`,
      ],
      warnings: [],
    });
  });

  test('an alias with a zero-width joiner, named by its index', () => {
    const text = 'name: Marco Rubio\nkind: person\naliases:\n  - Marco\n  - Ru\u200Dbio\ndescription: x\n';
    expect(checkText(ACTOR, text, 'yaml').errors).toEqual([
      `${ACTOR}:5:7: aliases[1]: U+200D ZERO WIDTH JOINER, an invisible character: ` +
        'it splits words and names without showing (an alias would not match); delete it',
    ]);
  });

  test('an event title and an excerpt in a folded block', () => {
    const text = [
      'title: Rubio\u2066’s talks',
      'date: "2025-04-17"',
      'sources:',
      '  - article: rubio-walks-away',
      '    excerpt: >-',
      '      Rubio said \u200Bon Friday',
    ].join('\n');
    const { errors } = checkText(EVENT, text, 'yaml');
    expect(errors.map((error) => error.split(': U+')[0])).toEqual([`${EVENT}:1:13: title`, `${EVENT}:6:18: sources[0].excerpt`]);
    expect(errors[1]).toContain('U+200B ZERO WIDTH SPACE');
  });

  test('an article headline (a frontmatter field) and a body line, counted from the top of the file', () => {
    const text = [
      '---',
      'headline:',
      '  value: "Rubio \u202Ewalks away"',
      '  confidence: confirmed',
      '---',
      '',
      'Ru\u200Bbio said so.',
    ].join('\n');
    expect(checkText(ARTICLE, text, 'markdown').errors).toEqual([
      `${ARTICLE}:3:17: headline.value: U+202E RIGHT-TO-LEFT OVERRIDE, a direction control: ` +
        'it can make the text display in another order than it is written; delete it',
      `${ARTICLE}:7:3: body: U+200B ZERO WIDTH SPACE, an invisible character: it splits words and names without showing (an alias would not match); delete it`,
    ]);
  });

  test('soft hyphens: a warning in a body, an error in a title', () => {
    const text = [
      '---',
      'headline:',
      '  value: "Peace nego\u00ADtiations"',
      '---',
      '',
      'The negoti\u00ADations went on and re\u00ADsumed.',
    ].join('\n');
    const check = checkText(ARTICLE, text, 'markdown');
    expect(check.errors).toEqual([
      `${ARTICLE}:3:21: headline.value: U+00AD SOFT HYPHEN: soft hyphens are removed automatically only from article bodies; delete it`,
    ]);
    expect(check.warnings).toEqual([
      `${ARTICLE}:6:11: body: 2 soft hyphens (U+00AD) are removed from the page and the analysis ` +
        '(publishing convention; the file keeps them, as its raw text has them)',
    ]);
  });

  test('furniture and corrections.from are raw text, verbatim: not checked', () => {
    const text = [
      '---',
      'furniture:',
      '  - kind: navigation',
      '    text: "Share\u200B this"',
      'corrections:',
      '  - from: "Ru\u200Bbio"',
      '    to: Rubio',
      '    reason: x',
      '---',
      '',
      'Rubio said so.',
    ].join('\n');
    expect(checkText(ARTICLE, text, 'markdown')).toEqual({ errors: [], warnings: [] });
  });

  test('a corrections.to is checked (it is body text)', () => {
    const text = ['---', 'corrections:', '  - from: "Rubio"', '    to: "Ru\u200Bbio"', '---', '', 'Rubio said so.'].join('\n');
    expect(checkText(ARTICLE, text, 'markdown').errors[0]).toMatch(
      /^content\/articles\/rubio-walks-away\.md:4:12: corrections\[0\]\.to: U\+200B/,
    );
  });

  test('a file full of invisible characters lists ten and counts the rest', () => {
    const errors = checkText(ACTOR, `name: ${'x\u200B'.repeat(15)}\n`, 'yaml').errors;
    expect(errors).toHaveLength(11);
    expect(errors.at(-1)).toBe(`${ACTOR}: … and 5 more such characters`);
  });
});

describe('yamlPathAt', () => {
  test.each([
    [['name: x'], 0, 6, 'name'],
    [['aliases:', '  - A', '  - B'], 2, 4, 'aliases[1]'],
    [['aliases:', '- A', '- B'], 2, 2, 'aliases[1]'],
    [['roles:', '  - title: x', '    asOf: "2025"', '  - title: y'], 3, 11, 'roles[1].title'],
    [['headline:', '  value: x', '  note: y'], 2, 8, 'headline.note'],
    [['summary: >-', '  some text', '', '  more text'], 3, 4, 'summary'],
    [['- name: Black Sea', '  reason: a sea', '- name: Red Sea'], 2, 9, '[1].name'],
    [['# a comment', 'kind: person'], 1, 7, 'kind'],
  ])('%j line %i column %i → %s', (lines, line, column, path) => {
    expect(yamlPathAt(lines, line, column)).toBe(path);
  });
});

describe('NFC and soft hyphens before matching', () => {
  const matcher = createAliasMatcher(
    aliasesOf([{ slug: 'anna-petrova', name: 'Anna Petrová', aliases: ['Petrová'], kind: 'person' }]),
  );

  /** The body as the build gives it to the analysis: parsed, then remark-normalize-text. */
  function analysedBlocks(markdown: string) {
    const processor = unified()
      .use(remarkParse)
      .use(remarkNormalizeText, { isArticle: () => true });
    const tree = processor.runSync(processor.parse(markdown), new VFile({ path: `/site/${ARTICLE}`, value: markdown }));
    return bodyBlocksFromTree(tree as never);
  }

  test('normalizeBodyText composes and drops soft hyphens', () => {
    expect(normalizeBodyText('Petrova\u0301 nego\u00ADtiated')).toBe('Petrová negotiated');
  });

  test('a decomposed "á" in the body still matches the alias, and the quote gets its speaker', () => {
    const blocks = analysedBlocks('“No one is in a hurry,” Petrova\u0301 said.');
    const analysis = analyzeArticle({ slug: 'x', file: ARTICLE, blocks, published: '2025-04-18', curations: [] }, matcher);
    expect(analysis.mentions.map((mention) => mention.actor)).toEqual(['anna-petrova']);
    expect(analysis.quotes[0]?.speaker?.actor).toBe('anna-petrova');
  });

  test('a soft hyphen inside a name no longer splits it', () => {
    const blocks = analysedBlocks('Pet\u00ADrová said the talks went on.');
    expect(blocks[0]!.text).toBe('Petrová said the talks went on.');
    expect(matcher.findMentions(blocks).map((mention) => mention.text)).toEqual(['Petrová']);
  });

  test('other files are left as they are', () => {
    const processor = unified()
      .use(remarkParse)
      .use(remarkNormalizeText, { isArticle: () => false });
    const tree = processor.runSync(processor.parse('Pet\u00ADrová'), new VFile({ path: '/site/src/pages/about.md' }));
    expect(bodyBlocksFromTree(tree as never)[0]!.text).toBe('Pet\u00ADrová');
  });

  test.each([
    ['the body file keeps the soft hyphen its raw text has', 'negoti\u00ADations', 'negoti\u00ADations'],
    ['the body (as the build analyses it) lost the raw text’s soft hyphen', 'negoti\u00ADations', 'negotiations'],
    ['the raw text has a decomposed accent, the body the composed one', 'Petrova\u0301', 'Petrová'],
  ])('the fidelity check accounts for it: %s', (_, rawWord, bodyWord) => {
    const raw = `Rubio said the ${rawWord} would go on.\n`;
    const body = `Rubio said the ${bodyWord} would go on.\n`;
    expect(checkFidelity({ raw, body, furniture: [], corrections: [] })).toEqual({ ok: true });
    expect(checkFidelityOfBlocks({ raw, blocks: analysedBlocks(body), furniture: [], corrections: [] })).toEqual({ ok: true });
  });

  test('the fidelity check still sees a real change of word', () => {
    expect(
      checkFidelity({
        raw: 'Rubio said the negoti\u00ADations would go on.\n',
        body: 'Rubio said the talks would go on.\n',
        furniture: [],
        corrections: [],
      }).ok,
    ).toBe(false);
  });
});

describe('the invisible characters pages carry inside words (npm run add suggests deleting them)', () => {
  const word = 'Gen\u200Be\u2060va\u200B';
  test.each<[string, () => unknown, unknown]>([
    ['found', () => hasInvisibleCharacter(word), true],
    ['none in a plain word, nor a no-break space', () => hasInvisibleCharacter('Geneva\u00A0talks'), false],
    [
      'each listed once, in order',
      () => invisibleCharactersOf(word).map((char) => codePointNumber(char.codePointAt(0)!)),
      ['U+200B', 'U+2060'],
    ],
    ['removed', () => withoutInvisibleCharacters(word), 'Geneva'],
    ['shown as escapes', () => escapeInvisibleCharacters(word), 'Gen\\u200Be\\u2060va\\u200B'],
    ['a direction override is one of them', () => escapeInvisibleCharacters('a\u202Eb'), 'a\\u202Eb'],
  ])('%s', (_name, actual, expected) => {
    expect(actual()).toEqual(expected);
  });
});
