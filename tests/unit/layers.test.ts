/**
 * The layer rule (`.dependency-cruiser.cjs`, `npm run lint:layers` in `npm test`) catches what it
 * is for: a small tree with one import of each forbidden kind, and allowed ones beside them,
 * cruised with the project's own rules. `npm test` checks the real tree; this checks the rules.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { cruise, type ICruiseResult, type IConfiguration } from 'dependency-cruiser';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

const config = createRequire(import.meta.url)('../../.dependency-cruiser.cjs') as IConfiguration;

/** The tree: each file's imports, by path. */
const TREE: Record<string, string> = {
  'src/lib/ok.ts': 'export const ok = 1;\n',
  'src/lib/reaches-up.ts': "import { page } from '../pages/page.ts';\nexport const up = page;\n",
  'src/schemas/uses-lib.ts': "import { ok } from '../lib/ok.ts';\nexport const schema = ok;\n",
  'src/schemas/reaches-analysis.ts': "import { read } from '../analysis/reads-files.ts';\nexport const schema = read;\n",
  'src/schemas/alone.ts': 'export const alone = 1;\n',
  'src/analysis/reads-files.ts': "import { readFileSync } from 'node:fs';\nexport const read = readFileSync;\n",
  'src/analysis/types-only.ts': "import type { alone } from '../schemas/alone.ts';\nexport type Alone = typeof alone;\n",
  'src/corpus/index.ts': "import { ok } from '../lib/ok.ts';\nexport const corpus = ok;\n",
  'src/plugins/uses-corpus.ts': "import { corpus } from '../corpus/index.ts';\nexport const plugin = corpus;\n",
  'src/pages/page.ts': "import { corpus } from '../corpus/index.ts';\nexport const page = corpus;\n",
  'scripts/cli/tool.ts': 'export const tool = 1;\n',
  'scripts/eval/uses-a-test-helper.ts': "import { helper } from '../../tests/helpers/helper.ts';\nexport const e = helper;\n",
  'tests/helpers/helper.ts': 'export const helper = 1;\n',
  'tests/unit/imports-an-entry-point.test.ts': "import { tool } from '../../scripts/cli/tool.ts';\nexport const t = tool;\n",
};

let dir: string;
let result: ICruiseResult;
beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'dossier-layers-'));
  for (const [file, text] of Object.entries(TREE)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  const { tsConfig: _projectTsConfig, ...options } = config.options ?? {};
  const cruised = await cruise(['src', 'scripts', 'tests'], {
    ...options,
    baseDir: dir,
    validate: true,
    ruleSet: { forbidden: config.forbidden },
  });
  result = cruised.output as ICruiseResult;
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the layer rule', () => {
  test('each forbidden import is reported under its rule, and nothing else is', () => {
    const violations = result.summary.violations.map(
      (violation) => `${violation.rule.name}: ${violation.from} → ${violation.to}`,
    );
    expect(violations.sort()).toEqual(
      [
        'lib-is-the-bottom: src/lib/reaches-up.ts → src/pages/page.ts',
        'schemas-are-the-bottom: src/schemas/reaches-analysis.ts → src/analysis/reads-files.ts',
        'analysis-has-no-astro-and-no-io: src/analysis/reads-files.ts → fs',
        'plugins-are-below-the-corpus: src/plugins/uses-corpus.ts → src/corpus/index.ts',
        'entry-points-are-run-not-imported: tests/unit/imports-an-entry-point.test.ts → scripts/cli/tool.ts',
        'nothing-imports-tests: scripts/eval/uses-a-test-helper.ts → tests/helpers/helper.ts',
      ].sort(),
    );
  });

  test('every violation is an error, so `npm run lint:layers` fails on it', () => {
    expect(result.summary.error).toBe(6);
  });
});
