/**
 * Subjects of reported statements that no other reader takes, because of their shape: a share of a
 * group that opens no clause the other readers know ("… - 60 percent of voters said", "A strong
 * majority of Democratic primary voters say"), and a description whose head is followed by who they
 * are ("Republican activists clamoring to block the nominee say", "some who advocate free speech
 * argue", "Editorial pages across the country, including USA TODAY, warned"), both speaking as unnamed sources in the article's words;
 * and a name kept from its verb by a negation or an adverb of time ("Sanders hasn't said"). Each stands
 * right before its verb. Read only when nothing else was; a bounded window before the
 * cue is read, so a paragraph is read in linear time.
 */
import type { Candidate } from '../attribution/candidates.ts';
import type { SpeechCue } from '../text/speech-cues.ts';
import type { BlockContext } from '../attribution/subjects.ts';
import { SUBJECT_THEN_RELATIVE } from './clause-shapes.ts';
import { candidatesBetween, describedSource, MANNER_ADVERB } from './unread-sources.ts';

/**
 * Between a name and its verb, words the quote attribution's subject reader does not pass and that
 * statements often hold: a negation, "often", "soon", "first", "continue to" ("Sanders hasn't said",
 * "Clinton often has explained", "BuzzFeed News first reported", "Hillary Clinton is continuing to insist").
 */
const NEGATED_OR_TIMED = new RegExp(
  [
    String.raw`^(?=[^]*(?:\bnot|n[’']t|\b(?:often|soon|first|continu\p{Ll}+))\b)`,
    String.raw`(?:\s+(?:also|even|still|has|had|have|not|never|hasn[’']t|hadn[’']t|haven[’']t|often|soon|first|publicly|repeatedly`,
    String.raw`|is\s+continuing\s+to|are\s+continuing\s+to|continues?\s+to|${MANNER_ADVERB}))+\s+$`,
  ].join(''),
  'u',
);
/** Where a clause opens before a name: the sentence's start, a comma, or a conjunction. */
const OPENS_CLAUSE =
  /(?:^\s*|[,;:—–]\s*|\b(?:[Aa]nd|[Bb]ut|that|[Ww]hile|[Aa]s|[Bb]ecause|[Ww]hen|[Tt]hough|[Aa]lthough|[Ss]ince|[Ii]f|how)\s+)$/u;

/** Right before a share, words that make it part of a longer phrase ("including a minority of …", "half of what"). */
const INSIDE_A_PHRASE = /\b(?:including|like|of|than|to|by|from|among|with|for)\s+$/u;

/** How far before its verb a subject of these shapes may start, in characters. */
const REACH = 200;
/**
 * Words a subject's tail may not hold: verbs of speech or being and conjunctions that open a clause ("A furore
 * erupted in 2006 when USA Today reported": "when" opens the clause whose subject is USA Today).
 */
