/**
 * Editor CLI: adds an article from a raw text or a saved web page, in one command.
 *
 * Usage: npm run add -- <file> [--slug s] [--dry-run] [--published YYYY-MM-DD]
 *                              [--working-title "…"] [--outlet "…"] [--author "…"]
 *                              [--source-url https://…] [--encoding windows-1252]
 *        npm run add -- <folder/> [--dry-run] [--outlet "…"] …   (every .txt and .html in it)
 * A sidecar <file>.meta.yaml beside a file may give outlet, author, source-url, published,
 * working-title and slug; a flag wins over it.
 *
 * Drafts content/articles/<slug>.md (metadata from what the file says, the body, the page
 * furniture with the rule that caught each line), runs the build's checks on it (schema,
 * fidelity, analysis), prints one review, and, unless --dry-run or a check fails, copies the
 * file unedited to content/raw/ and writes the article. Never overwrites a file. A folder's files
 * are added one by one (a refused file is not written, the others are), then one summary table.
 * The command itself is scripts/ingest/add-command.ts (the tests run it in-process).
 */
import { enableCompileCache } from 'node:module';

// Most of a run is Node reading and type-stripping ~60 modules; its compile cache (in the OS temp
// folder) makes the next run start in a fraction of the time. The modules are imported after it.
enableCompileCache();
const { processIO } = await import('../lib/command-io.ts');
const { runAddCommand } = await import('../ingest/add-command.ts');

process.exitCode = await runAddCommand(process.argv.slice(2), processIO());
