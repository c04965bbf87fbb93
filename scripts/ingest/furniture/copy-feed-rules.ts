import type { LineRule } from './rule.ts';
import { sentenceCount, wordCount } from './text-shape.ts';

/**
 * Copy rules of issue 25, round 25, written on the development half only (round 24's misses), each
 * from the shape of a line a wire service's or a news site's page prints around its story: a caption
 * whose credit is glued on in lower case (“… in Davao. courtesy of City Police”) or in brackets with
 * a picture word or an agency's source (“… (Photo from the Facebook page of …)”, “… (Source: AFP/VNA)”),
 * a caption still in its HTML tags, a source alone in
 * brackets, a notice over a machine-made summary, an agency feed's disclaimer, a wire
 * story's end mark between dashes (“-- End --”), a compiler's byline and a picture's credit after a dash, and a
 * date line labelled as the latest update.
 * copy-rules.ts tries them after round 24's.
 */

/** A credit glued after a caption's last sentence, in lower case: “courtesy of …”, “photo courtesy of …”. */
const CAPTION_COURTESY_CREDIT =
  /^(?<caption>\p{Lu}.*[.!?])\s+(?:photos?\s+|image\s+)?courtesy\s+of\s+(?:the\s+)?\p{Lu}[\p{L}.'’&-]*(?:\s+(?:of|the|and|de|\p{Lu}[\p{L}.'’&-]*)){0,8}$/u;

/** A picture's credit in brackets at a caption's end, a picture word first: “(Photo from …)”, “(Photo courtesy of …)”, “(File photo)”. */
const PICTURE_WORD_BRACKET =
  /\(\s*(?:(?:file\s+)?photos?|photograph|pictures?|images?)\b(?:\s+(?:from|by|courtesy\s+of|of)\s+|\s*:\s*|\s*\)$)[^()]{0,90}\)?$/i;

/** An agency's source in brackets at a caption's end: agencies' names in capitals joined by a slash (“(Source: AFP/VNA)”). */
const AGENCY_SOURCE_BRACKET = /\(\s*source\s*:\s*\p{Lu}{2,}(?:\s*\/\s*\p{Lu}{2,})+\s*\)$/iu;

/** A source or a picture's credit alone in brackets, with its label: “(Source: Manitoba RCMP)”, “(Photo: Jane Doe)”. */
const LABELLED_SOURCE_ALONE = /^\(\s*(?:source|sources|photo\s+source|image\s+source)\s*:\s*[^()]{2,60}\)$/i;

/** A compiler's or writer's byline after a dash, closing a roundup: “-- Compiled by Jane Doe”. */
const DASHED_COMPILER =
  /^[-–—]{1,2}\s*(?:[Cc]ompiled|[Ww]ritten|[Ee]dited|[Rr]eported|[Pp]repared)\s+by\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}$/u;

/** A date line labelled as the latest update: “Latest update : 2015-05-12”, “Last updated: May 12, 2015”. */
const LATEST_UPDATE_DATE =
  /^(?:latest|last)\s+update[ds]?\s*(?:on\s*)?:?\s*(?:\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{2,4}|(?:\w+\s+)?\d{1,2}\s+\w+\.?,?\s+\d{4}|\w+\.?\s+\d{1,2},?\s+\d{4})(?:[ ,-]+\d{1,2}[:.h]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+\p{Lu}{2,4})?)?$/iu;

/** A picture's credit after a dash: “Photo – YouTube”, “Image — City Archive”. */
const DASHED_PICTURE_CREDIT =
  /^(?:photos?|image|picture|video|footage)\s+[–—-]\s+\p{Lu}[\p{L}\p{N}.&'’-]*(?:\s+\p{Lu}[\p{L}\p{N}.&'’-]*){0,3}$/iu;

/** HTML tags left in a pasted line. */
const HTML_TAG = /<\/?[a-z][a-z0-9]*(?:\s[^<>]*)?>/gi;

/** A notice over a machine-made summary: “This is AI generated summarization, which may have errors.”. */
const AI_SUMMARY_NOTICE =
  /^(?:(?:this|the)\s+)?(?:(?:summary|highlights?|summari[sz]ation)\s+)?(?:(?:is|are|was|were|has\s+been)\s+)?(?:an?\s+)?(?:(?:ai|a\.i\.|artificial[- ]intelligence|machine)[- ](?:generated|written|produced)|generated\s+(?:by|with|using)\s+(?:ai|a\.i\.|artificial\s+intelligence))\b/i;

/** An agency feed's disclaimer: the story was published from a feed as it came (“… auto-published from an agency feed …”). */
const FEED_DISCLAIMER =
  /\b(?:auto-?(?:published|generated)|published|generated)\s+(?:\w+\s+){0,2}from\s+(?:an?\s+|the\s+)?(?:agency|syndicated|wire|news\s+agency)\s+feed\b/i;

/** A wire story's end mark between dashes or rules: “-- End --”, “— END —”, “--Ends--”. */
const DASHED_END_MARK = /^[-–—=~*]{1,4}\s*(?:end|ends|the\s+end|fin)\s*[-–—=~*]{1,4}$/i;

