/**
 * A speech verb inside a clause that another speech verb of the same sentence governs ("Hooton said
 * after Rubio spoke", "pointing out that the paper's Costa had reported", "a Republican who said he
 * would not vote") reports that clause's person inside someone else's words. Its subject is no
 * speaker a later "he said", or a quote with no verb, goes on with: the sentence's speaker is the
 * first verb's. So is one in a clause of time after a main clause whose subject is a person ("Ryan did
 * not exude confidence when Tapper asked …"). The history records it as a mention (attribute-quotes.ts).
 */
import { partitionPoint } from '../../lib/partition-point.ts';
import { isBlankBetween } from '../../lib/text.ts';
import type { SpeechCue } from '../text/speech-cues.ts';
import { type BlockContext, firstCandidate } from './subjects.ts';

/**
 * A subordinating word opening the clause of the verb, with no comma, colon or quote between: "after
 * Rubio", "that the paper's Robert Costa had", "who". A comma ends it ("… if elected, Stovall said":
 * the tag after the comma reports the whole sentence).
 */
const SUBORDINATE_CLAUSE_TO_VERB =
  /(?<!\p{L})(?:that|after|before|when|while|as|because|since|until|where|who|whom|which)\s+[^,;:“”"]{0,80}$/u;

/** How far before the verb the subordinating word is looked for: the clause's words up to it, and the word. */
const CLAUSE_REACH = 100;

/**
 * Cues that also name or describe things ("called Future45", "described as"), and demands ("called for a ban"): speech
 * only when they govern a quote, so they name no speaker for the history.
 */
export const NAMING_CUE = /^(?:(?:called|calls|calling)(?:\s+(?:for|on))?|described|describes|describing|referring to)$/iu;

/**
 * Whether `cue` stands in a subordinate clause after another speech verb of its sentence (one that
 * names a speaker: not "according to", nor a naming verb such as "called Future45").
 */
export function isNestedCue(context: BlockContext, cue: SpeechCue, namesNoSpeaker: (cue: SpeechCue) => boolean): boolean {
  return governingCue(context, cue, namesNoSpeaker) !== null || putToPersonOfMainClause(context, cue);
}

/** "when", "after", "as" … opening the verb's clause, with no comma, colon or quote between. */
const TIME_OR_REASON_CLAUSE_TO_VERB = /(?<!\p{L})(?:when|after|before|while|as|because|since|until)\s+[^,;:“”"]{0,60}$/u;

/**
 * "Ryan also did not exude confidence when Tapper asked whether …", "Obama tried to draw a distinction, when a reporter
 * asked if …": a speech verb in a clause of time or reason after a main clause whose subject is a person reports what was
 * put to that person; the next "he said" is the answer, the main clause's subject's (PolNeAR train: 2 more right, 1 fewer
 * wrong).
 */
function putToPersonOfMainClause(context: BlockContext, cue: SpeechCue): boolean {
  if (cue.form === 'according') return false;
  const sentence = context.quotedText.sentenceAround(cue.start, cue.end);
  // Only the words just before the verb can hold its clause's opening: a run-on sentence is not read whole for every verb.
  let from = Math.max(sentence.start, cue.start - CLAUSE_REACH);
  while (from > sentence.start && /\p{L}/u.test(context.text[from - 1]!)) from--;
  const clause = TIME_OR_REASON_CLAUSE_TO_VERB.exec(context.text.slice(from, cue.start));
  const clauseStart = clause ? from + clause.index : sentence.start;
  if (!clause || isBlankBetween(context.text, sentence.start, clauseStart)) return false;
  const subject = firstCandidate(context, sentence.start, clauseStart);
  return (subject?.kind === 'named' || subject?.kind === 'pronoun') && subject.entity === 'person';
}

/**
 * The speech verb whose "that" clause holds `cue`, when the quote after `cue` is part of what that verb reports: "Sanders
 * said that fact speaks volumes about which candidate is “prepared …”", "a source said the areas that were hacked
 * suggested the intruders were seeking “economic intelligence”", "he said that he wants a platform that calls for “…”".
 * The outer verb's subject is whose words the reader takes them for (PolNeAR train: 5 more right, 1 fewer wrong). Not a
 * verb that names ("what her business calls “…”"), nor one a colon hands the quote to ("in which Adelson said: “…”"), nor
 * one in a clause of time or reason ("after Clinton argued that “…”": her own words).
 */
export function reportingCueOfThatClause(context: BlockContext, cue: SpeechCue, quoteStart: number): SpeechCue | null {
  const names = NAMING_CUE.test(cue.word) && !/\s(?:for|on)$/u.test(cue.word);
  if (cue.form !== 'finite' || names || /:\s*$/u.test(context.text.slice(cue.end, quoteStart))) return null;
  const governing = governingCue(context, cue, (other) => NAMING_CUE.test(other.word));
  if (!governing) return null;
  let from = Math.max(governing.end, cue.start - CLAUSE_REACH);
  while (from > governing.end && /\p{L}/u.test(context.text[from - 1]!)) from--;
  return THAT_CLAUSE_TO_VERB.test(context.text.slice(from, cue.start)) ? governing : null;
}

/** "that" opening the clause of the verb, with no comma, colon or quote between. */
const THAT_CLAUSE_TO_VERB = /(?<!\p{L})that\s+[^,;:“”"]{0,80}$/u;

/** The speech verb whose subordinate clause holds `cue` (`isNestedCue`), or null. */
function governingCue(context: BlockContext, cue: SpeechCue, namesNoSpeaker: (cue: SpeechCue) => boolean): SpeechCue | null {
  if (cue.form === 'according') return null;
  const { cues, text } = context;
  const sentence = context.quotedText.sentenceAround(cue.start, cue.end);
  let governing: SpeechCue | undefined;
  for (let index = partitionPoint(cues.length, (i) => cues[i]!.start >= sentence.start); index < cues.length; index++) {
    const other = cues[index]!;
    if (other.end > cue.start) break;
    if (other.form !== 'according' && !namesNoSpeaker(other)) {
      governing = other;
      break;
    }
  }
  if (!governing) return null;
  // Only the words just before the verb can hold its clause's opening: a long sentence is not read whole.
  let from = Math.max(governing.end, cue.start - CLAUSE_REACH);
  while (from > governing.end && /\p{L}/u.test(text[from - 1]!)) from--;
  return SUBORDINATE_CLAUSE_TO_VERB.test(text.slice(from, cue.start)) ? governing : null;
}
