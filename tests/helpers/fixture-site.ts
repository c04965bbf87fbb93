/**
 * The fixture site: one build of the hostile fixture's base corpus (tests/fixtures/hostile/) with
 * every case that must build safely, a very long paragraph, text to normalise and people with no
 * actor file. Each addition brings its own files and is checked on its own pages, by
 * hostile-input, input-wiring and provisional-actors (tests/build/), which share the one build
 * (`sharedFixtureBuild`): a build costs 5–15 s, most of it Astro's fixed cost.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { inject } from 'vitest';
import { BASE_CASE, type FixtureBuild, type GeneratedFiles, sharedFixtureBuild } from './fixture-build.ts';
import { baseDir, caseFiles } from './fixture-content.ts';
import { SAFE_CASES } from './hostile-cases.ts';

/** The frontmatter every fixture article needs (the schema's required fields), around its body, pointing at its raw file. */
export function articleFile(
  raw: string,
  body: string,
  { headline = 'Rubio walks away', published = '2025-04-18', outlet = 'The Guardian' } = {},
): string {
  return [
    '---',
    'headline:',
    `  value: "${headline}"`,
    '  confidence: confirmed',
    'outlet:',
    `  value: ${outlet}`,
    '  confidence: confirmed',
    'published:',
    `  value: "${published}"`,
    '  confidence: confirmed',
    'author:',
    '  value: null',
    '  confidence: unknown',
    'sourceUrl:',
    '  value: null',
    '  confidence: unknown',
    `raw: ${raw}`,
    'furniture: []',
    '---',
    '',
    body,
  ].join('\n');
}

/** An article of paragraphs and its raw file (the build checks the body against it). */
function article(slug: string, published: string, headline: string, paragraphs: string[]): GeneratedFiles {
  return {
    [`articles/${slug}.md`]: articleFile(`${slug}.txt`, paragraphs.map((paragraph) => `${paragraph}\n`).join('\n'), {
      headline,
      published,
      outlet: 'The Fixture Times',
    }),
    [`raw/${slug}.txt`]: `${paragraphs.join('\n')}\n`,
  };
}

// ---------------------------------------------------------------------------------------------
// A very long paragraph (hostile-input): the analysis must stay near-linear in a paragraph's length

/** Sentences from the real articles: names, quotes, speech verbs and dates, as real text has them. */
const REAL_SENTENCES = [
  'Standing on a tarmac in Paris, the US secretary of state, Marco Rubio, issued a threat that the US could ' +
    'simply “move on” from mediating the biggest military conflict in Europe since the second world war.',
  '“We’re not going to continue to fly all over the world and do meeting after meeting after meeting if no progress is being made,” Rubio said.',
  'Rubio was on the phone with Sergei Lavrov, the Russian foreign minister, and met with Ukrainian officials and European leaders in Paris on Thursday.',
  'Moscow appears to see the situation as a win-win: either taking a favourable deal with the White House or waiting for Trump to lose patience.',
  'Diplomacy, it turns out, is hard.',
  'The 24 hours that Donald Trump promised he would need to halt the fighting in Ukraine have long since passed.',
  '“I mean, it’s just a lot of detail attached to it,” he said.',
  'There had been “some things … even in the past 24 hours” that he said could indicate a chance to secure a ceasefire.',
  'Trump’s envoy has spoken three times with Vladimir Putin, during which he has listened to the Kremlin leader’s thoughts on Ukraine for hours.',
];
export const LONG_PARAGRAPH_BYTES = 200 * 1024;
/**
 * A fixture build takes 5–15 s (more on a busy machine); with the long paragraph and the other
 * cases it may take a little longer, not minutes (an analysis that is quadratic in a paragraph's length would).
 */
const SAFE_BUILD_LIMIT_MS = 90_000;

/** ~200 KB of the real sentences in one paragraph. */
export function longParagraph(): string {
  const sentences: string[] = [];
  for (let bytes = 0, i = 0; bytes < LONG_PARAGRAPH_BYTES; i++) {
    const sentence = REAL_SENTENCES[i % REAL_SENTENCES.length]!;
    sentences.push(sentence);
    bytes += Buffer.byteLength(sentence) + 1;
  }
  return sentences.join(' ');
}

