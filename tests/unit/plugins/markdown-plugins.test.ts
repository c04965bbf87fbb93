/**
 * The Markdown plugins (src/plugins/markdown-plugins.ts) run through a real unified processor, the
 * lists astro.config.mjs uses, on short passages of the real articles. Quote ids are the ones the
 * built site gives the same words (dist/data/quotes.json), since the file name (slug) and the words
 * are the same.
 */
import type { Element, ElementContent, Root } from 'hast';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { describe, expect, test } from 'vitest';
import { markdownPlugins } from '../../../src/plugins/markdown-plugins.ts';
import { articleOptions, markdownFile, plainProcessor, siteProcessor } from '../../helpers/markdown-processor.ts';
import { titledRows } from '../../helpers/fixture-cases.ts';

/** Options for articles naming a few actors of the corpus, as in content/actors/ (Witkoff, Russia, Ukraine left out on purpose). */
const options = articleOptions([
  { slug: 'marco-rubio', name: 'Marco Rubio', aliases: ['Rubio'], kind: 'person' },
  { slug: 'donald-trump', name: 'Donald Trump', aliases: ['Trump'], kind: 'person' },
  { slug: 'united-states', name: 'United States', aliases: ['US', 'U.S.'], kind: 'country' },
  { slug: 'europe', name: 'Europe', aliases: [], kind: 'country' },
  { slug: 'sergey-lavrov', name: 'Sergey Lavrov', aliases: ['Lavrov', 'Sergei Lavrov'], kind: 'person' },
  { slug: 'vladimir-putin', name: 'Vladimir Putin', aliases: ['Putin'], kind: 'person' },
  { slug: 'volodymyr-zelenskyy', name: 'Volodymyr Zelenskyy', aliases: ['Zelenskyy'], kind: 'person' },
  { slug: 'kristen-welker', name: 'Kristen Welker', aliases: ['Welker'], kind: 'person' },
  { slug: 'anatol-lieven', name: 'Anatol Lieven', aliases: ['Lieven'], kind: 'person' },
  { slug: 'nbc', name: 'NBC', aliases: [], kind: 'media' },
]);

const GUARDIAN = '/site/content/articles/trump-team-impatience-walk-away.md';
const RESPONSIBLE_STATECRAFT = '/site/content/articles/rubio-trump-ready-to-walk-away.md';
const TIME = '/site/content/articles/why-us-russia-ukraine-talks-failed.md';
const POLITICO = '/site/content/articles/leaders-retreat-to-their-corners.md';

const processor = () => siteProcessor(options);

/**
 * The statement markup taken out again (its wrapper unwrapped, its marker removed), so the cases
 * below show the quote, date and mention markup alone; the statement markup has its own cases
 * (rehype-statement-markup.test.ts) and one here on a real sentence.
 */
const withoutStatements = () => (tree: Root) => {
  const unwrap = (parent: Root | Element) => {
    parent.children = parent.children.flatMap((child): ElementContent[] => {
      if (child.type !== 'element') return [child as ElementContent];
      const classes = (child.properties.className as string[] | undefined) ?? [];
      if (classes.includes('statement-marker')) return [];
      unwrap(child);
      return classes.includes('statement') ? child.children : [child];
    }) as typeof parent.children;
  };
  unwrap(tree);
};
const { remarkPlugins, rehypePlugins } = markdownPlugins(options);
const quoteMarkupProcessor = () =>
  unified().use(remarkParse).use(remarkPlugins).use(remarkRehype).use(rehypePlugins).use(withoutStatements).use(rehypeStringify);

/**
 * Renders Markdown as Astro would, with the publication date in the frontmatter; without the
 * statement markup unless `statements` is true.
 */
function render(markdown: string, path: string, published = '2025-04-18', statements = false): string {
  const file = markdownFile(markdown, path, { published: { value: published } });
  return String((statements ? processor() : quoteMarkupProcessor()).processSync(file));
}

