/**
 * Editor CLI: adds an article from a raw text or a saved web page, in one command.
 *
 * Usage: npm run add -- <file> [--slug s] [--dry-run] [--published YYYY-MM-DD]
 *                              [--working-title "…"] [--encoding windows-1252]
 *
 * Drafts content/articles/<slug>.md (metadata from what the file says, the body, the page
 * furniture with the rule that caught each line), runs the build's checks on it (schema,
 * fidelity, analysis), prints one review, and, unless --dry-run or a check fails, copies the
 * file unedited to content/raw/ and writes the article. Never overwrites a file.
 * The command itself is scripts/ingest/add-command.ts (the tests run it in-process).
 */
import { enableCompileCache } from 'node:module';

// Most of a run is Node reading and type-stripping ~60 modules; its compile cache (in the OS temp
// folder) makes the next run start in a fraction of the time. The modules are imported after it.
enableCompileCache();
const { processIO } = await import('../lib/command-io.ts');
const { runAddCommand } = await import('../ingest/add-command.ts');

process.exitCode = await runAddCommand(process.argv.slice(2), processIO());
