// @ts-check
/**
 * The layers of src/ and who may import whom (`npm run lint:layers`, part of `npm test`).
 * From the bottom up:
 *
 *   lib/                small shared helpers (text, calendar, UTF-8, code points, slugs, URLs): imports
 *                       nothing else from src/.
 *   schemas/            the content schemas with their enumerations and labels: lib/ only.
 *   analysis/           pure text analysis: lib/, and types from schemas/. No Astro, no I/O.
 *   load/               reads and checks the content files (actors, not-people, UTF-8, fidelity, references),
 *                       also at config time, before Astro's collections exist.
 *   corpus/             the corpus index and its joins, display names.
 *   outputs/            output formats of the corpus: CSV, iCalendar, JSON-LD, JSON exports, chart and
 *                       timeline layout, the quotes index's sections. Types only from corpus/, so they
 *                       are tested without Astro.
 *   plugins/            remark/rehype plugins: analysis/, lib/, schemas/; never the corpus (the
 *                       corpus index reads what the plugins render).
 *   integrations/,      the top: Astro integrations, routes and their presentation.
 *   pages/, components/, layouts/
 *
 * Beside them: scripts-client/ (browser code; lib/ only).
 *
 * scripts/ holds the editor's and the maintainer's tools: it may import src/, never the reverse.
 *   cli/                thin entry points (`npm run add`, `analyze`, `eval:*`, `bench`, the search index);
 *                       nothing imports them, tests run them as commands.
 *   ingest/, eval/,     the tools' logic, which tests import and run in-process.
 *   bench/, lib/
 * tests/ mirrors src/ and scripts/; nothing imports it.
 * .astro files are not read by dependency-cruiser; their imports follow the same rules.
 */

/** Every folder of src/ above `lib/` and `schemas/`. */
const ABOVE_THE_BOTTOM = 'analysis|load|corpus|outputs|plugins|integrations|pages|components|layouts|scripts-client';
/** Folders only the top of the site imports. */
const SITE_TOP = 'integrations|pages|components|layouts';
/** Astro itself: the package, its subpaths and its virtual modules (`astro:content`). */
const ASTRO = '^(astro(:|/|$)|node_modules/astro/)';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'lib-is-the-bottom',
      comment: 'src/lib/ holds small shared helpers: it imports nothing else from src/ (a type it needs is defined here).',
      severity: 'error',
      from: { path: '^src/lib/' },
      to: { path: '^src/', pathNot: '^src/lib/' },
    },
    {
      name: 'schemas-are-the-bottom',
      comment:
        'src/schemas/ holds the content schemas, enumerations and their labels: it imports lib/ and nothing else from src/.',
      severity: 'error',
      from: { path: '^src/schemas/' },
      to: { path: '^src/', pathNot: '^src/(schemas|lib)/' },
    },
    {
      name: 'analysis-is-pure',
      comment: 'src/analysis/ is plain text analysis: it imports lib/ and analysis/ only (schemas/ for types).',
      severity: 'error',
      from: { path: '^src/analysis/' },
      to: { path: [`^src/(${ABOVE_THE_BOTTOM.replace('analysis|', '')})/`, '^src/content[.]config[.]ts$'] },
    },
    {
      name: 'analysis-takes-only-types-from-schemas',
      comment: 'A value import from src/schemas/ would bring Zod (astro/zod) into the analysis; import the type.',
      severity: 'error',
      from: { path: '^src/analysis/' },
      to: { path: '^src/schemas/', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'analysis-has-no-astro-and-no-io',
      comment:
        'The analysis runs the same in Astro, the CLIs and the tests: no Astro import, no file system, processes or network.',
      severity: 'error',
      from: { path: '^src/analysis/' },
      to: { path: [ASTRO, '^(node:)?(fs|child_process|http|https|net|dgram|worker_threads|cluster)(/|$)'] },
    },
    {
      name: 'load-is-below-the-corpus',
      comment:
        'src/load/ reads and checks content files, also at config time before collections exist: analysis/, lib/ and schemas/ only.',
      severity: 'error',
      from: { path: '^src/load/' },
      to: { path: `^src/(corpus|outputs|plugins|${SITE_TOP}|scripts-client)/` },
    },
    {
      name: 'corpus-is-below-outputs-plugins-and-pages',
      comment:
        'src/corpus/ reads and joins the content; output formats, plugins, pages and tools build on it, not the other way.',
      severity: 'error',
      from: { path: '^src/corpus/' },
      to: { path: `^src/(outputs|plugins|${SITE_TOP}|scripts-client)/` },
    },
    {
      name: 'outputs-are-formats',
      comment: 'src/outputs/ turns corpus data into a format; it is used by pages, and uses neither them nor plugins.',
      severity: 'error',
      from: { path: '^src/outputs/' },
      to: { path: `^src/(plugins|${SITE_TOP}|scripts-client)/` },
    },
    {
      name: 'outputs-take-only-types-from-the-corpus',
      comment:
        'The corpus index imports astro:content; an output format takes the corpus types only, so it is tested without Astro.',
      severity: 'error',
      from: { path: '^src/outputs/' },
      to: { path: ['^src/corpus/', ASTRO], dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'plugins-are-below-the-corpus',
      comment:
        'The corpus index reads what the Markdown plugins render: a plugin uses analysis/, lib/ and schemas/, never the corpus or the pages.',
      severity: 'error',
      from: { path: '^src/plugins/' },
      to: { path: `^src/(corpus|outputs|${SITE_TOP}|scripts-client)/` },
    },
    {
      name: 'browser-scripts-use-lib-only',
      comment:
        'src/scripts-client/ is shipped to browsers: it may use lib/ and itself, nothing that brings site-building code along.',
      severity: 'error',
      from: { path: '^src/scripts-client/' },
      to: { path: '^src/', pathNot: '^src/(scripts-client|lib)/' },
    },
    {
      name: 'the-site-does-not-import-scripts-or-tests',
      comment: 'src/ and the Astro config are the site; scripts/ and tests/ use them, never the reverse.',
      severity: 'error',
      from: { path: ['^src/', '^astro[.]config[.]mjs$'] },
      to: { path: '^(scripts|tests)/' },
    },
    {
      name: 'nothing-imports-tests',
      comment: 'tests/ checks src/ and scripts/; a tool that needs a helper of the tests gets it moved to scripts/lib/.',
      severity: 'error',
      from: { path: ['^src/', '^scripts/', '^astro[.]config[.]mjs$'] },
      to: { path: '^tests/' },
    },
    {
      name: 'entry-points-are-run-not-imported',
      comment:
        'scripts/cli/ holds thin entry points: tests and tools run them as commands; their logic lives in a module beside the tools, which tests import.',
      severity: 'error',
      from: { pathNot: '^scripts/cli/' },
      to: { path: '^scripts/cli/' },
    },
    {
      name: 'no-circular',
      comment:
        'A cycle makes two modules one; split out what both need. A cycle through a type-only import runs no code twice, so it is allowed.',
      severity: 'error',
      from: { path: '^(src|scripts|tests)/' },
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
    {
      name: 'not-to-unresolvable',
      comment: 'An import that resolves to nothing (a typo, a missing package); Astro’s virtual modules are the exception.',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true, pathNot: '^astro:' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(dist|\\.astro|\\.work[^/]*|bench-results|test-results)(/|$)|^tests/fixtures/' },
    // Type-only imports count (and are told apart: see the *-only-types rules).
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      mainFields: ['module', 'main', 'types', 'typings'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
