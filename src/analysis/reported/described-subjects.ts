/**
 * A subject the other readers leave unread, right before its verb at a clause's start, written as a
 * description rather than a name or a role noun: "a reporter asked", "Cologne police say", "news
 * outlets declared", "Each side said", "the paper noted", "43 said", "Nearly nine out of 10 say".
 * It is read only when nothing else was, and it speaks as an unnamed source in the article's words.
 */
import type { Candidate } from '../attribution/candidates.ts';
import type { SpeechCue } from '../text/speech-cues.ts';
import { describedSource, MANNER_ADVERB } from './unread-sources.ts';

/**
 * Where a clause opens: the sentence's start, a comma or dash, or a subordinating conjunction. "and"
 * only after a comma: "he and other challengers", "Friends, lobbyists and former foes" are lists.
 */
const CLAUSE_START = String.raw`(?:^\s*(?:(?:And|But|Yet|So)\s+)?|[,;:—–(]\s*(?:(?:and|but|yet|so)\s+)?|\b(?:[Bb]ut|that|[Ww]hile|[Aa]s|[Bb]ecause|[Ww]hen|[Tt]hough|[Aa]lthough|[Yy]et|[Ee]ven|[Ww]here)\s+)`;
/** Words that are never part of a description, in either case. */
const FUNCTION_WORDS = [
  'the|a|an|and|but|or|as|of|that|this|who|which|what|he|she|it|they|we|i|you|was|were|is|are|be|been|has|have|had|do|does|did',
  'not|to|in|on|at|for|by|with|from|if|than|then|so|yet|even|while|when|where|though|although|because|still|now|also|however',
].join('|');
/** Words that open a description: determiners and quantities. */
const DETERMINER = String.raw`(?:[Tt]he|[Aa]n?|[Ss]ome|[Mm]any|[Mm]ost|[Ss]everal|[Bb]oth|[Ee]ach|[Aa]ll|[Oo]ther|[Aa]nother|[Tt]hese|[Tt]hose|[Ff]ew|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)`;
/** A modifier before the head: any word but a function word, a pronoun or a verb of being or having. */
const MODIFIER = String.raw`(?!(?:${FUNCTION_WORDS}|${FUNCTION_WORDS.replace(/(?<=^|\|)\p{Ll}/gu, (letter) => letter.toUpperCase())})\b)[\p{L}\p{N}’'-]+`;
/**
 * Heads that are no people or bodies ("times", "things"), no nouns ("was", "has", "always"), or
 * someone's words ("His remarks indicated": the owner spoke, and is not read here).
 */
const NOT_A_HEAD = new RegExp(
  [
    String.raw`^(?:it|this|that|these|those|there|here|who|which|what|one|ones|time|times|way|ways|day|days|year|years|week|weeks`,
    String.raw`|also|even|only|just|often|then|now|so|much|more|less|most|least|thing|things|lot|rest|always|perhaps|thus|sometimes`,
    String.raw`|was|were|is|are|has|have|had|does|says|gets|seems|appears|its|his|hers|theirs|ours|yours|us|as|this`,
    String.raw`|remarks?|comments?|words|statements?|tweets?|posts?|claims?|letters?|emails?|messages?|speech(?:es)?)$`,
  ].join(''),
  'u',
);
/**
 * A share with no noun, which reads as a share of the people just named: "Nearly nine out of 10 say",
 * "three-fourths say", "all but two said", "Two others said". A bare number ("43 said") is left
 * unread: as a speaker it would tell a reader nothing.
 */
const NUMBER = String.raw`(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten)`;
const COUNT = [
  String.raw`(?:(?:[Nn]early|[Aa]bout|[Aa]lmost|[Oo]nly|[Jj]ust|[Aa]t\s+least|[Mm]ore\s+than)\s+)?`,
  String.raw`(?:(?:${NUMBER}|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine)\s+out\s+of\s+(?:\d+|ten)`,
  String.raw`|(?:[Tt]wo|[Tt]hree|[Ff]our)-(?:thirds|fourths|fifths)|[Aa]ll\s+but\s+${NUMBER}|(?:[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive)\s+others)`,
].join('');
/** After the subject: auxiliaries and adverbs ("have also", "soon", "strongly", "have not"). */
const BETWEEN = String.raw`\s+(?:(?:also|even|soon|later|now|still|often|first|have|has|had|not|never|long|recently|repeatedly|quickly|publicly|privately|${MANNER_ADVERB})\s+)*$`;
const DESCRIBED = new RegExp(
  `${CLAUSE_START}((?:${DETERMINER}\\s+)(?:${MODIFIER}\\s+){0,3}?(\\p{Ll}[\\p{Ll}-]+)|(?:(?=\\p{Lu})${MODIFIER}\\s+){1,2}(police|authorities|officials|leaders|lawmakers|voters|residents)|(?:${MODIFIER}\\s+){0,2}?(\\p{Ll}[\\p{Ll}-]+s)|${COUNT})${BETWEEN}`,
  'u',
);

