/**
 * Cues read as if they stood further back, so that the subject readers find the subject before
 * what stands between it and the verb: a predicate with "to" ("Sexton was quick to point out"), or
 * an aside set off by dashes or brackets ("Murphy — after a knock-on-wood gesture — told me", "Sen.
 * Chris Murphy (a Connecticut Democrat) says"). The statement's words are
 * still read from the real cue.
 */
import type { Candidate } from '../attribution/candidates.ts';
import type { SpeechCue } from '../text/speech-cues.ts';
import { PREDICATE_BEFORE_INFINITIVE } from './clause-shapes.ts';
import { IRREGULAR_PAST, JOINED } from './coordinated-subject.ts';

/** Words before a predicate that are no subject of the infinitive: "it is too early to say", "one is quick to say". */
const IMPERSONAL_BEFORE = /(?:^|[^\p{L}])(?:it|It|one|One|this|This|that|there|There)\s+$/u;

/**
 * A finite cue after a predicate with "to" (`PREDICATE_BEFORE_INFINITIVE`: "was quick to point out") as a cue that starts
 * at the predicate, for reading the subject before it; else null.
 */
export function predicateCue(text: string, cue: SpeechCue): SpeechCue | null {
  const before = text.slice(Math.max(0, cue.start - 80), cue.start);
  const predicate = PREDICATE_BEFORE_INFINITIVE.exec(before);
  if (!predicate || IMPERSONAL_BEFORE.test(before.slice(0, predicate.index))) return null;
  return { ...cue, start: cue.start - before.length + predicate.index };
}

/** How long an aside between a subject and its verb may be, in characters. */
const ASIDE_REACH = 200;
/**
 * An aside right before a verb, with at most auxiliaries and adverbs after it: between dashes ("— and two-thirds of
 * Republicans —", " - a 12-employee business - ") or in brackets.
 */
const ASIDE_BEFORE_VERB = new RegExp(
  String.raw`(?:\s(?:—|–|―|--|-)\s?[^—–―;:“”"()]{1,${ASIDE_REACH}}?\s?(?:—|–|―|--|-)|\s[—–―][^—–―;:“”"()\s][^—–―;:“”"()]{0,${ASIDE_REACH}}?[—–―]|\s\([^()“”";]{1,${ASIDE_REACH}}\))` +
    String.raw`\s+(?:(?:also|even|then|later|quickly|have|has|had|\p{Ll}+ly)\s+)*$`,
  'u',
);
/**
 * Between a subject and its verb: an intensive ("Ford itself said"), a time ("The White House on Monday also urged"),
 * auxiliaries, "not" and adverbs ("Fact-checkers soon noted", "The United States has not publicly accused").
 */
const ADVERBIALS_BEFORE_VERB =
  /\s((?:(?:itself|himself|herself|themselves|today|soon|now|also|still|again|often|long|later|then|first|never|not|has|have|had|in\s+particular|on\s+\p{Lu}\p{Ll}+day|last\s+(?:week|month|year)|this\s+(?:week|month|year)|\p{Ll}{2,}ly)\s+)+)$/u;

/**
 * A finite cue after adverbials (`ADVERBIALS_BEFORE_VERB`) as a cue that starts where they do, for reading the subject
 * before them; else null.
 */
export function adverbialCue(text: string, sentenceStart: number, cue: SpeechCue): SpeechCue | null {
  const from = Math.max(sentenceStart, cue.start - 80);
  const adverbials = ADVERBIALS_BEFORE_VERB.exec(text.slice(from, cue.start));
  return adverbials ? { ...cue, start: from + adverbials.index + 1 } : null;
}

/** A verb of speech inside an aside makes it a clause of its own ("— he said —"), not an aside on the subject. */
const SPEECH_IN_ASIDE = /\b(?:said|says|say|told|added|wrote|noted|argued)\b/u;

/**
 * A finite cue after an aside (`ASIDE_BEFORE_VERB`) as a cue that starts where the aside opens, for reading the subject
 * before it; else null. Something must stand before the aside in the sentence.
 */
export function asideCue(text: string, sentenceStart: number, cue: SpeechCue): SpeechCue | null {
  const from = Math.max(sentenceStart, cue.start - ASIDE_REACH - 60);
  const before = text.slice(from, cue.start);
  const aside = ASIDE_BEFORE_VERB.exec(before);
  if (!aside || aside.index === 0 || SPEECH_IN_ASIDE.test(aside[0])) return null;
  // The subject readers read a space between the subject and its verb: the cue starts after it.
  return { ...cue, start: from + aside.index + (/^\s*/u.exec(aside[0])?.[0].length ?? 0) };
}

