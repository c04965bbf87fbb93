import { readFileSync } from 'node:fs';
import path from 'node:path';
import { FileSystemConfigLoader, HtmlValidate, type Message } from 'html-validate';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { assertBuilt, distDir, listHtmlFiles } from '../helpers/dist.ts';

/**
 * Every built page is valid HTML by html-validate's recommended rules, read from the project's
 * `.htmlvalidate.json` (the same file the `html-validate` CLI and editor plugins use).
 *
 * Rules the config turns off, and why (JSON has no comments, so the reasons live here, and the
 * first test fails if the config and this list disagree):
 *
 * - `long-title`: a search-engine heuristic (results truncate titles near 60–70 characters), not
 *   an HTML or accessibility requirement. Article pages must carry the outlet's headline verbatim
 *   and quote pages the quote itself, so titles run longer by design; WCAG 2.4.2 asks that a
 *   title describe the page, which a full headline does best.
 */
const DISABLED_RULES: Record<string, string> = {
  'long-title': 'SEO length heuristic; titles are verbatim headlines and quotes by design',
};

const configFile = path.resolve('.htmlvalidate.json');
const htmlvalidate = new HtmlValidate(new FileSystemConfigLoader());
let files: string[];
let rulesChecked = 0;

beforeAll(async () => {
  assertBuilt();
  files = listHtmlFiles();
  const config = await htmlvalidate.getConfigFor(path.join(distDir, files[0]!));
  rulesChecked = [...config.getRules().values()].filter(([severity]) => severity > 0).length;
});

afterAll(() => {
  console.info(`html-validity.test: ${files.length} pages validated against ${rulesChecked} rules`);
});

const format = (file: string, message: Message) =>
  `${file}:${message.line}:${message.column} ${message.ruleId}: ${message.message} (${message.selector ?? 'document'})`;

describe('html-validate on the built pages', () => {
  test('the config extends html-validate:recommended and turns off only documented rules', () => {
    const config = JSON.parse(readFileSync(configFile, 'utf8')) as {
      root?: boolean;
      extends?: string[];
      rules?: Record<string, unknown>;
    };
    expect(config.root).toBe(true);
    expect(config.extends).toEqual(['html-validate:recommended']);
    const off = Object.entries(config.rules ?? {})
      .filter(([, value]) => value === 'off' || value === 0 || (Array.isArray(value) && (value[0] === 'off' || value[0] === 0)))
      .map(([rule]) => rule)
      .sort();
    expect(off).toEqual(Object.keys(DISABLED_RULES).sort());
  });

  test('finds the pages: every kind of page is validated, pagefind/ is not', () => {
    expect(files).toEqual(expect.arrayContaining(['index.html', '404.html', 'timeline/index.html', 'search/index.html']));
    expect(files.some((file) => file.startsWith('pagefind'))).toBe(false);
    expect(files.length).toBeGreaterThan(100);
  });

  test('every page has 0 errors', async () => {
    const problems: string[] = [];
    for (const file of files) {
      const report = await htmlvalidate.validateFile(path.join(distDir, file));
      for (const result of report.results) {
        for (const message of result.messages) if (message.severity >= 2) problems.push(format(file, message));
      }
    }
    const byRule = Object.entries(Object.groupBy(problems, (problem) => /^\S+ ([^:]+):/.exec(problem)?.[1] ?? '?')).map(
      ([rule, list]) => `${rule}: ${list!.length} on ${new Set(list!.map((p) => p.split(':')[0])).size} pages`,
    );
    expect(problems, `${problems.length} errors (${byRule.join('; ')}):\n${problems.join('\n')}`).toEqual([]);
  });
});