/** The empty button after a spoken quote that opens its note: no text, so nothing added to the article's words. */
const marker = (id: string) =>
  `<button type="button" class="quote-marker" popovertarget="note-${id}" aria-label="About this quote" data-pagefind-ignore=""></button>`;
const actorLink = (slug: string, text: string) => `<a href="/actors/${slug}/" class="actor-link">${text}</a>`;
/** A later mention of an actor already linked in the article: plain text, still marked. */
const mention = (slug: string, text: string) => `<span class="mention" data-actor="${slug}">${text}</span>`;

interface MarkupCase {
  shows: string;
  path: string;
  published?: string;
  markdown: string;
  html: string;
}

const markupCases: MarkupCase[] = [
  {
    shows: 'paragraphs and subheadings numbered together from p-1',
    path: TIME,
    published: '2025-12-03',
    markdown:
      'Diplomacy, it turns out, is hard.\n\n## How did we get here and what’s next?\n\nTrump is right to push for a peace deal.\n',
    html: [
      '<p id="p-1">Diplomacy, it turns out, is hard.</p>',
      '<h2 id="p-2">How did we get here and what’s next?</h2>',
      `<p id="p-3">${actorLink('donald-trump', 'Trump')} is right to push for a peace deal.</p>`,
    ].join('\n'),
  },
  {
    shows:
      'a fragment in <q id> (its anchor) with its marks inside, its empty note marker right after it; a second mention marked, not linked',
    path: GUARDIAN,
    markdown:
      'Standing on a tarmac in Paris, the US secretary of state, Marco Rubio, issued a threat that the US could ' +
      'simply “move on” from mediating the biggest military conflict in Europe since the second world war.',
    html:
      `<p id="p-1">Standing on a tarmac in Paris, the ${actorLink('united-states', 'US')} secretary of state, ${actorLink('marco-rubio', 'Marco Rubio')}, ` +
      `issued a threat that the ${mention('united-states', 'US')} could simply ` +
      '<q class="quote quote--fragment" id="q-0df5b15167">“move on”</q>' +
      marker('0df5b15167') +
      ` from mediating the biggest military conflict in ${actorLink('europe', 'Europe')} since the second world war.</p>`,
  },
  {
    shows: 'three quotes in one paragraph, each with its marker; each actor linked once in the article',
    path: GUARDIAN,
    markdown:
      '“We’re not going to continue to fly all over the world and do meeting after meeting after meeting if ' +
      'no progress is being made,” Rubio said, noting that the US wanted to stop “thousands” of people from ' +
      'dying in the next year. “So if they’re serious about peace – either side, or both – we want to help. ' +
      'If it’s not going to happen, then we’re just going to move on. We’re going to move on to other topics ' +
      'that are equally if not more important in some ways to the United States.”',
    html:
      '<p id="p-1"><q class="quote quote--statement" id="q-c074eeda39">“We’re ' +
      'not going to continue to fly all over the world and do meeting after meeting after meeting if no progress ' +
      'is being made,”</q>' +
      marker('c074eeda39') +
      ` ${actorLink('marco-rubio', 'Rubio')} said, noting that the ${actorLink('united-states', 'US')} wanted to stop ` +
      '<q class="quote quote--fragment" id="q-1bd3ef5aba">“thousands”</q>' +
      marker('1bd3ef5aba') +
      ' of people from dying in the next year. ' +
      `<q class="quote quote--statement" id="q-57c0f3e65d">“So if they’re serious ` +
      `about peace – either side, or both – we want to help. If it’s not going to happen, then we’re just going ` +
      `to move on. We’re going to move on to other topics that are equally if not more important in some ways ` +
      `to the ${mention('united-states', 'United States')}.”</q>` +
      marker('57c0f3e65d') +
      '</p>',
  },
  {
    shows: 'a title in <cite id> (a mention linked inside it), mentions inside a <q> linked inside it, a forward-read Sunday',
    path: POLITICO,
    published: '2025-08-22',
    markdown:
      'Lavrov dismissed the idea of addressing security guarantees for Ukraine without Russia. “This will not work," he said.\n\n' +
      'He later told NBC’s “Meet the Press with Kristen Welker” in an interview airing Sunday that there is ' +
      'no meeting planned. "Putin is ready to meet with Zelenskyy when the agenda would be ready for a summit. ' +
      'And this agenda is not ready at all."',
    html: [
      `<p id="p-1">${actorLink('sergey-lavrov', 'Lavrov')} dismissed the idea of addressing security guarantees for Ukraine without Russia. ` +
        '<q class="quote quote--statement" id="q-434676f12c">“This will not work,"</q>' +
        marker('434676f12c') +
        ' he said.</p>',
      `<p id="p-2">He later told ${actorLink('nbc', 'NBC')}’s <cite id="q-90f757e251">“Meet the Press with ${actorLink('kristen-welker', 'Kristen Welker')}”</cite> ` +
        `in an interview airing ` +
        '<time datetime="2025-08-24" title="Sunday → 24 August 2025, the first Sunday after publication (22 August ' +
        '2025), read forward because of “airing”" class="resolved-date">Sunday</time>' +
        ' that there is no meeting planned. ' +
        `<q class="quote quote--statement" id="q-ea5a9a02f5">"${actorLink('vladimir-putin', 'Putin')} ` +
        `is ready to meet with ${actorLink('volodymyr-zelenskyy', 'Zelenskyy')} when the agenda would be ready ` +
        `for a summit. And this agenda is not ready at all."</q>` +
        marker('ea5a9a02f5') +
        '</p>',
    ].join('\n'),
  },
  {
    shows: 'a scare quote left plain, in a bare <span> with its anchor (the mention inside it still linked)',
    path: GUARDIAN,
    markdown:
      'But there are few indications that new ground has been struck. One element of a “Trump deal” appears ' +
      'to be this: that it doesn’t take very long or involve very much effort to achieve.',
    html:
      `<p id="p-1">But there are few indications that new ground has been struck. One element of a <span id="q-afdbffa535">“${actorLink('donald-trump', 'Trump')} ` +
      `deal”</span> appears to be this: that it doesn’t take very long or involve very much effort to achieve.</p>`,
  },
  {
    shows: 'a scare quote with no mention: only its anchor, a bare <span>',
    path: TIME,
    published: '2025-12-03',
    markdown: 'Separate Western security guarantees for Ukraine that doesn’t involve Russia as a “guarantor” with veto power.',
    html:
      '<p id="p-1">Separate Western security guarantees for Ukraine that doesn’t involve Russia as a ' +
      '<span id="q-bf25abbcf8">“guarantor”</span> with veto power.</p>',
  },
  {
    shows: 'a weekday resolved against the publication date into <time datetime title>',
    path: GUARDIAN,
    markdown:
      'There have been plenty of meetings: Rubio was on the phone with Sergei Lavrov, the Russian foreign minister, ' +
      'and met with Ukrainian officials and European leaders in Paris on Thursday.',
    html:
      `<p id="p-1">There have been plenty of meetings: ${actorLink('marco-rubio', 'Rubio')} was on the phone ` +
      `with ${actorLink('sergey-lavrov', 'Sergei Lavrov')}, ` +
      'the Russian foreign minister, and met with Ukrainian officials and European leaders in Paris ' +
      '<time datetime="2025-04-17" title="Thursday → 17 April 2025, the Thursday before publication (18 April ' +
      '2025)" class="resolved-date">on Thursday</time>.</p>',
  },
  {
    shows: 'an actor linked at its first mention in the article only, later mentions marked; month-precision datetime',
    path: GUARDIAN,
    markdown:
      'But to listen to Rubio or Witkoff, the various sides have barely moved from their opening positions. ' +
      'On Friday, Bloomberg reported that the United States had offered Russia some sanctions relief in exchange ' +
      'for a deal – something that Rubio had offered as far back as his confirmation hearings in January.\n\n' +
      'Rubio clearly wished to vent frustration on Friday, a day after Trump had said in the White House that he was waiting for Russia’s response.',
    html: [
      `<p id="p-1">But to listen to ${actorLink('marco-rubio', 'Rubio')} or Witkoff, the various sides have barely moved from their opening positions. ` +
        '<time datetime="2025-04-18" title="Friday → 18 April 2025, the publication date (a Friday)" class="resolved-date">On Friday</time>, ' +
        `Bloomberg reported that the ${actorLink('united-states', 'United States')} had offered Russia some sanctions ` +
        `relief in exchange for a deal – something that ${mention('marco-rubio', 'Rubio')} had offered as far ` +
        `back as his confirmation hearings ` +
        '<time datetime="2025-01" title="January → January 2025, the latest January on or before publication ' +
        '(18 April 2025)" class="resolved-date">in January</time>.</p>',
      `<p id="p-2">${mention('marco-rubio', 'Rubio')} clearly wished to vent frustration ` +
        '<time datetime="2025-04-18" title="Friday → 18 April 2025, the publication date (a Friday)" class="resolved-date">on Friday</time>, ' +
        `a day after ${actorLink('donald-trump', 'Trump')} had said in the White House that he was waiting for Russia’s response.</p>`,
    ].join('\n'),
  },
  {
    shows: 'a quote over two paragraphs: one <q> per part, the id on the first, the speaker after the last',
    path: RESPONSIBLE_STATECRAFT,
    markdown:
      'Lieven said threats like these are part of the negotiation process.\n\n' +
      '"To achieve even a lasting ceasefire, the U.S. negotiating team will need to put forward some concrete and detailed terms for ending the war.\n\n' +
      '"Russia will need to accept that it will not get any more territory beyond that already occupied," he said.',
    html: [
      `<p id="p-1">${actorLink('anatol-lieven', 'Lieven')} said threats like these are part of the negotiation process.</p>`,
      `<p id="p-2"><q class="quote quote--statement" id="q-e035140052">"To achieve ` +
        `even a lasting ceasefire, the ${actorLink('united-states', 'U.S.')} negotiating team will need to put ` +
        `forward some concrete and detailed terms for ending the war.</q></p>`,
      '<p id="p-3"><q class="quote quote--statement">"Russia will need to accept ' +
        'that it will not get any more territory beyond that already occupied,"</q>' +
        marker('e035140052') +
        ' he said.</p>',
    ].join('\n'),
  },
  {
    shows:
      'blockquote paragraphs and list items (nested too) numbered with the paragraphs, their quotes, dates and actors marked up like a paragraph’s',
    path: GUARDIAN,
    markdown:
      'Rubio spoke to reporters on Friday.\n\n' +
      '> “We will not sign,” Lavrov said on Thursday.\n>\n> “Nor will we pay,” he added.\n\n' +
      '- Rubio said the US could “move on” on Friday.\n- “We are done,” Rubio said.\n  - Lavrov spoke on Monday.\n\n' +
      '1. First, a ceasefire.\n2. Second, “talks without preconditions,” as Trump said.',
    html: [
      `<p id="p-1">${actorLink('marco-rubio', 'Rubio')} spoke to reporters ` +
        '<time datetime="2025-04-18" title="Friday → 18 April 2025, the publication date (a Friday)" class="resolved-date">on Friday</time>.</p>',
      '<blockquote>',
      '<p id="p-2"><q class="quote quote--statement" id="q-2a92ce941f">“We will not sign,”</q>' +
        `${marker('2a92ce941f')} ${actorLink('sergey-lavrov', 'Lavrov')} said ` +
        '<time datetime="2025-04-17" title="Thursday → 17 April 2025, the Thursday before publication (18 April ' +
        '2025)" class="resolved-date">on Thursday</time>.</p>',
      '<p id="p-3"><q class="quote quote--statement" id="q-5ee9b38530">“Nor will we pay,”</q>' +
        marker('5ee9b38530') +
        ' he added.</p>',
      '</blockquote>',
      '<ul>',
      `<li id="p-4">${mention('marco-rubio', 'Rubio')} said the ${actorLink('united-states', 'US')} could ` +
        '<q class="quote quote--fragment" id="q-0df5b15167">“move on”</q>' +
        marker('0df5b15167') +
        ' <time datetime="2025-04-18" title="Friday → 18 April 2025, the publication date (a Friday)" class="resolved-date">on Friday</time>.</li>',
      '<li id="p-5"><q class="quote quote--statement" id="q-3426a55ea6">“We are done,”</q>' +
        `${marker('3426a55ea6')} ${mention('marco-rubio', 'Rubio')} said.`,
      '<ul>',
      `<li id="p-6">${mention('sergey-lavrov', 'Lavrov')} spoke ` +
        '<time datetime="2025-04-14" title="Monday → 14 April 2025, the Monday before publication (18 April 2025)" ' +
        'class="resolved-date">on Monday</time>.</li>',
      '</ul>',
      '</li>',
      '</ul>',
      '<ol>',
      '<li id="p-7">First, a ceasefire.</li>',
      '<li id="p-8">Second, <q class="quote quote--fragment" id="q-f6eecb95c3">“talks without preconditions,”</q>' +
        `${marker('f6eecb95c3')} as ${actorLink('donald-trump', 'Trump')} said.</li>`,
      '</ol>',
    ].join('\n'),
  },
];

