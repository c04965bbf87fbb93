/**
 * The unsafe-markup check (src/plugins/remark-reject-unsafe-markup.ts, issue 15): only site paths
 * (`/…`, not `//…`), in-page `#…`, `https:` and `mailto:` links, only this site's images, no raw
 * HTML and no code blocks in article bodies. Errors name the file and the line; through the site's
 * processor, they stop the build.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, test } from 'vitest';
import { createAliasMatcher } from '../../../src/analysis/mentions/find-mentions.ts';
import remarkRejectUnsafeMarkup, { unsafeAddressReason } from '../../../src/plugins/remark-reject-unsafe-markup.ts';
import { readFixture } from '../../helpers/fixture-cases.ts';
import { markdownFile, siteProcessor, thrownMessage } from '../../helpers/markdown-processor.ts';
import { temporaryFolders } from '../../helpers/temp-dir.ts';

const FILE = '/site/content/articles/rubio-walks-away.md';

/** The plugin alone, on the Markdown tree. */
const rejecting = () =>
  unified()
    .use(remarkParse)
    .use(remarkRejectUnsafeMarkup, { isArticle: () => true });

/** The error the plugin throws for a body, or null (the file exists only in memory: lines count from the body). */
function rejection(markdown: string): string | null {
  const processor = rejecting();
  return thrownMessage(() => processor.runSync(processor.parse(markdown), new VFile({ path: FILE, value: markdown })));
}

type Use = 'link' | 'image';
const addresses = readFixture<{
  allowed: Array<{ url: string; use: Use }>;
  refused: Array<{ url: string; use: Use; reason: string }>;
}>('plugins/unsafe-addresses.yaml');
const bodies = readFixture<{ refused: Array<{ name: string; markdown: string; error: string }>; accepted: string[] }>(
  'plugins/unsafe-bodies.yaml',
);
const inTheBuild = readFixture<{ refused: Array<{ what: string; markdown: string; message: string }>; accepted: string[] }>(
  'plugins/unsafe-bodies-in-the-build.yaml',
);

describe('unsafeAddressReason', () => {
  test.each(addresses.allowed.map(({ url, use }) => [url, use] as const))('allows %s as a %s', (url, use) => {
    expect(unsafeAddressReason(url, use)).toBeNull();
  });

  test.each(addresses.refused.map(({ url, use, reason }) => [url, use, reason] as const))(
    'refuses %j as a %s: %s',
    (url, use, reason) => {
      expect(unsafeAddressReason(url, use)).toContain(reason);
    },
  );
});

describe('remarkRejectUnsafeMarkup names the file and the line', () => {
  test.each(bodies.refused.map((body) => [body.name, body] as const))('%s', (_name, { markdown, error }) => {
    expect(rejection(markdown)).toContain(`${FILE}:${error}`);
  });

  test.each(bodies.accepted)('accepts %j', (markdown) => {
    expect(rejection(markdown)).toBeNull();
  });

  const temporaryFolder = temporaryFolders('input-links-');

  test('the line counts the frontmatter of a real file', () => {
    const file = path.join(temporaryFolder(), 'x.md');
    const body = 'Rubio said it.\n\n![p](//evil.example/t.png)\n';
    writeFileSync(file, `---\nheadline: x\nraw: y\n---\n${body}`);
    const processor = rejecting();
    expect(() => processor.runSync(processor.parse(body), new VFile({ path: file, value: body }))).toThrow(
      `${file}:7: body: unsafe link address (of an image)`,
    );
  });
});

const GUARDIAN = '/site/content/articles/trump-team-impatience-walk-away.md';

/** The error the site's processor throws for an article body, or null. */
function renderError(markdown: string): string | null {
  const processor = siteProcessor({ isArticle: (file) => file.includes('/articles/'), matcher: createAliasMatcher([]) });
  return thrownMessage(() => processor.processSync(markdownFile(markdown, GUARDIAN)));
}

describe('unsafe article bodies stop the build, naming the file', () => {
  test.each(inTheBuild.refused.map((body) => [body.what, body] as const))('%s', (_what, { markdown, message }) => {
    const error = renderError(markdown);
    expect(error).toContain(`${GUARDIAN}:`);
    expect(error).toContain(': body: ');
    expect(error).toContain(message);
  });

  test.each(inTheBuild.accepted)('a safe link passes: %s', (markdown) => {
    expect(renderError(markdown)).toBeNull();
  });
});
