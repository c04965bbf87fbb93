/**
 * The body of a synthetic article, paragraph by paragraph, shaped like the real articles (10 to 27
 * paragraphs of about 53 words; sentences of 12 to 46 words): reporting, quotes closed by "X said",
 * statements, fragments, pronoun-attributed and unnamed-source quotes, a quote running over two
 * paragraphs, subheadings, and a paragraph for each event the article reports, with its excerpt
 * verbatim. Every draw comes from the article's own stream, in a fixed order: the order is part of
 * what a seed produces, so a change here changes every corpus.
 */
import { eventDatePhrase, pastDate } from './dates.ts';
import { createFiller } from './fill.ts';
import type { Actor, ArticlePlan, EventSource, World } from './model.ts';
import { type Random, weighted } from './random.ts';
import { capitalize, lowerFirst } from './text.ts';
import * as words from './vocabulary.ts';

const LOWERCASE_EXCERPT_FRAMES = [
  'Little came of',
  'Much of the attention was on',
  'Officials are still weighing the outcome of',
  'Markets barely reacted to',
  'Diplomats in several capitals were briefed on',
];
const EVENT_TAILS = [
  ', according to people familiar with the matter',
  ', the first such contact in weeks',
  ', though neither side released details',
  ', a step officials had been working toward for months',
  ', days after the last round of talks ended without agreement',
  '',
];

/** One block of a body: a paragraph or a subheading, as plain text. */
export interface BodyBlock {
  kind: 'paragraph' | 'heading';
  text: string;
}

/** A written body, with the words of every quote in it. */
export interface WrittenBody {
  blocks: BodyBlock[];
  /** The quoted words, in order (a quote over two paragraphs is one, with a blank line inside). */
  quoteTexts: string[];
  /** The article's template filler, which has named in full everyone the body named (the dek uses it). */
  fill: (template: string) => string;
}

/** Writes the body of `article`, drawing from `random` (the article's own stream). */
export function writeBody(article: ArticlePlan, world: World, random: Random): WrittenBody {
  const writer = new BodyWriter(article, world, random);
  return { blocks: writer.write(), quoteTexts: writer.quoteTexts, fill: writer.fill };
}

/** The state a body is written with: who has been named, who spoke last, which quotes are taken. */
class BodyWriter {
  readonly quoteTexts: string[] = [];
  readonly fill: (template: string) => string;
  /** Actors named in full already: later mentions use the short form. */
  private readonly mentioned = new Set<string>();
  /** Quotes the article's events name by hand: no other quote may contain them, or be contained in them. */
  private readonly reserved: string[];
  private lastSpeaker: Actor | null = null;
  private lastUnnamed: string | null = null;

  /**
   * The ordinary paragraphs and how often each is drawn. A builder that returns null cannot be
   * written yet (a "he said" before anyone has spoken), and another is drawn.
   */
  private readonly builders: Array<[weight: number, build: () => string | null]> = [
    [0.28, () => this.narrative(weighted(this.random, [1, 2, 3, 4], [0.15, 0.4, 0.3, 0.15]))],
    [0.27, () => this.namedQuote()],
    [0.08, () => this.statementOrFragment()],
    [0.08, () => this.pronounQuote()],
    [0.1, () => this.unnamedQuote()],
    [0.05, () => this.unnamedQuoteAgain()],
    [0.06, () => this.characterisation()],
    [0.02, () => this.interviewTitle()],
    [0.02, () => this.scareQuote()],
  ];

  private readonly article: ArticlePlan;
  private readonly world: World;
  private readonly random: Random;

  constructor(article: ArticlePlan, world: World, random: Random) {
    this.article = article;
    this.world = world;
    this.random = random;
    this.fill = createFiller(random, article.cast, world, article.published, (person) => this.refer(person));
    this.reserved = article.reports.flatMap((source) => (source.curatedQuote ? [source.curatedQuote] : []));
  }

  write(): BodyBlock[] {
    const { article, random } = this;
    // Paragraph count and shape follow the real articles (10 to 27 paragraphs, about 53 words each).
    const target = Math.round(Math.min(30, Math.max(8, random.normal(15, 5))));
    const blocks: BodyBlock[] = [{ kind: 'paragraph', text: this.narrative(random.int(1, 2)) }];
    const eventSlots = new Map<number, EventSource[]>();
    for (const source of article.reports) {
      const slot = random.int(1, Math.max(1, target - 1));
      eventSlots.set(slot, [...(eventSlots.get(slot) ?? []), source]);
    }
    const headings = random.chance(0.2)
      ? new Set(
          random.sample(
            [...Array(Math.max(0, target - 4)).keys()].map((n) => n + 3),
            random.int(1, 2),
          ),
        )
      : new Set<number>();
    for (let position = 1; blocks.length < target || position <= target; position++) {
      if (headings.has(position)) blocks.push({ kind: 'heading', text: this.fill(random.pick(words.SUBHEADINGS)) });
      for (const source of eventSlots.get(position) ?? []) {
        for (const text of this.eventParagraphs(source)) blocks.push({ kind: 'paragraph', text });
      }
      if (position > target) continue;
      if (random.chance(0.02) && article.cast.people.length > 0) {
        blocks.push(...this.quoteOverTwoParagraphs());
        continue;
      }
      let text: string | null = null;
      while (text === null)
        text = weighted(
          random,
          this.builders.map(([, build]) => build),
          this.builders.map(([weight]) => weight),
        )();
      blocks.push({ kind: 'paragraph', text });
    }
    return blocks;
  }

