import { z } from 'astro/zod';
import { confidenceSchema, sourcedFact } from './confidence.ts';
import { isoDateSchema } from './dates.ts';
import { quoteKindSchema } from './quote.ts';

/** Kinds of page furniture found mixed into raw article files. */
export const furnitureKindSchema = z.enum([
  'headline',
  'dek',
  'byline',
  'navigation',
  'section-label',
  'tag',
  'caption',
  'credit',
  'teaser',
  'embed',
  'related-link',
  'boilerplate',
  'comments',
  'newsletter',
]);

/** Frontmatter of one article in `content/articles/`. */
export const articleSchema = z
  .object({
    /** The headline as the outlet published it; null (unknown) when no copy shows it. */
    headline: sourcedFact(z.string().min(1)),
    /**
     * A neutral description used in place of an unknown headline; always shown marked as the
     * editors' description, never as the outlet's headline. Required when the headline is unknown.
     */
    workingTitle: z.string().min(1).optional(),
    /** The standfirst under the headline, where the outlet has one. */
    dek: sourcedFact(z.string().min(1)).optional(),
    /** The publication that printed the article. */
    outlet: sourcedFact(z.string().min(1)),
    /** Publication date; dates in the text ("on Friday") are resolved against it, so it must be set. */
    published: z
      .object({
        /** The date, `YYYY-MM-DD`. */
        value: isoDateSchema,
        /** How sure we are of the date; never `unknown`, because the analysis needs a date. */
        confidence: confidenceSchema.exclude(['unknown']),
        /** Why the date is believed, for the provenance box. */
        note: z.string().min(1).optional(),
      })
      .strict(),
    /** The byline; null when the page carries none. */
    author: sourcedFact(z.string().min(1)),
    /**
     * The article's address on the outlet's site; null when not known. Never guessed. Only web
     * addresses: it becomes a link, and `javascript:` or `data:` would run on a reader's page.
     */
    sourceUrl: sourcedFact(z.url({ protocol: /^https?$/, error: 'a web address starting with http:// or https://' })),
    /** File name in `content/raw/` of the original text this article was transcribed from. */
    raw: z
      .string()
      .regex(
        /^[\p{L}\p{M}\p{N}_.-]+\.txt$/u,
        'a file name in content/raw/ (letters of any script, digits, _ . -), like 000_c87b6e5096c43d11.txt',
      ),
    /**
     * The language of the article's text, a BCP 47 tag (`ar`, `zh-Hans`, `uk`), when a page or the
     * editor says it; the page then carries it (`lang`), so browsers, screen readers and search
     * treat the words as that language. Without it, the site's language is assumed only for text
     * in Latin script (src/lib/text-direction.ts).
     */
    language: z
      .string()
      .regex(/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{1,8})*$/, 'a language tag such as en, ar, zh-Hans')
      .optional(),
    /** Text of the raw file that is not article body, verbatim and in the order it appears. */
    furniture: z
      .array(
        z
          .object({
            /** What the removed text was on the page. */
            kind: furnitureKindSchema,
            /** The removed text, verbatim (whitespace may differ). */
            text: z.string().min(1),
          })
          .strict(),
      )
      .default([]),
    /** Edits made to the raw text, each shown to readers; `from` is verbatim raw text. */
    corrections: z
      .array(
        z
          .object({
            /** The text as the raw file has it. */
            from: z.string().min(1),
            /** The text as the body has it. */
            to: z.string().min(1),
            /** Why the change was made. */
            reason: z.string().min(1),
          })
          .strict(),
      )
      .default([]),
    /**
     * The slug of an article this one deliberately repeats (the same wire story in two outlets):
     * without it, an article with the same raw record, body or source address as another is
     * refused as added twice (src/load/duplicate-articles.ts).
     */
    duplicateOf: z.string().min(1).optional(),
    /**
     * Attributions checked by a person, overriding the automatic pass. Each names a quote by a
     * verbatim excerpt of its words; a curation that matches no quote fails the build.
     */
    attributions: z
      .array(
        z
          .object({
            /** A verbatim excerpt of the quoted words that picks out exactly one quote in this article. */
            quote: z.string().min(1),
            /** The speaker's actor slug, or null for an unnamed source. */
            speaker: z.string().min(1).nullable(),
            /** The article's own words for the speaker; required for an unnamed source. */
            speakerLabel: z.string().min(1).optional(),
            /** Overrides the automatic kind of the quote, when it got that wrong. */
            kind: quoteKindSchema.optional(),
            /** Why the automatic attribution was overridden. */
            reason: z.string().min(1),
          })
          .strict()
          .refine((a) => a.speaker !== null || a.speakerLabel !== undefined || a.kind === 'scare' || a.kind === 'title', {
            message: "an unnamed source needs a speakerLabel (the article's own words for it)",
            path: ['speakerLabel'],
          }),
      )
      .default([]),
  })
  .strict()
  .refine((article) => article.headline.value !== null || article.workingTitle !== undefined, {
    message: "the headline is unknown, so a workingTitle (the editors' description) is required",
    path: ['workingTitle'],
  });

export type ArticleData = z.infer<typeof articleSchema>;
