/**
 * `npm run actor:draft` on a temporary content folder (a copy of the actor files and one invented
 * article), never on the real content. The command runs in-process
 * (scripts/ingest/draft-actor-command.ts, what scripts/cli/actor-draft.ts runs); the usage error runs the
 * script itself, the way an editor runs it.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { load } from 'js-yaml';
import { afterAll, describe, expect, test } from 'vitest';
import { analyzeArticleFile, loadEditorContext } from '../../../../scripts/ingest/editor-analysis.ts';
import { runDraftActorCommand } from '../../../../scripts/ingest/draft-actor-command.ts';
import { actorSchema } from '../../../../src/schemas/actor.ts';
import { capturedIO } from '../../../helpers/command-io.ts';

const contentRoot = mkdtempSync(path.join(tmpdir(), 'dossier-draft-actor-'));
afterAll(() => rmSync(contentRoot, { recursive: true, force: true }));
cpSync(path.resolve('content/actors'), path.join(contentRoot, 'actors'), { recursive: true });
mkdirSync(path.join(contentRoot, 'articles'));
const ARTICLE = path.join(contentRoot, 'articles', 'talks-resume-in-geneva.md');
writeFileSync(
  ARTICLE,
  [
    '---',
    'published:',
    '  value: "2025-05-07"',
    '---',
    'Talks between Russia and Ukraine resumed in Geneva on Tuesday.',
    '',
    '“No one is in a hurry,” Deputy Foreign Minister Anna Petrova told reporters after the first session.',
    '',
    '“The door is open,” Petrova said.',
    '',
  ].join('\n'),
);
const realActors = readdirSync(path.resolve('content/actors')).sort();

/** Runs the command in-process with the temporary content folder; never throws on a failing exit. */
async function draft(...args: string[]) {
  const { io, printed } = capturedIO(contentRoot);
  const status = await runDraftActorCommand(args, io);
  return { status, ...printed };
}

/** Runs scripts/cli/actor-draft.ts in a child process, as `npm run actor:draft` does. */
function spawnDraft(...args: string[]) {
  const result = spawnSync(process.execPath, ['scripts/cli/actor-draft.ts', ...args], {
    encoding: 'utf8',
    env: { ...process.env, DOSSIER_CONTENT_DIR: contentRoot },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/**
 * Whether the analysis finds people with no actor file yet (`ArticleAnalysis.people`). Until it
 * does, the tests of a found person are skipped; the pure functions behind them are tested in
 * tests/unit/corpus/provisional-actors.test.ts with hand-made analyses.
 */
const analysisFindsPetrova = (() => {
  // The analysis `npm run analyze -- <article> --json` prints, run in-process.
  const { analysis } = analyzeArticleFile(ARTICLE, loadEditorContext(contentRoot));
  return analysis.people.some((person) => person.name === 'Anna Petrova');
})();

describe('npm run actor:draft', () => {
  test('without a name, prints the usage and exits 2', () => {
    // The script itself, once: its exit code and streams are the command's.
    const result = spawnDraft();
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('Usage: npm run actor:draft -- "<Name>" [--write]');
  });

  test('a name nobody in the articles has: exits 1 and says so', async () => {
    const result = await draft('Pavel Ivanov');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      `No person named "Pavel Ivanov" was found in the articles' text (1 articles in ${path.join(contentRoot, 'articles')})`,
    );
  });

  test('a registered actor’s name or alias: exits 1, naming the actor file', async () => {
    const result = await draft('Zelensky');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      `"Zelensky" already has an actor file: ${path.join(contentRoot, 'actors', 'volodymyr-zelenskyy.yaml')}`,
    );
  });

  test('an invalid not-people list stops it, naming the file and the entry', async () => {
    const file = path.join(contentRoot, 'not-people.yaml');
    writeFileSync(file, '- name: Black Sea\n');
    try {
      const result = await draft('Anna Petrova');
      expect(result.status).toBe(1);
      expect(result.stderr).toContain(`${file}: [0].reason:`);
    } finally {
      rmSync(file);
    }
  });

  test.skipIf(!analysisFindsPetrova)(
    'prints a valid draft from the article, and --write saves it once, never overwriting',
    async () => {
      const printed = await draft('Anna Petrova');
      expect(printed.status).toBe(0);
      const data = actorSchema.parse(load(printed.stdout));
      expect(data.name).toBe('Anna Petrova');
      expect(data.kind).toBe('person');
      expect(data.roles.map((role) => role.asOf)).toEqual(data.roles.map(() => '2025-05-07'));
      expect(data.description).toContain('(from the articles; review)');
      expect(printed.stdout).toContain('talks-resume-in-geneva (2025-05-07)');

      const target = path.join(contentRoot, 'actors', 'anna-petrova.yaml');
      const written = await draft('Anna Petrova', '--write');
      expect(written.status).toBe(0);
      expect(readFileSync(target, 'utf8')).toBe(printed.stdout);
      // Now an actor file has her slug: she is registered, and a second draft is refused.
      const again = await draft('Anna Petrova', '--write');
      expect(again.status).toBe(1);
      expect(readFileSync(target, 'utf8')).toBe(printed.stdout);
      rmSync(target);
    },
  );

  test('the real content is never touched', () => {
    expect(readdirSync(path.resolve('content/actors')).sort()).toEqual(realActors);
    expect(existsSync(path.resolve('content/actors/anna-petrova.yaml'))).toBe(false);
  });
});
