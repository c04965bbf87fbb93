// @ts-check
import path from 'node:path';
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import { loadActorRegistry } from './src/load/actor-registry.ts';
import { aliasRedirects } from './src/corpus/alias-redirects.ts';
import { loadNotPeople } from './src/load/not-people.ts';
import { registeredNames } from './src/analysis/attribution/provisional-people.ts';
import dataLossGuard from './src/integrations/data-loss-guard.ts';
import outputCharactersGuard from './src/integrations/output-characters-guard.ts';
import siteAddressNotice from './src/integrations/site-address-notice.ts';
import { markdownPlugins } from './src/plugins/markdown-plugins.ts';
import { siteMarkdownProcessor } from './src/plugins/markdown-processor.ts';
import { renderInputPaths, renderInputsDigest } from './src/plugins/render-inputs-digest.ts';
import { parseSiteAddress } from './src/lib/site-address.ts';

// The content folder can be swapped (test fixtures, benchmark corpora) without touching the real one.
const contentRoot = path.resolve(process.env.DOSSIER_CONTENT_DIR ?? './content');
const articlesDir = path.join(contentRoot, 'articles') + path.sep;
/** @param {string} filePath */
const isArticle = (filePath) => path.resolve(filePath).startsWith(articlesDir);

// Actors are read once, before Astro's collections exist, to build the mention matcher the
// Markdown plugins share. The actors collection validates the same files.
const actors = loadActorRegistry(path.join(contentRoot, 'actors'));
// Names an editor listed as never people, read and validated once like the actors.
const notPeopleFile = path.join(contentRoot, 'not-people.yaml');
const notPeople = loadNotPeople(notPeopleFile);
// Rendered articles are cached by Astro under their own file's digest; this one covers what else
// they all depend on (the not-people list, analysis and plugin code), so a warm cache never serves
// stale analysis. Actor edits are handled per article (src/load/slim-article-store.ts).
const renderInputs = renderInputsDigest(renderInputPaths(contentRoot));
// Where the site is published: one setting, SITE=https://news.example.net/dossier/, gives Astro's
// `site` and `base` (src/lib/site-address.ts); src/lib/urls.ts reads the same setting for links.
const address = parseSiteAddress(process.env.SITE);
// Alias URLs (/actors/zelensky/) only lead to canonical pages; they stay out of the sitemap.
const aliasPaths = new Set([...aliasRedirects(actors.entries).keys()].map((alias) => `${address?.base ?? '/'}actors/${alias}/`));

export default defineConfig({
  site: address?.site,
  base: address?.base ?? '/',
  trailingSlash: 'always',
  build: { format: 'directory' },
  outDir: process.env.DOSSIER_OUT_DIR ?? './dist',
  experimental: {
    // A page whose getStaticPaths() cacheKey and code are unchanged is copied from the last build
    // instead of rendered again (src/corpus/page-cache-keys.ts): adding one article to a large
    // archive renders that article's page, not every article's.
    incrementalBuild: true,
  },
  // The data-loss guard runs after every build: each article page must show every block of its
  // article, and each exported quote must be in its paragraph (src/load/built-pages.ts).
  integrations: [
    // A sitemap lists full URLs, so it exists only when the site has an address.
    ...(address ? [sitemap({ filter: (page) => !aliasPaths.has(new URL(page).pathname) })] : []),
    siteAddressNotice(address),
    dataLossGuard({ contentDir: contentRoot, renderInputs }),
    outputCharactersGuard({ renderInputs }),
  ],
  security: {
    // A strict policy on every page: hashes for Astro's own scripts and styles, nothing inline
    // otherwise, and nothing from another origin. The search page adds 'wasm-unsafe-eval' for
    // Pagefind's WebAssembly (src/pages/search/index.astro).
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "worker-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
  markdown: {
    // Articles have no code; Shiki's inline styles would break the strict CSP.
    syntaxHighlight: false,
    // Astro's unified pipeline with the site's plugins, less the passes an article never needs
    // (src/plugins/markdown-processor.ts). Smart punctuation and GitHub-flavoured Markdown stay off:
    // the outlets' punctuation is kept as published (straight quotes stay straight).
    // Unsafe markup refused, text normalised, the article analysed; then paragraph ids, quote,
    // date and actor markup (src/plugins/markdown-plugins.ts).
    processor: siteMarkdownProcessor(
      markdownPlugins({
        isArticle,
        matcher: actors.matcher,
        notPeople,
        registeredNames: registeredNames(actors.entries),
        renderInputs,
        actorsDir: path.join(contentRoot, 'actors'),
      }),
    ),
  },
});