  /** Full name the first time, the short form after. */
  private refer(person: Actor): string {
    if (this.mentioned.has(person.slug)) return person.short;
    this.mentioned.add(person.slug);
    return person.name;
  }

  private recordQuote(text: string): string {
    this.quoteTexts.push(text);
    return text;
  }

  /** One of the article's first few people, the first ones most often. */
  private speakerOf(): Actor {
    const people = this.article.cast.people;
    return this.random.pick(people.slice(0, Math.max(1, Math.min(people.length, this.random.int(1, 4)))));
  }

  /** Quoted words, a clause to several sentences, that neither start nor contain another quote of the article. */
  private statement(): string {
    const { random, fill } = this;
    for (let attempt = 0; ; attempt++) {
      let text = fill(random.pick(words.STATEMENT_OPENERS));
      // Statements run from a clause to several sentences (real quotes: median 15 words, p90 41).
      if (random.chance(0.3)) text += `, and ${lowerFirst(fill(random.pick(words.STATEMENT_OPENERS)))}`;
      if (random.chance(0.45)) text += `. ${fill(random.pick(words.STATEMENT_FOLLOW_UPS)).replace(/\.$/, '')}`;
      if (random.chance(0.15)) text += `. ${fill(random.pick(words.STATEMENT_OPENERS))}`;
      const clashes =
        this.quoteTexts.some((other) => other.startsWith(text) || text.startsWith(other.replace(/[,.]$/, ''))) ||
        this.reserved.some((other) => other.includes(text) || text.includes(other));
      if (!clashes || attempt >= 6) return text;
    }
  }

  /** A reporter's sentence, one in two lengthened by a clause (the real sentences run 12 to 46 words). */
  private sentence(): string {
    const text = this.fill(this.random.pick(words.NARRATIVE_SENTENCES));
    if (!this.random.chance(0.5) || !text.endsWith('.')) return text;
    return `${text.slice(0, -1)}${this.fill(this.random.pick(words.SENTENCE_EXTENSIONS))}.`;
  }

  private narrative(sentences: number): string {
    return Array.from({ length: sentences }, () => this.sentence()).join(' ');
  }

  /** “…,” said Anna Petrova, the deputy foreign minister. / “…,” Petrova told the Courier on Friday. */
  private namedQuote(): string {
    const { random } = this;
    const speaker = this.speakerOf();
    const text = this.recordQuote(`${this.statement()},`);
    const firstTime = !this.mentioned.has(speaker.slug);
    this.lastSpeaker = speaker;
    const attribution = firstTime
      ? `said ${this.refer(speaker)}, the ${speaker.role!.title}.`
      : random.chance(0.25)
        ? `${this.refer(speaker)} told the ${this.world.pickOutlet(random).name} ${pastDate(random, this.article.published)}.`
        : `${this.refer(speaker)} said.`;
    const more = random.chance(0.7) ? ` ${this.sentence()}` : '';
    return `“${text}” ${attribution}${more}`;
  }

  /** In a statement on Friday, Petrova said: “…” / Petrova said on Friday that the plan was “…” */
  private statementOrFragment(): string {
    const { random } = this;
    const speaker = this.speakerOf();
    this.lastSpeaker = speaker;
    if (random.chance(0.5)) {
      const text = this.recordQuote(`${this.statement()}.`);
      return `In a statement ${pastDate(random, this.article.published)}, ${this.refer(speaker)} said: “${text}” ${this.sentence()}`;
    }
    const fragment = this.recordQuote(`${random.pick(words.FRAGMENTS)}.`);
    const when = pastDate(random, this.article.published);
    const topic = this.fill('{T}');
    return `${capitalize(this.refer(speaker))} said ${when} that ${topic} was “${fragment}” ${this.sentence()}`;
  }

