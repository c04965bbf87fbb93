import { anyOf } from './line-patterns.ts';
import type { LineRule } from './rule.ts';
import { wordCount } from './text-shape.ts';

/**
 * Copy rules for link boxes and the comment box, as pasted with a story (issue 25, round 6): the
 * label of a box of video, photos or tracks alone on its line, a label leading to the next story,
 * a link to other pictures or videos under a label in capitals, a tag list after "Tags/", and the
 * comment box's prompts, small print and invitation to comment. Part of the copy rules of issue 25
 * (copy-rules.ts puts them in its table, in order); the headline under a box's label is set aside
 * by its position (text-regions.ts, `link-box-title`).
 */

/** The label of a box that links to a video, a gallery or tracks, alone on its line: "Watch", "Photos", "Popular Video". */
const LINK_BOX_LABEL = /^(?:watch|photos|photo gallery|popular videos?|featured videos?|related videos?|featured tracks?)\s*:?$/i;

/** A label leading to the next story, maybe with the outlet and an arrow: "Next on The Daily Planet >", "Next story". */
const NEXT_STORY_LABEL = /^next(?:\s+(?:story|article|post))?(?:\s+on\s+\S[^.!?]{0,30}?)?\s*[>»›→]?$/i;

/** A link under a label in capitals: "RELATED PHOTOS: …", "PHOTOS: See …!", "VIDEO: …". */
const CAPITALS_MEDIA_LINK =
  /^(?:RELATED(?:\s+(?:PHOTOS?|VIDEOS?|GALLERY|STORY|STORIES|ARTICLES?|COVERAGE))?|PHOTOS?|VIDEOS?|WATCH|GALLERY|LISTEN)\s*:\s*\S.*$/u;

/** A tag list whose label is set off by a slash: "TAGS/ Politics , Congress". */
const SLASHED_TAG_LIST = /^(?:tags?|topics?|keywords|categories)\s*\/\s+\S.*$/i;

/** One prompt of a comment box: "Read Comments", "Join the Discussion", "Leave a comment", "Comments (3)". */
const COMMENT_PROMPT = new RegExp(
  String.raw`^${anyOf(
    String.raw`(?:read|view|show|see|load|leave|post|add|write)\s+(?:a\s+|all\s+|your\s+)?(?:\d+\s+)?(?:comments?|replies|reply)`,
    'join the (?:discussion|conversation|debate)',
    String.raw`comments?(?:\s*\(\d+\))?`,
  )}$`,
  'i',
);

/** A comment box's terms: "By commenting, you agree to our terms of service …". */
const COMMENT_TERMS = /^by (?:commenting|posting (?:a )?comments?|submitting (?:a )?comments?),? you (?:agree|accept|consent)\b/i;

/** An invitation to comment that ends a line: "… Sound off below!", "Let us know in the comments." */
const COMMENT_INVITATION =
  /(?:^|[.!?]\s+)(?:sound off|tell us|let us know|share your thoughts|weigh in)\b[^.!?]{0,50}?\b(?:below|in the comments?(?: section)?)\s*[.!]?$/i;

/** The rules of this module, in the order copy-rules.ts lists them among the others. */
export const LINK_COPY_RULES = [
  {
    name: 'link-box-label',
    kind: 'teaser',
    description:
      'the label of a box linking to a video, a gallery or tracks, alone on its line (“Watch”, “Photos”, “Popular Video”)',
    origin: 'issue 25, round 6: a broadcaster’s site’s and a news site’s link boxes inside the story (development half)',
    test: (text) => LINK_BOX_LABEL.test(text.trim()),
  },
  {
    name: 'next-story-label',
    kind: 'navigation',
    description: 'a label leading to the next story, maybe with the outlet and an arrow (“Next on The Daily Planet >”)',
    origin: 'issue 25, round 6: a news site’s link after the story (development half)',
    test: (text) => wordCount(text) <= 8 && NEXT_STORY_LABEL.test(text.trim()),
  },
  {
    name: 'capitals-media-link',
    kind: 'related-link',
    description: 'a link to other pictures, videos or stories under a label in capitals (“RELATED PHOTOS: …”, “PHOTOS: See …!”)',
    origin: 'issue 25, round 6: magazines’ inline links (development half)',
    test: (text) => wordCount(text) <= 25 && CAPITALS_MEDIA_LINK.test(text.trim()),
  },
  {
    name: 'slashed-tag-list',
    kind: 'tag',
    description: 'a tag list whose label is set off by a slash (“TAGS/ Politics , Congress”)',
    origin: 'issue 25, round 6: a broadcaster’s site’s tags after the story (development half)',
    test: (text) => wordCount(text) <= 30 && SLASHED_TAG_LIST.test(text.trim()),
  },
  {
    name: 'comment-prompts',
    kind: 'comments',
    description: 'two prompts of a comment box or more on one line (“Read Comments - Join the Discussion”)',
    origin: 'issue 25, round 6: a news site’s comment box (development half)',
    test: (text) => {
      const parts = text.trim().split(/\s*[-–—|•·]\s*/);
      return parts.length >= 2 && parts.length <= 3 && parts.every((part) => COMMENT_PROMPT.test(part));
    },
  },
  {
    name: 'comment-terms',
    kind: 'comments',
    description: 'a comment box’s terms (“By commenting, you agree to our terms of service …”)',
    origin: 'issue 25, round 6: a news site’s comment box (development half)',
    test: (text) => wordCount(text) <= 40 && COMMENT_TERMS.test(text.trim()),
  },
  {
    name: 'comment-invitation',
    kind: 'comments',
    description: 'a question to the readers ending in an invitation to comment (“What do you think? … Sound off below!”)',
    origin: 'issue 25, round 6: a magazine’s prompt after the story (development half)',
    test: (text) => {
      const trimmed = text.trim();
      return wordCount(trimmed) <= 40 && /\?/.test(trimmed) && !/[“”"]/.test(trimmed) && COMMENT_INVITATION.test(trimmed);
    },
  },
] as const satisfies readonly LineRule[];
