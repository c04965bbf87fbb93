import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineCollection } from 'astro:content';
import { glob, type Loader, type LoaderContext } from 'astro/loaders';
import { articleSchema } from './schemas/article.ts';
import { actorSchema } from './schemas/actor.ts';
import { eventSchema } from './schemas/event.ts';
import { todayAnywhere } from './schemas/dates.ts';
import {
  checkCollectionFolder,
  checkContentRoot,
  displayPath,
  throwOnErrors,
  type ContentCheck,
  type ContentCollection,
} from './load/content-files.ts';
import { createSlugRegistry } from './lib/slugs.ts';
import { futurePublicationWarnings } from './load/validate-references.ts';
import { actorFingerprints, actorSetOf } from './load/article-records.ts';
import { loadActorFiles } from './load/load-actors.ts';
import { slimArticleStore } from './load/slim-article-store.ts';
import { renderInputPaths, renderInputsDigest } from './plugins/render-inputs-digest.ts';

// Content lives outside src/ (the design card's top-level content/), one folder per collection.
const contentRoot = process.env.DOSSIER_CONTENT_DIR ?? './content';

/** Ids come from file names; two files with the same slug stop the build. */
function slugIds(collection: string) {
  const register = createSlugRegistry(collection);
  return ({ entry }: { entry: string }) => register(entry);
}

/**
 * Astro's glob loader for one collection folder, after the checks it does not make: every file
 * in the folder is read (no `x.MD`, `x.yml` or subfolder ignored silently), named by its slug,
 * valid UTF-8 and free of invisible or direction-changing characters (src/load/content-files.ts).
 * The articles' loader also checks the rest of the content folder (raw texts, not-people.yaml)
 * and warns about publication dates after the build date.
 */
function checkedGlob(collection: ContentCollection, pattern: string, after?: (context: LoaderContext) => void): Loader {
  const base = `${contentRoot}/${collection}`;
  const inner = glob({ pattern, base, generateId: slugIds(collection) });
  return {
    ...inner,
    name: 'dossier-checked-glob',
    async load(context) {
      const check: ContentCheck = checkCollectionFolder(path.resolve(base), collection);
      if (collection === 'articles') {
        const root = checkContentRoot(path.resolve(contentRoot));
        check.errors.unshift(...root.errors);
        check.warnings.unshift(...root.warnings);
      }
      for (const warning of throwOnErrors(check, `Content files in ${displayPath(path.resolve(base))}/ are invalid`))
        context.logger.warn(warning);
      await inner.load(collection === 'articles' ? { ...context, store: slimStore(context) } : context);
      after?.(context);
    },
  };
}

/**
 * The articles' store, slimmed (src/load/slim-article-store.ts): each render goes to a record file
 * in Astro's cache folder, and an actor edit re-renders only the articles it can touch.
 */
function slimStore(context: LoaderContext): LoaderContext['store'] {
  return slimArticleStore(context.store, {
    recordDir: fileURLToPath(new URL('dossier-articles/', context.config.cacheDir)),
    renderInputs: renderInputsDigest(renderInputPaths(contentRoot)),
    actors: actorSetOf(actorFingerprints(loadActorFiles(path.resolve(contentRoot, 'actors')))),
    root: fileURLToPath(context.config.root),
  });
}

/** Warns about each article dated after today (where it is latest on Earth). */
function warnAboutFutureArticles(context: LoaderContext): void {
  const articles = [...context.store.values()].map((entry) => ({
    file: entry.filePath ?? entry.id,
    published: String((entry.data as { published?: { value?: unknown } }).published?.value ?? ''),
  }));
  for (const warning of futurePublicationWarnings(articles, todayAnywhere())) context.logger.warn(warning);
}

const articles = defineCollection({
  loader: checkedGlob('articles', '*.md', warnAboutFutureArticles),
  schema: articleSchema,
});

const actors = defineCollection({
  loader: checkedGlob('actors', '*.yaml'),
  schema: actorSchema,
});

const events = defineCollection({
  loader: checkedGlob('events', '*.yaml'),
  schema: eventSchema,
});

export const collections = { articles, actors, events };
