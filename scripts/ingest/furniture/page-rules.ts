import type { RuleInfo } from './rule.ts';
import { endsLikeSentence, wordCount } from './text-shape.ts';

/**
 * Page rules, the second family the classifier applies (classify.ts), to saved pages only: where
 * the line sat on the page (a `<nav>`, a `<figcaption>`, a box whose class says "newsletter"),
 * and whether Readability kept it as article content. One ordered table; the first rule that
 * matches names the line. A new rule that reads the page's markup goes here.
 */

/** Where a line of a saved page sat, as the page rules read it. */
export interface PageContext {
  /** Tag of the block element the line is the text of (`p`, `h2`, `li`, `figcaption`…). */
  tag: string;
  /** Tags of the enclosing elements, innermost first. */
  ancestors: readonly string[];
  /** Classes, ids, roles and itemprops of the element and its ancestors, lower-cased, space-separated. */
  hints: string;
  /** The same for the element and its two nearest ancestors only (what a line inside the article is part of). */
  nearHints: string;
  /** The line's text is all link text (a link on its own). */
  linkOnly: boolean;
  /** The line's text is all bold (`<strong>`, `<b>`). */
  boldOnly: boolean;
  /** Readability kept the line as article content. */
  kept: boolean;
}

/** A rule that reads where a line of a saved page sat. */
export interface PageRule extends RuleInfo {
  /** True when the rule may also overrule Readability for lines it kept. */
  insideArticle: boolean;
  test: (context: PageContext, text: string) => boolean;
}

/** The classes, ids and roles of the line's element and its ancestors match `pattern`. */
const hint = (pattern: RegExp) => (context: PageContext) => pattern.test(context.hints);
/** The line is one of `tags`, or inside one. */
const within =
  (...tags: string[]) =>
  (context: PageContext) =>
    tags.includes(context.tag) || context.ancestors.some((tag) => tags.includes(tag));

/** What a paywall says to a reader: a call to subscribe, sign in or register, or the count of free articles. */
const PAYWALL_PROMPT =
  /\b(?:subscribe|subscription|subscriber|sign in|log in|login|register|create (?:an|your) account|continue reading|keep reading|free articles?|article limit|unlock)\b/i;

