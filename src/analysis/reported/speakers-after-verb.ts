/**
 * Speakers written after their verb: "…, said Peskov." and the inverted "And Trump, said Sunshine,
 * doesn't forgive" (`find-statements.ts` reads them before the subject before the verb).
 */
import type { Candidate } from '../attribution/candidates.ts';
import type { BlockContext } from '../attribution/subjects.ts';
import { candidateAfter } from '../attribution/subjects.ts';
import type { SpeechCue } from '../text/speech-cues.ts';
import type { ContentClause } from './clause-bounds.ts';
import { describedSource } from './unread-sources.ts';

/**
 * "And Trump, said Sunshine, doesn't forgive", "… in the looks department, said Howard, but …": a verb
 * between commas with a name right after it, closed by a comma or the sentence's end, is inverted;
 * the name after it is its subject, not the word before the comma.
 */
export function invertedSpeaker(context: BlockContext, cue: SpeechCue, sentenceEnd: number): Candidate | null {
  // "JD Vance, the vice-president, told Italy’s prime minister, Giorgia Meloni, that …": a verb with an addressee is no inversion.
  if (!INVERTING_VERB.test(cue.word) || !/,\s*$/u.test(context.text.slice(Math.max(0, cue.start - 3), cue.start))) return null;
  const after = ownedName(context, candidateAfter(context, cue.end, sentenceEnd, /^\s+$/u), sentenceEnd);
  if (after?.kind !== 'named') return null;
  return /^(?:\s*[,.;]|\s+and\s+others\b|\s*$)/u.test(context.text.slice(after.end, after.end + 12)) ? after : null;
}

/** Verbs a writer puts before their subject between commas ("…, said Howard, …"), none of which takes an addressee. */
export const INVERTING_VERB =
  /^(?:said|says|added|adds|noted|notes|wrote|writes|argued|argues|explained|explains|insisted|insists|recalled|observed|acknowledged|conceded|stressed)$/u;

/**
 * "Noting that only one senator voted with them, Tester added …": the subject of a participle that opens its
 * sentence is the main clause's, a name or description right after the clause's comma and followed by its verb (or
 * its appositive's comma).
 */
export function subjectAfterOpeningParticiple(context: BlockContext, clause: ContentClause): Candidate | null {
  const after = candidateAfter(context, clause.end, clause.end + 80, /^,\s+(?:the\s+|an?\s+)?$/u);
  if (!after || after.kind === 'pronoun') return null;
  return MAIN_VERB_AFTER.test(context.text.slice(after.end, after.end + 40)) ? after : null;
}

/** After the main clause's subject: its verb (a past, a present in -s, an auxiliary) or the comma of an appositive. */
const MAIN_VERB_AFTER = /^(?:,|\s+(?:\p{Ll}+ed|\p{Ll}+s|said|told|put|made|gave|took|offered|went|is|was|has|had|will|would)\b)/u;

/** "…, said Peskov." / "…, said the spokesman.": the subject written after the verb. */
export function speakerAfterVerb(context: BlockContext, cue: SpeechCue, clause: ContentClause): Candidate | null {
  // "The plan, said one official, would cost …": an attribution inside its words, the speaker after the verb.
  const inside = clause.pattern === 'parenthetical' && /,\s*$/u.test(context.text.slice(Math.max(0, cue.start - 3), cue.start));
  if (clause.pattern !== 'verb-after-content' && !inside) return null;
  const after = ownedName(context, candidateAfter(context, cue.end, context.text.length, /^\s+(?:the\s+|an?\s+)?$/u));
  if (after || !inside) return after;
  // "…, say economists, …": a plural the candidates did not read, in the article's words.
  const words = /^\s+(\p{Ll}[\p{Ll}’'-]*s),/u.exec(context.text.slice(cue.end, cue.end + 40));
  return words ? describedSource(cue.end + words[0].indexOf(words[1]!), words[1]!, true) : null;
}

/** "…, noted NBC’s Jane Roe": the name an outlet (or anyone) owns right after the candidate speaks, not its owner. */
function ownedName(context: BlockContext, candidate: Candidate | null, end = context.text.length): Candidate | null {
  if (!candidate) return null;
  const owned = candidateAfter(context, candidate.end, end, /^[’'](?:s\b)?\s+(?:[\p{Ll}-]+\s+){0,3}$/u);
  return owned?.kind === 'named' ? owned : candidate;
}
