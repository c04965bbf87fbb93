/**
 * Every furniture rule of scripts/ingest/furniture-rules.ts, one table each: lines it must catch
 * (taken from the corpus raw files and from saved pages of real news sites) and lines of
 * article text it must leave alone (sentences that look like furniture at a glance).
 */
import { describe, expect, test } from 'vitest';
import {
  classifyLines,
  LINE_RULES,
  matchLineRule,
  matchPageRule,
  PAGE_RULES,
  POSITION_RULES,
  type LineVerdict,
  type PageContext,
  type SourceLine,
} from '../../scripts/ingest/furniture-rules.ts';

interface LineRuleTable {
  rule: string;
  catches: string[];
  leaves: string[];
}

const lineRuleTables: LineRuleTable[] = [
  {
    rule: 'syndication-line',
    catches: [
      'The post Why the U.S.-Russia Ukraine Talks Failed appeared first on TIME.',
      'This piece first appeared on Global Risk Insights.',
      'This article is republished from The Conversation under a Creative Commons license.',
      'Originally published as Angry media won’t buckle over new surveillance laws',
    ],
    leaves: [
      'First published in 1851, the newspaper has long been a voice of the city.',
      'The report first appeared in The Lancet in 2019 and found no such link.',
    ],
  },
  {
    rule: 'update-notice',
    catches: [
      'This story has been updated according to ongoing developments',
      'This article has been updated to include comments from DNC delegates.',
      'This is a developing story and will be updated.',
    ],
    leaves: [
      'The story has been told many times, but never by the people who lived it.',
      'Officials said the database had been updated on Monday.',
    ],
  },
  {
    rule: 'comments-heading',
    catches: [
      'Comments',
      '38 Comments',
      'comments (38)',
      'Comments 38',
      'Leave a Reply',
      'View comments',
      'Join the conversation',
    ],
    leaves: ['Comments from the president drew sharp criticism in Kyiv.', 'He declined to comment.'],
  },
  {
    rule: 'comment-form',
    catches: [
      'Your email address will not be published. Required fields are marked *',
      'Email *',
      'Save my name, email, and website in this browser for the next time I comment.',
    ],
    leaves: ['Your email address is the key to your online identity, the report warned.'],
  },
  {
    rule: 'copyright-line',
    catches: [
      '© 2016 Cable News Network. A Time Warner Company. All Rights Reserved.',
      'Copyright © 2015 BBC.',
      '© Telegraph Media Group Limited 2017',
    ],
    leaves: ['Copyright law has not kept pace with artificial intelligence, the judge wrote.'],
  },
  {
    rule: 'share-bar',
    catches: [
      'Share',
      'FacebookTwitterEmail',
      'Share on Facebook',
      'Share via Email',
      'Facebook | Twitter | LinkedIn',
      'Gift Article',
    ],
    leaves: ['Share prices fell on Monday.', 'Facebook said it would appeal.'],
  },
  {
    rule: 'follow-prompt',
    catches: ['Follow us on social', 'Follow @politico.', 'Follow us on Twitter and Facebook'],
    leaves: ['Follow the money, the investigators were told.'],
  },
  {
    rule: 'navigation-label',
    catches: ['keep readingShow less', 'Skip to content', 'Sign in', 'Read more', 'Show more'],
    leaves: ['Read more carefully, the report is less clear.', 'Home prices rose 4 percent.'],
  },
  {
    rule: 'related-link',
    catches: [
      'Read More: The Case for Trump’s Peace Plan',
      'Related: Rich are paying more in taxes but not as much as they used to',
      '[Read: Why Tunisia, Arab Spring’s sole success story, suffers from Islamist violence]',
      'Lire aussi : Les critiques de la CNIL contre le projet de loi sur le renseignement',
    ],
    leaves: ['Related talks in Geneva ended without a deal.', 'See also the 2014 agreement, which failed.'],
  },
  {
    rule: 'related-heading',
    catches: [
      'LATEST',
      'More from the Guardian',
      'Most viewed',
      'Related articles',
      'Explore more on these topics',
      'Read more:',
    ],
    leaves: ['More from the same source would follow, he said.', 'Latest figures show a rise in exports.'],
  },
  {
    rule: 'newsletter-promo',
    catches: [
      'Newsletter',
      'Subscribe now to our weekly round-up and don’t miss a beat with your favorite RS contributors',
      'SIGN UP FOR OUR NEWSLETTER',
      'Sign up to First Edition, our free daily newsletter – every weekday morning at 7am BST',
      'Vous lisez un article en accès libre. Abonnez-vous à partir de 1 € pour lire tous nos articles.',
    ],
    leaves: [
      'Sign up for health insurance opened on Monday, officials said.',
      'Subscribers to the plan will pay more next year.',
    ],
  },
  {
    rule: 'app-promo',
    catches: ['Download the BBC News app', 'Get it on Google Play', 'Open in app'],
    leaves: ['Download speeds in rural areas lag far behind.'],
  },
  {
    rule: 'advertisement-label',
    catches: [
      'Advertisement',
      'ADVERTISEMENT',
      'Continue reading the main story',
      'Powered by SmartAsset.com',
      'Advertisement:',
      'Story continues below advertisement',
    ],
    leaves: ['Advertisements for the rally ran on every channel.'],
  },
  {
    rule: 'media-label',
    catches: [
      'Map: Flow of foreign fighters to Syria',
      'Video: Rubio speaks on the tarmac in Paris',
      'Graphic: How the talks unfolded',
    ],
    leaves: ['Map: the front line moved only a few kilometres in a year, analysts said.'],
  },
  {
    rule: 'video-marker',
    catches: ['[time-brightcove not-tgx=”true”]', '[embed]', 'JUST WATCHED', '3:14', 'Listen to this article'],
    leaves: ['[Trump]', 'Video shows the strike hit a residential block.'],
  },
  {
    rule: 'photo-credit',
    catches: [
      'Top photo credit: U.S. Secretary of State Marco Rubio arrives at the Quai d’Orsay. JULIEN DE ROSA/Pool via REUTERS',
      'Julien De Rosa/via Reuters',
      'Sergey Dolzhenko/EPA-EFE/Shutterstock',
      'Alexandr Demyanchuk/Pool/AFP via Getty Images',
      'Photograph: Tom Wilson/The Guardian',
      'Credit: STR/AFP',
      'Source: Supplied',
      'Image copyrightGetty Images',
      'Getty Images',
      'Jim Urquhart / Reuters.',
    ],
    leaves: [
      'Credit Suisse said on Monday that profits fell.',
      'Reuters/Ipsos poll shows Trump ahead',
      'The photo was taken by a Reuters photographer in Kyiv.',
    ],
  },
  {
    rule: 'wire-caption',
    catches: [
      'Secretary of State Marco Rubio arrives at the Quai d’Orsay, France’s Ministry of Foreign Affairs, before a bilateral meeting with his French counterpart in Paris, April 17, 2025.',
      'Gunmen in military uniforms stormed Tunisia’s national museum, killing at least 19 people, most of them foreign tourists. (Reuters)',
      'The Soyuz-FG rocket booster is installed on a launch pad in Baikonur, Kazakhstan.(Oleg Urusov/ Roscosmos Space Agency Press Service photo via AP)',
      'Amazon-owned Whole Foods touted a price cut on halibut. (Ellen M. Banner / The Seattle Times)',
    ],
    leaves: [
      'The talks were held in Paris on Thursday, April 17, 2025.',
      'He said he would publish his latest book (a photo essay).',
      '“We will meet again,” he said in Geneva, May 7, 2025.',
    ],
  },
  {
    rule: 'gallery-label',
    catches: ['1 / 5', 'Image 2 of 8', 'Enlarge this image', 'Photo'],
    leaves: ['1 in 4 residents lived in distressed neighborhoods.'],
  },
  {
    rule: 'dateline-byline',
    catches: [
      'First published February 1, 2016: 1:28 AM ET',
      'CNNMoney (New York) First published February 1, 2016: 1:28 AM ET',
      '22 Dec, 2016',
      'April 28, 2019 at 6:01 am Updated April 29, 2019 at 3:33 pm',
      'Le Monde | 04.05.2015 à 13h36 • Mis à jour le 05.05.2015 à 20h13 | Par Martin Untersinger (avec Damien Leloup et Morgane Tual)',
      'By Jon Sopel24 July 2015',
      'Updated 3 hours ago',
    ],
    leaves: ['The ceasefire expired on April 18, 2025.', 'On April 18, 2025, Rubio left Paris'],
  },
  {
    rule: 'byline',
    catches: [
      'By Erin Cunningham',
      'by: Laurie Oakes',
      'By JEFFREY GETTLEMAN',
      'By Jane Doe and John Roe',
      'By Andrew Roth, Reuters',
    ],
    leaves: ['By then, it was too late.', 'By the way forward'],
  },
  {
    rule: 'author-bio',
    catches: [
      'Lucas Nolan is a reporter for Breitbart Tech covering issues of free speech and online censorship. Follow him on Twitter @LucasNolan_ or email him at lnolan@breitbart.com',
      'LAURIE OAKES IS THE NINE NETWORK POLITICAL EDITOR',
      'Benjamin Romano: 206-464-2149 or bromano@seattletimes.com; on Twitter: @bromano. Benjamin Romano covers Amazon.',
    ],
    leaves: [
      'This company is a major producer of steel, officials said.',
      'Tom Graham, a distinguished fellow at the Council on Foreign Relations, said talks would fail.',
      '“He is a great reporter,” Trump said of Boyle.',
    ],
  },
  {
    rule: 'tag-list',
    catches: ['Topics: Zimbabwe, Robert Mugabe, Africa', 'Filed under: Politics'],
    leaves: ['Topics ranged from sanctions to security guarantees.'],
  },
  {
    rule: 'section-path',
    catches: ['Reporting | QiOSK', 'News › World › Africa', 'Pixels › Loi renseignement'],
    leaves: ['Trump: a year of talks', 'The 50/50 split was agreed on Monday.'],
  },
  {
    rule: 'cookie-notice',
    catches: ['We use cookies to give you the best online experience.', 'Accept all', 'Privacy Policy', 'Manage preferences'],
    leaves: ['The company’s privacy policy was changed in May, regulators said.'],
  },
  {
    rule: 'separator-line',
    catches: ['___', '* * *', '—-', '***'],
    leaves: ['— Staff writer'],
  },
];

