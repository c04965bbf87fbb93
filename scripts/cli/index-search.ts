/**
 * Post-build step of `npm run build`: builds the Pagefind search index into dist/pagefind/ and
 * fails if it indexes fewer pages than the site marks as searchable.
 *
 * Usage: node scripts/cli/index-search.ts [distDir]   (default: DOSSIER_OUT_DIR, else dist)
 * The command itself is scripts/lib/search-index.ts.
 */
import { processIO } from '../lib/command-io.ts';
import { runIndexSearchCommand } from '../lib/search-index.ts';

process.exitCode = await runIndexSearchCommand(process.argv.slice(2), processIO());
