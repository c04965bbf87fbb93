/**
 * Reported words written before their attribution or around it (`content-clause.ts`): a sentence
 * that closes on a quoted fragment before "a second official said", an "as" clause ("As The
 * Atlantic noted, …"), an attribution inside its sentence ("A new manager, he said, could …") and
 * a verb followed only by its speaker ("…, said Peskov."). Anchored expressions over bounded
 * windows, so a paragraph is read in linear time.
 */
import { partitionPoint } from '../../lib/partition-point.ts';
import type { QuotedText } from '../text/quoted-text.ts';
import type { SpeechCue } from '../text/speech-cues.ts';
import { type ContentClause, endBeforeNextReport, skipSpaces, trimmedEnd } from './clause-bounds.ts';
import { AS_CLAUSE_END, AS_OPENER, NOT_AS_SUBJECT } from './clause-shapes.ts';

/**
 * Where a sentence's words end when they close on a quoted fragment right before the attribution
 * (`subjectStart`): the quote's end, when at least three words of the reporter's, and more of them
 * than the quote's, with no speech cue and no colon or comma right before the opening mark, stand
 * before it; else null ("Trump told
 * the crowd, “We will win,” Peskov said" is a direct quote).
 */
export function endsOnFragment(quotedText: QuotedText, sentenceStart: number, subjectStart: number): number | null {
  const { text } = quotedText;
  // Quotes do not overlap, so sorted by start they are sorted by end too: a binary search finds the last one before.
  const spans = quotedText.quoted;
  const quote = spans[partitionPoint(spans.length, (index) => spans[index]![1] > subjectStart) - 1];
  if (!quote || quote[0] < sentenceStart || !/^\s*$/u.test(text.slice(quote[1], subjectStart))) return null;
  const before = text.slice(sentenceStart, quote[0]);
  const reporters = before.match(/\p{L}+/gu)?.length ?? 0;
  // Mostly the speaker's own words ("Trump and his team “continue to engage with …,”") are a quote with its attribution.
  const quoted = text.slice(quote[0], quote[1]).match(/\p{L}+/gu)?.length ?? 0;
  if (/[,:]\s*$/u.test(before) || reporters < 3 || reporters < quoted) return null;
  const cues = quotedText.speechCues();
  const next = cues[partitionPoint(cues.length, (index) => cues[index]!.start >= sentenceStart)];
  return next && next.start < quote[0] ? null : quote[1];
}
export function asClauseWords(
  quotedText: QuotedText,
  cue: SpeechCue,
  sentence: { start: number; end: number },
): ContentClause | null {
  if (
    cue.form !== 'finite' ||
    !/^(?:said|says|say|noted|notes|reported|reports|wrote|writes|explained|explains|pointed out|points out|argued|argues|observed|put it|recalled|mentioned|stated|told|has said|warned|predicted|claimed|claims|acknowledged|suggested)$/iu.test(
      cue.word.replace(/\s+/gu, ' '),
    )
  )
    return null;
  const { text } = quotedText;
  const lead = text.slice(Math.max(sentence.start, cue.start - 90), cue.start);
  const opener = AS_OPENER.exec(lead);
  if (!opener) return null;
  const subject = opener[0].replace(/^.*?[Aa]s\s+/u, '');
  if (NOT_AS_SUBJECT.test(subject.replace(/\b(?:has|had|have|also|first|previously|recently|once|long|\p{Ll}+ly)\s+/gu, '')))
    return null;
  const close = AS_CLAUSE_END.exec(text.slice(cue.end, Math.min(sentence.end, cue.end + 90)));
  if (!close) return null;
  const asStart = cue.start - lead.length + opener.index + opener[0].search(/[Aa]s\s/u);
  const before = { start: sentence.start, end: trimmedEnd(text, sentence.start, asStart) };
  const afterStart = skipSpaces(text, cue.end + close[0].length, sentence.end);
  const after = { start: afterStart, end: endBeforeNextReport(quotedText, afterStart, sentence.end) };
  // "…, as The Times reported on Tuesday, and he will …" / "…, as The Times reported.": the words came before.
  const wordsBefore =
    /[,;—–(]\s*$/u.test(text.slice(sentence.start, asStart)) &&
    (after.end <= after.start || /^(?:and|but|so|yet|while|which|who)\b/u.test(text.slice(afterStart, afterStart + 6)));
  const span = wordsBefore ? before : after;
  return span.start < span.end ? { ...span, pattern: 'as-clause', cueEnd: cue.end } : null;
}
/** After an attribution inside a sentence: its time or place, then a comma or semicolon, and the sentence goes on. */
const ATTRIBUTION_THEN_MORE =
  /^(?:\s+(?:on|in|at|during|late|last|this|after|before|yesterday|today|later|earlier|recently|privately|publicly)\b[^,;:“”"]{0,50})?\s*([,;])\s+(\S+)/u;
/** "told The Washington Post, Fiorina would …": the audience of "told", then the comma. */
const TOLD_THEN_MORE = /^\s+(?:(?!\bthat\b)[^,;:“”"]){1,60}?([,;])\s+(\S+)/u;
/** What after the attribution's comma belongs to the attribution, not to the words: "…, he said, adding …", "…, before …". */
const ATTRIBUTION_GOES_ON = /^(?:\p{Ll}+ing|before|after|as|when|which|who|whom|according|in|at|on|during|than|then)$/u;
/**
 * Where the words of an attribution written inside its sentence lie: around it ("A new manager,
 * he said, could set a new tone"; `goesOnAt`: where they go on after it), or `before` it when what follows belongs to the attribution or
 * starts a new clause ("…, officials said, adding that …", "…, analysts say; in 2012 …"); null when
 * the attribution ends the sentence or is not inside one.
 */
export function insideAttribution(
  text: string,
  cue: SpeechCue,
  verb: string,
  span: { sentenceStart: number; comma: number; end: number },
): { goesOnAt: number } | 'before' | null {
  const { sentenceStart, comma, end } = span;
  const after = text.slice(cue.end, Math.min(end, cue.end + 120));
  const match = ATTRIBUTION_THEN_MORE.exec(after) ?? (verb === 'told' || verb === 'tells' ? TOLD_THEN_MORE.exec(after) : null);
  if (!match) return null;
  const next = match[2]!.replace(/[^\p{L}]+$/u, '');
  if (match[1] === ';' || ATTRIBUTION_GOES_ON.test(next)) return isIntroduction(text, sentenceStart, comma) ? null : 'before';
  const goesOnAt = cue.end + match.index + match[0].length - match[2]!.length;
  // A quote after the comma opens something else ("In a post, he wrote, “We …”"); so does a name, unless its
  // verb follows ("If the law conflicts with God's orders, Rubio said, Christians must ignore the law").
  const opensClause =
    /^\p{Ll}/u.test(next) ||
    /^(?:I|It|The|This|That|They|He|She|We)$/u.test(next) ||
    NAME_THEN_VERB.test(text.slice(goesOnAt, Math.min(end, goesOnAt + 80)));
  return opensClause ? { goesOnAt } : null;
}
/**
 * A name (maybe a title, maybe possessive with its noun) and its verb: an auxiliary, or a word in -ed or -s, or a
 * common irregular past, an adverb between at most ("Grayson was trying", "Axelrod still has", "Mr. Trump's jabs were").
 */
const NAME_THEN_VERB =
  /^(?:(?:Mr|Mrs|Ms|Dr|Gov|Sen|Rep)\.\s+)?(?:\p{Lu}[\p{L}’'-]*\s+){0,3}\p{Lu}[\p{L}’'-]*(?:[’']s\s+\p{Ll}+)?\s+(?:(?:still|also|now|never|not|just|already|\p{Ll}+ly)\s+)?(?:is|are|was|were|has|have|had|will|would|could|should|can|may|might|must|did|does|do|went|came|made|took|got|gave|told|said|\p{Ll}+ed|\p{Ll}{2,}s)\b/u;
/** What opens an introductory phrase rather than a clause ("In an interview, he said …", "At the time, …"). */
const INTRODUCTION_OPENER =
  /^\s*(?:(?:And|But|So|Yet)\s+)?(?:In|At|On|When|While|As|If|After|Before|During|Like|Unlike|Rather|Since|Until|Asked|Speaking|Holding|From|With|Without|For|Of|Over|Under|Whether|Though|Although|Because|Once|Later|Earlier|Still|Instead|However|Meanwhile|Then|Now|Yesterday|Today|Last|This|Back)\b/u;
/** Whether the words before an attribution's comma are an introduction, not reported words. */
function isIntroduction(text: string, sentenceStart: number, comma: number): boolean {
  const before = text.slice(sentenceStart, comma);
  return INTRODUCTION_OPENER.test(before) && !/,/u.test(before);
}
/** "…, said Peskov." / "…, said the spokesman.": a subject right after the verb and nothing more. */
export function isVerbThenSpeaker(text: string, cue: SpeechCue, end: number, subjectStart: number | null): boolean {
  if (subjectStart !== null && subjectStart < cue.start) return false;
  // "…, 33%, say they feel that way": a pronoun and more words are a clause, not the speaker.
  if (/^\s+(?:he|she|they|it|we|I|you|there)\s+\S/u.test(text.slice(cue.end, end))) return false;
  return /^\s+(?:the\s+|an?\s+)?(?:[\p{L}’'.-]+\s+){0,5}?[\p{L}’'.-]+$/u.test(text.slice(cue.end, end)) && end - cue.end < 80;
}