  /** “…,” she said. (the last named speaker); null before anyone has spoken. */
  private pronounQuote(): string | null {
    if (!this.lastSpeaker) return null;
    const text = this.recordQuote(`${this.statement()},`);
    return `“${text}” ${this.lastSpeaker.pronoun} said.`;
  }

  /** “…,” said a senior Ukrainian official, who was granted anonymity to discuss private conversations. */
  private unnamedQuote(): string {
    const { random } = this;
    const [introduction, back] = random.pick(words.UNNAMED_SOURCES);
    const source = introduction.replace('{adj}', random.pick(this.article.cast.countries).adjective!);
    this.lastUnnamed = back;
    this.lastSpeaker = null;
    const text = this.recordQuote(`${this.statement()},`);
    const anonymity = random.chance(0.5) ? ', who was granted anonymity to discuss private conversations' : '';
    return `“${text}” said ${source}${anonymity}. ${this.sentence()}`;
  }

  /** “…,” the official said. (the last unnamed source); null before there is one. */
  private unnamedQuoteAgain(): string | null {
    if (!this.lastUnnamed) return null;
    const text = this.recordQuote(`${this.statement()},`);
    return `“${text}” ${this.lastUnnamed} said.`;
  }

  /** Petrova called the ceasefire “…” and said the two sides would meet again next week. */
  private characterisation(): string {
    const { random } = this;
    const speaker = this.speakerOf();
    this.lastSpeaker = speaker;
    const fragment = this.recordQuote(random.pick(words.FRAGMENTS));
    const topic = this.fill('{T}');
    const when = random.pick(words.FUTURE_DATE_PHRASES);
    return `${capitalize(this.refer(speaker))} called ${topic} “${fragment}” and said the two sides would meet again ${when}. ${this.sentence()}`;
  }

  /** Petrova made the remarks in an interview with “Meet the Press” on … (a title in quotation marks). */
  private interviewTitle(): string {
    const { random } = this;
    const speaker = this.speakerOf();
    const title = this.recordQuote(random.pick(words.SHOW_TITLES));
    const outlet = this.world.pickOutlet(random).name;
    // One expression, so the stream is drawn in the same order: the reference, the date, the sentence.
    return (
      `${capitalize(this.refer(speaker))} made the remarks in an interview with “${title}” ` +
      `on the ${outlet} ${pastDate(random, this.article.published)}. ${this.sentence()}`
    );
  }

  /** Officials in Kyiv refer to the arrangement as a “…” rather than a settlement. (scare quotes) */
  private scareQuote(): string {
    const scare = this.recordQuote(this.random.pick(words.SCARE_QUOTES));
    return `Officials in ${this.fill('{Ccap}')} refer to the arrangement as a “${scare}” rather than a settlement. ${this.sentence()}`;
  }

  /** A quote running over two paragraphs: the first opens a mark it never closes. */
  private quoteOverTwoParagraphs(): BodyBlock[] {
    const speaker = this.speakerOf();
    const first = `${this.statement()}. ${this.fill(this.random.pick(words.STATEMENT_FOLLOW_UPS))}`;
    const second = `${this.statement()},`;
    this.recordQuote(`${first}\n\n${second}`);
    this.lastSpeaker = speaker;
    return [
      { kind: 'paragraph', text: `“${first}` },
      { kind: 'paragraph', text: `“${second}” ${this.refer(speaker)} said.` },
    ];
  }

  /** The paragraph that reports an event with its excerpt, and one with its hand-linked quote, if it has one. */
  private eventParagraphs(source: EventSource): string[] {
    const { random } = this;
    const { event, excerpt } = source;
    for (const actor of event.participants) if (excerpt.includes(actor.name)) this.mentioned.add(actor.slug);
    const when = eventDatePhrase(event, this.article.published);
    const tail = random.pick(EVENT_TAILS);
    const report = /^\p{Lu}/u.test(excerpt)
      ? `${excerpt} ${when}${tail}.`
      : `${random.pick(LOWERCASE_EXCERPT_FRAMES)} ${excerpt} ${when}${tail}.`;
    const speaker = event.participants.find((actor) => actor.kind === 'person');
    const paragraphs: string[] = [];
    if (speaker && random.chance(0.5)) {
      // A quote by a participant in the paragraph that reports the event: linked automatically.
      const text = this.recordQuote(`${this.statement()},`);
      paragraphs.push(`${report} “${text}” ${speaker.short} said afterwards.`);
      this.lastSpeaker = speaker;
    } else {
      paragraphs.push(`${report} ${this.sentence()}`);
    }
    if (source.curatedQuote && speaker) {
      this.recordQuote(`${source.curatedQuote},`);
      paragraphs.push(`“${source.curatedQuote},” ${speaker.short} said later. ${this.sentence()}`);
      this.lastSpeaker = speaker;
    }
    return paragraphs;
  }
}