/** The caption before a bracketed credit: a few words in capitals or a sentence, no quotation. */
function isCaptionBeforeCredit(caption: string, maxSentences: number): boolean {
  return wordCount(caption) >= 3 && sentenceCount(caption) <= maxSentences && !/[“”"]/.test(caption);
}

/** A caption ending in a bracketed credit with a picture word, or an agency's source in capitals. */
function endsInBracketedPictureCredit(text: string): boolean {
  const trimmed = text.trim();
  if (wordCount(trimmed) > 60) return false;
  const match = PICTURE_WORD_BRACKET.exec(trimmed) ?? AGENCY_SOURCE_BRACKET.exec(trimmed);
  if (!match || match.index === 0) return false;
  return isCaptionBeforeCredit(trimmed.slice(0, match.index).trim(), 3);
}

/** The rules, in the order copy-rules.ts tries them. */
export const FEED_COPY_RULES = [
  {
    name: 'caption-courtesy-credit',
    kind: 'caption',
    description:
      'a photo caption whose credit is glued on in lower case after its last sentence (“… in Davao. courtesy of City Police”)',
    origin: 'issue 25, round 25: a news site’s captions (round 24’s half, now development)',
    test: (text) => {
      const trimmed = text.trim();
      const match = CAPTION_COURTESY_CREDIT.exec(trimmed);
      return match !== null && wordCount(trimmed) <= 45 && isCaptionBeforeCredit(match.groups!.caption!, 3);
    },
  },
  {
    name: 'caption-bracketed-source',
    kind: 'caption',
    description:
      'a photo caption ending in its credit in brackets, a picture word first or agencies’ names joined by a slash (“… (Photo from the Facebook page of …)”, “… (Source: AFP/VNA)”)',
    origin: 'issue 25, round 25: two wire services’ captions (round 24’s half, now development)',
    test: endsInBracketedPictureCredit,
  },
  {
    name: 'caption-in-markup',
    kind: 'caption',
    description: 'a photo caption still in its HTML tags (“<p><strong>FLOOD</strong>. … <em>(Photo from …)</em></p>”)',
    origin: 'issue 25, round 25: a wire service’s caption printed in its raw tags (round 24’s half, now development)',
    test: (text) => {
      const trimmed = text.trim();
      if (!/^<[a-z]/i.test(trimmed) || !/>$/.test(trimmed)) return false;
      return endsInBracketedPictureCredit(trimmed.replace(HTML_TAG, '').replace(/\s+/g, ' '));
    },
  },
  {
    name: 'labelled-source-alone',
    kind: 'credit',
    description:
      'a source alone on its line in brackets, with its label (“(Source: Manitoba RCMP)”): a picture’s or a chart’s credit',
    origin: 'issue 25, round 25: a broadcaster’s site’s credit under a picture (development half)',
    test: (text) => LABELLED_SOURCE_ALONE.test(text.trim()),
  },
  {
    name: 'dashed-compiler',
    kind: 'byline',
    description: 'a compiler’s byline after a dash closing a roundup (“-- Compiled by Jane Doe”)',
    origin: 'issue 25, round 25: a newspaper’s roundup (development half)',
    test: (text) => DASHED_COMPILER.test(text.trim()),
  },
  {
    name: 'latest-update-date',
    kind: 'byline',
    description: 'a date line labelled as the latest update (“Latest update : 2015-05-12”)',
    origin: 'issue 25, round 25: a public broadcaster’s wire story (development half)',
    test: (text) => LATEST_UPDATE_DATE.test(text.trim()),
  },
  {
    name: 'dashed-picture-credit',
    kind: 'credit',
    description: 'a picture’s credit after a dash, alone on its line (“Photo – YouTube”)',
    origin: 'issue 25, round 25: a commentator’s site’s credit under its picture (development half)',
    test: (text) => DASHED_PICTURE_CREDIT.test(text.trim()),
  },
  {
    name: 'ai-summary-notice',
    kind: 'boilerplate',
    description: 'a notice over a machine-made summary (“This is AI generated summarization, which may have errors. …”)',
    origin: 'issue 25, round 25: a news site’s summary box (round 24’s half, now development)',
    test: (text) => wordCount(text) <= 30 && AI_SUMMARY_NOTICE.test(text.trim()),
  },
  {
    name: 'agency-feed-disclaimer',
    kind: 'boilerplate',
    description:
      'an agency feed’s disclaimer (“Disclaimer: This post has been auto-published from an agency feed without any modifications …”)',
    origin: 'issue 25, round 25: a newspaper’s agency story (round 24’s half, now development)',
    test: (text) => wordCount(text) <= 50 && !/[“”"]/.test(text) && FEED_DISCLAIMER.test(text),
  },
  {
    name: 'dashed-end-mark',
    kind: 'boilerplate',
    description: 'a wire story’s end mark between dashes (“-- End --”)',
    origin: 'issue 25, round 25: a state broadcaster’s story (round 24’s half, now development)',
    test: (text) => DASHED_END_MARK.test(text.trim()),
  },
] as const satisfies readonly LineRule[];
