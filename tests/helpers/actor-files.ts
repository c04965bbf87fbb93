/**
 * The real actor files of content/actors/, read as the site reads them, and the matcher the site
 * builds from them, for the tests of the content itself (tests/unit/content/).
 */
import { fileURLToPath } from 'node:url';
import { aliasesOf, createAliasMatcher } from '../../src/analysis/mentions/find-mentions.ts';
import { loadActorFiles } from '../../src/load/load-actors.ts';

/** content/actors/, from the project root. */
export const actorsDir = fileURLToPath(new URL('../../content/actors', import.meta.url));

/** Every actor file, parsed. */
export const actorFiles = loadActorFiles(actorsDir);

/** Each actor file's names, as `validateAliases` and `aliasesOf` take them. */
export const actorEntries = actorFiles.map(({ file, slug, data }) => {
  const record = data as { name: string; kind: string; aliases?: string[] };
  return { file, slug, name: record.name, kind: record.kind, aliases: record.aliases ?? [] };
});

/** The matcher the site builds: every actor file, with kinds. */
export const siteMatcher = createAliasMatcher(aliasesOf(actorEntries));