/**
 * The first past-tense verb of a clause, after its subject, with auxiliaries and adverbs before it: "The AP has
 * surveyed", "Other former CIA officers with no direct knowledge of the case chafed". Present tenses in -s are left
 * out: they are plural nouns as often ("candidates").
 */
const FIRST_VERB = new RegExp(
  String.raw`\s(?:(?:also|has|had|have|later|then|first|\p{Ll}+ly)\s+)*(?:\p{Ll}+ed|${IRREGULAR_PAST}|been)\b`,
  'u',
);
/** Between the first verb and the cue, what opens a clause of its own: a subject after "and", a relative or a conjunction. */
const NEW_CLAUSE =
  /\b(?:and|but|or)\s+(?:\p{Lu}|(?:he|she|they|it|we|I)\b)|\b(?:who|which|whose|when|while|because|although|if)\b|[;:“”"()]/u;

/**
 * A finite cue joined by "and" or "but" to a clause before it ("The AP has surveyed these delegates several times and
 * noted …") as a cue at that clause's first verb, for reading the subject the two verbs share; else null. Nothing
 * between that verb and the cue may open a clause of its own.
 */
export function firstVerbCue(text: string, sentenceStart: number, cue: SpeechCue): SpeechCue | null {
  if (cue.start - sentenceStart > FIRST_VERB_REACH) return null;
  const clause = text.slice(sentenceStart, cue.start);
  // "The Post intervened in April, arguing …": a participle after a comma or "and" shares the clause's subject too.
  // "Donald Trump tweeted on Friday to say …": an infinitive of purpose, whose subject is the clause's.
  const purpose = cue.form === 'finite' && PURPOSE.test(clause);
  if (!purpose && !(cue.form === 'participle' ? PARTICIPLE_JOINED : JOINED).test(clause)) return null;
  const verb = FIRST_VERB.exec(clause);
  if (!verb || verb.index === 0) return null;
  const between = clause.slice(verb.index + verb[0].length);
  if (NEW_CLAUSE.test(between) || (purpose && OBJECT_CONTROL.test(`${verb[0]}${between}`))) return null;
  return { ...cue, start: sentenceStart + verb.index + 1, form: 'finite' };
}

/** Right before a participle that goes with the clause before it: a comma, "and" or ", and". */
const PARTICIPLE_JOINED = /(?:,|\band)\s+$/u;
/**
 * "to" right before the verb, not after a verb or adjective that makes the infinitive a wish, a plan or a duty ("wanted
 * to say", "plans to announce", "has to explain"): what remains is a purpose ("stood at a Bush event here to say").
 */
const PURPOSE =
  /(?<!\b(?:going|have|has|had|used|ought|able|unable|want|wants|wanted|wanting|try|tries|trying|tried|need|needs|needed|plan|plans|planned|planning|expect|expects|expected|likely|unlikely|about|willing|ready|eager|set|hope|hoped|hopes|refused|declined|decided|agreed|promised|vowed|threatened|pledged|seemed|appeared|safe|fair|soon|early|hard|easy|honored|humbled|pleased|proud|happy|sad)\s)\bto\s+$/u;
/** Verbs whose object, not their subject, is the infinitive's ("led Republicans to say", "urged Kyiv to announce"). */
const OBJECT_CONTROL =
  /\b(?:led|lead|leads|prompted|prompts|forced|forces|caused|causes|urged|urges|asked|asks|told|tells|allowed|allows|encouraged|pushed|pressed|invited|called\s+(?:on|upon)|chose|chosen|got|gets|persuaded|convinced|inspired|moved|wanted|expected|used)\b/u;
/** How far before its cue a shared subject's clause may open, in characters (as `coordinated-subject.ts` reads). */
const FIRST_VERB_REACH = 260;

/** Before a subject that opens its clause: nothing, or one opening phrase closed by a comma ("This week, ", "Shortly after the merger, "). */
const OPENING_ONLY = /^\s*(?:[^,;:—–―()“”"]{1,80},\s*)?$/u;
/** Before a subject that opens a clause after a conjunction: "Few politicians would admit this, but Sen. Chris Murphy (…) says". */
const CLAUSE_AFTER_CONJUNCTION = /^[^;:—–―()“”"]{1,160}?(?:,\s*|\s)(?:but|yet|although|though|while|whereas)\s+$/u;

/**
 * Whether a subject opens its sentence, after an opening phrase maybe, or a clause after "but", "although" and the like:
 * nothing set off before it ("Ivan Petrov, director of …, or GU" is not GU's).
 */
export function subjectOpensSentence(text: string, sentenceStart: number, subject: Candidate): boolean {
  const before = text.slice(sentenceStart, subject.titleStart ?? subject.start);
  return !/\s-\s/u.test(before) && (OPENING_ONLY.test(before) || CLAUSE_AFTER_CONJUNCTION.test(before));
}
