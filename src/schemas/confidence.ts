import { z } from 'astro/zod';

/**
 * How sure we are of a metadata fact, as recorded in the corpus notes:
 * - `confirmed`: a stored copy of the page, or the outlet itself, shows it;
 * - `secondary`: another outlet reports it;
 * - `inferred`: deduced from the article text alone;
 * - `unknown`: not known; the value is then null.
 */
export const confidenceSchema = z.enum(['confirmed', 'secondary', 'inferred', 'unknown']);
export type Confidence = z.infer<typeof confidenceSchema>;

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