const NOT_IN_TAIL = String.raw`(?:said|say|says|told|tell|tells|is|are|was|were|be|been|and|but|or|he|she|it|they|we|i|you|that|what|when|while|because|although|though|whether|if)`;
/** A word of a participle's clause ("clamoring to block the nominee"): no comma, quote, bracket or lone dash, no word of `NOT_IN_TAIL`. */
const CLAUSE_WORD = String.raw`(?!${NOT_IN_TAIL}\b)[\p{L}\p{N}][\p{L}\p{N}’'./&-]*`;
/** A word of a subject's tail: a clause word, and no "to" ("… led Republicans to say": the infinitive is the verb's). */
const TAIL_WORD = String.raw`(?!to\b)${CLAUSE_WORD}`;
/** A word of a relative clause: a clause word, or a verb of being ("who had been", "whose laws have been invalidated"). */
const RELATIVE_WORD = String.raw`(?:is|are|was|were|be|been|${CLAUSE_WORD})`;
/** A word of a phrase after a head ("of the debate"): a tail word and no past tense ("… of the debate led Republicans"). */
const PHRASE_WORD = String.raw`(?!(?:\p{Ll}+ed|led|made|gave|took|sent|got|put|set|left)\b)${TAIL_WORD}`;
/** Between a subject and its verb: auxiliaries, "not" and adverbs ("have in particular", "have in the past", "soon"). */
const BETWEEN = [
  String.raw`\s+(?:(?:also|even|soon|later|now|still|often|first|have|has|had|not|never|long|recently|repeatedly|quickly`,
  String.raw`|today|alike|overall|in\s+particular|in\s+the\s+past|${MANNER_ADVERB})\s+)*$`,
].join('');
/** What opens a share: "more than", "nearly", "a strong", and the like. */
const SHARE_OPENER = [
  String.raw`(?:(?:[Mm]ore\s+than|[Nn]early|[Aa]bout|[Aa]lmost|[Jj]ust|[Oo]nly|[Rr]oughly|[Aa]t\s+least|[Ff]ewer\s+than|[Ll]ess\s+than`,
  String.raw`|[Aa]\s+mere|[Aa]\s+full)\s+)?`,
].join('');
/** A number, in figures or words. */
const NUMBER = String.raw`(?:\d+|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en)`;
/**
 * A share of a group: "60 percent of voters", "half", "Nearly eight in 10 Democratic voters overall",
 * "About four out of 10 voters", "A strong majority of Democratic primary voters", "a number of attendees".
 * A bare number ("43 said") is no share: as a speaker it would tell a reader nothing.
 */
const SHARE = new RegExp(
  [
    String.raw`(?:^|[\s(—–-])(`,
    SHARE_OPENER,
    String.raw`(?:\d[\d.,]*\s*(?:%|percent|per\s+cent)|${NUMBER}[\s-]+(?:in|out\s+of)[\s-]+(?:\d+|ten)`,
    String.raw`|[Hh]alf|[Aa]\s+third|[Aa]\s+quarter|[Tt]wo-thirds|[Tt]hree-quarters|[Tt]hree-fourths`,
    String.raw`|[Aa]n?\s+(?:(?:strong|significant|large|small|slim|narrow|growing|overwhelming|clear|solid|sizable|substantial|bare)\s+)?`,
    String.raw`(?:majority|number|plurality|minority|handful))`,
    // "of voters", "of respondents in the USA TODAY/Suffolk poll", "Democratic voters overall", "Republicans who attended".
    String.raw`(?:\s+${TAIL_WORD}){0,10}?)`,
    // "about two-thirds, 67 percent, say": a share in apposition closes with its comma.
    `,?${BETWEEN}`,
  ].join(''),
  'u',
);

