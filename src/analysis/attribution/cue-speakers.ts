/**
 * Who speaks at a speech cue, read from the subjects around it (subjects.ts): the subject a
 * participle shares ("the official demurred, saying …"), the subject of the clause it belongs to,
 * the owner of a speech noun, the name after "according to", and the speaker of the nearest verb
 * before a quote.
 */
import { isBlankBetween } from '../../lib/text.ts';
import { SPEECH_NOUNS } from '../lexicon/speech-words.ts';
import type { SpeechCue } from '../text/speech-cues.ts';
import type { Candidate } from './candidates.ts';
import { mainClauseAfterFrontedCue } from './fronted-clause.ts';
import { reportingCueOfThatClause } from './nested-cues.ts';
import { resolveCandidate, type Found, type SpeakerEvent } from './referents.ts';
import { restrictiveAntecedent } from './relative-clause-subject.ts';
import {
  type BlockContext,
  candidateAfter,
  candidatesIn,
  cuesIn,
  firstCandidate,
  resolveFirstOfPair,
  SUBJECT_REACH,
  subjectOfVerb,
} from './subjects.ts';

/**
 * The subject of the nearest speech verb before the quote in its sentence. That verb
 * governs the quote; when its subject cannot be read, an earlier verb's subject is not a safe
 * guess (`abstain`).
 */
export function speakerBeforeQuote(
  context: BlockContext,
  sentence: { start: number },
  quoteStart: number,
  history: readonly SpeakerEvent[],
): Found | 'abstain' | null {
  // "Lynch, who told Congress when asked about the inquiry: “…”": a verb in the passive after "when" reports nobody's words.
  const cue = cuesIn(context, Math.max(sentence.start, quoteStart - SUBJECT_REACH), quoteStart).findLast(
    (candidate) =>
      !PASSIVE_ASKED.test(context.text.slice(Math.max(0, candidate.start - 12), candidate.end)) &&
      !INFINITIVE_BEFORE.test(context.text.slice(Math.max(0, candidate.start - 30), candidate.start)),
  );
  if (!cue) return null;
  // "Sanders said that fact speaks volumes about which candidate is “…”": the verb reports part of what the outer verb does.
  const reporting = reportingCueOfThatClause(context, cue, quoteStart);
  const reporter = reporting && subjectOfCue(context, reporting, sentence.start, true);
  const outer = reporter && resolveFirstOfPair(context, reporter, history);
  if (outer) return outer;
  // "After Brown criticized Clinton, Hillary shot back, “…”": the verb reports its own clause's words; the quote is the main
  // clause's, whose subject speaks when one opens it.
  const mainClause = mainClauseAfterFrontedCue(context.text, sentence.start, cue, quoteStart);
  if (mainClause !== null) {
    const mainSubject = firstCandidate(context, mainClause, quoteStart);
    return (mainSubject && hasVerbAfter(context, mainSubject) && resolveCandidate(mainSubject, history)) || 'abstain';
  }
  // A quote's pair of speakers goes to the first (reported speech leaves a list of speakers unread).
  // "Some Democrats said they feared a speech like the one when Mr. Buchanan called for a “cultural
  // war”": a clause of its own between the verb and the quote has its own subject, who is the
  // speaker the reader takes, not the subject of the farther verb.
  const inner = subordinateSubject(context, cue.end, quoteStart);
  if (inner) return resolveCandidate(inner, history) ?? 'abstain';
  const subject =
    subjectOfCue(context, cue, sentence.start, true) ??
    (cue.form === 'finite'
      ? restrictiveAntecedent(
          context.text,
          candidatesIn(context, Math.max(sentence.start, cue.start - SUBJECT_REACH), cue.start),
          cue.start,
        )
      : null);
  return (subject && resolveFirstOfPair(context, subject, history)) ?? (cue.form === 'participle' ? null : 'abstain');
}

/** "to explain", "to further explain": an infinitive reports no one's words yet. */
const INFINITIVE_BEFORE = /\bto\s+(?:(?:\p{L}+ly|further|also|again|not|then|later|even|first|finally|ever)\s+)?$/iu;

/** "when asked", "if asked", "after being asked": the quote's speaker is the one asked, the subject of the clause's own verb. */
const PASSIVE_ASKED = /\b(?:when|if|as|after|once|before)\s+(?:being\s+)?asked$/iu;

