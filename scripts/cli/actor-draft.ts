/**
 * Editor CLI: drafts the actor file of a person the analysis found in the articles' text who has
 * no actor file yet (a provisional actor), from what the articles write about them.
 *
 * Usage: npm run actor:draft -- "Anna Petrova" [--write]
 *
 * Prints the draft (YAML, with the evidence and what to review as comments). With --write, saves
 * it as content/actors/<slug>.yaml after validating it, and never overwrites an existing file.
 * The command itself is scripts/ingest/draft-actor-command.ts (the tests run it in-process).
 */
import { processIO } from '../lib/command-io.ts';
import { runDraftActorCommand } from '../ingest/draft-actor-command.ts';

process.exitCode = await runDraftActorCommand(process.argv.slice(2), processIO());