/** Where a clause opens, for a description: as in `described-subjects.ts`, and after "than", "what", "after" or a spaced hyphen. */
const CLAUSE_START = [
  String.raw`(?:^\s*(?:(?:And|But|Yet|So)\s+)?|[,;:—–(]\s*(?:(?:and|but|yet|so)\s+)?|\s-{1,2}\s+`,
  String.raw`|\b(?:[Bb]ut|that|[Ww]hile|[Aa]s|[Bb]ecause|[Ww]hen|[Tt]hough|[Aa]lthough|[Yy]et|[Ee]ven|[Ww]here|than|what|[Aa]fter|[Ss]ince)\s+)`,
].join('');
/** Words that open a description: determiners, quantities, and an owner ("Clinton’s", "Sanders's"). */
const DETERMINER = [
  String.raw`(?:[Tt]he|[Aa]n?|[Ss]ome|[Mm]any|[Mm]ost|[Ss]everal|[Bb]oth|[Ee]ach|[Aa]ll|[Oo]ther|[Aa]nother|[Tt]hese|[Tt]hose|[Ff]ew`,
  String.raw`|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|\p{Lu}[\p{L}.-]*[’'](?:s\b)?)`,
].join('');
/** A modifier before the head: a word that is no function word, pronoun or verb of being. */
const MODIFIER = String.raw`(?!(?:the|a|an|and|or|but|of|that|who|which|he|she|it|they|we|was|were|is|are|has|have|had|said|say|says)\b)[\p{L}\p{N}’'-]+`;
/** Who the people of a description are, after its head: a relative or participle clause, a phrase, or an aside. */
const POSTMODIFIER = [
  // "a young woman who had been an exchange student", "officials whose laws have been invalidated": a relative clause has verbs.
  String.raw`(?:\s+(?:who|whose|that)\s+(?:${RELATIVE_WORD}\s+){0,10}?${TAIL_WORD}`,
  String.raw`|\s+(?:I|we)\s+(?:[’']ve|have)\s+(?:${TAIL_WORD}\s+){0,8}?${TAIL_WORD}`,
  String.raw`|\s+\p{Ll}{3,}ing\s+(?:${CLAUSE_WORD}\s+){0,10}?${TAIL_WORD}`,
  String.raw`|\s+(?:of|for|in|at|from|with|across|close\s+to)\s+(?:${PHRASE_WORD}\s+){0,8}?${PHRASE_WORD}`,
  String.raw`|\s*,\s+(?:who|whose|which|like|including)\s[^;:“”"]{1,140}?,`,
  // "Intelligence officials — including …": an aside that names some of them ("— and Y —" is a list, left unread).
  String.raw`|\s[—–-]{1,2}\s(?:including|like|among\s+them|such\s+as)\s[^;:“”"—–]{1,140}?\s[—–-]{1,2}`,
  String.raw`|\s+and\s+(?:(?:other|some|many|their|his|her)\s+)?(?:${MODIFIER}\s+){0,2}?\p{Ll}[\p{Ll}-]+s)`,
].join('');
/** A description and who they are: a determiner or a plural head, then a postmodifier. */
const DESCRIBED = new RegExp(
  [
    `${CLAUSE_START}(`,
    String.raw`(?:${DETERMINER}\s+(?:${MODIFIER}\s+){0,3}?(\p{Ll}[\p{Ll}-]+)`,
    // "domestic and international critics": two adjectives joined before a plural head.
    String.raw`|(?:\p{Ll}+\s+and\s+)?(?:${MODIFIER}\s+){0,3}?(\p{Ll}[\p{Ll}-]+s)`,
    // "some who advocate free speech": a quantity whose relative clause says who they are.
    String.raw`|(?:[Ss]ome|[Tt]hose|[Mm]any|[Oo]thers)(?=\s+who\s))`,
    // "Executives for Mondelez, which generated …,", "Editorial pages across the country, including USA TODAY,".
    `(?:${POSTMODIFIER}){0,2})`,
    BETWEEN,
  ].join(''),
  'u',
);
/** Heads that are no people, bodies or documents ("times", "way"), or someone's words ("His remarks indicated": the owner spoke). */
const NOT_A_HEAD = new RegExp(
  [
    String.raw`^(?:one|ones|time|times|way|ways|day|days|year|years|week|weeks|thing|things|lot|rest|also|even|only|just|often|then`,
    String.raw`|now|so|much|more|less|most|least|always|perhaps|thus|sometimes|was|were|is|are|has|have|had|does|says|gets|seems|appears`,
    String.raw`|its|his|hers|theirs|ours|yours|us|as|this|remarks?|comments?|words|statements?|tweets?|posts?|claims?|letters?|emails?`,
    String.raw`|messages?|speech(?:es)?|calls?|vows?)$`,
  ].join(''),
  'u',
);

/** The share right before a finite cue ("… - 60 percent of voters said"), as an unnamed source; null when there is none. */
export function shareSubject(text: string, sentenceStart: number, cue: SpeechCue): Candidate | null {
  const share = shareBefore(text, sentenceStart, cue);
  // "some liberal economists - including a minority of the Fed's …": a share inside a phrase is part of another subject.
  return share && !INSIDE_A_PHRASE.test(text.slice(Math.max(0, share.start - 12), share.start)) ? share : null;
}

/**
 * The share right before a speech participle, which it is the subject of: "…, with 30 percent of voters saying they …",
 * "… have left 62 percent of voters saying …" (a poll's answer, as "60 percent of voters said" is). After "with" too, the
 * share is the participle's own subject, not a phrase's tail. Null when there is none.
 */
