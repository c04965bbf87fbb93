import { z } from 'astro/zod';
import { isoDateSchema } from './dates.ts';
import { enumeration } from './enumeration.ts';

/** What sort of actor an entry is (`ACTOR_KINDS`), each kind in words for readers, of one actor (the actor page). */
export const {
  codes: ACTOR_KINDS,
  schema: actorKindSchema,
  labels: ACTOR_KIND_LABELS,
} = enumeration({
  person: 'Person',
  organization: 'Organization',
  country: 'Country or group of states',
  media: 'News medium',
});
export type ActorKind = (typeof ACTOR_KINDS)[number];

/** Each kind in words for readers, of several actors (the actors index's headings). */
export const ACTOR_KIND_PLURAL_LABELS = {
  person: 'People',
  organization: 'Organizations',
  country: 'Countries and groups of states',
  media: 'Media',
} satisfies Record<ActorKind, string>;

/** One actor in `content/actors/<slug>.yaml`: a person, organization, country or medium. */
export const actorSchema = z
  .object({
    /** Full name, the canonical spelling used in headings. */
    name: z.string().min(1),
    /** What sort of actor this is. */
    kind: actorKindSchema,
    /** Roles as the articles give them, each with a date on which the actor held it. */
    roles: z
      .array(
        z
          .object({
            /** The role in the articles' words, e.g. "US secretary of state". */
            title: z.string().min(1),
            /** A date on which the articles show the actor holding the role, `YYYY-MM-DD`. */
            asOf: isoDateSchema,
          })
          .strict(),
      )
      .default([]),
    /** Slug of the actor this one belongs to or serves (a minister's country, an envoy's government). */
    affiliation: z.string().min(1).optional(),
    /**
     * Other ways the articles write the name: surnames, spelling variants (Zelensky), titles used
     * as names. Matched case-sensitively as whole words; omit surnames that are common words.
     */
    aliases: z.array(z.string().min(1)).default([]),
    /** A short, neutral description drawn from the articles. */
    description: z.string().min(1),
    /** Where the full name comes from when the articles give only part of it. */
    nameNote: z.string().min(1).optional(),
  })
  .strict();

export type ActorData = z.infer<typeof actorSchema>;
