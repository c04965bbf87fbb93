import type { RuleInfo } from './rule.ts';

/**
 * Position rules, the third family (classify.ts applies them): what a line is by where it stands,
 * not by its words. In a raw text: what comes before the first paragraph of prose (headline, dek,
 * labels), after the article's end marker (teasers, labels), and a short caption right before a
 * photo credit. On a saved page: its headline and dek, and the lines Readability left out. The
 * classifier decides where each applies; a new rule of position is named here and placed there.
 */

/** Every rule of position, by the name the classifier uses for it. */
export const POSITION_RULES = {
  headline: {
    name: 'headline-line',
    kind: 'headline',
    description: 'the headline: a short line before the first paragraph (or the page’s own headline)',
    origin: 'corpus 001 and 004 (the headline line at the top of the raw file)',
  },
  dek: {
    name: 'dek-line',
    kind: 'dek',
    description:
      'the standfirst: a line right under the headline that is not a sentence of the body, or one sentence between the headline ' +
      'and a byline or a datelined first paragraph',
    origin: 'corpus 001 (the dek line under the headline); issue 25 (one-sentence standfirsts in wire and magazine copy)',
  },
  linkBeforeReadMore: {
    name: 'link-before-read-more',
    kind: 'related-link',
    description: 'a headline right above a bare “Read more”: a link to another story inside the article',
    origin: 'issue 25: unseen copy (a newspaper’s inline links to related stories)',
  },
  postBeforeSignature: {
    name: 'post-before-signature',
    kind: 'embed',
    description: 'the text of an embedded social-media post: the line right above its signature',
    origin: 'issue 25: unseen copy (embedded posts in magazine copy)',
  },
  closingRun: {
    name: 'closing-run',
    kind: 'teaser',
    description:
      'after the last paragraph, a run of two or more labels or headlines with no full stop (tags, other stories), or one such line ' +
      'after the page’s own lines; a picture’s description or a summary cut short (“…”) may be part of the run',
    origin: 'issue 25: related-story headlines and tag lists at the end of pasted copy',
  },
  bareNameByline: {
    name: 'bare-name-byline',
    kind: 'byline',
    description: 'a byline that is a name and nothing else, between the headline and the byline or date line that follows it',
    origin: 'issue 25, round 3: a magazine’s header (standfirst, then the author’s name, then the date)',
  },
  headerCaption: {
    name: 'header-caption',
    kind: 'caption',
    description:
      'a caption between the headline and the byline or date line that follows it (a caption-like line, or one right before its ' +
      'credit), or a short first line of the story right after a photo credit',
    origin: 'issue 25, round 3: newspapers that put the lead photo between the headline and the byline',
  },
  inlineTeaser: {
    name: 'inline-teaser',
    kind: 'teaser',
    description:
      'a box about another story inside the article: a headline, its authors’ names on the next line, and a summary cut short (“…”)',
    origin: 'issue 25, round 3: a newspaper’s inline boxes of related stories',
  },
  kickerHeadline: {
    name: 'kicker-headline',
    kind: 'related-link',
    description: 'a block of two lines inside the article: a short label and a headline under it, a link to another story',
    origin: 'issue 25, round 3: a public broadcaster’s links to related stories between paragraphs',
  },
  teaserCards: {
    name: 'teaser-cards',
    kind: 'teaser',
    description:
      'under a heading or link label near the end, short cards of other stories, each with a byline or a time (“8 hrs ago”): ' +
      'their labels, headlines, one-sentence summaries and picture descriptions',
    origin: 'issue 25, round 3: a public broadcaster’s end box of other stories; a magazine’s “Read More” cards',
  },
  captionEcho: {
    name: 'caption-echo',
    kind: 'caption',
    description:
      'a line right after a caption that repeats most of its words (the visible caption after the picture’s description)',
    origin: 'issue 25, round 3: a public broadcaster’s select-all copy',
  },
  promoLabel: {
    name: 'promo-label',
    kind: 'newsletter',
    description: 'a short label right above a newsletter promo: the newsletter’s name',
    origin: 'issue 25, round 3: a magazine’s newsletter box after the story',
  },
  playlistTitle: {
    name: 'playlist-title',
    kind: 'embed',
    description:
      'a video’s title in a player’s playlist: a short line right after a running time alone (“3:14”), or right before ' +
      'the play button with one (“Play Video - 2:46”)',
    origin: 'issue 25, round 4: a broadcaster’s video player and playlist inside the story',
  },
  linkBoxTitle: {
    name: 'link-box-title',
    kind: 'related-link',
    description:
      'the title under a link box’s label (“Watch”, “Popular Video”, “Next on … >”): a headline, or a lead-in ending in a colon, ' +
      'of at most 20 words',
    origin: 'issue 25, round 6: a broadcaster’s site’s and news sites’ link boxes (development half)',
  },
  videoTitleAtTop: {
    name: 'video-title-above',
    kind: 'embed',
    description: 'a video’s title at the top of the text, right under its running time, above the page’s header',
    origin: 'issue 25, round 6: a sports magazine’s video player above the headline (development half)',
  },
  standfirstLabel: {
    name: 'standfirst-label',
    kind: 'dek',
    description: 'a label over the standfirst in the page’s header (“Highlights”, “Quickly”, “Key points”)',
    origin: 'issue 25, round 6: a newspaper’s and a sports magazine’s headers (development half)',
  },
  labelledStandfirst: {
    name: 'labelled-standfirst',
    kind: 'dek',
    description: 'the standfirst under its label in the page’s header: up to four lines, ending at a line set aside',
    origin: 'issue 25, round 6: a newspaper’s and a sports magazine’s headers (development half)',
  },
  playerItem: {
    name: 'player-item',
    kind: 'embed',
    description:
      'a video player’s item (title, summary) between two of its controls (“Caption” … “Caption”), at most three lines',
    origin: 'issue 25, round 6: a newspaper’s video carousel inside the story (development half)',
  },
  headerLabel: {
    name: 'header-label',
    kind: 'section-label',
    description: 'a short label before the first paragraph (section, tag, kicker)',
    origin: 'corpus 001 ("Marco Rubio" above the headline)',
  },
  headerLine: {
    name: 'header-line',
    kind: 'boilerplate',
    description: 'another line before the first paragraph of prose',
    origin: 'general',
  },
  captionBeforeCredit: {
    name: 'caption-before-credit',
    kind: 'caption',
    description: 'a short caption-like line right before a photo credit',
    origin: 'corpus 001 ("Trump Rubio") and 004 (caption, then credit)',
  },
  teaserList: {
    name: 'teaser-list',
    kind: 'teaser',
    description: 'a headline-like line under a "Related" or "More from" heading',
    origin: 'general: recirculation boxes',
  },
  afterArticle: {
    name: 'after-article',
    kind: 'teaser',
    description: 'a line after the article’s end marker (comments, syndication, update notice, copyright)',
    origin: 'corpus 001 (teasers after "This story has been updated…")',
  },
  afterArticleLabel: {
    name: 'after-article-label',
    kind: 'section-label',
    description: 'a short label after the article’s end marker',
    origin: 'corpus 001 ("North America", "LATEST")',
  },
  commentThread: {
    name: 'comment-thread',
    kind: 'comments',
    description:
      'a comment thread after the story: from a line of the comment box (its count, a prompt) with a reader’s comment stamp ' +
      '(“3 hours ago”, “12.09.2016 @ 6:00 PM”, “16 Votes”) within the eight lines below it, to the end of the text',
    origin: 'issue 25, round 7: a news site’s comment box with its first comment (development half)',
  },
  newsletterBoxLine: {
    name: 'newsletter-box-line',
    kind: 'newsletter',
    description:
      'a short line that is no sentence between two lines of a newsletter box, or right after one and naming the box ' +
      '(“… delivered to your inbox”, “Most recent newsletter”)',
    origin: 'issue 25, round 7: a magazine’s newsletter box inside the story (development half)',
  },
  callLinkBox: {
    name: 'call-link-box',
    kind: 'related-link',
    description:
      'a box of another story inside the text: its headline, its summary and a bare call to read it (“Read now”), in a row',
    origin: 'issue 25, round 7: a health news site’s inline link box (development half)',
  },
  standfirstAbovePicture: {
    name: 'standfirst-above-picture',
    kind: 'dek',
    description:
      'the first line of prose under the headline and its header, one or two sentences, right above the lead picture’s credit ' +
      '(or its caption and credit)',
    origin: 'issue 25, round 7: magazines’ standfirsts over the lead picture (development half)',
  },
  captionUnderStandfirst: {
    name: 'caption-under-standfirst',
    kind: 'caption',
    description: 'the lead picture’s caption, between the standfirst and the picture’s credit',
    origin: 'issue 25, round 7: a science magazine’s lead picture (development half)',
  },
  pageHeadline: {
    name: 'page-headline',
    kind: 'headline',
    description: 'the page’s headline (its `<h1>`, or the headline its metadata gives)',
    origin: 'general',
  },
  pageDek: {
    name: 'page-dek',
    kind: 'dek',
    description: 'the standfirst the page’s metadata gives, shown on the page',
    origin: 'general',
  },
  beforeArticle: {
    name: 'before-article',
    kind: 'navigation',
    description: 'a line of the page before the article that Readability left out',
    origin: 'general',
  },
  outsideArticle: {
    name: 'outside-article',
    kind: 'boilerplate',
    description: 'a line of the page that Readability left out of the article',
    origin: 'general',
  },
  headlineRun: {
    name: 'headline-run',
    kind: 'teaser',
    description:
      'inside the story, a box of other stories between paragraphs: three lines or more in a row, each in headline case with no ' +
      'final stop, at least two of them of five words or more (a short label may head them: “Recent Energy Content”)',
    origin: 'issue 25, round 8: a magazine’s inline box of other stories (development half)',
  },
  newsletterBoxHeading: {
    name: 'newsletter-box-heading',
    kind: 'newsletter',
    description:
      'a newsletter box’s heading: a question or an exclamation of at most 15 words right above a line set aside as the box’s, ' +
      'with no paragraph of the story after the box (“Want to learn … ?” over “Sign up for free weekly updates…”)',
    origin: 'issue 25, round 8: a personal-finance site’s and a blog’s newsletter boxes (development half)',
  },
  storyCards: {
    name: 'story-cards',
    kind: 'teaser',
    description:
      'cards of other stories after the first paragraph: a kicker, a headline and a summary in a row, and the cards (a headline ' +
      'and a summary) right after it',
    origin: 'issue 25, round 10: a news site’s inline teaser cards and a newspaper’s cards of other stories (development half)',
  },
  headerMetaRun: {
    name: 'header-meta-run',
    kind: 'byline',
    description:
      'the header’s meta broken into lines of at most four words around a byline or date line set aside, before the second ' +
      'paragraph (“Published” / “2 months ago” / “on” / date / “By” / name)',
    origin: 'issue 25, round 10: a news site’s and a technology site’s headers (development half)',
  },
  sponsoredLinks: {
    name: 'sponsored-links',
    kind: 'boilerplate',
    description:
      'sponsored links under an advertisement’s label: three titles or more in a row right under it, with no full stop',
    origin: 'issue 25, round 10: a technology site’s sponsored links under “Anzeige” (development half)',
  },
  authorBox: {
    name: 'story-author-box',
    kind: 'boilerplate',
    description:
      'an author’s box after the story’s first paragraph: “About” and a person’s name, and the line under it that opens with that name',
    origin: 'issue 25, round 23: a local news site’s author box after the story (round 22’s half, now development)',
  },
  datedTeaserList: {
    name: 'dated-teaser-list',
    kind: 'teaser',
    description:
      'an aggregator’s list of other stories: a date alone on its line, a summary and its source alone in brackets ' +
      '(“Apr 30” / “Police have arrested …” / “(NHK)”), two such entries or more in a row',
    origin: 'issue 25, round 25: an aggregator’s page of a public broadcaster’s story (round 24’s half, now development)',
  },
  summaryUnderNotice: {
    name: 'summary-under-notice',
    kind: 'dek',
    description:
      'the points of a machine-made summary right under its notice (“This is AI generated summarization …” / a short line), ' +
      'before the story’s first paragraph',
    origin: 'issue 25, round 25: a news site’s summary box (round 24’s half, now development)',
  },
  repeatedStandfirst: {
    name: 'repeated-standfirst',
    kind: 'dek',
    description:
      'a standfirst that the first paragraph repeats word for word after its dateline (“Hanoi (VNA) – ” and the same words)',
    origin: 'issue 25, round 25: a wire service’s standfirst (round 24’s half, now development)',
  },
  repeatedHighlight: {
    name: 'repeated-highlight',
    kind: 'dek',
    description: 'a point under a “Story highlights” label near the top that the story repeats word for word further down',
    origin: 'issue 25, round 26: a broadcaster’s site’s highlights box (round 25’s half, now development)',
  },
  promoBoxTitle: {
    name: 'promo-box-title',
    kind: 'teaser',
    description:
      'a promo box’s title right above its pitch that sends the reader to the rest of the coverage (“Live Briefing: …” over ' +
      '“… For all of our coverage of the war, click here.”), a short line with no final stop',
    origin: 'issue 25, round 28: a public broadcaster’s live-briefing box between paragraphs (round 27’s half, now development)',
  },
  pullQuoteDek: {
    name: 'pull-quote-dek',
    kind: 'dek',
    description: 'a pull quote wholly in quotation marks in the header, between the headline and the byline',
    origin: 'issue 25, round 26: a magazine’s editors’ letter (round 25’s half, now development)',
  },
} as const satisfies Record<string, RuleInfo>;

/** The name of a position rule, as verdicts and the review show it. */
export type PositionRuleName = (typeof POSITION_RULES)[keyof typeof POSITION_RULES]['name'];
