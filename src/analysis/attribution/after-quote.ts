/**
 * The speaker named just after a quote's closing mark, read four ways, surest first ("…,” said
 * Jonathan Green; “…!” beamed Donald Hartley; “…,” Rubio said; “…” in that law, Azzouz said). Each
 * way is one rule of the table in speaker-rules.ts; `speakerAfterQuote` tries them in that order.
 */
import { FINITE_SPEECH_VERB } from '../text/speech-cues.ts';
import type { Candidate } from './candidates.ts';
import { maskQuotedTitles } from './quoted-titles.ts';
import { resolveCandidate, type Found, type SpeakerEvent } from './referents.ts';
import {
  type BlockContext,
  candidateAfter,
  candidatesIn,
  cueWithin,
  firstAtOrAfter,
  resolveFirstOfPair,
  isPossessive,
  isSubjectOf,
  LONG_APPOSITIVE_GAP,
  preferNameInAppositive,
} from './subjects.ts';

/** What one rule returns: a speaker, `abstain` (the attribution is there but unreadable: no later rule may guess), or nothing. */
export type Proposal = Found | 'abstain' | null;

/** The text right after a quote, up to the end of its sentence or the next quote. */
export interface AfterQuote {
  context: BlockContext;
  /** Where the quote's closing mark ends. */
  quoteEnd: number;
  /** Past the punctuation and "was how"/"that"/"as" after the quote. */
  at: number;
  /** The words between `quoteEnd` and `at`. */
  lead: string;
  windowEnd: number;
  history: readonly SpeakerEvent[];
}

