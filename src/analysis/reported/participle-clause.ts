/**
 * The words a participle reports (`content-clause.ts`): "…, saying (that) the talks had failed",
 * "telling reporters that …", "accusing Kyiv of …", "after initially saying he would …", "Clinton
 * is calling for …". Anchored expressions over bounded windows, so a paragraph is read in linear time.
 */
import type { QuotedText } from '../text/quoted-text.ts';
import type { SpeechCue } from '../text/speech-cues.ts';
import {
  ACCUSED_OBJECT,
  ADJUNCT_THEN_THAT,
  type ContentClause,
  endBeforeNextReport,
  NOT_WORDS_AFTER_VERB,
  objectEnd,
  opensClause,
  skipSpaces,
  THAT,
  TOLD_OBJECT,
} from './clause-bounds.ts';
import { PARTICIPLE_OPENER, PROGRESSIVE_BEFORE } from './clause-shapes.ts';

/** A personal pronoun and a noun phrase after a verb: two objects ("denying him a vote", "denied them the chance"). */
const DOUBLE_OBJECT = /^\s+(?:him|her|them|us|me|it)\s+(?:a|an|the|any|his|her|their|its|\p{Ll}+)\s/u;
/** A share of a group right before a participle: "30 percent of voters ", "three in 10 ", "22 percent ". */
const SHARE_BEFORE =
  /(?:\d[\d.,]*\s*(?:%|percent|per\s+cent)|\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:in|out\s+of)\s+(?:\d+|ten))(?:\s+of(?:\s+[\p{L}’'-]+){1,4})?\s+$/iu;
/** "…, saying (that) the talks had failed", "telling reporters that …", "accusing Kyiv of …": the words after a participle. */
export function participleClause(
  quotedText: QuotedText,
  cue: SpeechCue,
  end: number,
  sentenceStart?: number,
): ContentClause | null {
  const { text } = quotedText;
  // "Noting that only one senator voted with them, Tester added …": a participle that opens its sentence reports the
  // words up to its comma; its subject is the main clause's, after that comma (`speakers-after-verb.ts`).
  if (sentenceStart !== undefined && opensSentence(text, sentenceStart, cue)) {
    const that = THAT.exec(text.slice(cue.end, Math.min(end, cue.end + 100)));
    const start = skipSpaces(text, cue.end + (that?.[0].length ?? 0), end);
    const last = objectEnd(quotedText, start, end);
    if (!that && NOT_WORDS_AFTER_VERB.test(text.slice(start, Math.min(end, start + 20)))) return null;
    return start < last && text[last] === ',' ? { start, end: last, pattern: 'participle-after-clause', cueEnd: cue.end } : null;
  }
  // A participle reports words only as a clause of its own, after a comma or a dash.
  // Also after a preposition of time or means ("after initially saying he would …", "by saying that …").
  // "Clinton is calling for …", "the group is accusing Obama of …": a progressive is the clause's own verb.
  // The comma may stand inside a closing quote mark ("… on a “bad earpiece,” claiming he had …").
  const afterComma =
    /[,—–](?:[”"’]|'')?\s*$/u.test(text.slice(Math.max(0, cue.start - 4), cue.start)) ||
    PROGRESSIVE_BEFORE.test(text.slice(Math.max(0, cue.start - 30), cue.start));
  // "…, with 30 percent of voters saying they …": a share of a poll's answers is the participle's own subject.
  const afterShare = SHARE_BEFORE.test(text.slice(Math.max(0, cue.start - 80), cue.start));
  if (!afterComma && !afterShare && !PARTICIPLE_OPENER.test(text.slice(Math.max(0, cue.start - 60), cue.start))) return null;
  let at = cue.end;
  let cueEnd = cue.end;
  // "writing a book" is no report: "writing" reports words only through "that" ("writing on Twitter that …").
  const window = text.slice(cue.end, Math.min(end, cue.end + 100));
  if (cue.word === 'writing' && !THAT.test(window) && !ADJUNCT_THEN_THAT.test(window)) return null;
  if (cue.word === 'telling') {
    const object = TOLD_OBJECT.exec(text.slice(at, Math.min(end, at + 120)));
    if (!object) return null;
    at += object[0].length;
    cueEnd = at;
  }
  // "saying at a church in Cleveland that …", "writing on Twitter that …": where the words were said, then "that".
  const that =
    THAT.exec(text.slice(at, Math.min(end, at + 100))) ?? ADJUNCT_THEN_THAT.exec(text.slice(at, Math.min(end, at + 100)));
  if (that) at += that[0].length;
  else if (cue.word === 'accusing' && !ACCUSED_OBJECT.test(text.slice(at, Math.min(end, at + 120)))) return null;
  // "…, adding a plug for himself": "adding", as "added", reports words only as a clause.
  else if (cue.word === 'adding' && !opensClause(text.slice(at, Math.min(end, at + 90)))) return null;
  // "denying him a first-ballot victory": a thing withheld from someone, no words.
  else if (cue.word === 'denying' && DOUBLE_OBJECT.test(text.slice(at, Math.min(end, at + 60)))) return null;
  const start = skipSpaces(text, at, end);
  if (!that && NOT_WORDS_AFTER_VERB.test(text.slice(start, Math.min(end, start + 20)))) return null;
  // After a preposition the participle's clause ends at the next comma ("after saying he would not …, took to …").
  const clauseEnd = afterComma ? end : objectEnd(quotedText, start, end);
  const last = endBeforeNextReport(quotedText, start, clauseEnd);
  return start < last ? { start, end: last, pattern: 'participle-after-clause', cueEnd } : null;
}

/** Whether a capitalised participle opens its sentence ("Noting that …"). */
export function opensSentence(text: string, sentenceStart: number, cue: SpeechCue): boolean {
  return /^\p{Lu}/u.test(cue.word) && /^[\s“"‘(]*$/u.test(text.slice(sentenceStart, cue.start));
}
