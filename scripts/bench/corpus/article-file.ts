/**
 * One synthetic article as files: the Markdown file (frontmatter with the confidence spread of the
 * real corpus, and the body) and its raw text (the body with the page furniture around it, so
 * the fidelity check accounts for every word).
 */
import { type BodyBlock, writeBody } from './article-body.ts';
import type { ArticlePlan, World } from './model.ts';
import { createRandom, hashSeed, type Random } from './random.ts';
import * as words from './vocabulary.ts';
import { q } from './yaml.ts';

/** An article's files and what they hold. */
export interface WrittenArticle {
  /** `articles/<slug>.md`: frontmatter and body. */
  markdown: string;
  /** The raw text, for `raw/<rawFile>`. */
  raw: string;
  rawFile: string;
  quotes: number;
  paragraphs: number;
  words: number;
}

/** Page furniture: text of the raw page that is not the article's body. */
interface Furniture {
  kind: string;
  text: string;
}

/** An editor's fix of an automatic attribution, as the frontmatter's `attributions` hold it. */
interface CuratedAttribution {
  quote: string;
  speaker: string | null;
  speakerLabel?: string;
  reason: string;
}

/** What the frontmatter says of an article, drawn with the confidence spread of the real corpus. */
interface ArticleFacts {
  headlineKnown: boolean;
  author: string | null;
  urlKnown: boolean;
  dek: string | null;
  rawFile: string;
  /** Furniture before the body (headline, byline) and after it (comments, newsletter box). */
  leading: Furniture[];
  trailing: Furniture[];
  attributions: CuratedAttribution[];
  confidence: 'confirmed' | 'secondary' | 'inferred';
}

/** Writes `article` from its own seeded stream, so articles can be written one at a time, in any order. */
export function writeArticle(article: ArticlePlan, world: World, seed: string): WrittenArticle {
  const random = createRandom(`${seed}:article:${article.index}:body`);
  const { blocks, quoteTexts, fill } = writeBody(article, world, random);
  const facts = drawFacts(article, random, seed, fill, quoteTexts, blocks);
  const body = blocks.map((block) => (block.kind === 'heading' ? `## ${block.text}` : block.text)).join('\n\n');
  const raw = [
    ...facts.leading.map((item) => item.text),
    '',
    blocks.map((block) => block.text).join('\n\n'),
    '',
    ...facts.trailing.map((item) => item.text),
  ].join('\n');
  const paragraphs = blocks.filter((block) => block.kind === 'paragraph');
  return {
    markdown: `${frontmatter(article, facts).join('\n')}\n${body}\n`,
    raw: `${raw.trimEnd()}\n`,
    rawFile: facts.rawFile,
    quotes: quoteTexts.length,
    paragraphs: paragraphs.length,
    words: paragraphs.reduce((sum, block) => sum + block.text.split(/\s+/).length, 0),
  };
}

/** The facts of the frontmatter, drawn after the body from the same stream (the order of draws is part of the seed's output). */
function drawFacts(
  article: ArticlePlan,
  random: Random,
  seed: string,
  fill: (template: string) => string,
  quoteTexts: string[],
  blocks: BodyBlock[],
): ArticleFacts {
  const headlineKnown = random.chance(0.9);
  const author = random.chance(0.75) ? random.pick(words.REPORTERS) : null;
  const urlKnown = random.chance(0.7);
  const dek = random.chance(0.5) ? fill(random.pick(words.DEKS)) : null;
  const hash = (text: string) => hashSeed(text).toString(16).padStart(8, '0');
  const rawFile = `${String(article.index).padStart(5, '0')}_${hash(`${seed}:${article.slug}`)}${hash(`${article.slug}:${seed}`)}.txt`;
  const leading: Furniture[] = [];
  if (headlineKnown) leading.push({ kind: 'headline', text: article.headline });
  if (author) leading.push({ kind: 'byline', text: `By ${author}` });
  const trailing: Furniture[] = [];
  if (random.chance(0.5)) trailing.push({ kind: 'comments', text: 'Comments' });
  if (random.chance(0.2)) trailing.push({ kind: 'newsletter', text: 'Sign up for our daily briefing on the war' });
  const attributions = curatedAttributions(random, quoteTexts, article, blocks);
  const confidence = random.pick(['confirmed', 'confirmed', 'confirmed', 'secondary', 'inferred'] as const);
  return { headlineKnown, author, urlKnown, dek, rawFile, leading, trailing, attributions, confidence };
}

