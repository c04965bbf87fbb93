/**
 * Questions put to someone, which reported speech reads as statements of their own: "Asked whether
 * …", "When asked by a reporter if …", "Lavrov was asked about …" (`content-clause.ts` reads their
 * words, `find-statements.ts` keeps them, with the asker as their speaker when "by" names one).
 */
import type { Candidate } from '../attribution/candidates.ts';
import { type BlockContext, candidateAfter } from '../attribution/subjects.ts';
import type { SpeechCue } from '../text/speech-cues.ts';

/** A form of "be" right before a verb (an adverb between at most): a passive ("has been praised", "was dismissed"). */
export const PASSIVE_BE_BEFORE = /\b(?:is|are|was|were|be|been|being)\s+(?:\p{Ll}+ly\s+)?$/u;
/**
 * After "asked": who asked or where (up to a few words), then the question ("asked by a reporter
 * whether …", "Asked on Fox News who leads …"); group 1 is its first word.
 */
export const ASKED_QUESTION =
  /^(?:\s+(?:by|on|in|at|during)(?:\s+(?!if\b|whether\b)[\p{L}\p{N}’'.-]+){1,5}?)?\s+(if|whether|what|why|how|who|when|where|which)\s/u;

/** Before "asked" in a clause of time or condition ("When asked …", "after being asked …"), whose question ends at a comma. */
export const QUESTION_CLAUSE_OPENER =
  /(?:^|\b(?:[Ww]hen|[Aa]fter|[Ii]f|[Oo]nce|[Uu]pon|[Bb]efore|[Ww]hile|[Aa]s)\s+(?:[\p{L}’'-]+\s+){0,3})$/u;

/** What makes an object of "asked" a request or a question: an infinitive, a question word, "about", "for", a colon. */
export const ASKED_FOR = /\b(?:to|whether|if|what|why|how|who|whom|which|when|where|about|for)\b|:/u;
/**
 * "Asked whether …", "When asked by a reporter if …", "Lavrov was asked about …": a question put to
 * someone, whose asker the sentence does not name. The cue reports the question on its own.
 */
export function isQuestionPut(text: string, cue: SpeechCue): boolean {
  if (!/^[Aa]sked$/u.test(cue.word)) return false;
  const before = text.slice(Math.max(0, cue.start - 40), cue.start);
  return cue.word === 'Asked' || PASSIVE_BE_BEFORE.test(before) || QUESTION_CLAUSE_OPENER.test(before);
}

/** "Asked whether …" opening a sentence: a capitalised "Asked" that reports a question (not a headline's verb). */
export function opensWithQuestion(text: string, cue: SpeechCue): boolean {
  return cue.word === 'Asked' && ASKED_QUESTION.test(text.slice(cue.end, cue.end + 80));
}

/** How far after "asked" its asker may stand: "by" and a title ("by CBS host John Dickerson"). */
const ASKER_REACH = 80;

/**
 * "When asked by a reporter if …", "Asked by Matt Lauer whether …": a question put whose asker "by" names, right
 * after the verb. The question is the asker's words, as PolNeAR gives them; the one asked only answers. Null for
 * any other cue, or when the reader took no name or description right after "by".
 */
export function askerOfQuestion(context: BlockContext, cue: SpeechCue): Candidate | null {
  if (!isQuestionPut(context.text, cue)) return null;
  return candidateAfter(context, cue.end, cue.end + ASKER_REACH, /^\s+by\s+(?:the\s+)?$/u);
}
