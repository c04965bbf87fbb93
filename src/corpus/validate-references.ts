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
  /** Quoted words of each article's quotes, by article slug. */
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

/** Collapses runs of whitespace, so a YAML-folded excerpt matches the article text. */
export function normalizeSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The id of the block whose text contains `excerpt`, or undefined. */
export function findExcerptBlock(blocks: BodyBlock[], excerpt: string): string | undefined {
  const wanted = normalizeSpace(excerpt);
  return blocks.find((block) => normalizeSpace(block.text).includes(wanted))?.id;
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
        errors.push(
          `${event.file}: sources[${index}].excerpt: not found in the body of "${source.article}": "${normalizeSpace(source.excerpt).slice(0, 80)}"`,
        );
      }
    });
    event.quotes.forEach((link, index) => {
      const quotes = targets.articleQuotes.get(link.article);
      if (!quotes) {
        errors.push(`${event.file}: quotes[${index}].article: unknown article "${link.article}"`);
        return;
      }
      const matches = quotes.filter((text) => normalizeSpace(text).includes(normalizeSpace(link.quote))).length;
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
