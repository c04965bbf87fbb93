import { z } from 'astro/zod';
import { enumeration } from './enumeration.ts';

/**
 * How sure we are of a metadata fact, as recorded in the corpus notes (`CONFIDENCE_LEVELS`), with
 * what each level means (`confidenceExplanations`; the pages' words are in `outputs/reader-labels.ts`):
 * - `confirmed`: a stored copy of the page, or the outlet itself, shows it;
 * - `editor`: the editor who added the article gave it (the outlet, author or address they took it
 *   from: `npm run add --outlet`, or a sidecar file); it was not read from the saved copy;
 * - `secondary`: another outlet reports it;
 * - `inferred`: deduced from the article text alone;
 * - `unknown`: not known; the value is then null.
 * The levels are declared from the surest down (`CONFIDENCE_LEVELS` keeps that order).
 */
export const {
  codes: CONFIDENCE_LEVELS,
  schema: confidenceSchema,
  labels: confidenceExplanations,
} = enumeration({
  confirmed: 'Confirmed: a stored copy of the page, or the outlet itself, shows it.',
  editor: 'Given by the editor: the editor who added the article gave it; it was not read from the saved copy.',
  secondary: 'Secondary: reported by another outlet, not seen on the original page.',
  inferred: 'Inferred from the article text alone.',
  unknown: 'Unknown: no reliable source gives it.',
});
export type Confidence = (typeof CONFIDENCE_LEVELS)[number];

/** A fact's note ("inferred from the text …") as a sentence for the provenance box: capital first, one full stop. */
export function asSentence(note: string): string {
  const text = note.trim().replace(/[.\s]+$/, '');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

/**
 * A metadata value together with how sure we are of it. An `unknown` fact has a null value,
 * and a null value must be `unknown`: nothing is invented to fill a gap.
 */
export function sourcedFact<T extends z.ZodType>(value: T) {
  return z
    .object({
      /** The fact itself, or null when it is not known. */
      value: value.nullable(),
      /** How sure we are of the value. */
      confidence: confidenceSchema,
      /** Where the fact comes from or why it is uncertain, for the provenance box. */
      note: z.string().min(1).optional(),
    })
    .strict()
    .refine((fact: { value?: unknown; confidence: Confidence }) => (fact.value === null) === (fact.confidence === 'unknown'), {
      message: 'a null value must have confidence "unknown", and an unknown fact must be null',
      path: ['confidence'],
    });
}
