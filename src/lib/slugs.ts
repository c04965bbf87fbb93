import { slugText } from './slug-text.ts';

/**
 * An identifier for addresses: lower-case letters and digits joined by single hyphens. Latin
 * letters lose their accents and Greek and Cyrillic are transliterated (`ελλάδα` → `ellada`);
 * letters of other scripts are kept as they are, so no part of a name is ever dropped
 * (src/lib/slug-text.ts).
 */
export type Slug = string & { readonly __brand: 'Slug' };

/** The slug of a content file name: `Trump Talks.md` → `trump-talks`. */
export function slugFromFileName(fileName: string): Slug {
  return slugFromName(fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, ''));
}

/**
 * The slug of a name or any other phrase: `Anna Petrová` → `anna-petrova`, `Зеленський` →
 * `zelenskiy` (`slugText`, src/lib/slug-text.ts). Unlike `slugFromFileName`, nothing is taken for
 * a folder or an extension ("St. Petersburg" keeps "Petersburg").
 */
export function slugFromName(name: string): Slug {
  return slugText(name) as Slug;
}

/** True when `text` is already a slug: what a content file must be named (plus its extension). */
export function isSlug(text: string): text is Slug {
  return text !== '' && slugText(text) === text;
}

/**
 * Remembers which file produced each slug and fails on a second file with the same slug, naming
 * both, so two articles can never silently share a URL.
 */
export function createSlugRegistry(collection: string) {
  const fileBySlug = new Map<string, string>();
  return function register(file: string): Slug {
    const slug = slugFromFileName(file);
    if (!slug) throw new Error(`${collection}/${file}: slug: the file name gives an empty slug`);
    const previous = fileBySlug.get(slug);
    if (previous !== undefined && previous !== file) {
      throw new Error(`${collection}/${file}: slug: "${slug}" is already used by ${collection}/${previous}`);
    }
    fileBySlug.set(slug, file);
    return slug;
  };
}