describe('line rules', () => {
  test('every line rule has a table here', () => {
    expect(LINE_RULES.map((rule) => rule.name).sort()).toEqual(lineRuleTables.map((table) => table.rule).sort());
  });

  describe.each(lineRuleTables)('$rule', ({ rule, catches, leaves }) => {
    test.each(catches)('catches %j', (text) => {
      expect(matchLineRule(text)?.name).toBe(rule);
    });
    test.each(leaves)('leaves article text alone: %j', (text) => {
      expect(LINE_RULES.find((candidate) => candidate.name === rule)!.test(text)).toBe(false);
    });
  });
});

// ------------------------------------------------------------------------------------------

/** A page line's context with what a test sets; the rest as an ordinary paragraph in a div. */
function page(context: Partial<PageContext>): PageContext {
  return {
    tag: 'p',
    ancestors: ['div', 'body'],
    hints: '',
    nearHints: '',
    linkOnly: false,
    boldOnly: false,
    kept: false,
    ...context,
  };
}

interface PageRuleTable {
  rule: string;
  catches: Array<[string, Partial<PageContext>]>;
  leaves: Array<[string, Partial<PageContext>]>;
}

const paragraph = 'Sudan is one of the poorest, most isolated and most violent countries in Africa.';

const pageRuleTables: PageRuleTable[] = [
  {
    rule: 'caption-markup',
    catches: [
      [
        'Hori Parata at his Pātaua farm, the place where he was born and grew up. Photograph: Tom Wilson/The Guardian',
        { tag: 'figcaption', kept: true },
      ],
      [
        'A new Bill would require telecommunications service providers to store so-called ‘metadata’ for two years.',
        { hints: 'caption-text caption', kept: true },
      ],
      ['Image copyrightReuters', { tag: 'figure', kept: true }],
    ],
    leaves: [[paragraph, { kept: true, hints: 'story-body-text story-content' }]],
  },
  {
    rule: 'credit-markup',
    catches: [
      [
        'Ashraf Shazly/Agence France-Presse — Getty Images',
        { tag: 'span', ancestors: ['figcaption', 'figure'], hints: 'credit' },
      ],
    ],
    leaves: [[paragraph, { hints: 'credit-card-story' }]],
  },
  {
    rule: 'social-embed',
    catches: [
      [
        'Talks in Geneva resume today. — Marco Rubio (@SecRubio) May 7, 2025',
        { tag: 'blockquote', hints: 'twitter-tweet', kept: true },
      ],
    ],
    leaves: [[paragraph, { tag: 'blockquote', kept: true }]],
  },
  {
    rule: 'promo-box',
    catches: [['Today’s WorldViews', { kept: true, nearHints: 'pb-f-page-newsletter newsletter-module' }]],
    leaves: [[paragraph, { kept: true, hints: 'article-body newsletter-page', nearHints: 'article-body' }]],
  },
  {
    rule: 'site-navigation',
    catches: [
      ['World', { tag: 'li', ancestors: ['ul', 'nav', 'header', 'body'] }],
      ['Sections', { hints: 'navigation navigation--wide' }],
    ],
    leaves: [[paragraph, { kept: true, ancestors: ['nav'] }]],
  },
  {
    rule: 'cookie-banner',
    catches: [
      ['Continue', { hints: 'cookie-banner' }],
      ['Accept & close', { hints: 'consent-overlay gdpr-banner' }],
    ],
    leaves: [[paragraph, { kept: true, hints: 'cookie-banner' }]],
  },
  {
    rule: 'newsletter-box',
    catches: [['Get the Business Briefing', { hints: 'newsletter-signup' }]],
    leaves: [[paragraph, { kept: true, hints: 'paywall' }]],
  },
  {
    rule: 'share-box',
    catches: [['Share story', { hints: 'social-share' }]],
    leaves: [[paragraph, { kept: true, hints: 'social-share' }]],
  },
  {
    rule: 'comment-section',
    catches: [
      ['Sign in or create your Guardian account to join the discussion.', { hints: 'comments discussion' }],
      ['Name', { ancestors: ['label', 'form', 'body'] }],
    ],
    leaves: [[paragraph, { kept: true, hints: 'comments' }]],
  },
  {
    rule: 'related-box',
    catches: [
      ['The Guardian view on the climate: act now', { ancestors: ['aside', 'body'] }],
      ['Why wages are finally rising', { hints: 'outbrain-widget' }],
    ],
    leaves: [[paragraph, { kept: true, hints: 'related' }]],
  },
  {
    rule: 'ad-slot',
    catches: [['Paid Partner: Compare mortgage rates', { hints: 'ad-container' }]],
    leaves: [[paragraph, { hints: 'lead-paragraph masthead-free' }]],
  },
  {
    rule: 'byline-block',
    catches: [
      ['Eleanor Ainge Roy in Dunedin', { hints: 'byline' }],
      ['Sat 10 Nov 2018 19.00 GMT', { tag: 'p', ancestors: ['time', 'div'] }],
    ],
    leaves: [[paragraph, { kept: true, hints: 'byline' }]],
  },
  {
    rule: 'author-box',
    catches: [['Richard Eskow is a writer and radio host.', { hints: 'bio' }]],
    leaves: [[paragraph, { kept: true, hints: 'bio' }]],
  },
  {
    rule: 'site-footer',
    catches: [['About us', { tag: 'li', ancestors: ['ul', 'footer', 'body'] }]],
    leaves: [[paragraph, { kept: true, ancestors: ['footer'] }]],
  },
  {
    rule: 'site-header',
    catches: [
      ['The Washington Post', { hints: 'site-header' }],
      ['Subscribe', { ancestors: ['div', 'header', 'body'] }],
    ],
    leaves: [[paragraph, { ancestors: ['header', 'article', 'body'] }]],
  },
  {
    rule: 'link-only-line',
    catches: [
      ['Read the full transcript of his interview', { kept: true, linkOnly: true }],
      ['[Bardo museum houses amazing Roman treasures]', { kept: true, linkOnly: true }],
    ],
    leaves: [
      [paragraph, { kept: true, linkOnly: true }],
      ['The UK must stay in the EU', { kept: true, linkOnly: true, tag: 'li' }],
    ],
  },
];

