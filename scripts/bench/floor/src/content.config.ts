import path from 'node:path';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

// A plain glob collection: no schema, no analysis; the floor measures Astro alone.
const articles = defineCollection({
  loader: glob({
    pattern: '*.md',
    base: path.join(path.resolve(process.env.DOSSIER_CONTENT_DIR ?? '../../../content'), 'articles'),
  }),
});

export const collections = { articles };
