/**
 * Hostile and broken input through the real `astro build` of a small fixture corpus
 * (`tests/fixtures/hostile/base/` plus overlays from `cases/<name>/`; the cases are listed in
 * tests/helpers/hostile-cases.ts). Every case that must build is built, all in one build, which
 * must contain no executable markup; each shows what it shows on its own pages. Every rejected
 * case is checked at the function that rejects it (tests/unit/load/hostile-input.test.ts); three
 * are built here too, one per way a check reaches the build, and must stop it naming the file and
 * the field. The safe cases are built in the fixture site (tests/helpers/fixture-site.ts), which
 * other files share.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import { BASE_CASE, buildFixture, type FixtureBuild, removeFixtureBuilds } from '../helpers/fixture-build.ts';
import { fixtureSite, LONG_PARAGRAPH_BYTES, longParagraph } from '../helpers/fixture-site.ts';
import { fieldPattern, rejectedCase, SAFE_CASES, WIRING_CASES } from '../helpers/hostile-cases.ts';

const fixtureDir = path.resolve('tests/fixtures/hostile');

// ---------------------------------------------------------------------------------------------
// What a built site must not contain

/** Every payload in the fixtures calls this; no script of the site's own does. */
const PAYLOAD = 'alert(';
/** Attributes that hold a URL the browser may follow or load. */
const URL_ATTRIBUTES = ['href', 'src', 'action', 'formAction', 'xLinkHref', 'poster', 'data', 'cite', 'background'];
/** Schemes that run code when followed. */
const SCRIPT_URL = /^(?:javascript|vbscript|data:text\/html)/i;
const EMBEDDING_TAGS = new Set(['iframe', 'frame', 'frameset', 'object', 'embed', 'applet']);

/** How a browser reads a URL's scheme: control characters and whitespace inside it are dropped. */
function runsScript(url: string): boolean {
  return SCRIPT_URL.test(url.replace(/[\u0000-\u0020\u007f]+/g, ''));
}

/**
 * Every piece of markup in the built HTML that could run code, as `file: what`. Allowed: the
 * module scripts Astro bundles from the site's own components (Markdown cannot produce one: raw
 * HTML is rejected, and Astro escapes frontmatter), as long as no fixture payload is in them, and
 * JSON-LD data blocks (never executed; the layout escapes `<` in them; they must parse as JSON).
 * Which pages may ship scripts at all is tests/build/articles-output.test.ts's concern.
 */
