/** A URL-safe identifier: lowercase letters and digits joined by single hyphens. */
export type Slug = string & { readonly __brand: 'Slug' };

/** The slug of a content file name: `Trump Talks.md` → `trump-talks`. */
export function slugFromFileName(fileName: string): Slug {
  return slugFromName(fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, ''));
}

/**
 * The slug of a name or any other phrase: `Anna Petrová` → `anna-petrova`. Unlike
 * `slugFromFileName`, nothing is taken for a folder or an extension ("St. Petersburg" keeps "Petersburg").
 */
export function slugFromName(name: string): Slug {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '') as Slug;
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