const LEAD_AFTER_QUOTE = /^[\s,.;:!?\u2014\u2013-]*(?:(?:was|is) how\s+|that\s+|as\s+)?/iu;
/** Up to three words between a quote and its speaker ("Kremlin spokesman Dmitry Peskov said"). */
const SHORT_GAP = /^(?:[\p{L}\p{N}’'.-]+\s+){0,6}$/u;
/** How far after a quote a speech verb still reports it (“…,” the 45-year-old lawyer from Kyiv said). */
const NEAR_VERB_AFTER_QUOTE = /^(?:[^\s.!?;“”"]+\s+){0,7}$/u;

/** The text after a quote, as the after-quote rules read it. */
export function afterQuote(
  context: BlockContext,
  quoteEnd: number,
  windowEnd: number,
  history: readonly SpeakerEvent[],
): AfterQuote {
  const lead = LEAD_AFTER_QUOTE.exec(context.text.slice(quoteEnd, windowEnd))![0];
  return { context, quoteEnd, at: quoteEnd + lead.length, lead, windowEnd, history };
}

/** “…,” said Jonathan Green / “…,” according to Reuters: a speech verb right after the quote, its subject after it. */
export function verbThenSpeaker({ context, at, windowEnd, history }: AfterQuote): Proposal {
  const cueHere = cueWithin(context.cues, at, at + 1, () => true);
  if (!(cueHere && (cueHere.form === 'according' || FINITE_SPEECH_VERB.test(cueHere.word)))) return null;
  const subject =
    candidateAfter(context, cueHere.end, windowEnd, /^\s+(?:the\s+|an?\s+)?(?:[\p{L}’'.-]+\s+){0,4}$/u) ??
    namedAfterDescription(context, cueHere.end, windowEnd);
  // “…,” said the candidate could win: the name after the verb opens the clause it reports, and is not its speaker.
  if (subject && CLAUSE_VERB_AFTER.test(context.text.slice(subject.end, windowEnd))) return null;
  const found =
    subject && resolveCandidate(preferNameInAppositive(context, personAfterBody(context, subject, windowEnd)), history);
  return found ?? 'abstain';
}

/** “…,” said another Twitter user, Johanna Bayer: a description the finder does not know, then the person's name. */
function namedAfterDescription(context: BlockContext, from: number, windowEnd: number): Candidate | null {
  const named = candidateAfter(context, from, windowEnd, DESCRIPTION_THEN_NAME);
  return named?.kind === 'named' && named.entity === 'person' ? named : null;
}

/** "another Twitter user, ": a determiner, up to four words, a comma. */
const DESCRIPTION_THEN_NAME = /^\s+(?:another|an?|the|one)\s+(?:[\p{L}’'.-]+\s+){0,3}[\p{L}’'.-]+,\s+$/u;

/**
 * “This is fantastic!” beamed Donald Hartley / “…,” an angry Hollande retaliated: any verb in the
 * past tense right against the quote, with a name on its other side, reports it.
 */
export function pastTenseVerbAfter({ context, quoteEnd, at, lead, windowEnd, history }: AfterQuote): Proposal {
  if (!(/[,!?—]\s*$/u.test(lead) || /^[,!?]/u.test(context.text.slice(quoteEnd - 2, quoteEnd)))) return null;
  const mannerBefore = /^(\p{Ll}+ed)\s+/u.exec(context.text.slice(at, windowEnd));
  if (mannerBefore) {
    const subject = candidateAfter(context, at + mannerBefore[0].length, windowEnd, /^(?:the\s+|an?\s+)?(?:\p{Ll}+\s+)?$/u);
    // “…,” exhorted Clinton's introducer, Jamie Lee Curtis: an owner is not the speaker.
    if (subject && isPossessive(context, subject)) return null;
    if (subject && subject.kind !== 'pronoun') return resolveCandidate(subject, history) ?? 'abstain';
  }
  const found = context.candidates[firstAtOrAfter(context.candidates, at)];
  const first = found && found.start < windowEnd ? found : undefined;
  const gapBefore = first ? context.text.slice(at, first.titleStart ?? first.start) : '';
  if (
    first &&
    !isPossessive(context, first) &&
    /^(?:(?:an?|the)\s+\p{Ll}+\s+)?$/u.test(gapBefore) &&
    VERB_AFTER_NAME.test(context.text.slice(first.end, windowEnd))
  ) {
    return resolveCandidate(first, history) ?? 'abstain';
  }
  return null;
}

/** A past tense in -ed, or one of the irregular ones reporters use for a retort (“…,” Bennett shot back). */
const VERB_AFTER_NAME = /^\s+(?:\p{Ll}+ed|shot back|went on|hit back|struck back|cut in|broke in|spoke up|agrees|concurs)\b/u;

/** “…,” Rubio said / “…,” was how Yuri Ushakov, an advisor to …, summed up: a name a few words after the quote, then its verb. */
export function speakerThenVerb({ context, at, windowEnd, history }: AfterQuote): Proposal {
  // “leading from behind” and Donald Trump says …: a name after "and" is the subject of a clause of its own.
  if (CLAUSE_JOINER.test(context.text.slice(at, at + 10))) return null;
  // “…” for Clinton, said Kunin / “…” to Mr. Sanders, said David Axelrod: a verb after a comma with its subject after it.
  // Not when the gap opens with a name: “…,” Ramos, 58, told AFP / Steve Cohen, Democrat of Tennessee, told Mr. Obama: that
  // name is the subject, and the one after the verb its object.
  const opensWithName = context.candidates.some(
    (candidate) => (candidate.titleStart ?? candidate.start) === at && candidate.kind !== 'pronoun',
  );
  const inverted =
    !opensWithName &&
    cueWithin(
      context.cues,
      at,
      windowEnd,
      (cue) => cue.form === 'finite' && cue.end <= windowEnd && INVERTED_GAP.test(context.text.slice(at, cue.start)),
    );
  const invertedSubject = inverted && candidateAfter(context, inverted.end, windowEnd, /^\s+(?:the\s+|an?\s+)?$/u);
  if (invertedSubject) return resolveCandidate(preferNameInAppositive(context, invertedSubject), history) ?? 'abstain';
  for (let index = firstAtOrAfter(context.candidates, at); index < context.candidates.length; index++) {
    const candidate = context.candidates[index]!;
    if (candidate.start < at || candidate.start >= windowEnd) continue;
    const gap = context.text.slice(at, Math.max(at, candidate.titleStart ?? candidate.start));
    if (!SHORT_GAP.test(gap)) break;
    // “…” to Mr. Sanders, said David Axelrod: a name after a preposition is its object, not a subject.
    if (PREPOSITION_BEFORE.test(gap)) continue;
    const verb =
      // A subject stands before its verb: only cues from the candidate's end can be its verb.
      cueWithin(
        context.cues,
        candidate.end,
        windowEnd,
        (cue) => cue.form === 'finite' && cue.end <= windowEnd && isSubjectOf(context.text, candidate, cue.start),
      ) ??
      // “…,” Harry Bond, 30, of Raleigh, N.C., who was among those polled, said: a person's appositive of several commas.
      (candidate.kind === 'named' && candidate.entity === 'person'
        ? cueWithin(
            context.cues,
            candidate.end + 1,
            windowEnd,
            (cue) =>
              cue.form === 'finite' &&
              cue.end <= windowEnd &&
              LONG_APPOSITIVE_GAP.test(maskQuotedTitles(context.text.slice(candidate.end, cue.start))),
          )
        : undefined);
    if (verb) return resolveFirstOfPair(context, preferNameInAppositive(context, candidate), history) ?? 'abstain';
  }
  return null;
}

/**
 * “…,” said Air Force 1st Lt. Tyler Livingston / said CBS anchor DeMarco Morgan: a body named just
 * before a person (a few words between, no comma) says where the person works; the person speaks.
 */
function personAfterBody(context: BlockContext, subject: Candidate, windowEnd: number): Candidate {
  if (subject.kind !== 'named' || subject.entity === 'person') return subject;
  const next = context.candidates[firstAtOrAfter(context.candidates, subject.end)];
  if (!next || next.start >= windowEnd || next.kind !== 'named' || next.entity !== 'person') return subject;
  return BODY_TO_PERSON_GAP.test(context.text.slice(subject.end, next.titleStart ?? next.start)) ? next : subject;
}

/** Up to four words between a body (or its possessive) and a person, no comma ("1st Lt.", "senior adviser"). */
const BODY_TO_PERSON_GAP = /^(?:[’']s)?\s+(?:[\p{L}\d’'.-]+\s+){0,4}$/u;

/** A finite verb right after a name: the name is the subject of a clause of its own. */
const CLAUSE_VERB_AFTER = /^\s+(?:could|would|should|will|might|may|can|was|is|were|are|had|has|have|did|does)\s/u;

/** A few words after a quote ending in a comma, abbreviations allowed ("to Mr. Sanders, "), then the verb. */
const INVERTED_GAP = /^(?:[^\s!?;“”"]+\s+){0,6}?[^\s!?;“”"]*[^\s.!?;“”",],\s+$/u;
/** Words that open a clause of its own after a quote. */
const CLAUSE_JOINER = /^(?:and|but|while|whereas|or)\s/iu;
/** A gap ending in a preposition: the name after it is an object. */
const PREPOSITION_BEFORE =
  /(?:^|\s)(?:to|for|with|at|by|from|of|about|against|on|toward|towards|than|like|over|into)\s+(?:the\s+)?$/iu;

/** “…” in that law, Azzouz said / “…” if she lost, said Wasserman: the verb that ends the quote's sentence, and its subject. */
export function verbEndingSentence({ context, at, windowEnd, history }: AfterQuote): Proposal {
  const lastVerb = cueWithin(context.cues, at, windowEnd, (cue) => cue.form === 'finite' && cue.end <= windowEnd);
  if (!lastVerb) return null;
  const subject = candidatesIn(context, at, lastVerb.start)
    .reverse()
    .find((candidate) => isSubjectOf(context.text, candidate, lastVerb.start));
  // The subject may stand after its title ("…, Republican candidate Ben Carson said").
  if (subject && /,\s*$/u.test(context.text.slice(at, subject.titleStart ?? subject.start))) {
    return resolveCandidate(preferNameInAppositive(context, subject), history) ?? 'abstain';
  }
  // "“…” if she did not win by more, said David Wasserman, an analyst": the verb after a comma, its subject after it.
  if (!subject && /,\s*$/u.test(context.text.slice(at, lastVerb.start))) {
    const inverted = candidateAfter(context, lastVerb.end, windowEnd, /^\s+(?:the\s+)?$/u);
    if (inverted && inverted.kind !== 'pronoun')
      return resolveCandidate(preferNameInAppositive(context, inverted), history) ?? 'abstain';
  }
  return null;
}

/** Words that join a next clause or verb onto the sentence, rather than hand the quote to a speaker. */
const JOINING_WORD = /^(?:and|but|or|then|so|yet|before|after|while|because|as|when)\b/iu;

/** A speech verb close after the quote reports it, but no subject could be read: abstain. */
export function unreadVerbAfter({ context, quoteEnd, at, lead, windowEnd }: AfterQuote): Proposal {
  const nearVerb = cueWithin(
    context.cues,
    at,
    windowEnd,
    (cue) => cue.form === 'finite' && cue.end <= windowEnd && NEAR_VERB_AFTER_QUOTE.test(context.text.slice(at, cue.start)),
  );
  // The comma that hands the quote to its verb stands after the closing mark (“…”, one user wrote) or inside it (“…,” one user wrote).
  // Not a verb joined on by "and" ("… because “no one else was brave enough,” and explained …"): that one has its subject before.
  const handedOn =
    lead.trim() !== '' ||
    (/[,!?\u2014]\s*$/u.test(context.text.slice(Math.max(0, quoteEnd - 3), quoteEnd - 1)) &&
      !JOINING_WORD.test(context.text.slice(at, at + 10)));
  return nearVerb && handedOn ? 'abstain' : null;
}

/**
 * The speaker named just after the closing mark, the four after-quote rules in order. `abstain`
 * when a speech verb there reports the quote but its subject cannot be read.
 */
export function speakerAfterQuote(
  context: BlockContext,
  quoteEnd: number,
  windowEnd: number,
  history: readonly SpeakerEvent[],
): Proposal {
  const after = afterQuote(context, quoteEnd, windowEnd, history);
  for (const rule of [verbThenSpeaker, pastTenseVerbAfter, speakerThenVerb, verbEndingSentence, unreadVerbAfter]) {
    const proposal = rule(after);
    if (proposal) return proposal;
  }
  return null;
}