/** The description right before a finite cue, at a clause's start, as an unnamed source; null when there is none. */
export function describedSubject(text: string, sentenceStart: number, cue: SpeechCue): Candidate | null {
  const from = Math.max(sentenceStart, cue.start - 120);
  const before = text.slice(from, cue.start);
  const match = DESCRIBED.exec(before);
  if (!match) return null;
  const head = match[2] ?? match[3] ?? match[4];
  if (head !== undefined && NOT_A_HEAD.test(head)) return null;
  const words = match[1]!;
  return describedSource(from + match.index + match[0].indexOf(words), words, true);
}

/** How far a participle may stand from the description that opens its sentence, in characters. */
const PARTICIPLE_REACH = 240;
/**
 * A sentence opened by a description and its finite verb: "The departments declined to …", "One
 * employee at a software firm declined …", "The Russians have used …" (a people's name in -ans is the one
 * capitalised head). The description may hold one
 * prepositional phrase; the verb is a past tense, a present in -s, or an auxiliary.
 */
const OPENING_DESCRIPTION = new RegExp(
  [
    String.raw`^\s*(?:(?:And|But|Yet|So)\s+)?(`,
    String.raw`(?:${DETERMINER}|[Oo]ne)\s+(?:${MODIFIER}\s+){0,3}?(\p{Ll}[\p{Ll}-]+|\p{Lu}\p{Ll}+ans)(?:\s+(?:at|of|for|in|from)\s+(?:the\s+|an?\s+)?(?:${MODIFIER}\s+){0,2}?${MODIFIER})?`,
    String.raw`|(?:(?=\p{Lu})${MODIFIER}\s+){0,2}(\p{Ll}[\p{Ll}-]+s)`,
    // "Analysts are …", "Republicans have …": a capitalised plural alone, with a verb in the plural.
    String.raw`|\p{Lu}\p{Ll}+s(?=(?:,\s+who\s+[^,;:“”"()]{1,120},)?\s+(?:are|were|have)\s))`,
    // "Republicans, who hold a majority in the Senate, have blocked …": a relative clause on the description.
    String.raw`(?:,\s+who\s+[^,;:“”"()]{1,120},)?`,
    // "Democrats are drawing blueprints …": a progressive too.
    String.raw`\s+(?:(?:also|have|has|had|are|were|is|was|strongly|quickly|repeatedly|later|then)\s+)*(?:\p{Ll}+ed|declined|refused|rescinded|intervened|(?<=\b(?:are|were|is|was|been)\s+)\p{Ll}+ing)\b`,
  ].join(''),
  'u',
);

/**
 * "The departments declined to provide any documentation, saying …": a participle after a comma whose
 * subject is the description that opens the sentence; null when the sentence opens otherwise, or a
 * semicolon or another clause's subject may stand between.
 */
export function openingDescriptionOfParticiple(text: string, sentenceStart: number, cue: SpeechCue): Candidate | null {
  if (cue.form !== 'participle' || cue.start - sentenceStart > PARTICIPLE_REACH) return null;
  const before = text.slice(sentenceStart, cue.start);
  if (!/,\s*$/u.test(before) || /[;“”"]|\b(?:and|but)\s+(?:he|she|they|it|we)\b/u.test(before)) return null;
  // "Investigators are looking at …, said a source close to the probe, adding …": the attribution between speaks.
  if (/,\s+(?:said|says|say|added|adds|told|wrote|according\s+to)\s/u.test(before)) return null;
  const match = OPENING_DESCRIPTION.exec(before);
  if (!match) return null;
  const head = match[2] ?? match[3];
  if (head !== undefined && NOT_A_HEAD.test(head)) return null;
  const words = match[1]!;
  return describedSource(sentenceStart + match[0].indexOf(words), words, true);
}
