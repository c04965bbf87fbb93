// @ts-check
// The product's own Astro config, unchanged, with Astro's cache moved to a folder of the
// benchmark's choosing: every benchmark build then starts cold, and parallel builds in the same
// checkout (tests, other benchmarks) do not share or clobber node_modules/.astro.
import path from 'node:path';
import config from '../../astro.config.mjs';

export default {
  ...config,
  ...(process.env.DOSSIER_CACHE_DIR ? { cacheDir: path.resolve(process.env.DOSSIER_CACHE_DIR) } : {}),
};
