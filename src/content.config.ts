import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { articleSchema } from './schemas/article.ts';
import { actorSchema } from './schemas/actor.ts';

// Content lives outside src/ (the design card's top-level content/), one folder per collection.
const contentRoot = process.env.DOSSIER_CONTENT_DIR ?? './content';

const articles = defineCollection({
  loader: glob({ pattern: '*.md', base: `${contentRoot}/articles` }),
  schema: articleSchema,
});

const actors = defineCollection({
  loader: glob({ pattern: '*.yaml', base: `${contentRoot}/actors` }),
  schema: actorSchema,
});

export const collections = { articles, actors };