/** Every rule that reads a saved page's markup, in the order they are tried. */
export const PAGE_RULES = [
  {
    name: 'credit-markup',
    kind: 'credit',
    insideArticle: true,
    description: 'an element marked as a photo credit (`copyrightHolder`, class "credit", "image-source")',
    origin: 'general: HTML figures',
    test: (context) =>
      /(?:^|\s)(?:copyrightholder|credit|image-source|image-credit|photo-credit|attribution)(?:$|\s)/.test(context.hints) &&
      within('figure', 'figcaption')(context),
  },
  {
    name: 'caption-markup',
    kind: 'caption',
    insideArticle: true,
    description: 'the text of a `<figcaption>` or of a `<figure>`, or of an element marked as a caption',
    origin: 'general: HTML figures',
    test: (context) =>
      context.tag === 'figure' ||
      within('figcaption')(context) ||
      /(?:^|[\s_-])(?:caption|wp-caption-text|image-caption|media-caption)(?:$|[\s_-])/.test(context.hints),
  },
  {
    name: 'social-embed',
    kind: 'embed',
    insideArticle: true,
    description: 'an embedded post (a `blockquote` marked twitter-tweet, instagram-media…)',
    origin: 'general',
    test: hint(/\b(?:twitter-tweet|instagram-media|tiktok-embed|fb-post|embed-)\b/),
  },
  {
    name: 'promo-box',
    kind: 'newsletter',
    insideArticle: true,
    description: 'a newsletter sign-up box, even inside the article (class "newsletter", "optin", "signup")',
    origin: 'general',
    test: (context) => /\b(?:newsletter|newsletters|optin|email-?optin|signup|sign-up)\b/.test(context.nearHints),
  },
  {
    name: 'site-navigation',
    kind: 'navigation',
    insideArticle: false,
    description: 'a line of the site’s navigation (`<nav>`, a menu)',
    origin: 'general',
    test: (context) => within('nav')(context) || /\b(?:navigation|navbar|menu|breadcrumbs?|masthead)\b/.test(context.hints),
  },
  {
    name: 'cookie-banner',
    kind: 'boilerplate',
    insideArticle: false,
    description: 'a cookie or consent banner',
    origin: 'general',
    test: hint(/\b(?:cookie|cookies|consent|gdpr|cmp)\b/),
  },
  {
    name: 'paywall-box',
    kind: 'boilerplate',
    // A paywall sits inside the article's markup, where Readability keeps it as text.
    insideArticle: true,
    description: 'a paywall or registration box (class "paywall", "regwall", "subscriber-only", "piano", "meter")',
    origin: 'issue 26 (a paywall box inside <article> was published as body text); general',
    // Only a prompt inside it: some outlets wrap the whole article text in a "paywall" element.
    test: (context, text) =>
      text.length <= 200 &&
      PAYWALL_PROMPT.test(text) &&
      /\b(?:paywall|pay-wall|regwall|reg-wall|subscriber-only|subscribers-only|premium-gate|piano-(?:offer|template|container)|tp-container|meter-(?:wall|message|prompt)|article-gate)\b/.test(
        context.hints,
      ),
  },
  {
    name: 'newsletter-box',
    kind: 'newsletter',
    insideArticle: false,
    description: 'a newsletter or subscription box',
    origin: 'general',
    test: hint(/\b(?:newsletter|subscribe|subscription|signup|sign-up|optin|email-?optin|paywall)\b/),
  },
  {
    name: 'share-box',
    kind: 'navigation',
    insideArticle: false,
    description: 'a share or social box',
    origin: 'general',
    test: hint(/\b(?:share|sharing|social|sharebar|share-tools)\b/),
  },
  {
    name: 'comment-section',
    kind: 'comments',
    insideArticle: false,
    description: 'a comment section or form',
    origin: 'general',
    test: (context) => /\b(?:comments?|respond|reply|disqus|discussion)\b/.test(context.hints) || within('form')(context),
  },
  {
    name: 'related-box',
    kind: 'teaser',
    insideArticle: false,
    description: 'a box of other stories (`<aside>`, "related", "most read", "recommended")',
    origin: 'general',
    test: (context) =>
      within('aside')(context) ||
      /\b(?:related|recirc|more-stories|recommend\w*|trending|popular|most-read|teasers?|promo|outbrain|taboola|read-next|up-next|latest)\b/.test(
        context.hints,
      ),
  },
  {
    name: 'ad-slot',
    kind: 'boilerplate',
    insideArticle: false,
    description: 'an advertisement slot',
    origin: 'general',
    test: hint(/\b(?:ad|ads|advert\w*|dfp|gpt|sponsor\w*|banner-ad)\b/),
  },
  {
    name: 'byline-block',
    kind: 'byline',
    insideArticle: false,
    description: 'the byline, date or author block of the page',
    origin: 'general',
    test: (context) =>
      within('time', 'address')(context) ||
      /\b(?:byline|by-line|author|authors|dateline|timestamp|published|meta-date|article-date)\b/.test(context.hints),
  },
  {
    name: 'author-box',
    kind: 'boilerplate',
    insideArticle: false,
    description: 'an author biography box',
    origin: 'general',
    test: hint(/\b(?:bio|author-bio|about-author|contributor)\b/),
  },
  {
    name: 'site-footer',
    kind: 'boilerplate',
    insideArticle: false,
    description: 'a line of the site’s footer',
    origin: 'general',
    test: (context) => within('footer')(context) || /\b(?:footer|contentinfo|colophon)\b/.test(context.hints),
  },
  {
    name: 'site-header',
    kind: 'navigation',
    insideArticle: false,
    description: 'a line of the site’s header (outside the article)',
    origin: 'general',
    test: (context) =>
      /\b(?:site-header|page-header|global-header|topbar|top-bar|banner)\b/.test(context.hints) ||
      (within('header')(context) && !within('article')(context)),
  },
  {
    name: 'link-only-line',
    kind: 'related-link',
    insideArticle: true,
    description: 'a line that is a single link and no sentence: a link to another story',
    origin: 'general: links between paragraphs',
    test: (context, text) => context.linkOnly && context.tag !== 'li' && !endsLikeSentence(text) && wordCount(text) <= 20,
  },
] as const satisfies readonly PageRule[];

/** The name of a page rule: a reference to a rule by a name the table does not have fails to compile. */
export type PageRuleName = (typeof PAGE_RULES)[number]['name'];

/** The first page rule that catches a line, honouring what Readability kept. */
export function matchPageRule(context: PageContext, text: string): PageRule | undefined {
  return PAGE_RULES.find((rule) => (context.kept ? rule.insideArticle : true) && rule.test(context, text));
}
