import type { LineRule } from './rule.ts';
import { sentenceCount, wordCount } from './text-shape.ts';

/**
 * Copy rules of issue 25, round 7, written from the shape of a kind of line rather than from the
 * words of one outlet (development half only): the count of a comment thread, a line naming an
 * account on a social network, an appeal to share the post, an author's handle in brackets under
 * the name, a note of the shares the author or the outlet holds, and a caption that only names its
 * picture ("A still from …"). copy-rules.ts puts them in
 * its table, after the rules of round 6; the comment thread under its count is set aside by its
 * position (thread-regions.ts).
 */

/** Words a count of a thread counts. */
const THREAD_UNITS = String.raw`(?:comments?|replies|responses|reactions)`;

/**
 * The count of a comment thread alone on its line, maybe bracketed or with a verb of posting:
 * "[ 85 comments ]", "Comments (5 posted)", "There are 2 comments", "12 replies so far".
 */
const COMMENT_COUNT = new RegExp(
  [
    String.raw`^(?:`,
    String.raw`[[(]\s*\d[\d,.]*k?\s+${THREAD_UNITS}\s*[\])]`,
    String.raw`|${THREAD_UNITS}\s*\(\s*\d[\d,.]*k?(?:\s+(?:posted|so far))?\s*\)`,
    String.raw`|there (?:are|is|have been) \d[\d,.]*\s+${THREAD_UNITS}`,
    String.raw`|\d[\d,.]*k?\s+${THREAD_UNITS}\s+(?:posted|so far)`,
    String.raw`)\s*:?$`,
  ].join(''),
  'i',
);

/** The social networks an outlet points its readers to. */
const NETWORKS = '(?:facebook|twitter|instagram|youtube|linkedin|pinterest|tiktok|snapchat|tumblr|flipboard|google\\+)';

/** A line naming an account on a network and nothing else: "THE DAILY PLANET on Facebook", "Jane Doe on Twitter". */
const ACCOUNT_ON_NETWORK = new RegExp(
  String.raw`^\p{Lu}[\p{L}\p{N}'’.&-]*(?:\s+[\p{L}\p{N}'’.&-]+){0,5}\s+on\s+${NETWORKS}$`,
  'iu',
);

/** An appeal to pass the post on: "Be sure to tell your friends – share this post with them!". */
const SHARE_APPEAL = /\bshare (?:this|the) (?:post|article|story|page|piece)\b[^.!?]{0,40}[.!]$/i;

/** An author's handle in brackets, alone on its line under the name: "(janedoe)", "(@janedoe)". */
const BRACKETED_HANDLE = /^\(@?[a-z][a-z0-9_.]{2,29}\)$/;

/** One sentence of a note of holdings: "Jane Doe owns shares of Big Corp.", "… has no position in any of the stocks mentioned." */
const HOLDINGS_SENTENCE =
  /\b(?:owns?|holds?) (?:shares|stock|options|positions?) (?:of|in)\b|\bhas no position in\b|\bhas a disclosure policy\b|\brecommends? (?:shares of|the following)\b/i;

/** A picture named by a noun, then what it is of or from: "A still from the 1957 film …", "An aerial view of the port". */
const PICTURE_NOUN_PHRASE = new RegExp(
  [
    String.raw`^an?\s+(?:(?:aerial|general|wide|file|archive|undated|black-and-white|close-up)\s+)?`,
    String.raw`(?:still|photo|photograph|picture|image|view|scene|screenshot|screengrab|rendering|illustration|drawing|painting|map|detail|portrait)`,
    String.raw`\s+(?:of|from|taken)\b`,
  ].join(''),
  'i',
);
/** A verb that makes a line a sentence rather than a picture's name. */
const FINITE_VERB = /\b(?:is|are|was|were|has|have|had|will|would|can|could|shows?|showed|depicts?|depicted)\b/i;

/** The rules of this module, in the order copy-rules.ts lists them among the others. */
export const THREAD_COPY_RULES = [
  {
    name: 'comment-count',
    kind: 'comments',
    description:
      'the count of a comment thread alone on its line (“[ 85 comments ]”, “Comments (5 posted)”, “There are 2 comments”)',
    origin: 'issue 25, round 7: the comment boxes of a news site and of trade press (development half)',
    test: (text) => COMMENT_COUNT.test(text.trim()),
  },
  {
    name: 'account-on-network',
    kind: 'navigation',
    description: 'a line naming an account on a social network and nothing else (“THE DAILY PLANET on Facebook”)',
    origin: 'issue 25, round 7: a blog’s link to its page on a network after the story (development half)',
    test: (text) => wordCount(text) <= 8 && ACCOUNT_ON_NETWORK.test(text.trim()),
  },
  {
    name: 'share-appeal',
    kind: 'boilerplate',
    description: 'an appeal to share the post, ending its sentence (“Be sure to tell your friends – share this post with them!”)',
    origin: 'issue 25, round 7: a blog’s appeal after the story (development half)',
    test: (text) => {
      const trimmed = text.trim();
      return wordCount(trimmed) <= 25 && !/[“”"]/.test(trimmed) && SHARE_APPEAL.test(trimmed);
    },
  },
  {
    name: 'bracketed-handle',
    kind: 'byline',
    description: 'an author’s handle in brackets, alone on its line under the name (“(janedoe)”)',
    origin: 'issue 25, round 7: a financial news site’s byline of two lines (development half)',
    test: (text) => BRACKETED_HANDLE.test(text.trim()),
  },
  {
    name: 'holdings-note',
    kind: 'boilerplate',
    description:
      'a note of the shares the author or the outlet holds, every sentence of it about holdings (“Jane Doe owns shares of Big Corp. ' +
      'The Daily Planet has a disclosure policy.”)',
    origin: 'issue 25, round 7: a financial news site’s disclosure after the story (development half)',
    test: (text) => {
      const trimmed = text.trim();
      if (wordCount(trimmed) > 80 || /[“”"]/.test(trimmed)) return false;
      const sentences = trimmed.split(/(?<=[.!?])\s+(?=\p{Lu})/u);
      return sentences.length >= 2 && sentences.every((sentence) => HOLDINGS_SENTENCE.test(sentence));
    },
  },
  {
    name: 'picture-noun-caption',
    kind: 'caption',
    description:
      'a caption that only names its picture, with no verb of its own (“A still from the 1957 film …, about … (Jane Doe)”, ' +
      '“An aerial view of the port.”)',
    origin: 'issue 25, round 7: a city news site’s caption with no credit line (development half)',
    test: (text) => {
      const trimmed = text.trim();
      if (wordCount(trimmed) > 40 || /[“”"]/.test(trimmed) || !PICTURE_NOUN_PHRASE.test(trimmed)) return false;
      // A relative clause may have its own verb (“… the port where the ships were loaded.”).
      const mainClause = trimmed.replace(/\b(?:where|which|who|that|when)\b[^,;]*/gi, '');
      // One sentence (a credit in brackets may follow), and no verb in the past either (“… highlighted both.”).
      const sentence = trimmed.replace(/\s*\([^)]*\)$/, '');
      return !FINITE_VERB.test(mainClause) && !/\b\p{Ll}+ed\b/u.test(mainClause) && sentenceCount(sentence) === 1;
    },
  },
] as const satisfies readonly LineRule[];