export function shareBeforeParticiple(text: string, sentenceStart: number, cue: SpeechCue): Candidate | null {
  if (cue.form !== 'participle') return null;
  const share = shareBefore(text, sentenceStart, cue);
  // "made a third attempt, writing …": before a participle's comma stands another clause's object, not its subject.
  if (!share || text.slice(share.end, cue.start).includes(',')) return null;
  const before = text.slice(Math.max(0, share.start - 12), share.start);
  return /\bwith\s+$/u.test(before) || !INSIDE_A_PHRASE.test(before) ? share : null;
}

/** The share of a group that ends right before a cue, as an unnamed source; null when there is none. */
function shareBefore(text: string, sentenceStart: number, cue: SpeechCue): Candidate | null {
  const from = Math.max(sentenceStart, cue.start - REACH);
  const match = SHARE.exec(text.slice(from, cue.start));
  if (!match) return null;
  const words = match[1]!;
  return describedSource(from + match.index + match[0].indexOf(words), words, true);
}

/**
 * The description, with who its people are, right before a finite cue at a clause's start ("Republican
 * activists clamoring to block the nominee say"), as an unnamed source; null when there is none.
 */
export function postmodifiedSubject(context: BlockContext, sentenceStart: number, cue: SpeechCue): Candidate | null {
  const { text } = context;
  const from = Math.max(sentenceStart, cue.start - REACH);
  const before = text.slice(from, cue.start);
  const match = DESCRIBED.exec(before);
  if (!match) return null;
  const head = match[2] ?? match[3];
  if (head !== undefined && NOT_A_HEAD.test(head)) return null;
  const words = match[1]!.replace(/\s*[,—–-]+$/u, '');
  const start = from + match.index + match[0].indexOf(words);
  // "Friends, lobbyists and former foes say": after a comma, "X and Y" closes a list, whose head is further back.
  const postmodifierAt = words.search(/\s(?:who|whose|that|of|for|in|at|from|with|across)\s|,/u);
  const beforePostmodifier = postmodifierAt < 0 ? words : words.slice(0, postmodifierAt);
  if (/^[,;]/u.test(match[0]) && /\sand\s/u.test(beforePostmodifier)) return null;
  // "Clinton defenders argue": a name before a head with no determiner is whose side they are on, and often the gold's name.
  if (match[3] !== undefined) {
    const headStart = start + words.indexOf(match[3]);
    if (candidatesBetween(context, start, headStart).some((candidate) => candidate.kind === 'named')) return null;
  }
  return describedSource(start, words, true);
}

/**
 * The name right before a finite cue with a negation, "often", "soon", "first" or "continue to" between
 * ("Sanders hasn't said whether …"), at a clause's start; null otherwise. A pronoun is left to the
 * attribution, which reads it with its confidence.
 */
export function nameBeforeNegatedVerb(context: BlockContext, sentenceStart: number, cue: SpeechCue): Candidate | null {
  const { text } = context;
  const name = candidatesBetween(context, Math.max(sentenceStart, cue.start - REACH), cue.start).at(-1);
  if (name?.kind !== 'named' || !NEGATED_OR_TIMED.test(text.slice(name.end, cue.start))) return null;
  const nameStart = name.titleStart ?? name.start;
  return OPENS_CLAUSE.test(text.slice(Math.max(sentenceStart, nameStart - 20), nameStart)) ? name : null;
}

/**
 * "Paradis, who has been active in politics since the age of 25, says …", "Executives for Mondelez, which …, say":
 * the capitalised words that open the sentence, when a relative clause closed by a comma is all that stands between
 * them and the verb; in the article's words. Null otherwise.
 */
export function subjectBeforeRelative(text: string, sentenceStart: number, cue: SpeechCue): Candidate | null {
  if (cue.start - sentenceStart > REACH + 60) return null;
  const match = SUBJECT_THEN_RELATIVE.exec(text.slice(sentenceStart, cue.start));
  if (!match) return null;
  // "Meanwhile Rihanna, who …,": an opener is no part of the subject.
  const words = match[1]!.replace(/^(?:(?:Meanwhile|However|Now|Then|Still|Also|Instead|Later|Earlier|So|Yet)\s+)+/u, '');
  if (words === '') return null;
  return describedSource(sentenceStart + match[0].indexOf(words), words, false);
}
