import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { slugFromName } from '../../src/lib/slugs.ts';
import { contentRootOf, type CommandIO } from '../lib/command-io.ts';

/**
 * `npm run actor:draft` (scripts/cli/actor-draft.ts): drafts the actor file of a person the analysis
 * found in the articles' text who has no actor file yet (a provisional actor), from what the
 * articles write about them.
 *
 * Prints the draft (YAML, with the evidence and what to review as comments). With --write, saves
 * it as content/actors/<slug>.yaml after validating it, and never overwrites an existing file.
 */

/** Runs `npm run actor:draft` with `args` (the arguments after the script's name); returns the exit code. */
export async function runDraftActorCommand(args: string[], io: CommandIO): Promise<number> {
  const fail = (message: string): number => {
    io.stderr(`${message}\n`);
    return 1;
  };
  let parsed;
  try {
    parsed = parseArgs({ args, allowPositionals: true, options: { write: { type: 'boolean', default: false } } });
  } catch {
    parsed = undefined;
  }
  const name = parsed?.positionals.length === 1 ? parsed.positionals[0] : undefined;
  if (!parsed || !name) {
    io.stderr('Usage: npm run actor:draft -- "<Name>" [--write]\n');
    return 2;
  }
  const write = parsed.values.write;

  // The analysis (and the schemas' date-fns, most of a run's start) is loaded once the arguments
  // are valid: a usage error answers at once.
  const [
    { draftActor, draftActorYaml, findProvisionalPerson, lowerCaseWords, validateDraft },
    { analyzeAllArticles, loadEditorContext },
    { mergeDiscoveredPeople },
  ] = await Promise.all([
    import('./draft-actor.ts'),
    import('./editor-analysis.ts'),
    import('../../src/corpus/provisional-actors.ts'),
  ]);
  const contentRoot = contentRootOf(io);
  const actorsDir = path.join(contentRoot, 'actors');
  let context;
  let articles;
  try {
    context = loadEditorContext(contentRoot);
    articles = analyzeAllArticles(context);
  } catch (error) {
    return fail((error as Error).message);
  }

  const people = mergeDiscoveredPeople(articles);
  const person = findProvisionalPerson(name, people);
  if (!person) {
    const key = slugFromName(name);
    const registered = context.names.slugs.has(key) ? key : context.names.slugByName.get(key);
    if (registered) return fail(`"${name}" already has an actor file: ${path.join(actorsDir, `${registered}.yaml`)}`);
    const known = people.map((p) => `  ${p.name} (${p.evidence.length} ${p.evidence.length === 1 ? 'article' : 'articles'})`);
    return fail(
      [
        `No person named "${name}" was found in the articles' text (${articles.length} articles in ${path.join(contentRoot, 'articles')}).`,
        known.length > 0
          ? `People found in the text with no actor file:\n${known.join('\n')}`
          : 'The articles name no person who lacks an actor file.',
      ].join('\n'),
    );
  }

  const file = path.join(actorsDir, `${person.slug}.yaml`);
  const draft = draftActor(person, { lowerCaseWords: lowerCaseWords(articles), registered: context.registry.entries });
  const problems = validateDraft(draft, file, context.registry.entries);
  const yaml = draftActorYaml(draft, person);
  if (!write) {
    io.stdout(yaml);
    if (problems.length > 0) return fail(`\nThe draft is not valid yet:\n${problems.join('\n')}`);
    io.stderr(`\nReview the draft above, then save it with: npm run actor:draft -- "${name}" --write\n`);
    return 0;
  }
  if (problems.length > 0) return fail(`The draft is not valid, nothing written:\n${problems.join('\n')}`);
  if (existsSync(file)) return fail(`${file} already exists; it is not overwritten.`);
  try {
    // `wx`: fail rather than overwrite, even if the file appeared since the check above.
    writeFileSync(file, yaml, { flag: 'wx' });
  } catch (error) {
    return fail(`${file}: ${(error as Error).message}`);
  }
  io.stdout(`Wrote ${file}. Review it (the comments at the top say what to check), then rebuild.\n`);
  return 0;
}
