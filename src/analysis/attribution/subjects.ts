/**
 * Who is next to a speech verb: the name after a quote ("…,” Rubio said / “…,” said Jonathan
 * Green), the subject of a verb before it ("Rubio said that … “…”"), and the candidates around it.
 * Who speaks at a cue, from these (the subject a participle shares, the speaker before a quote),
 * is in cue-speakers.ts.
 */
import { partitionPoint } from '../../lib/partition-point.ts';
import { WEEKDAY_NAMES } from '../lexicon/calendar-words.ts';
import type { QuotedText } from '../text/quoted-text.ts';
import type { SpeechCue } from '../text/speech-cues.ts';
import { type Candidate, DATELINE } from './candidates.ts';
import { maskQuotedTitles } from './quoted-titles.ts';
import { type Found, resolveCandidate, type SpeakerEvent } from './referents.ts';

/** One block as attribution reads it. */
export interface BlockContext {
  index: number;
  text: string;
  /** A subheading: its quotes do not continue anyone's words. */
  heading: boolean;
  /** The text with its quotes, its sentences and speech cues. */
  quotedText: QuotedText;
  candidates: Candidate[];
  cues: SpeechCue[];
}

/**
 * Words that may stand between a subject and its verb ("He later told", "Trump had said"). In this
 * order: the regular expression tries them in turn, and the first that fits decides how far the gap runs.
 */
