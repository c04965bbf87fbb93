// @ts-check
// The benchmark's floor: the same articles as plain Astro Markdown pages, with no analysis, no
// corpus index and no other pages. `npm run bench` builds it with `--root scripts/bench/floor`
// and compares the product's build time with it. DOSSIER_FLOOR_PROCESSOR=unified renders with
// the unified processor (as the product does, minus its plugins); the default is Astro's own.
import path from 'node:path';
import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';

export default defineConfig({
  site: 'https://dossier.example.org',
  trailingSlash: 'always',
  build: { format: 'directory' },
  outDir: path.resolve(process.env.DOSSIER_OUT_DIR ?? './dist'),
  ...(process.env.DOSSIER_CACHE_DIR ? { cacheDir: path.resolve(process.env.DOSSIER_CACHE_DIR) } : {}),
  markdown: {
    syntaxHighlight: false,
    ...(process.env.DOSSIER_FLOOR_PROCESSOR === 'unified' ? { processor: unified({ smartypants: false, gfm: false }) } : {}),
  },
});
