/**
 * The hostile-input cases of `tests/fixtures/hostile/cases/`, in one table. Each rejected case is
 * tested where its check lives, as a function call on the fixture's own files
 * (tests/unit/load/hostile-input.test.ts); a few of them, and every case that must build safely, are
 * also built with the real `astro build` (tests/build/hostile-input.test.ts) to show the checks
 * are wired into the build.
 */

/** Where a rejected case is caught, in the order the build meets them. */
export type CheckStage =
  /** The site config, before any content is read: the actor registry (`loadActorRegistry`). */
  | 'config'
  /** Astro's glob loader: the slug registry (`createSlugRegistry`, the collections' `generateId`). */
  | 'slug'
  /** Astro validates each entry with its collection's schema (`src/schemas/`). */
  | 'schema'
  /** Astro renders each article with the Markdown plugins (astro.config.mjs). */
  | 'markdown'
  /** The corpus index: an article's body against its raw file (`src/load/raw-fidelity.ts`). */
  | 'fidelity'
  /** The corpus index: references between collections (`src/load/validate-references.ts`). */
  | 'references';

/** A case the build must stop on, naming every one of `files` and the `field`. */
export interface RejectedCase {
  /** Folder under `tests/fixtures/hostile/cases/`. */
  name: string;
  /** What the input is. */
  input: string;
  stage: CheckStage;
  files: string[];
  field: string;
}

const rejected = (name: string, input: string, stage: CheckStage, files: string | string[], field: string): RejectedCase => ({
  name,
  input,
  stage,
  files: [files].flat(),
  field,
});

export const REJECTED_CASES: readonly RejectedCase[] = [
  rejected('missing-headline', 'an article with no headline', 'schema', 'no-headline.md', 'headline'),
  rejected('wrong-typed-field', 'outlet: 42', 'schema', 'outlet-is-a-number.md', 'outlet'),
  rejected('impossible-date', 'published "2025-02-30"', 'schema', 'february-thirtieth.md', 'published.value'),
  rejected('unquoted-date', 'published 2025-04-18 unquoted', 'schema', 'unquoted-date.md', 'published.value'),
  rejected('unknown-confidence', 'confidence: probable', 'schema', 'probable-confidence.md', 'headline.confidence'),
  rejected('duplicate-slug', 'Peace-Talks.md and peace-talks.md', 'slug', ['Peace-Talks.md', 'peace-talks.md'], 'slug'),
  rejected('empty-body', 'frontmatter and no body', 'markdown', 'frontmatter-only.md', 'body'),
  rejected(
    'body-drifted-from-raw',
    'a body with a word changed from its raw file (the fidelity check, issue 13)',
    'fidelity',
    'paraphrased-paragraph.md',
    'body',
  ),
  rejected('unknown-frontmatter-key', 'an unknown frontmatter key (tags)', 'schema', 'extra-tags-key.md', 'tags'),
  rejected(
    'event-unknown-actor',
    'an event naming an actor with no file',
    'references',
    'talks-with-unlisted-envoy.yaml',
    'actors[1]',
  ),
  rejected(
    'event-unknown-article',
    'an event citing an article that does not exist',
    'references',
    'source-article-missing.yaml',
    'sources[0].article',
  ),
  rejected(
    'event-excerpt-not-in-article',
    'an event excerpt paraphrasing its article',
    'references',
    'paraphrased-excerpt.yaml',
    'sources[0].excerpt',
  ),
  rejected(
    'event-ends-before-it-starts',
    'an event whose endDate is before its date',
    'references',
    'ends-before-it-starts.yaml',
    'endDate',
  ),
  rejected('alias-claimed-twice', 'the alias "Rubio" on two actors', 'config', 'rubio-family-foundation.yaml', 'aliases'),
  rejected(
    'attribution-matches-no-quote',
    'a curated attribution whose quote is not in the article',
    'markdown',
    'stale-attribution.md',
    'attributions[0].quote',
  ),
  rejected('script-tag-in-body', '<script>alert(1)</script> in the body', 'markdown', 'script-in-body.md', 'body'),
  rejected('img-onerror-in-body', '<img src=x onerror=alert(1)> in the body', 'markdown', 'img-onerror-in-body.md', 'body'),
  rejected('javascript-link-in-body', '[link](javascript:alert(1)) in the body', 'markdown', 'javascript-link.md', 'body'),
  rejected(
    'entity-encoded-javascript-link',
    '[link](&#x6A;avascript&#58;alert(1)) in the body',
    'markdown',
    'entity-encoded-link.md',
    'body',
  ),
  rejected(
    'javascript-source-url',
    'sourceUrl.value "javascript:alert(1)" (rendered as the provenance link)',
    'schema',
    'javascript-source-url.md',
    'sourceUrl.value',
  ),
];

/**
 * Rejected cases also built for real, one per way a check reaches the build: Astro's content
 * layer (a schema), an article render error that the corpus index turns into a failed build, and
 * the corpus index's own reference check.
 */
export const WIRING_CASES: readonly string[] = ['unquoted-date', 'script-tag-in-body', 'event-unknown-actor'];

/** Cases that must build, safely; built together, in one build, each checked on the built site. */
export const SAFE_CASES: readonly string[] = ['markup-in-headline', 'cyrillic-names', 'crlf-and-bom'];

/** A rejected case by name. */
export function rejectedCase(name: string): RejectedCase {
  const found = REJECTED_CASES.find((item) => item.name === name);
  if (!found) throw new Error(`No rejected case "${name}" in tests/helpers/hostile-cases.ts`);
  return found;
}

/**
 * A field name as the messages write it (`published.value`, `sources[0].excerpt`), not as part
 * of a longer word or of a file name (`no-headline.md` does not name the field `headline`).
 */
export function fieldPattern(field: string): RegExp {
  const escaped = field.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(String.raw`(?<![\w./\[\]-])${escaped}(?![\w-]|\.md|\.yaml)`);
}