describe('article Markdown through the plugins, in the order of astro.config.mjs', () => {
  test.each(titledRows(markupCases, 'shows'))('%s', (_shows, { markdown, path, published, html }) => {
    expect(render(markdown, path, published)).toBe(html);
  });

  test.each(titledRows(markupCases, 'shows'))('adds no word to the text: %s', (_shows, { markdown, path, published }) => {
    // The text of the HTML (tags removed, entities decoded) is the Markdown's text, whitespace aside.
    const text = (html: string) =>
      html
        .replace(/<[^>]+>/g, '')
        .replace(/&#x26;/g, '&')
        .replace(/\s+/g, ' ')
        .trim();
    const plain = String(plainProcessor().processSync(markdown));
    expect(text(render(markdown, path, published, true))).toBe(text(plain));
  });

  test('a statement reported outside quotation marks: its clause in a span with its id, an empty marker after it', () => {
    const html = render(
      'Lieven said threats like these are part of the negotiation process.',
      RESPONSIBLE_STATECRAFT,
      '2025-04-18',
      true,
    );
    expect(html).toMatch(
      new RegExp(
        '^<p id="p-1"><a href="/actors/anatol-lieven/" class="actor-link">Lieven</a> said ' +
          '<span class="statement" id="(s-[0-9a-f]+)">threats like these are part of the negotiation process</span>' +
          '<button type="button" class="statement-marker" popovertarget="note-\\1" aria-label="About this reported statement" ' +
          'data-pagefind-ignore=""></button>.</p>$',
      ),
    );
  });

  test('records which body blocks each top-level element holds, for the margin notes', () => {
    const frontmatter: Record<string, unknown> = { published: { value: '2025-04-18' } };
    const file = markdownFile(
      'Rubio spoke.\n\n> “We will not sign,” Lavrov said.\n>\n> He left.\n\n- One\n- Two\n\n***\n\n## End',
      GUARDIAN,
      frontmatter,
    );
    processor().processSync(file);
    expect(frontmatter.bodyRows).toEqual([['p-1'], ['p-2', 'p-3'], ['p-4', 'p-5'], [], ['p-6']]);
  });

  test('a file outside articles/ is left untouched: no ids, quotes, dates or links (and raw HTML does not throw)', () => {
    const html = render('Rubio said the US could “move on” on Thursday. <b>x</b>\n\n## Heading', '/site/content/pages/about.md');
    expect(html).toBe('<p>Rubio said the US could “move on” on Thursday. x</p>\n<h2>Heading</h2>');
  });
});
