import type { BodyBlock } from '../analysis/types.ts';

/** An event as the reference check sees it. */
export interface EventForValidation {
  file: string;
  slug: string;
  date: string;
  endDate?: string;
  actors: string[];
  sources: Array<{ article: string; excerpt: string }>;
  quotes: Array<{ article: string; quote: string }>;
}

/** What the check needs to know of the rest of the corpus. */
export interface ReferenceTargets {
  actorSlugs: ReadonlySet<string>;
  /** Body blocks of each article, by slug. */
  articleBlocks: ReadonlyMap<string, BodyBlock[]>;
  /** Quoted words of each article's quotes, by article slug, their space folded (`normalizeSpace`). */
  articleQuotes: ReadonlyMap<string, string[]>;
  /** Actors with at least one mention or quote anywhere. */
  mentionedActors: ReadonlySet<string>;
  /** Actors with their file and affiliation, to check affiliations and report unmentioned actors. */
  actors: Array<{ file: string; slug: string; affiliation?: string }>;
  /** Curated attributions naming a speaker, to check the speaker exists. */
  curatedSpeakers: Array<{ file: string; index: number; speaker: string }>;
}

/** Problems found: errors stop the build, warnings are printed. */
export interface ReferenceReport {
  errors: string[];
  warnings: string[];
}

/**
 * Collapses runs of whitespace, so a YAML-folded excerpt matches the article text, and normalises
 * to NFC, as article bodies are (src/plugins/remark-normalize-text.ts).
 */
export function normalizeSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim().normalize('NFC');
}

const WORD_CHARACTER = /[\p{L}\p{M}\p{N}]/u;

/**
 * Whether `excerpt` occurs in `text` as whole words: not starting or ending inside a longer word
 * ("ubio sai" is in "Rubio said", but is no excerpt of it). Both are normalised already.
 */
export function containsWholeWords(text: string, excerpt: string): boolean {
  if (excerpt === '') return false;
  const startsWithWord = WORD_CHARACTER.test(excerpt[0]!);
  const endsWithWord = WORD_CHARACTER.test(excerpt.at(-1)!);
  for (let at = text.indexOf(excerpt); at >= 0; at = text.indexOf(excerpt, at + 1)) {
    const before = text[at - 1];
    const after = text[at + excerpt.length];
    const cutsBefore = startsWithWord && before !== undefined && WORD_CHARACTER.test(before);
    const cutsAfter = endsWithWord && after !== undefined && WORD_CHARACTER.test(after);
    if (!cutsBefore && !cutsAfter) return true;
  }
  return false;
}

const normalizedTexts = new WeakMap<BodyBlock, string>();

/**
 * A block's text with its space folded (`normalizeSpace`), worked out once per block: every
 * excerpt of every event is looked for in its article's blocks, and one event may cite an article
 * thousands of times.
 */
export function normalizedBlockText(block: BodyBlock): string {
  let text = normalizedTexts.get(block);
  if (text === undefined) {
    text = normalizeSpace(block.text);
    normalizedTexts.set(block, text);
  }
  return text;
}

/** The id of the block whose text contains `excerpt` as whole words, or undefined. */
export function findExcerptBlock(blocks: BodyBlock[], excerpt: string): string | undefined {
  const wanted = normalizeSpace(excerpt);
  return blocks.find((block) => containsWholeWords(normalizedBlockText(block), wanted))?.id;
}

/**
 * Checks every reference between collections. Astro's `reference()` does not check that its
 * target exists, so this is what stops a dangling slug, an excerpt that is not in its article or
 * an impossible date range from reaching readers. Each message names the file and the field.
 */
export function validateReferences(events: EventForValidation[], targets: ReferenceTargets): ReferenceReport {
  const errors: string[] = [];
  const warnings: string[] = [];
  for (const event of events) {
    event.actors.forEach((actor, index) => {
      if (!targets.actorSlugs.has(actor)) errors.push(`${event.file}: actors[${index}]: unknown actor "${actor}"`);
    });
    event.sources.forEach((source, index) => {
      const blocks = targets.articleBlocks.get(source.article);
      if (!blocks) {
        errors.push(`${event.file}: sources[${index}].article: unknown article "${source.article}"`);
      } else if (!findExcerptBlock(blocks, source.excerpt)) {
        const wanted = normalizeSpace(source.excerpt);
        const insideWords = blocks.some((block) => normalizedBlockText(block).includes(wanted));
        errors.push(
          insideWords
            ? `${event.file}: sources[${index}].excerpt: "${wanted.slice(0, 80)}" occurs in the body of "${source.article}" ` +
                'only inside longer words; an excerpt starts and ends on word boundaries'
            : `${event.file}: sources[${index}].excerpt: not found in the body of "${source.article}": "${wanted.slice(0, 80)}"`,
        );
      }
    });
    event.quotes.forEach((link, index) => {
      const quotes = targets.articleQuotes.get(link.article);
      if (!quotes) {
        errors.push(`${event.file}: quotes[${index}].article: unknown article "${link.article}"`);
        return;
      }
      const wanted = normalizeSpace(link.quote);
      const matches = quotes.filter((text) => text.includes(wanted)).length;
      if (matches !== 1) {
        errors.push(
          `${event.file}: quotes[${index}].quote: "${link.quote.slice(0, 60)}" matches ${matches} quotes in "${link.article}" (needs exactly one)`,
        );
      }
    });
    if (event.endDate !== undefined && event.endDate < event.date) {
      errors.push(`${event.file}: endDate: ${event.endDate} is before the start date ${event.date}`);
    }
  }
  for (const actor of targets.actors) {
    if (actor.affiliation !== undefined && !targets.actorSlugs.has(actor.affiliation)) {
      errors.push(`${actor.file}: affiliation: unknown actor "${actor.affiliation}"`);
    }
    if (!targets.mentionedActors.has(actor.slug)) {
      warnings.push(`${actor.file}: the actor is never mentioned or quoted in any article`);
    }
  }
  for (const curated of targets.curatedSpeakers) {
    if (!targets.actorSlugs.has(curated.speaker)) {
      errors.push(`${curated.file}: attributions[${curated.index}].speaker: unknown actor "${curated.speaker}"`);
    }
  }
  return { errors, warnings };
}

/**
 * Warnings for articles published after the build date (today where it is latest on Earth): the
 * analysis resolves "on Friday" against the publication date, so a mistyped year (9999-12-31)
 * puts every date of the article in that year. A warning, not an error: an article may be dated
 * ahead of a build on purpose (an embargo).
 */
export function futurePublicationWarnings(articles: ReadonlyArray<{ file: string; published: string }>, today: string): string[] {
  return articles
    .filter((article) => article.published > today)
    .map(
      (article) =>
        `${article.file}: published.value: ${article.published} is after the build date (${today}); ` +
        'dates in the text ("on Friday") are resolved against it, so check the year',
    );
}