function findExecutableMarkup(distDir: string): string[] {
  const problems: string[] = [];
  const htmlFiles = readdirSync(distDir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html') && !file.startsWith('pagefind'))
    .sort();
  for (const file of htmlFiles) {
    const tree = fromHtml(readFileSync(path.join(distDir, file), 'utf8'));
    visit(tree, 'element', (element: Element) => {
      const where = `${file}: <${element.tagName}>`;
      if (element.tagName === 'script') {
        const type = String(element.properties.type ?? '');
        if (type === 'application/ld+json') {
          try {
            JSON.parse(toString(element));
          } catch {
            problems.push(`${where} JSON-LD that is not valid JSON (did a string close the element?)`);
          }
        } else if (type !== 'module') {
          problems.push(`${where} classic script (type ${JSON.stringify(type)}): ${toString(element).slice(0, 80)}`);
        } else if (toString(element).includes(PAYLOAD)) {
          problems.push(`${where} module script carrying a fixture payload: ${toString(element).slice(0, 80)}`);
        }
      }
      if (EMBEDDING_TAGS.has(element.tagName)) problems.push(`${where} embedding element`);
      for (const [name, value] of Object.entries(element.properties)) {
        if (/^on/i.test(name)) problems.push(`${where} event handler attribute ${name}=${JSON.stringify(value)}`);
        if (URL_ATTRIBUTES.includes(name) && typeof value === 'string' && runsScript(value)) {
          problems.push(`${where} ${name}=${JSON.stringify(value)}`);
        }
      }
      if (String(element.properties.httpEquiv ?? '').toLowerCase() === 'refresh') {
        const target = /url\s*=\s*(.*)$/i.exec(String(element.properties.content ?? ''))?.[1] ?? '';
        if (runsScript(target.replace(/^['"]|['"]$/g, ''))) problems.push(`${where} refresh to ${JSON.stringify(target)}`);
      }
    });
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------
// Reading a built page

interface BuiltPage {
  html: string;
  tree: Root;
}

function readBuiltPage(build: FixtureBuild, urlPath: string): BuiltPage {
  const file = path.join(build.distDir, urlPath, 'index.html');
  let html: string;
  try {
    html = readFileSync(file, 'utf8');
  } catch {
    throw new Error(`the build has no page ${urlPath} (${path.relative(process.cwd(), file)} is missing)`);
  }
  return { html, tree: fromHtml(html) };
}

/** The text of the element with id `id` on a page, failing with the id when there is none. */
function textOfId(page: BuiltPage, id: string): string {
  const element = select(`#${id}`, page.tree);
  if (!element) throw new Error(`the page has no element with id "${id}"`);
  return toString(element);
}

// ---------------------------------------------------------------------------------------------
// What each safe case shows on the built site

/** Checks of the safe cases, run on the one build of all of them (tests/helpers/hostile-cases.ts). */
const safeChecks: Record<string, { input: string; check: (build: FixtureBuild) => void }> = {
  base: {
    input: 'the base corpus (the control for every other case)',
    check: (build) => {
      const page = readBuiltPage(build, 'articles/trump-team-impatience-walk-away');
      expect(textOfId(page, 'p-1'), 'the base article renders its first paragraph').toMatch(/^Standing on a tarmac in Paris/);
    },
  },
  'markup-in-headline': {
    input: 'a headline of <script> and <img onerror> markup',
    check: (build) => {
      const page = readBuiltPage(build, 'articles/markup-in-headline');
      const h1 = select('h1', page.tree);
      expect(h1 && toString(h1), 'the headline is shown as text, markup and all').toBe(
        '<script>alert(1)</script><img src=x onerror=alert(1)> Rubio threatens to walk away',
      );
    },
  },
  'very-long-paragraph': {
    input: `a ~${LONG_PARAGRAPH_BYTES / 1024} KB paragraph of real sentences`,
    check: (build) => {
      const page = readBuiltPage(build, 'articles/very-long-paragraph');
      // Quote markup may restyle the quotation marks, so compare lengths, not text.
      expect(textOfId(page, 'p-2').length, 'paragraph p-2 is the long paragraph, whole').toBeGreaterThan(
        longParagraph().length * 0.95,
      );
      expect(textOfId(page, 'p-3'), 'the paragraph after it keeps its own id').toBe('Ukraine does not have that option.');
    },
  },
  'cyrillic-names': {
    input: 'Cyrillic names in the body and a Cyrillic actor alias',
    check: (build) => {
      const page = readBuiltPage(build, 'articles/cyrillic-names');
      const article = select('article', page.tree) ?? page.tree;
      // The body's links (a note beside the text may link the speaker too).
      const links = selectAll('a.actor-link[href="/actors/volodymyr-zelenskyy/"]', article);
      const mentions = selectAll('[data-actor="volodymyr-zelenskyy"]', article);
      expect(
        [links.map((link) => toString(link)), mentions.map((mention) => toString(mention))],
        'the first Cyrillic mention links to the actor; the later one is marked as a mention of him',
      ).toEqual([['Володимир Зеленський'], ['Зеленський']]);
    },
  },
  'crlf-and-bom': {
    input: 'an article file with a BOM and CRLF line endings',
    check: (build) => {
      const page = readBuiltPage(build, 'articles/windows-line-endings');
      expect(page.html.includes('\uFEFF'), 'no byte-order mark reaches the page').toBe(false);
      const h1 = select('h1', page.tree);
      expect(h1 && toString(h1), 'the headline comes from the frontmatter').toBe(
        'Rubio says the US could move on from Ukraine peace talks',
      );
      expect(textOfId(page, 'p-2'), 'the body is split into its paragraphs').toBe('Diplomacy, it turns out, is hard.');
    },
  },
};

// ---------------------------------------------------------------------------------------------

describe('the safety check itself', () => {
  const page = (body: string, head = '') => `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;
  const scan = (html: string) => {
    const dir = mkdtempSync(path.join(tmpdir(), 'hostile-scan-'));
    try {
      writeFileSync(path.join(dir, 'index.html'), html);
      return findExecutableMarkup(dir);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };

  test.each([
    ['a classic script', page('<script>alert(1)</script>')],
    ['a module script carrying a payload', page('<script type="module">alert(1)</script>')],
    ['an event handler attribute', page('<img src="x" onerror="alert(1)">')],
    ['a javascript: link', page('<a href="javascript:alert(1)">x</a>')],
    ['a javascript: link with a tab in its scheme', page('<a href="java&#9;script:alert(1)">x</a>')],
    ['a refresh to javascript:', page('', '<meta http-equiv="refresh" content="0; url=javascript:alert(1)">')],
    [
      'JSON-LD broken by a closing tag',
      page('', '<script type="application/ld+json">{"a":"</script><script>x</script>"}</script>'),
    ],
    ['an iframe', page('<iframe src="/"></iframe>')],
  ])('finds %s', (_, html) => {
    expect(scan(html)).not.toEqual([]);
  });

  test('accepts Astro module scripts, JSON-LD, escaped markup and site links', () => {
    const html = page(
      '<h1>&lt;script&gt;alert(1)&lt;/script&gt;</h1><a href="/actors/x/">x</a><script type="module">document.title</script>',
      '<meta http-equiv="refresh" content="0; url=/actors/x/"><script type="application/ld+json">{"headline":"\\u003cscript>alert(1)"}</script>',
    );
    expect(scan(html)).toEqual([]);
  });
});

describe('the fixture', () => {
  test('crlf-and-bom really has a BOM and CRLF line endings', () => {
    const bytes = readFileSync(path.join(fixtureDir, 'cases/crlf-and-bom/articles/windows-line-endings.md'));
    expect(bytes.subarray(0, 3).toString('hex'), 'the file starts with a UTF-8 BOM').toBe('efbbbf');
    expect(
      bytes
        .toString('utf8')
        .split('\n')
        .slice(0, -1)
        .every((line) => line.endsWith('\r')),
      'every line ends in CRLF',
    ).toBe(true);
  });
});

describe('astro build of every case that must build safely, in one build', () => {
  let build: FixtureBuild;
  beforeAll(async () => {
    // The fixture site has every safe case: each adds its own files and is checked on its own
    // pages, so one build shows them all.
    build = await fixtureSite();
  }, 300_000);

  test('the build succeeds, with no executable markup in any page', () => {
    const output = build.output.trim().split('\n').slice(-40).join('\n');
    expect(build.ok, `the build should have succeeded; it printed:\n${output}`).toBe(true);
    expect(findExecutableMarkup(build.distDir), 'executable markup in the built HTML').toEqual([]);
  });

  test('every safe case of the fixture is in this build', () => {
    expect(Object.keys(safeChecks).sort()).toEqual([BASE_CASE, 'very-long-paragraph', ...SAFE_CASES].sort());
  });

  test.each(Object.entries(safeChecks).map(([name, { input, check }]) => ({ name, input, check })))(
    '$name: $input',
    ({ check }) => {
      if (!build.ok) throw new Error('the build failed (see the first test)');
      check(build);
    },
  );
});

describe('astro build stops on hostile input, naming the file and the field', () => {
  afterEach(removeFixtureBuilds);

  // The other rejected cases are checked at the function that rejects them
  // (tests/unit/load/hostile-input.test.ts); these show each kind of check is wired into the build.
  test.each(WIRING_CASES.map(rejectedCase))(
    '$name: $input ($stage check)',
    async (expected) => {
      const build = await buildFixture(expected.name);
      const output = build.output.trim().split('\n').slice(-40).join('\n');
      expect(build.ok, `the build should have failed on ${expected.field}, but it succeeded`).toBe(false);
      for (const file of expected.files) {
        expect(build.output, `the error should name the file ${file}; the build printed:\n${output}`).toContain(file);
      }
      expect(build.output, `the error should name the field ${expected.field}; the build printed:\n${output}`).toMatch(
        fieldPattern(expected.field),
      );
    },
    180_000,
  );
});