/** The base article's frontmatter around a short paragraph, the long one, and a short one, with its raw file. */
function longParagraphArticle(): GeneratedFiles {
  const base = readFileSync(path.join(baseDir, 'articles/trump-team-impatience-walk-away.md'), 'utf8');
  const frontmatter = base
    .slice(0, base.indexOf('\n---\n') + '\n---\n'.length)
    .replace(/^raw: .*$/m, 'raw: very-long-paragraph.txt');
  const body = ['Diplomacy, it turns out, is hard.', longParagraph(), 'Ukraine does not have that option.'];
  return {
    'articles/very-long-paragraph.md': `${frontmatter}\n${body.join('\n\n')}\n`,
    'raw/very-long-paragraph.txt': `${body.join('\n')}\n`,
  };
}

// ---------------------------------------------------------------------------------------------
// Text to normalise (input-wiring): soft hyphens and a decomposed accent, in an article dated in
// the future, about an actor whose file spells her name with the composed accent

export const NORMALISED_ARTICLE = 'horvat-soft-hyphens';
const NORMALISED_BODY =
  'Ivana Horva\u0301t, a Croatian deputy foreign minister, said the negoti\u00ADations would go on.\n\n“Zagreb ' +
  'will wait for the answer,” Horva\u0301t said on Friday.\n';
const NORMALISED_FILES: GeneratedFiles = {
  'actors/ivana-horvat.yaml':
    'name: Ivana Horvát\nkind: person\naliases:\n  - Horvát\ndescription: Croatian deputy foreign minister.\n',
  [`raw/${NORMALISED_ARTICLE}.txt`]: NORMALISED_BODY,
  [`articles/${NORMALISED_ARTICLE}.md`]: articleFile(`${NORMALISED_ARTICLE}.txt`, NORMALISED_BODY, { published: '9999-12-31' }),
};

// ---------------------------------------------------------------------------------------------
// People with no actor file (provisional-actors): an invented deputy minister quoted in two
// articles, and a name on the not-people list that the analysis must then leave alone

export const GENEVA = 'talks-resume-in-geneva';
export const MOSCOW = 'moscow-answers-the-plan';
const PROVISIONAL_FILES: GeneratedFiles = {
  ...article(GENEVA, '2025-05-07', 'Talks resume in Geneva', [
    'Talks between Russia and Ukraine resumed in Geneva on Tuesday.',
    '“No one is in a hurry,” Deputy Foreign Minister Anna Petrova told reporters after the first session.',
    '“The door is open,” Petrova said.',
  ]),
  ...article(MOSCOW, '2025-06-02', 'Moscow answers the plan', [
    'Moscow sent its answer to the plan on Monday.',
    '“We have read it carefully,” Deputy Foreign Minister Anna Petrova said in a statement.',
    '“Shipping will not stop,” said Oleg Sokolov, the port director.',
  ]),
  // Listed as never a person: his quote keeps no speaker, and he gets no page.
  'not-people.yaml': '- name: Oleg Sokolov\n  reason: an invented name, listed to check the list is applied\n',
};

// ---------------------------------------------------------------------------------------------
// An article in Arabic (input-wiring): a Unicode slug and raw name, its words marked as of unknown
// language (nobody gave one) and right to left, the site's own labels staying English

export const ARABIC_ARTICLE = 'محادثات-جنيف';
const ARABIC_FILES = article(ARABIC_ARTICLE, '2025-05-08', 'محادثات السلام تستأنف في جنيف', [
  'استؤنفت المحادثات بين روسيا وأوكرانيا في جنيف يوم الثلاثاء، بحسب ما قال دبلوماسيون.',
  'وقال المتحدث إن الجولة المقبلة ستعقد في لندن.',
]);

// ---------------------------------------------------------------------------------------------

const GENERATED_FILES: GeneratedFiles = { ...longParagraphArticle(), ...NORMALISED_FILES, ...PROVISIONAL_FILES, ...ARABIC_FILES };

/** How many articles the fixture site has: the base's, the safe cases' and the generated ones. */
export const FIXTURE_SITE_ARTICLES = new Set(
  [
    ...readdirSync(path.join(baseDir, 'articles')).map((file) => `articles/${file}`),
    ...SAFE_CASES.flatMap(caseFiles),
    ...Object.keys(GENERATED_FILES),
  ].filter((file) => /^articles\/[^/]+\.md$/.test(file)),
).size;

/** The fixture site, built once per test run for every file that reads it. */
export function fixtureSite(): Promise<FixtureBuild> {
  return sharedFixtureBuild(inject('fixtureRunId'), 'site', BASE_CASE, {
    alsoCases: [...SAFE_CASES],
    files: GENERATED_FILES,
    timeoutMs: SAFE_BUILD_LIMIT_MS,
  });
}