describe('page rules', () => {
  test('every page rule has a table here', () => {
    expect(PAGE_RULES.map((rule) => rule.name).sort()).toEqual(pageRuleTables.map((table) => table.rule).sort());
  });

  describe.each(pageRuleTables)('$rule', ({ rule, catches, leaves }) => {
    test.each(catches)('catches %j', (text, context) => {
      expect(matchPageRule(page(context), text)?.name).toBe(rule);
    });
    test.each(leaves)('leaves %j alone', (text, context) => {
      expect(matchPageRule(page(context), text)?.name).not.toBe(rule);
    });
  });
});

// ------------------------------------------------------------------------------------------

const text = (...lines: string[]): SourceLine[] => lines.map((line, i) => ({ line: i + 1, text: line }));
const ruleOf = (verdict: LineVerdict | undefined) =>
  verdict?.role === 'furniture' ? verdict.rule.name : verdict?.role === 'body' ? `body:${verdict.block}` : undefined;

const P1 =
  'In a dramatic statement early this morning, Secretary of State Marco Rubio said President Donald Trump would give it a few more days.';
const P2 =
  '“We’re not going to continue with this endeavor for weeks and months on end,” Rubio said Friday in Paris after meeting European leaders.';
const P3 =
  'Both Ukraine and Russia appear locked into maximalist demands, and attempts at a temporary ceasefire have yielded mixed results.';

