/**
 * `npm run add` on a temporary content folder (a copy of the actor files, no articles): the
 * review, --dry-run, writing, never overwriting, saved pages, encodings. The command runs
 * in-process (scripts/ingest/add-command.ts, what scripts/cli/add.ts runs); the usage errors run
 * the script itself, the way an editor runs it. Never touches the real content/.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { checkFidelity } from '../../../../src/load/fidelity.ts';
import { readArticleFile } from '../../../../scripts/lib/read-article-file.ts';
import { runAddCommand } from '../../../../scripts/ingest/add-command.ts';
import { articleSchema } from '../../../../src/schemas/article.ts';
import { capturedIO } from '../../../helpers/command-io.ts';

const work = mkdtempSync(path.join(tmpdir(), 'dossier-add-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const contentRoot = path.join(work, 'content');
cpSync(path.resolve('content/actors'), path.join(contentRoot, 'actors'), { recursive: true });
cpSync(path.resolve('content/not-people.yaml'), path.join(contentRoot, 'not-people.yaml'));
mkdirSync(path.join(contentRoot, 'articles'));
mkdirSync(path.join(contentRoot, 'raw'));
const articlesDir = path.join(contentRoot, 'articles');
const rawDir = path.join(contentRoot, 'raw');

/** Runs the command in-process with the temporary content folder; never throws on a failing exit. */
async function add(...args: string[]) {
  const { io, printed } = capturedIO(contentRoot);
  const status = await runAddCommand(args, io);
  return { status, ...printed, output: printed.stdout + printed.stderr };
}

