import type { LineRule } from './rule.ts';
import { wordCount } from './text-shape.ts';

/**
 * Copy rules of issue 25, round 29, written on the development half only (round 28's misses), each from
 * the shape of a line a page prints around its story: a paywall's note that the story is for subscribers
 * only, with its call to log in or subscribe (“Sorry, but this article is available to subscribers only.
 * Please log in …”), a link to the rest of a post cut by its ellipsis (“Continue reading...”)
 * and a writer's line on a blog's page of posts, a name and a role (“Ann Lee, reporter”). copy-rules.ts
 * tries them after round 28's.
 */

/** The story is kept for subscribers or members: “available to subscribers only”, “for members only”, “reserved for subscribers”. */
const FOR_SUBSCRIBERS =
  /\b(?:available|open|reserved|accessible|exclusive(?:ly)?)\s+(?:only\s+)?(?:to|for)\s+(?:our\s+)?(?:paying\s+|digital\s+)?(?:subscribers|members)(?:\s+only)?\b|\b(?:subscribers|members)[-\s]only\s+(?:article|story|content|piece)\b/iu;

/** The note's call, a sentence of its own that opens with it: “Please log in …”, “Subscribe now”, “Become a member …”. */
const ACCESS_CALL =
  /(?:^|[.!?]\s+)(?:please\s+)?(?:log\s*in|sign\s*in|subscribe|become\s+a\s+(?:subscriber|member)|join\s+(?:now|us|today))\b/iu;

/** A link to the rest of a post, cut by its ellipsis or arrow: “Continue reading...”, “Keep reading →”. */
const CONTINUE_READING = /^(?:continue|keep)\s+reading(?:\s+(?:this|the)\s+(?:post|story|article))?\s*(?:\.{3}|…|»|›|→|>)$/iu;

/** A writer's line: a name of two to four capitalised words, a comma, a role on the staff (“Ann Lee, reporter”). */
const NAME_AND_ROLE =
  /^\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3},\s+(?:(?:staff|senior|chief|contributing|special|political|foreign|science)\s+)?(?:reporter|contributor|correspondent|editor|writer|columnist|photographer)\.?$/u;

/** A members' note: members are offered something, with a call to log in or join (round 33). */
const MEMBERS_OFFER = /\bmembers?\b/iu;
const MEMBERS_CALL =
  /\b(?:log\s*in|sign\s*in)\s+or\s+(?:join|subscribe|sign\s*up)\b|(?:^|[.!?]\s+|\bor\s+)join\s+now\s*[.!]?\s*$/iu;

/** A link to a topic's page under the story: “See more on this subject: …”, “More on this topic: …” (round 33). */
const MORE_ON_SUBJECT = /^(?:see\s+)?more\s+on\s+this\s+(?:subject|topic|story)\s*:\s*\S/iu;

/** The rules, in the order copy-rules.ts tries them. */
export const ACCESS_COPY_RULES = [
  {
    name: 'subscribers-only-note',
    kind: 'boilerplate',
    description:
      'a paywall’s note that the story is for subscribers only, with its call to log in or subscribe (“… available to subscribers only. Please log in …”)',
    origin: 'issue 25, round 29: a magazine’s paywall after the first paragraph (round 28’s half, now development)',
    test: (text) => {
      const trimmed = text.trim();
      return wordCount(trimmed) <= 40 && !/[“”"]/.test(trimmed) && FOR_SUBSCRIBERS.test(trimmed) && ACCESS_CALL.test(trimmed);
    },
  },
  {
    name: 'continue-reading-link',
    kind: 'navigation',
    description: 'a link to the rest of a post, cut by its ellipsis or arrow (“Continue reading...”)',
    origin: 'issue 25, round 29: a wire service’s blog front page (round 28’s half, now development)',
    test: (text) => CONTINUE_READING.test(text.trim()),
  },
  {
    name: 'name-and-role-line',
    kind: 'byline',
    description: 'a writer’s line: a name, a comma and a role on the staff (“Ann Lee, reporter”)',
    origin: 'issue 25, round 29: a magazine blog’s month archive (round 28’s half, now development)',
    test: (text) => NAME_AND_ROLE.test(text.trim()),
  },
  {
    name: 'members-note',
    kind: 'boilerplate',
    description:
      'a site’s note to its members, with its call to log in or join (“Members enjoy an ad-free experience. Log in or Join now.”)',
    origin: 'issue 25, round 33: a magazine’s members’ note between paragraphs (round 32’s half, now development)',
    test: (text) => {
      const trimmed = text.trim();
      return wordCount(trimmed) <= 20 && !/[“”"]/.test(trimmed) && MEMBERS_OFFER.test(trimmed) && MEMBERS_CALL.test(trimmed);
    },
  },
  {
    name: 'more-on-subject-link',
    kind: 'related-link',
    description: 'a link to a topic’s page under the story (“See more on this subject: …”)',
    origin: 'issue 25, round 33: a public broadcaster’s programme page (round 32’s half, now development)',
    test: (text) => wordCount(text) <= 12 && MORE_ON_SUBJECT.test(text.trim()),
  },
] as const satisfies readonly LineRule[];