interface PositionTable {
  rule: string;
  /** A text and the line (1-based) the rule must name. */
  catches: Array<{ lines: SourceLine[]; line: number }>;
  /** A text and a line that must stay body. */
  leaves: Array<{ lines: SourceLine[]; line: number }>;
}

const positionTables: PositionTable[] = [
  {
    rule: 'headline-line',
    catches: [
      { lines: text('Rubio: Trump ready to walk away from Ukraine peace talks', P1, P2), line: 1 },
      { lines: text('Stealth Over Health: Hillary Clinton Was Headed to ER But Diverted to Avoid Bad Optics.', P1), line: 1 },
    ],
    leaves: [
      { lines: text('Diplomacy, it turns out, is hard.', P1), line: 1 },
      { lines: text('Charlotte struggles to return to normal after shooting.', P1), line: 1 },
    ],
  },
  {
    rule: 'dek-line',
    catches: [
      {
        lines: text(
          'Rubio: Trump ready to walk away',
          'But if we are going to threaten, there needs to be some clear demands first',
          P1,
        ),
        line: 2,
      },
    ],
    leaves: [
      {
        lines: text(
          'Rubio: Trump ready to walk away',
          'Curfew lifted, but city still in limbo as Guard occupies quiet streets.',
          P1,
        ),
        line: 2,
      },
    ],
  },
  {
    rule: 'header-label',
    catches: [{ lines: text('Marco Rubio', 'Rubio: Trump ready to walk away from Ukraine peace talks', P1), line: 1 }],
    leaves: [{ lines: text('America is conflicted.', P1), line: 1 }],
  },
  {
    rule: 'header-line',
    catches: [
      {
        lines: text(
          'Rubio: Trump ready to walk away',
          'But if we are going to threaten, there needs to be clear demands',
          'A second standfirst line without a full stop',
          P1,
        ),
        line: 3,
      },
    ],
    leaves: [{ lines: text('From Andrea Peyser writing at The New York Post:', P1), line: 1 }],
  },
  {
    rule: 'caption-before-credit',
    catches: [
      {
        lines: text(
          P1,
          'Russian President Vladimir Putin chairs a meeting on the Navy development in Saint Petersburg on April 11, 2025.',
          'Alexandr Demyanchuk/Pool/AFP via Getty Images',
          P2,
        ),
        line: 2,
      },
      {
        lines: text(
          P1,
          'This story has been updated',
          'Trump Rubio',
          'Top image credit: US Secretary of State Marco Rubio (right) is seen in the Oval Office',
        ),
        line: 3,
      },
    ],
    leaves: [
      {
        lines: text(
          P1,
          'But in the wake of Rubio’s public comments, Moscow signaled it was in no hurry to strike a deal.',
          'Julien De Rosa/via Reuters',
          P2,
        ),
        line: 2,
      },
    ],
  },
  {
    rule: 'teaser-list',
    catches: [{ lines: text(P1, 'More from Politico', 'Trump and Putin to meet in Budapest', P2), line: 3 }],
    leaves: [{ lines: text(P1, 'More from Politico', P3, P2), line: 3 }],
  },
  {
    rule: 'after-article',
    catches: [
      {
        lines: text(
          P1,
          P2,
          'This story has been updated according to ongoing developments',
          'Of course, Mexico has not escaped the administration’s tariff onslaught, and there have been setbacks.',
        ),
        line: 4,
      },
    ],
    leaves: [],
  },
  {
    rule: 'after-article-label',
    catches: [{ lines: text(P1, P2, 'Leave a Reply', 'North America'), line: 4 }],
    leaves: [],
  },
];