/** Runs scripts/cli/add.ts in a child process, as `npm run add` does. */
function spawnAdd(...args: string[]) {
  const result = spawnSync(process.execPath, ['scripts/cli/add.ts', ...args], {
    encoding: 'utf8',
    env: { ...process.env, DOSSIER_CONTENT_DIR: contentRoot },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, output: result.stdout + result.stderr };
}

const files = () =>
  [...readdirSync(articlesDir).map((f) => `articles/${f}`), ...readdirSync(rawDir).map((f) => `raw/${f}`)].sort();

/** Checks a written article as the build would: schema and fidelity against its raw file. */
function expectValidArticle(file: string) {
  const { frontmatter, body } = readArticleFile(readFileSync(file, 'utf8'), file);
  const parsed = articleSchema.safeParse(frontmatter);
  expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
  const raw = readFileSync(path.join(rawDir, String(frontmatter.raw)), 'utf8');
  const furniture = (frontmatter.furniture ?? []) as Array<{ kind: string; text: string }>;
  expect(checkFidelity({ raw, body, furniture, corrections: [] })).toEqual({ ok: true });
  return frontmatter;
}

const TEXT = [
  'Geneva talks resume after three weeks',
  '',
  'By Jane Doe',
  'Published May 7, 2025',
  '',
  'Talks between Russia and Ukraine resumed in Geneva on Tuesday, a day after the Kremlin said they could go on.',
  '',
  '“No one is in a hurry,” Deputy Foreign Minister Anna Petrova told reporters after the first session.',
  '',
  'Secretary of State Marco Rubio announcedthe next round would be in London.',
  '',
  'Leave a Reply',
  'Your email address will not be published. Required fields are marked *',
  '',
].join('\n');
const textFile = path.join(work, 'geneva.txt');
writeFileSync(textFile, TEXT);

describe('npm run add on a raw text', () => {
  test('--dry-run prints the review and the article, and writes nothing', async () => {
    const run = await add(textFile, '--dry-run');
    expect(run.status, run.output).toBe(0);
    expect(files()).toEqual([]);
    const review = run.stdout;
    // What was taken as furniture, and why.
    expect(review).toMatch(/line 1 +headline +headline-line +“Geneva talks resume after three weeks”/);
    expect(review).toMatch(/line 12 +comments +comments-heading +“Leave a Reply”/);
    expect(review).toContain('headline-line: the headline');
    // The build's checks.
    expect(review).toContain('schema    ok');
    expect(review).toContain('fidelity  ok');
    // The analysis: quotes with speakers and how, provisional people with the command, dates.
    expect(review).toMatch(/statement Anna Petrova \(provisional\) \[“[^”]*Anna Petrova”\] \(explicit\)/);
    expect(review).toContain('npm run actor:draft -- "Anna Petrova"');
    expect(review).toMatch(/“on Tuesday” → 2025-05-06 \(day\)/);
    // The suggestion, not applied.
    expect(review).toMatch(/“announcedthe” → “announced the”\?/);
    expect(review).toMatch(/Uncertain, check before publishing:[\s\S]*published: inferred “2025-05-07”/);
    expect(review).toContain('The article file, as it would be written:');
    const elapsed = Number(/\((\d+) ms, \d+ ms of CPU, Node’s start included\)/.exec(review)?.[1]);
    expect(elapsed).toBeGreaterThan(0);
    // In-process the time is the command's own (the script counts from Node's start); a generous
    // bound against rot; the measured figure of the script (under 2 s) is in tests/fixtures/ingest/README.md.
    expect(elapsed).toBeLessThan(15_000);
  }, 60_000);

  test('writes the raw file unedited and the article, which passes schema and fidelity', async () => {
    const run = await add(textFile);
    expect(run.status, run.output).toBe(0);
    expect(files()).toEqual([
      'articles/geneva-talks-resume-after-three-weeks.md',
      'raw/geneva-talks-resume-after-three-weeks.txt',
    ]);
    expect(readFileSync(path.join(rawDir, 'geneva-talks-resume-after-three-weeks.txt'), 'utf8')).toBe(TEXT);
    const frontmatter = expectValidArticle(path.join(articlesDir, 'geneva-talks-resume-after-three-weeks.md'));
    expect(frontmatter.author).toMatchObject({ value: 'Jane Doe', confidence: 'inferred' });
    expect(frontmatter.corrections).toBeUndefined();
  }, 60_000);

  test('never overwrites: a second run fails and leaves the files as they were', async () => {
    const article = path.join(articlesDir, 'geneva-talks-resume-after-three-weeks.md');
    const before = [readFileSync(article, 'utf8'), statSync(article).mtimeMs];
    const run = await add(textFile);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/already exist.*nothing is overwritten/);
    expect([readFileSync(article, 'utf8'), statSync(article).mtimeMs]).toEqual(before);
  }, 60_000);

  test('--slug names the files; a slug that is not one is refused', async () => {
    expect((await add(textFile, '--slug', 'Geneva Talks')).status).toBe(2);
    // Another article (the same one twice is refused: see below).
    const secondRound = path.join(work, 'geneva-2.txt');
    writeFileSync(secondRound, TEXT.replace('three weeks', 'four weeks').replace('on Tuesday', 'on Wednesday'));
    const run = await add(secondRound, '--slug', 'geneva-round-two');
    expect(run.status, run.output).toBe(0);
    expect(files()).toContain('articles/geneva-round-two.md');
    expect(files()).toContain('raw/geneva-round-two.txt');
  }, 60_000);

  test('a text with no date or headline is not written until the editor gives them', async () => {
    const bare = path.join(work, 'bare.txt');
    writeFileSync(bare, 'Talks between Russia and Ukraine resumed in Geneva on Tuesday, diplomats said.\n');
    const before = files();
    const refused = await add(bare);
    expect(refused.status).toBe(1);
    expect(refused.stdout).toContain('published.value: the file gives no publication date: pass --published YYYY-MM-DD');
    expect(refused.stdout).toContain('workingTitle: the file shows no headline: pass --working-title');
    expect(refused.stdout).toContain('Not written');
    expect(files()).toEqual(before);
    const given = await add(bare, '--published', '2025-05-07', '--working-title', 'Geneva talks resume');
    expect(given.status, given.output).toBe(0);
    expectValidArticle(path.join(articlesDir, 'bare.md'));
  }, 60_000);
});