/** The frontmatter's lines, fences included, valid against `src/schemas/article.ts`. */
function frontmatter(article: ArticlePlan, facts: ArticleFacts): string[] {
  const { headlineKnown, author, urlKnown, dek, rawFile, confidence, attributions } = facts;
  const lines: string[] = ['---'];
  lines.push('headline:');
  if (headlineKnown)
    lines.push(`  value: ${q(article.headline)}`, '  confidence: confirmed', '  note: shown on the stored copy of the page');
  else lines.push('  value: null', '  confidence: unknown', '  note: no copy of the page showing the headline was found');
  if (!headlineKnown) lines.push(`workingTitle: ${q(`${article.outlet.name} report: ${article.headline}`)}`);
  if (dek) lines.push('dek:', `  value: ${q(dek)}`, '  confidence: confirmed');
  lines.push('outlet:', `  value: ${q(article.outlet.name)}`, '  confidence: confirmed');
  lines.push('published:', `  value: ${q(article.published)}`, `  confidence: ${confidence}`);
  if (confidence !== 'confirmed') {
    lines.push(
      `  note: ${q(confidence === 'inferred' ? 'inferred from the relative dates in the text' : 'reported by another outlet')}`,
    );
  }
  lines.push('author:');
  if (author) lines.push(`  value: ${q(author)}`, '  confidence: confirmed');
  else lines.push('  value: null', '  confidence: unknown', '  note: the raw text carries no byline');
  lines.push('sourceUrl:');
  if (urlKnown) {
    const url = `https://www.${article.outlet.slug}.example/${article.published.replaceAll('-', '/')}/${article.slug}/`;
    lines.push(`  value: ${q(url)}`, '  confidence: confirmed');
  } else {
    lines.push('  value: null', '  confidence: unknown', '  note: no copy of the page was found; the address is not guessed');
  }
  lines.push(`raw: ${q(rawFile)}`);
  const furniture = [...facts.leading, ...facts.trailing];
  if (furniture.length > 0) {
    lines.push('furniture:');
    for (const item of furniture) lines.push(`  - kind: ${item.kind}`, `    text: ${q(item.text)}`);
  }
  if (attributions.length > 0) {
    lines.push('attributions:');
    for (const item of attributions) {
      lines.push(`  - quote: ${q(item.quote)}`, `    speaker: ${item.speaker === null ? 'null' : q(item.speaker)}`);
      if (item.speakerLabel) lines.push(`    speakerLabel: ${q(item.speakerLabel)}`);
      lines.push(`    reason: ${q(item.reason)}`);
    }
  }
  lines.push('---', '');
  return lines;
}

/**
 * One article in twenty has an editor's fix for a pronoun-attributed quote ("he said" traced
 * back), naming the speaker, as the real articles' `attributions` do. Only a quote whose words
 * occur in no other quote of the article is picked, so the fix matches exactly one quote.
 */
function curatedAttributions(
  random: Random,
  quoteTexts: string[],
  article: ArticlePlan,
  blocks: BodyBlock[],
): CuratedAttribution[] {
  if (!random.chance(0.05)) return [];
  const candidates = blocks.flatMap((block) => {
    const match = /^“([^”]+),” (he|she) said\.$/u.exec(block.text);
    return match ? [match[1]!] : [];
  });
  const unique = candidates.filter((text) => quoteTexts.filter((other) => other.includes(text)).length === 1);
  if (unique.length === 0) return [];
  const quote = random.pick(unique);
  const speaker = article.cast.people[0]!;
  return [{ quote, speaker: speaker.slug, reason: 'checked against the video of the remarks' }];
}
