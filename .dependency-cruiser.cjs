// @ts-check
/**
 * The layers of src/ and who may import whom (`npm run lint:layers`, part of `npm test`).
 * From the bottom up:
 *
 *   lib/, schemas/      small shared helpers; the content schemas with their enumerations and labels.
 *                       Each imports only itself (and npm packages).
 *   analysis/           pure text analysis: lib/, and types from schemas/. No Astro, no I/O.
 *   corpus/             reads the content and joins it (the corpus index, actor registry, checks).
 *   outputs/            output formats of the corpus: CSV, iCalendar, JSON-LD, JSON exports, chart and
 *                       timeline layout, the quotes index's sections. Types only from corpus/, so they
 *                       are tested without Astro.
 *   plugins/            remark/rehype plugins: analysis/, lib/, schemas/; never the corpus (the
 *                       corpus index reads what the plugins render).
 *   integrations/,      the top: Astro integrations, routes and their presentation.
 *   pages/, components/, layouts/
 *
 * Beside them: scripts-client/ (browser code; lib/ only), evaluation/ and ingest/ (editor tools
 * the site never imports), scripts/ (CLIs, benchmark) and tests/, which never import scripts/.
 * .astro files are not read by dependency-cruiser; their imports follow the same rules.
 */

/** Every folder of src/ above `lib/` and `schemas/`. */
const ABOVE_THE_BOTTOM = 'analysis|corpus|outputs|plugins|integrations|pages|components|layouts|scripts-client|evaluation|ingest';
/** Folders only the top of the site imports. */
const SITE_TOP = 'integrations|pages|components|layouts';
/** Editor tools: they use the site's code, the site never uses them. */
const TOOLS = 'evaluation|ingest';
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
      comment: 'src/schemas/ holds the content schemas, enumerations and their labels: it imports nothing else from src/.',
      severity: 'error',
      from: { path: '^src/schemas/' },
      to: { path: '^src/', pathNot: '^src/schemas/' },
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
      name: 'corpus-is-below-outputs-plugins-and-pages',
      comment:
        'src/corpus/ reads and joins the content; output formats, plugins, pages and tools build on it, not the other way.',
      severity: 'error',
      from: { path: '^src/corpus/' },
      to: { path: `^src/(outputs|plugins|${SITE_TOP}|scripts-client|${TOOLS})/` },
    },
    {
      name: 'outputs-are-formats',
      comment: 'src/outputs/ turns corpus data into a format; it is used by pages, and uses neither them nor plugins.',
      severity: 'error',
      from: { path: '^src/outputs/' },
      to: { path: `^src/(plugins|${SITE_TOP}|scripts-client|${TOOLS})/` },
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
      to: { path: `^src/(corpus|outputs|${SITE_TOP}|scripts-client|${TOOLS})/` },
    },
    {
      name: 'pages-do-not-use-tools',
      comment: 'The site never runs the editor tools (evaluation, ingest) or the plugins directly.',
      severity: 'error',
      from: { path: `^src/(${SITE_TOP})/` },
      to: { path: `^src/(${TOOLS})/` },
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
      name: 'tools-are-not-site-code',
      comment: 'src/evaluation/ and src/ingest/ are editor tools: only scripts/ and tests/ run them.',
      severity: 'error',
      from: { path: `^src/(lib|schemas|analysis|corpus|outputs|plugins|${SITE_TOP}|scripts-client)/` },
      to: { path: `^src/(${TOOLS})/` },
    },
    {
      name: 'the-site-does-not-import-scripts-or-tests',
      comment: 'src/ and the Astro config are the site; scripts/ and tests/ use them, never the reverse.',
      severity: 'error',
      from: { path: ['^src/', '^astro[.]config[.]mjs$'] },
      to: { path: '^(scripts|tests)/' },
    },
    {
      name: 'tests-do-not-import-scripts',
      comment:
        'Tests run scripts the way people run them (a child process), so a script stays a script; shared code lives in src/ or tests/helpers/.',
      severity: 'error',
      from: { path: '^tests/' },
      to: { path: '^scripts/' },
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