describe('npm run add on a saved page', () => {
  const pageFile = path.resolve('tests/fixtures/ingest/pages/bbc-obama-gun-laws.html');

  test('keeps the page unedited, writes its text as the raw file, and an article that matches it', async () => {
    const run = await add(pageFile, '--slug', 'obama-gun-laws');
    expect(run.status, run.output).toBe(0);
    expect(readFileSync(path.join(rawDir, 'obama-gun-laws.html'))).toEqual(readFileSync(pageFile));
    const frontmatter = expectValidArticle(path.join(articlesDir, 'obama-gun-laws.md'));
    expect(frontmatter.raw).toBe('obama-gun-laws.txt');
    expect(frontmatter.headline).toMatchObject({
      value: "Obama admits US gun laws are his 'biggest frustration'",
      confidence: 'confirmed',
    });
    expect(frontmatter.published).toMatchObject({ value: '2015-07-24', confidence: 'confirmed' });
    expect(frontmatter.sourceUrl).toMatchObject({
      value: 'http://www.bbc.co.uk/news/world-us-canada-33646542',
      confidence: 'confirmed',
    });
    expect(run.stdout).toMatch(/site-navigation/);
  }, 60_000);
});

describe('npm run add on a file that is not UTF-8', () => {
  const latin1 = path.join(work, 'latin1.txt');
  const text =
    'Zelensky visits Kyiv hospital\n\nPresident Volodymyr Zelensky visited a hospital in Kyiv on Tuesday, officials said, ' +
    'after a night of strikes on the caf\u00e9 district.\n';
  writeFileSync(latin1, Buffer.from(text, 'latin1'));

  test('is refused with the content check’s message, naming the byte, and the way out: --encoding', async () => {
    const refused = await add(latin1, '--published', '2025-05-07');
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(
      /not valid UTF-8: byte 0xE9 at byte offset \d+ \(line 3\) does not start or continue a UTF-8 character .*--encoding windows-1252\n$/,
    );
  }, 60_000);

  test('--encoding converts it, and the article says so', async () => {
    const run = await add(latin1, '--published', '2025-05-07', '--encoding', 'windows-1252', '--slug', 'zelensky-hospital');
    expect(run.status, run.output).toBe(0);
    expect(readFileSync(path.join(rawDir, 'zelensky-hospital.txt'), 'utf8')).toBe(text);
    const article = readFileSync(path.join(articlesDir, 'zelensky-hospital.md'), 'utf8');
    expect(article).toMatch(/^---\n# raw: converted from windows-1252 to UTF-8 by npm run add --encoding windows-1252/);
    expectValidArticle(path.join(articlesDir, 'zelensky-hospital.md'));
  }, 60_000);
});

test('usage errors exit 2', async () => {
  // The script itself, once: its exit code and streams are the command's.
  const spawned = spawnAdd();
  expect(spawned.status).toBe(2);
  expect(spawned.stderr).toContain('Usage: npm run add -- <file.txt|file.html>');
  expect((await add(textFile, '--published', '7 May 2025')).status).toBe(2);
  expect((await add(textFile, '--colour')).status).toBe(2);
}, 60_000);

describe('npm run add never writes a draft the build would refuse (issue 26 item 1)', () => {
  test('a control character that would reach the frontmatter as a YAML escape is refused, named, not written', async () => {
    const file = path.join(work, 'nul-dek.txt');
    writeFileSync(file, TEXT.replace('By Jane Doe', 'Talks go on, officials say\u0000 in Geneva\n\nBy Jane Doe'));
    const before = files();
    const run = await add(file, '--slug', 'nul-dek', '--published', '2025-05-07');
    expect(run.status, run.output).not.toBe(0);
    expect(run.output).toMatch(/U\+0000 NULL/);
    expect(run.output).not.toMatch(/characters ok/i);
    expect(files()).toEqual(before);
  });
});

describe('npm run add refuses the same article twice (issue 26 item 4)', () => {
  test('the same text under another slug is refused naming the first file; --duplicate-of writes it', async () => {
    const file = path.join(work, 'twice.txt');
    writeFileSync(
      file,
      TEXT.replace('Geneva talks resume', 'Vienna talks resume').replace('in Geneva on Tuesday', 'in Vienna on Monday'),
    );
    const first = await add(file, '--slug', 'twice-one');
    expect(first.status, first.output).toBe(0);
    const before = files();
    const again = await add(file, '--slug', 'twice-two');
    expect(again.status).not.toBe(0);
    expect(again.output).toMatch(
      /content\/articles\/twice-two\.md: duplicate: the same body text as \S*content\/articles\/twice-one\.md/,
    );
    expect(again.output).toContain('its raw text is already content/raw/twice-one.txt');
    expect(files()).toEqual(before);
    const deliberate = await add(file, '--slug', 'twice-two', '--duplicate-of', 'twice-one');
    expect(deliberate.status, deliberate.output).toBe(0);
    expect(readFileSync(path.join(articlesDir, 'twice-two.md'), 'utf8')).toMatch(/^duplicateOf: "?twice-one"?$/m);
  });
});

describe('npm run add in any script (issue 26 item 2)', () => {
  const ARABIC = [
    'محادثات السلام تستأنف في جنيف',
    '',
    'استؤنفت المحادثات بين روسيا وأوكرانيا في جنيف يوم الثلاثاء، بحسب ما قال دبلوماسيون.',
    '',
    'وقال المتحدث إن الجولة المقبلة ستعقد في لندن.',
    '',
  ].join('\n');

  test('an Arabic headline gives a Unicode slug and raw name, and the article is written', async () => {
    const file = path.join(work, 'arabic.txt');
    writeFileSync(file, ARABIC);
    const run = await add(file, '--published', '2025-05-07');
    expect(run.status, run.output).toBe(0);
    expect(files()).toContain('articles/محادثات-السلام-تستأنف-في-جنيف.md');
    expectValidArticle(path.join(articlesDir, 'محادثات-السلام-تستأنف-في-جنيف.md'));
  });

  test('an explicit Unicode --slug is accepted', async () => {
    const file = path.join(work, 'arabic-2.txt');
    writeFileSync(file, ARABIC.replace('جنيف يوم', 'فيينا يوم'));
    const run = await add(file, '--published', '2025-05-08', '--slug', 'محادثات-فيينا');
    expect(run.status, run.output).toBe(0);
    expect(files()).toContain('raw/محادثات-فيينا.txt');
  });
});

test('a slug too long for a file name is refused before the review, saying why (issue 26)', async () => {
  const file = path.join(work, 'long-slug.txt');
  writeFileSync(
    file,
    TEXT.replace('Geneva talks resume', 'Riga talks resume').replace('in Geneva on Tuesday', 'in Riga on Friday'),
  );
  const before = files();
  const run = await add(file, '--slug', 'talks-'.repeat(50).slice(0, -1));
  expect(run.status).toBe(2);
  expect(run.output).toMatch(/makes a file name of 304 bytes, over the 255 file systems allow; choose a shorter one with --slug/);
  expect(run.output).not.toMatch(/ENAMETOOLONG/);
  expect(files()).toEqual(before);
});

test('a saved page with no article on it is refused, saying why (issue 26)', async () => {
  const file = path.join(work, 'index-page.html');
  writeFileSync(
    file,
    '<!doctype html><html lang="en"><head><title>Home</title></head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav>' +
      '<ul><li><a href="/a">Talks resume</a></li><li><a href="/b">Envoy flies to Moscow</a></li></ul></body></html>',
  );
  const before = files();
  const run = await add(file, '--published', '2025-05-07', '--slug', 'index-page');
  expect(run.status).toBe(1);
  expect(run.output).toMatch(
    /no article: (Readability found no article on the page|no paragraph on the page has 8 words or more)/,
  );
  expect(files()).toEqual(before);
});