const BETWEEN_SUBJECT_AND_VERB = String.raw`(?:\s+(?:${[
  String.raw`also|even|has\s+even|had\s+even|later|then|again|previously|earlier|recently|publicly|privately|reportedly|once`,
  String.raw`repeatedly|simply|clearly|only|had|has|have|would|will|has\s+also|had\s+also|further|separately|quickly`,
  String.raw`immediately|flatly|bluntly|angrily|told\s+reporters|in\s+a\s+statement|itself|himself|herself|themselves`,
  String.raw`also\s+had|has\s+since|however|too|still|never|finally|already|instead|sometimes|in\s+turn|at\s+first`,
  // "Cruz openly admitted", "Clinton wrongly claimed": an adverb of manner (not a noun in -ly: "the Smith family said").
  String.raw`(?!(?:family|ally|rally|supply|reply|bully|belly|jelly|daily|early|only|holy|ugly|assembly|july|italy)\b)\p{Ll}{2,}ly`,
  String.raw`long|both|all|since|in\s+particular`,
  String.raw`(?:on\s+)?(?:${WEEKDAY_NAMES.join('|')})(?:\s+(?:morning|afternoon|evening|night))?`,
  String.raw`(?:last|this|earlier\s+this|late\s+last|this\s+past)\s+(?:week|month|year)`,
  // "in a Medium post", "in a CNN interview": the outlet or platform may name the kind of words.
  String.raw`in\s+(?:an?\s+)?(?:\p{Lu}[\p{L}.’'-]*\s+){0,2}(?:interview|statement|speech|letter|email|post)` +
    String.raw`(?:\s+(?:with|to|on)\s+(?:the\s+)?\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*)*)?`,
  // "Another intelligence source speaking to Fox News said".
  String.raw`(?:speaking|talking)\s+(?:to|with)\s+(?:the\s+)?\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*)*`,
  String.raw`(?:${[
    String.raw`went\s+on|went\s+so\s+far\s+as|continued|was\s+quick|were\s+quick|moved|tried|sought|appeared|seemed|used`,
    String.raw`rushed|declined|refused|hastened|wanted|took\s+to\s+(?:Twitter|Facebook|social\s+media|the\s+airwaves)|would\s+go\s+on`,
  ].join('|')})\s+to`,
  // "Trump was prompted to say", "O'Malley interjected to say": any verb in -ed before an infinitive of speech.
  String.raw`(?:was\s+|were\s+)?\p{Ll}{3,}ed\s+to`,
].join('|')}))*`;
/** A place or body after a subject, before its verb ("James Hall with the New York Police Department said"). */
const SUBJECT_SUFFIX = [
  String.raw`(?:\s*\([^()]{1,40}\))?`,
  String.raw`(?:\s+(?:of|with|at|from|for|in)\s+(?:the\s+)?(?:\p{Lu}[\p{L}.’'&-]*\s+(?:of\s+|and\s+|for\s+)?){0,5}\p{Lu}[\p{L}.’'&-]*)?`,
  String.raw`(?:\s*\([^()]{1,40}\))?`,
].join('');
/** "Sen. Claire McCaskill (D-Mo.), who …": a party and state in brackets after a name, before its appositive. */
const PARTY_LETTERS = String.raw`(?:\s*\([^()]{1,40}\))?`;
/** "X said" or "X, an adviser to Y, said": offsets where the verb of subject X may start. */
// "a campaign surrogate who said": the relative pronoun's antecedent is the subject.
// "he’s said", "she’d told": an auxiliary written into the subject.
// "Donald Trump - who previously said": the relative clause may open after a dash (tried first: the comma's empty
// alternative would end the gap before the dash).
const PLAIN_SUBJECT_GAP = new RegExp(
  String.raw`^(?:[’'](?:s|d|ve|ll)(?=\s))?${SUBJECT_SUFFIX}(?:\s+[-–—]{1,2}\s+who|\s*,?(?:\s+who)?)${BETWEEN_SUBJECT_AND_VERB}\s+`,
  'u',
);
const APPOSITIVE_SUBJECT_GAP = new RegExp(
  String.raw`^${PARTY_LETTERS}\s*(?:,[^,;“”"]{1,120},|\s[—–][^—–;“”"]{1,120}[—–])${BETWEEN_SUBJECT_AND_VERB}\s+`,
  'u',
);
/** "Michael Seaman, who lives outside the state capital, Sacramento, said": a relative clause, commas and all, between subject and verb. */
const RELATIVE_CLAUSE_SUBJECT_GAP = new RegExp(
  String.raw`^${PARTY_LETTERS}\s*,\s+(?:who|whose)\s[^;:“”"]{1,160},${BETWEEN_SUBJECT_AND_VERB}\s+`,
  'u',
);

/**
 * How far before a speech verb, in characters, its subject (or the clause that gives a participle
 * its subject) is looked for. Far longer than any subject with its appositive, and it bounds the
 * work for each verb: in a paragraph with no full stop the sentence is the whole paragraph, and
 * reading all of it for every verb would be quadratic (issue 26).
 */
export const SUBJECT_REACH = 400;

/** The cues of a block that start at or after `from` and end by `to`, in text order (cues are sorted by start). */
export function cuesIn(context: BlockContext, from: number, to: number): SpeechCue[] {
  const { cues } = context;
  const found: SpeechCue[] = [];
  for (let index = firstAtOrAfter(cues, from); index < cues.length; index++) {
    const cue = cues[index]!;
    if (cue.start >= to) break;
    if (cue.end <= to) found.push(cue);
  }
  return found;
}

/** Index of the first candidate (or cue) starting at or after `offset`, in a list sorted by start. */
export function firstAtOrAfter(candidates: readonly { start: number }[], offset: number): number {
  return partitionPoint(candidates.length, (index) => candidates[index]!.start >= offset);
}

/**
 * The first cue starting at or after `from` and before `until` that `accepts`, found by binary
 * search (cues are sorted by start): looking up a quote's verb then costs the same in a paragraph
 * of thousands of quotes as in one of three.
 */
export function cueWithin<Cue extends { start: number }>(
  cues: readonly Cue[],
  from: number,
  until: number,
  accepts: (cue: Cue) => boolean,
): Cue | undefined {
  for (let index = firstAtOrAfter(cues, from); index < cues.length; index++) {
    const cue = cues[index]!;
    if (cue.start >= until) return undefined;
    if (accepts(cue)) return cue;
  }
  return undefined;
}

/** The candidates starting at or after `from` and ending by `to`, found without scanning the paragraph. */
export function candidatesIn(context: BlockContext, from: number, to: number): Candidate[] {
  const found: Candidate[] = [];
  for (let index = firstAtOrAfter(context.candidates, from); index < context.candidates.length; index++) {
    const candidate = context.candidates[index]!;
    if (candidate.start >= to) break;
    if (candidate.end <= to) found.push(candidate);
  }
  return found;
}

/** Whether candidate `c` is the subject of the verb starting at `verbStart`. */
export function isSubjectOf(text: string, candidate: Candidate, verbStart: number): boolean {
  // "James B. Comey Jr., the director of the F.B.I., said": the name ends before its suffix's full stop.
  const end = candidate.end + (ABBREVIATED_SUFFIX.test(text.slice(candidate.start, candidate.end + 1)) ? 1 : 0);
  const rest = maskQuotedTitles(text.slice(end, verbStart + 1));
  return [PLAIN_SUBJECT_GAP, APPOSITIVE_SUBJECT_GAP, RELATIVE_CLAUSE_SUBJECT_GAP].some((gap) => {
    const match = gap.exec(rest);
    return match !== null && end + match[0].length === verbStart;
  });
}

/** A name ending in an abbreviated suffix and its full stop ("Jr.", "Sr."). */
const ABBREVIATED_SUFFIX = /\b(?:Jr|Sr)\.$/u;

/**
 * The candidate that is the subject of a finite speech verb, if one stands next to it. A name
 * before an appositive wins over a name inside it: in "Simon Singh, the founder of the Good
 * Thinking Society, said" the society stands next to "said" but Singh is the subject.
 */
export function subjectOfVerb(context: BlockContext, cue: SpeechCue, from: number): Candidate | null {
  const before = candidatesIn(context, Math.max(from, cue.start - SUBJECT_REACH), cue.start)
    .filter(
      (c) =>
        !isPossessive(context, c) &&
        !INCLUDED_IN_ASIDE.test(context.text.slice(Math.max(0, c.start - 20), c.start)) &&
        !ADDRESSED.test(context.text.slice(Math.max(0, c.start - 24), c.titleStart ?? c.start)),
    )
    .reverse();
  const subject = before.find((candidate) => isSubjectOf(context.text, candidate, cue.start));
  if (!subject) {
    // "McConnell was quick to embrace the mogul … and said …": a second verb shares the first's subject.
    if (COORDINATED_VERB.test(context.text.slice(Math.max(from, cue.start - 40), cue.start)))
      return firstCandidate(context, from, cue.start);
    // "Cory Hale, 22, of Flint, Mich., said" / "Ann Lee, a lawyer who … , said": an appositive too long or with too many commas
    // for the gaps above; the person who opens the clause is the subject.
    const opener = firstCandidate(context, from, cue.start);
    return opener?.kind === 'named' &&
      opener.entity === 'person' &&
      LONG_APPOSITIVE_GAP.test(maskQuotedTitles(context.text.slice(opener.end, cue.start)))
      ? opener
      : null;
  }
  // "Alixandria Lapp, executive director of the House Majority PAC, a Democratic super PAC, said",
  // "Jeff Bechdel, chairman of America Rising, tweeted": the person who opens the clause is the
  // subject, however many commas her appositive holds and whatever names stand in it.
  const opener = firstCandidate(context, from, cue.start);
  if (
    opener &&
    opener.start < subject.start &&
    opener.kind === 'named' &&
    opener.entity === 'person' &&
    LONG_APPOSITIVE_GAP.test(maskQuotedTitles(context.text.slice(opener.end, cue.start)))
  ) {
    return opener;
  }
  // "Ana Lim of the Brookings Institution said": the body after "of" says where the person works; the person speaks.
  const owner = before.find((candidate) => candidate.end <= subject.start);
  if (
    owner?.kind === 'named' &&
    owner.entity === 'person' &&
    subject.kind === 'named' &&
    subject.entity !== 'person' &&
    /^\s+of\s+(?:the\s+)?$/u.test(context.text.slice(owner.end, subject.titleStart ?? subject.start))
  ) {
    return owner;
  }
  const subjectIsPerson = subject.kind === 'named' && subject.entity === 'person';
  if (/^\s*,/u.test(context.text.slice(subject.end, cue.start))) {
    // "Trent Lott, who was majority leader under George W. Bush, told": a person named inside the
    // appositive gives way only to a person.
    const head = before.findLast(
      (candidate) =>
        candidate.start < subject.start &&
        candidate.kind === 'named' &&
        (!subjectIsPerson || candidate.entity === 'person') &&
        isSubjectOf(context.text, candidate, cue.start),
    );
    if (head) return head;
  }
  // "Several senior Democrats with longtime ties to both Clintons cited", "Aides to Mr. Sanders said": a name in the phrase
  // after a description of unnamed people says whom they stand near; the people are the subject.
  const described = subject.kind === 'named' ? describedBefore(context, before, subject) : undefined;
  if (described) return described;
  return preferNameInAppositive(context, subject);
}

/** A few words with a preposition and no break: what joins a description to a name in its phrase ("with ties to both"). */
const PHRASE_TO_NAME = /^(?:\s+[\p{L}\p{N}’'.-]+){0,5}?\s+(?:of|for|to|with|at|from)\s+(?:(?:the|both|a|an)\s+)?$/iu;

/** The description of unnamed people whose phrase after the noun holds `subject` ("Aides to Mr. Sanders"). */
function describedBefore(context: BlockContext, before: readonly Candidate[], subject: Candidate): Candidate | undefined {
  const subjectStart = subject.titleStart ?? subject.start;
  return before.find(
    (candidate) =>
      candidate.kind === 'description' &&
      candidate.entity === 'person' &&
      candidate.start < subjectStart &&
      // Not an appositive of someone named before it ("Ronal Serpas, a retired police chief and professor … at Loyola").
      !/,\s*$/u.test(context.text.slice(Math.max(0, candidate.start - 3), candidate.start)) &&
      (candidate.end > subjectStart || PHRASE_TO_NAME.test(context.text.slice(candidate.end, subjectStart))),
  );
}

/** "A source speaking to Fox News said": the one spoken to is not the subject. */
const ADDRESSED = /\b(?:speaking|talking|writing)\s+(?:to|with)\s+(?:the\s+)?$/iu;

/** "Editorial pages, including the Kyiv Post, warned": a name in an aside of examples is not the subject. */
const INCLUDED_IN_ASIDE = /\b(?:including|such\s+as)\s+(?:the\s+)?$/iu;

/** An appositive of several commas between a subject and its verb, with no quote or clause break in it. */
export const LONG_APPOSITIVE_GAP = new RegExp(
  String.raw`^${PARTY_LETTERS}(?:\s+(?:of|with|at|from)\s[^,;:“”"()]{1,60})?\s*,[^;:“”"]{1,300},${BETWEEN_SUBJECT_AND_VERB}\s+$`,
  'u',
);

// "… but in an interview last year argued": where the second verb was said may stand before it.
const COORDINATED_VERB =
  /(?:^|[\s,])(?:and|but|yet|then)\s+(?:in\s+an?\s+(?:interview|statement|speech|letter|email|post)(?:\s+(?:last|this)\s+(?:week|month|year))?,?\s+)?(?:(?:also|later|now|then|again|quickly|still|has|had|have|was|is)\s+)*$/u;

/** "Trump’s inauguration": a possessive names an owner, not a subject. */
export function isPossessive(context: BlockContext, candidate: Candidate): boolean {
  // "he’s said": a pronoun's "’s" is "has" or "is".
  if (candidate.kind === 'pronoun') return false;
  return /^[’']s?(?![\p{L}])/u.test(context.text.slice(candidate.end, candidate.end + 2));
}

/**
 * An appositive and its name are one subject, and the name says who: "Yuri Ushakov, an advisor
 * to Vladimir Putin, summed up" and "France’s chief negotiator, Paul Martin, called …".
 */
export function preferNameInAppositive(context: BlockContext, subject: Candidate): Candidate {
  if (subject.kind !== 'description') return subject;
  const previous = context.candidates[firstAtOrAfter(context.candidates, subject.start) - 1];
  // "Yin Myint May, 60, a doctor, said"; "Sam Lau, the communications director, said"; "Lee Bright (R), another supporter, said".
  const apposed =
    previous?.kind === 'named' &&
    /^(?:\s*\([^()]{1,40}\))?\s*,\s*(?:\d{1,3}\s*,\s*)?$/u.test(context.text.slice(previous.end, subject.start));
  // A definite description is in apposition only when a comma closes it ("Sam Lau, the director,
  // said"); otherwise the comma ended an introduction ("… with Mika Brzezinski, the candidate stated").
  const closed = /^\s*,/u.test(context.text.slice(subject.end, subject.end + 4));
  // "Clinton, a top aide said, “…”": an indefinite description that no comma closes before its verb is the subject of an
  // aside, not an apposition.
  const aside = !closed && /^\s+(?:said|says|added|told|wrote)\b/u.test(context.text.slice(subject.end, subject.end + 8));
  if (apposed && !aside && (!subject.definite || (previous.entity === 'person' && closed))) return previous;
  const next = context.candidates[firstAtOrAfter(context.candidates, subject.end)];
  if (
    next?.kind === 'named' &&
    next.entity === 'person' &&
    /^\s*,\s*$/u.test(context.text.slice(subject.end, next.start)) &&
    // "said another leading advocate, Andrew J. Pincus of the law firm Mayer Brown.": the name may end the sentence.
    NAME_CLOSES_APPOSITIVE.test(context.text.slice(next.end, next.end + 80))
  ) {
    return next;
  }
  return subject;
}

/**
 * "Edward-Isaac Dovere and Gabriel Debenedetti wrote": of two people who speak together, the first
 * named stands for both (the one a reader looks for first, and the one PolNeAR's annotators name);
 * so does a person named before the group they speak with ("Netanyahu and other right-wing leaders said").
 */
export function firstOfPair(context: BlockContext, subject: Candidate): Candidate {
  if (subject.kind !== 'description' && (subject.kind !== 'named' || subject.entity !== 'person')) return subject;
  const previous = context.candidates[firstAtOrAfter(context.candidates, subject.start) - 1];
  const joined =
    previous?.kind === 'named' &&
    previous.entity === 'person' &&
    /^\s*,?\s+and\s+(?:\d{1,3}-year-old\s+)?$/u.test(context.text.slice(previous.end, subject.titleStart ?? subject.start));
  return joined ? previous : subject;
}

/**
 * The speaker of a subject read through `firstOfPair`: the first of a pair is marked as speaking for both, so "they"
 * can point back to them ("Wyden and Udall have repeatedly cited … / … they argued that “…”").
 */
export function resolveFirstOfPair(context: BlockContext, subject: Candidate, history: readonly SpeakerEvent[]): Found | null {
  const lead = firstOfPair(context, subject);
  const found = resolveCandidate(lead, history);
  return found && lead !== subject ? { ...found, group: true } : found;
}

/** What may follow the name in "a spokesman, Jane Hill, said": a comma, or a place or body and the sentence's end ("…,” said a user, Jo Hart. “…”). */
const NAME_CLOSES_APPOSITIVE = /^(?:\s+(?:of|from|at|with)\s[^,.;:“”"]{1,60})?(?:\s*,|[.;]?\s*$|[.;]\s)/u;

/** The first candidate after `offset` when only `gap` separates them ("according to the", "said"). */
export function candidateAfter(context: BlockContext, offset: number, end: number, gap: RegExp): Candidate | null {
  const found = context.candidates[firstAtOrAfter(context.candidates, offset)];
  const next = found && found.start < end ? found : undefined;
  return next && gap.test(context.text.slice(offset, Math.max(offset, next.titleStart ?? next.start))) ? next : null;
}

/** An introductory phrase before the subject ("Standing on a tarmac in Paris, …"). */
export const INTRODUCTION = new RegExp(
  String.raw`^(?:${[
    String.raw`\p{Lu}\p{Ll}+(?:ly|ing|ed)`,
    'In|At|On|After|Before|During|Later|While|Since|Following|Earlier|Meanwhile|Asked|Despite|Amid|Then|But|And|However',
    'Still|Yet|For|With|Under|Over|Across|By|From|Through|Within|Without|Because|Although|Though|When|If|As|Once|Until',
    String.raw`Like|Unlike|Instead|Last|This|Next|On\s+\p{Lu}\p{Ll}+|Here|Today|Yesterday|Now|Just`,
    // "Eight years ago, he supported Obama and said …", "Two days later, …".
    String.raw`(?:\p{Lu}\p{Ll}+|\d+)\s+(?:years?|months?|weeks?|days?|hours?|minutes?|decades?)\s+(?:ago|later|earlier|before|after)`,
  ].join('|')})\b[^,“”"]{0,100},\s*`,
  'u',
);
/** Words that may open a sentence before its subject ("Then Oleg Bondar …", "But the official …"). */
export const OPENERS =
  /^(?:(?:But|And|So|Then|Yet|Still|Now|Meanwhile|However|Also|Instead|Later|Earlier|Separately|Similarly|Likewise|Indeed)\b,?\s+)*$/u;

/**
 * The subject that opens a sentence (up to `end`), past an introductory phrase when one is there:
 * only a candidate at the very start of the clause, never one further in.
 */
export function firstCandidate(context: BlockContext, start: number, end: number): Candidate | null {
  const opening = (from: number) => {
    const found = context.candidates[firstAtOrAfter(context.candidates, from)];
    const first = found && found.end <= end ? found : undefined;
    if (
      !first ||
      isPossessive(context, first) ||
      // A dateline before the paragraph's first sentence ("WASHINGTON — Sen. Ann Lee said …") is no part of the clause.
      !OPENERS.test(
        context.text.slice(from, Math.max(from, first.titleStart ?? first.start)).replace(from === 0 ? DATELINE : /^$/u, ''),
      )
    )
      return null;
    return first;
  };
  // "In a wide-ranging, in-prison interview with …, Lazar said": an introduction may hold commas.
  const introduction = INTRODUCTION.exec(context.text.slice(start, end));
  let first = opening(start);
  if (!first && introduction) {
    let at = start + introduction[0].length;
    for (let tries = 0; tries < 3 && !first && at < end; tries++) {
      first = opening(at);
      const comma = context.text.indexOf(',', at);
      if (comma < 0 || comma >= end || comma - at > 100) break;
      at = comma + 1 + (context.text.slice(comma + 1).length - context.text.slice(comma + 1).trimStart().length);
    }
  }
  return first && preferNameInAppositive(context, first);
}