describe('position rules (texts)', () => {
  test('every position rule for texts has a table here', () => {
    const textRules = [
      'headline',
      'dek',
      'headerLabel',
      'headerLine',
      'captionBeforeCredit',
      'teaserList',
      'afterArticle',
      'afterArticleLabel',
    ] as const;
    expect(textRules.map((key) => POSITION_RULES[key].name).sort()).toEqual(positionTables.map((table) => table.rule).sort());
  });

  describe.each(positionTables)('$rule', ({ rule, catches, leaves }) => {
    test.each(catches)('catches line $line of %#', ({ lines, line }) => {
      expect(ruleOf(classifyLines(lines)[line - 1])).toBe(rule);
    });
    if (leaves.length > 0) {
      test.each(leaves)('leaves line $line of %# as body', ({ lines, line }) => {
        expect(ruleOf(classifyLines(lines)[line - 1])).toMatch(/^body:/);
      });
    }
  });

  test('a short line that is no sentence, between paragraphs, is a subheading; at the end it is a paragraph', () => {
    const verdicts = classifyLines(text(P1, 'How did we get here and what’s next?', P2, 'The end of the matter'));
    expect(verdicts.map(ruleOf)).toEqual(['body:paragraph', 'body:heading', 'body:paragraph', 'body:paragraph']);
  });

  test('a text of prose alone is all body', () => {
    expect(classifyLines(text(P1, P2, P3)).map(ruleOf)).toEqual(['body:paragraph', 'body:paragraph', 'body:paragraph']);
  });
});