/** Words that open a subordinate clause with a subject of its own ("when", "after"), not a verb's content ("that"). */
const SUBORDINATOR = /\b(?:when|while|after|because|although|though|before|until|once|whereas)\s+/giu;

/** The named person who opens the last subordinate clause between `from` and `to`, followed by a verb of their own. */
function subordinateSubject(context: BlockContext, from: number, to: number): Candidate | null {
  const starts = [...context.text.slice(from, to).matchAll(SUBORDINATOR)].map((m) => from + m.index + m[0].length);
  const start = starts.at(-1);
  if (start === undefined) return null;
  const subject = firstCandidate(context, start, to);
  if (subject?.kind !== 'named' || subject.entity !== 'person' || !hasVerbAfter(context, subject)) return null;
  // The quote must stand in that clause ("when Buchanan called for a “cultural war”"), not after it
  // ("said that when Warren railed against Wall Street, “she is speaking for all of us”").
  return CLAUSE_RUNS_TO_QUOTE.test(context.text.slice(subject.end, to)) ? subject : null;
}

/** From a subject to the quote: an appositive between commas at most, then no comma or clause break. */
const CLAUSE_RUNS_TO_QUOTE = /^(?:\s*,[^,;“”"]{1,100},)?[^,;:]*$/u;

/**
 * The subject of a speech cue. `quote`: the cue reports a quote, whose participle after a comma goes with its clause's
 * subject before the owner of a speech noun (reported speech keeps reading the owner first, and abstains on it).
 */
export function subjectOfCue(context: BlockContext, cue: SpeechCue, sentenceStart: number, quote = false): Candidate | null {
  if (cue.form === 'according') return candidateAfter(context, cue.end, context.text.length, /^\s+(?:the\s+)?$/u);
  // "Said Comey, “…”": a sentence that opens with the verb has its subject after it.
  if (cue.form === 'finite' && isBlankBetween(context.text, sentenceStart, cue.start)) {
    return candidateAfter(context, cue.end, context.text.length, /^\s+(?:the\s+|an?\s+)?$/u);
  }
  if (cue.form === 'finite') return subjectOfVerb(context, cue, sentenceStart);
  // A participle ("saying", "writing that") shares the subject of the clause's verb:
  // "the official demurred, saying …"; without one, the subject its clause opens with.
  const reach = Math.max(sentenceStart, cue.start - SUBJECT_REACH);
  const finiteBefore = cuesIn(context, reach, cue.start)
    .filter((c) => c.form === 'finite')
    .reverse();
  for (const finite of finiteBefore) {
    const subject = subjectOfVerb(context, finite, sentenceStart);
    if (subject) return subject;
  }
  // "with the American Federation of Teachers calling her …": the name right before the participle.
  const adjacent = candidatesIn(context, reach, cue.start).at(-1);
  if (adjacent && adjacent.kind !== 'pronoun' && /^\s+(?:\p{Ll}{2,}ly\s+)?$/u.test(context.text.slice(adjacent.end, cue.start))) {
    // "Trump issued a statement saying …": a document someone issued speaks for its author.
    const author = DOCUMENT.test(adjacent.label) ? clauseSubject(context, reach, adjacent.start) : null;
    return author && author.kind !== 'description' ? author : adjacent;
  }
  // "Christie repeated accusations that Rubio recites the same points, calling him …": a participle after a comma goes with
  // the main clause, not with the content of a "that" inside it, nor with the owner of a speech noun ("An aide tried to
  // downplay Ryan's comments, saying …").
  const afterComma = /,\s*$/u.test(context.text.slice(Math.max(0, cue.start - 3), cue.start));
  if (afterComma && quote) return clauseSubject(context, reach, cue.start, false) ?? ownerOfSpeechNoun(context, reach, cue.start);
  return ownerOfSpeechNoun(context, reach, cue.start) ?? clauseSubject(context, reach, cue.start, !afterComma);
}

/** A description of a document ("a statement", "a letter"), which speaks for whoever issued it. */
const DOCUMENT = /^(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,2}(?:statement|letter|memo|email|e-mail|post|tweet|report|release)$/iu;

/** Words after which a new clause, with its own subject, begins. */
const CLAUSE_START =
  /(?:^|[,;:]\s+|\b(?:after|when|while|because|as|since|that|and|but|although|though|before|until|once)\s+)/giu;

/** The subject that opens the clause a participle belongs to ("this comes days after Witkoff emerged …, saying"). */
export function clauseSubject(context: BlockContext, sentenceStart: number, end: number, thatClauses = true): Candidate | null {
  const starts = [...context.text.slice(sentenceStart, end).matchAll(CLAUSE_START)]
    .filter((m) => thatClauses || !/^that\s/iu.test(m[0]))
    .map((m) => sentenceStart + m.index + m[0].length);
  for (const start of starts.reverse()) {
    const subject = firstCandidate(context, start, end);
    if (subject && hasVerbAfter(context, subject)) return subject;
  }
  return null;
}

/** Words after a subject that are not its verb ("Bush, calling …", "Trump on Wednesday"). */
const NOT_A_VERB =
  /^(?:of|in|on|at|to|for|with|from|by|and|or|but|as|who|whom|which|that|the|a|an|his|her|their|its|over|after|before|about|into|than)$/u;

/** Whether a clause's first candidate is followed by its verb ("Romney went after …"), so is its subject. */
function hasVerbAfter(context: BlockContext, subject: Candidate): boolean {
  const after =
    /^(?:\s*\([^()]{1,40}\))?(?:\s*,[^,;“”"]{1,100},)?\s+(?:(?:also|then|later|again|quickly|still|has|had|have|was|is|would|will)\s+)*(\p{Ll}+)/u.exec(
      context.text.slice(subject.end, subject.end + 200),
    );
  return after !== null && !NOT_A_VERB.test(after[1]!);
}

/** "Trump’s cryptic social media post on Thursday asserting, …": the owner of the words speaks. */
const SPEECH_NOUN_AFTER_OWNER = new RegExp(
  String.raw`^[’']s?\s+(?:[\p{L}-]+\s+){0,4}(?:${[
    'post|statement|letter|tweet|message|remarks|speech|interview|comments?|op-ed|column|memo|email|testimony|book|video',
    'address',
  ].join('|')})\b`,
  'u',
);

function ownerOfSpeechNoun(context: BlockContext, sentenceStart: number, end: number): Candidate | null {
  const owners = candidatesIn(context, sentenceStart, end).filter(
    (c) => c.kind === 'named' && SPEECH_NOUN_AFTER_OWNER.test(context.text.slice(c.end, Math.min(end, c.end + 120))),
  );
  return owners.at(-1) ?? null;
}

/**
 * "Donald Trump’s claim that President Barack Obama “founded ISIS”", "Trump's controversial pledge to be “neutral”": the
 * person who owns a speech noun whose "that" or "to" clause runs to the quote said the quoted words. Not "Trump’s comments are
 * “…”" nor "denounced Trump’s remarks as “…”", where the quote judges the words (PolNeAR train: 7 more right, 2 fewer wrong).
 */
export function ownerOfSpeechNounBeforeQuote(context: BlockContext, sentenceStart: number, quoteStart: number): Candidate | null {
  return (
    candidatesIn(context, Math.max(sentenceStart, quoteStart - OWNED_SPEECH_NOUN_REACH), quoteStart).findLast(
      (candidate) =>
        candidate.kind === 'named' &&
        candidate.entity === 'person' &&
        OWNED_SPEECH_NOUN_TO_QUOTE.test(context.text.slice(candidate.end, quoteStart)),
    ) ?? null
  );
}

/** How far before the quote the owner may stand: the longest stretch `OWNED_SPEECH_NOUN_TO_QUOTE` reads, and a name. */
const OWNED_SPEECH_NOUN_REACH = 300;

/** "’s", up to two words, a speech noun, then its "that" or "to" clause up to the quote's opening mark. */
const OWNED_SPEECH_NOUN_TO_QUOTE = new RegExp(
  String.raw`^[’']s?\s+(?:[\p{L}-]+\s+){0,2}(?:${SPEECH_NOUNS.join('|')})\b[^,;:“”"]{0,60}?\b(?:that|to)\s+[^,;:“”"]{0,120}[“"']*$`,
  'u',
);

/** A speech verb outside quotes ("Lieven said threats …", "He later told NBC"): who spoke there. */
export function speakerOfCue(context: BlockContext, cue: SpeechCue, history: readonly SpeakerEvent[]): Found | null {
  const sentence = context.quotedText.sentenceAround(cue.start, cue.end);
  const subject = subjectOfCue(context, cue, sentence.start);
  // "“…,” Dovere and Debenedetti wrote. “…”": the first of a pair speaks for both, as for the quote, so the next quote goes on with them.
  return subject && resolveFirstOfPair(context, subject, history);
}
