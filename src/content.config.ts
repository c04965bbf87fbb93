import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { articleSchema } from './schemas/article.ts';
import { actorSchema } from './schemas/actor.ts';
import { eventSchema } from './schemas/event.ts';
import { createSlugRegistry } from './corpus/slugs.ts';

// Content lives outside src/ (the design card's top-level content/), one folder per collection.
const contentRoot = process.env.DOSSIER_CONTENT_DIR ?? './content';

/** Ids come from file names; two files with the same slug stop the build. */
function slugIds(collection: string) {
  const register = createSlugRegistry(collection);
  return ({ entry }: { entry: string }) => register(entry);
}

const articles = defineCollection({
  loader: glob({ pattern: '*.md', base: `${contentRoot}/articles`, generateId: slugIds('articles') }),
  schema: articleSchema,
});

const actors = defineCollection({
  loader: glob({ pattern: '*.yaml', base: `${contentRoot}/actors`, generateId: slugIds('actors') }),
  schema: actorSchema,
});

const events = defineCollection({
  loader: glob({ pattern: '*.yaml', base: `${contentRoot}/events`, generateId: slugIds('events') }),
  schema: eventSchema,
});

export const collections = { articles, actors, events };