describe('position rules (saved pages)', () => {
  const pageLine = (line: number, words: string, context: Partial<PageContext>): SourceLine => ({
    line,
    text: words,
    page: page(context),
  });

  test('page-headline: the h1 or the metadata headline, outside the article', () => {
    const lines = [
      pageLine(1, 'Rubio says the US could move on', { tag: 'h1' }),
      pageLine(2, P1, { kept: true }),
      pageLine(3, P2, { kept: true }),
    ];
    expect(classifyLines(lines, { headline: 'Rubio says the US could move on' }).map(ruleOf)).toEqual([
      'page-headline',
      'body:paragraph',
      'body:paragraph',
    ]);
  });

  test('page-dek: the description, shown outside the article or as its standfirst; never the first paragraph', () => {
    const dek = 'New Zealand’s whale whisperers worry about beachings';
    const shownAsStandfirst = [
      pageLine(1, dek, { kept: true, nearHints: 'content--standfirst' }),
      pageLine(2, P1, { kept: true }),
    ];
    expect(classifyLines(shownAsStandfirst, { dek }).map(ruleOf)).toEqual(['page-dek', 'body:paragraph']);
    const firstParagraph = [pageLine(1, P1, { kept: true }), pageLine(2, P2, { kept: true })];
    expect(classifyLines(firstParagraph, { dek: P1 }).map(ruleOf)).toEqual(['body:paragraph', 'body:paragraph']);
  });

  test('before-article and outside-article: lines Readability left out; a dropped paragraph between kept ones is put back', () => {
    const lines = [
      pageLine(1, 'The Daily Planet', {}),
      pageLine(2, P1, { kept: true }),
      pageLine(3, P3, {}),
      pageLine(4, 'Five things to know', {}),
      pageLine(5, P2, { kept: true }),
      pageLine(6, 'Contact the newsroom', {}),
    ];
    const verdicts = classifyLines(lines);
    expect(verdicts.map(ruleOf)).toEqual([
      'before-article',
      'body:paragraph',
      'body:paragraph',
      'outside-article',
      'body:paragraph',
      'outside-article',
    ]);
    expect(verdicts[2]).toMatchObject({ role: 'body', recovered: true });
  });

  test('a short all-bold paragraph is a subheading; list items and quotes keep their kind', () => {
    const lines = [
      pageLine(1, P1, { kept: true }),
      pageLine(2, 'Whole Foods future', { kept: true, boldOnly: true }),
      pageLine(3, 'He is confident the Iran nuclear deal will be passed by Congress', { kept: true, tag: 'li' }),
      pageLine(4, P2, { kept: true, tag: 'p', ancestors: ['blockquote', 'div'] }),
    ];
    expect(classifyLines(lines).map(ruleOf)).toEqual(['body:paragraph', 'body:heading', 'body:list-item', 'body:quote']);
  });
});
