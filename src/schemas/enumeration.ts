import { z } from 'astro/zod';

/** A closed list of codes, declared once with each code's words for readers. */
export interface Enumeration<Code extends string> {
  /** The codes, in the order the labels are declared (the order schemas name them in errors). */
  codes: readonly [Code, ...Code[]];
  /** Accepts exactly the codes. */
  schema: z.ZodEnum<{ [C in Code]: C }>;
  /** Each code's words for readers. */
  labels: Readonly<Record<Code, string>>;
}

/**
 * An enumeration from its labels: the codes are the labels' keys, in order, so a code cannot be
 * listed without its words or its words without the code.
 */
export function enumeration<Code extends string>(labels: Record<Code, string>): Enumeration<Code> {
  const codes = Object.keys(labels) as [Code, ...Code[]];
  return { codes, schema: z.enum(codes), labels };
}
