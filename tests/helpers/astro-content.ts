/**
 * Content as Astro reads it, without a build: a file parsed with Astro's own parsers, an entry
 * checked against a schema with the issues written as Astro writes them, and articles rendered
 * with the site's Markdown processor exactly as astro.config.mjs configures it (its plugins, in
 * its order, with its options, through `@astrojs/markdown-remark`). Unit tests use these to call
 * the validating functions the way the build calls them.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import type { z } from 'astro/zod';
import { vi } from 'vitest';
import { projectRoot } from './fixture-content.ts';

/**
 * Astro parses YAML with its own copy of js-yaml (4.x; the project's is 5.x), which reads an
 * unquoted `2025-04-18` as a Date: the copy the build uses, so a test sees what the build sees.
 */
const astroYaml = createRequire(path.join(projectRoot, 'node_modules/astro/package.json'))('js-yaml') as {
  load: (text: string, options?: { filename?: string }) => unknown;
};

/** A content file as Astro's loaders read it: its data (frontmatter or YAML) and, for Markdown, its body. */
export interface ContentEntry {
  file: string;
  data: Record<string, unknown>;
  /** The Markdown body, trimmed as Astro's Markdown entry type trims it; '' for a YAML file. */
  body: string;
}

/** Reads a `.md` or `.yaml` content file with the parser Astro uses for it. */
export function readEntry(file: string): ContentEntry {
  const text = readFileSync(file, 'utf8');
  if (file.endsWith('.md')) {
    // What astro/dist/vite-plugin-markdown/content-entry-type.js does.
    const parsed = parseFrontmatter(text, { frontmatter: 'empty-with-spaces' });
    return { file, data: parsed.frontmatter as Record<string, unknown>, body: parsed.content.trim() };
  }
  return { file, data: (astroYaml.load(text, { filename: file }) ?? {}) as Record<string, unknown>, body: '' };
}

/** The issues of an entry's data against its schema, as Astro reports them (`published.value: message`); [] when it passes. */
export function schemaProblems(schema: z.ZodType, data: unknown): string[] {
  const result = schema.safeParse(data);
  if (result.success) return [];
  // astro/dist/core/errors/errors-data.js, InvalidContentEntryDataError: `**${path.join('.')}**: ${message}`.
  return result.error.issues.map((issue) => `${issue.path.map(String).join('.')}: ${issue.message}`);
}

/** The parts of the site config the tests use. */
export interface SiteConfig {
  markdown: {
    syntaxHighlight?: unknown;
    processor: { createRenderer(shared: Record<string, unknown>): Promise<MarkdownRenderer> };
  };
}

/** Astro's Markdown renderer for the site's processor. */
export interface MarkdownRenderer {
  render(
    body: string,
    options: { frontmatter: Record<string, unknown>; fileURL?: URL },
  ): Promise<{ code: string; metadata: { frontmatter: Record<string, unknown> } }>;
}

/**
 * Loads astro.config.mjs for the content folder `contentDir`, as a build with
 * `DOSSIER_CONTENT_DIR=contentDir` does: it reads the actors there (and fails as the build fails
 * on them). Modules are reset first, so each call reads its own folder.
 */
export async function loadSiteConfig(contentDir: string): Promise<SiteConfig> {
  const previous = process.env.DOSSIER_CONTENT_DIR;
  process.env.DOSSIER_CONTENT_DIR = contentDir;
  try {
    vi.resetModules();
    const module = (await import('../../astro.config.mjs')) as { default: SiteConfig };
    return module.default;
  } finally {
    if (previous === undefined) delete process.env.DOSSIER_CONTENT_DIR;
    else process.env.DOSSIER_CONTENT_DIR = previous;
  }
}

/** The site's Markdown renderer, created as Astro creates it for a collection of Markdown entries. */
export function createRenderer(config: SiteConfig): Promise<MarkdownRenderer> {
  return config.markdown.processor.createRenderer({ syntaxHighlight: config.markdown.syntaxHighlight ?? false });
}

/**
 * Renders an article entry as Astro's glob loader does (the raw frontmatter, the trimmed body, the
 * file's URL) and returns what the plugins left in the rendered frontmatter (the analysis), or
 * throws what they threw. The plugins write into the frontmatter they are given; Astro has
 * validated it by then, so they get a copy here and `entry.data` stays as read.
 */
export async function renderEntry(renderer: MarkdownRenderer, entry: ContentEntry): Promise<Record<string, unknown>> {
  const result = await renderer.render(entry.body, { frontmatter: { ...entry.data }, fileURL: pathToFileURL(entry.file) });
  return result.metadata.frontmatter;
}
