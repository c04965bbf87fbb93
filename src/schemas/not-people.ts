import { z } from 'astro/zod';

/**
 * One entry of `content/not-people.yaml`: a capitalised phrase the analysis would otherwise take
 * for a person's name (a place, a street, a ship), listed so it is never made a provisional actor.
 */
export const notPersonSchema = z
  .object({
    /** The phrase exactly as the articles write it ("Black Sea"); matched case-sensitively. */
    name: z.string().trim().min(1),
    /** Why it is not a person, for the next editor ("a sea", "a street in Kyiv"). */
    reason: z.string().trim().min(1),
  })
  .strict();

/** `content/not-people.yaml`: a YAML list of entries; an empty list (`[]`) when there are none. */
export const notPeopleSchema = z.array(notPersonSchema);

export type NotPerson = z.infer<typeof notPersonSchema>;
