/**
 * Editor CLI: drafts the actor file of a person the analysis found in the articles' text who has
 * no actor file yet (a provisional actor), from what the articles write about them.
 *
 * Usage: npm run actor:draft -- "Anna Petrova" [--write]
 *
 * Prints the draft (YAML, with the evidence and what to review as comments). With --write, saves
 * it as content/actors/<slug>.yaml after validating it, and never overwrites an existing file.
 */
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { draftActor, draftActorYaml, findProvisionalPerson, lowerCaseWords, validateDraft } from '../src/corpus/draft-actor.ts';
import { analyzeAllArticles, loadEditorContext } from '../src/corpus/editor-analysis.ts';
import { mergeDiscoveredPeople } from '../src/corpus/provisional-actors.ts';
import { slugFromName } from '../src/lib/slugs.ts';

const args = process.argv.slice(2);
const name = args.find((arg) => !arg.startsWith('--'));
const write = args.includes('--write');
if (!name || args.some((arg) => arg.startsWith('--') && arg !== '--write')) {
  console.error('Usage: npm run actor:draft -- "<Name>" [--write]');
  process.exit(2);
}

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

const contentRoot = path.resolve(process.env.DOSSIER_CONTENT_DIR ?? 'content');
const actorsDir = path.join(contentRoot, 'actors');
let context;
let articles;
try {
  context = loadEditorContext(contentRoot);
  articles = analyzeAllArticles(context);
} catch (error) {
  fail((error as Error).message);
}

const people = mergeDiscoveredPeople(articles);
const person = findProvisionalPerson(name, people);
if (!person) {
  const key = slugFromName(name);
  const registered = context.names.slugs.has(key) ? key : context.names.slugByName.get(key);
  if (registered) fail(`"${name}" already has an actor file: ${path.join(actorsDir, `${registered}.yaml`)}`);
  const known = people.map((p) => `  ${p.name} (${p.evidence.length} ${p.evidence.length === 1 ? 'article' : 'articles'})`);
  fail(
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
  process.stdout.write(yaml);
  if (problems.length > 0) fail(`\nThe draft is not valid yet:\n${problems.join('\n')}`);
  console.error(`\nReview the draft above, then save it with: npm run actor:draft -- "${name}" --write`);
  process.exit(0);
}
if (problems.length > 0) fail(`The draft is not valid, nothing written:\n${problems.join('\n')}`);
if (existsSync(file)) fail(`${file} already exists; it is not overwritten.`);
try {
  // `wx`: fail rather than overwrite, even if the file appeared since the check above.
  writeFileSync(file, yaml, { flag: 'wx' });
} catch (error) {
  fail(`${file}: ${(error as Error).message}`);
}
console.log(`Wrote ${file}. Review it (the comments at the top say what to check), then rebuild.`);
