/**
 * Where the reported words of a speech cue are in its sentence: after the verb ("Peskov said
 * (that) the Kremlin was ready"), before it ("The Kremlin was ready, Peskov said."), around
 * "according to" ("According to two officials, the envoy will fly …" / "…, according to X."),
 * and after a passive ("It was announced that …"). Every pattern reads a bounded window of the
 * sentence with anchored expressions, so a paragraph is read in linear time.
 */
import { MONTH_NAMES } from '../lexicon/calendar-words.ts';
import { ROLE_NOUNS } from '../lexicon/role-nouns.ts';
import { STATEMENT_VERBS_ONLY_WITH_THAT, STATEMENT_VERBS_WITH_OBJECT } from '../lexicon/statement-words.ts';
import type { QuotedText } from '../text/quoted-text.ts';
import type { SpeechCue } from '../text/speech-cues.ts';
import {
  ACCUSED_OBJECT,
  ADJUNCT_THEN_THAT,
  aroundAttribution,
  type ContentClause,
  endBeforeMainVerb,
  endBeforeNextReport,
  firstCommaAfter,
  lastCommaBefore,
  NOT_WORDS_AFTER_VERB,
  NOUN_PHRASE_CLAUSE,
  objectEnd,
  opensClause,
  PRONOUN_CLAUSE,
  skipSpaces,
  THAT,
  TOLD_OBJECT,
  trimmedEnd,
} from './clause-bounds.ts';
import {
  ASIDE_THEN_CLAUSE,
  AUDIENCE,
  TO_AUDIENCE_THEN_THAT,
  TO_THAT,
  TOLD_ANYONE_THAT,
  TOLD_AT_END,
  TOLD_GATHERING,
  TOLD_PRONOUN_CLAUSE,
  DESCRIPTION_BEFORE_NAME,
  NOUN_PHRASE_PAST_CLAUSE,
  SOURCES_WORDS_GO_ON_OR_NEW_CLAUSE,
  SUBJECT_THEN_RELATIVE,
  TOPIC_VERBS,
  VERB_THEN_THAT,
  FINITE_IN_WORDS,
  isPromiseOfRelativeClause,
  NAME_ENDS_SENTENCE,
} from './clause-shapes.ts';
import { participleClause } from './participle-clause.ts';
import { ASKED_FOR, ASKED_QUESTION, PASSIVE_BE_BEFORE, QUESTION_CLAUSE_OPENER } from './asked-questions.ts';
import { INVERTING_VERB } from './speakers-after-verb.ts';
import { asClauseWords, endsOnFragment, insideAttribution, isVerbThenSpeaker } from './words-before-attribution.ts';

/** Words that may follow the verb before its reported words ("said on Friday that", "wrote on Telegram"). */
const ADJUNCT = new RegExp(
  String.raw`^(?:\s*,?\s*(?:${[
    String.raw`(?:(?:on|late|early)\s+)?\p{Lu}\p{Ll}+day(?![’'\p{L}])(?:\s+(?:morning|afternoon|evening|night))?`,
    String.raw`(?:on|late|early)\s+(?:Telegram|X|Twitter|Facebook|Instagram|Truth\s+Social)(?:\s+(?:morning|afternoon|evening|night))?`,
    String.raw`in\s+an?\s+(?:\p{Ll}+\s+){0,2}(?:statement|post|interview|speech|letter|video|address|briefing|tweet|message|op-ed)` +
      String.raw`(?:\s+(?:on|to|with)\s+(?:the\s+)?(?:\p{Lu}[\p{L}.’'-]*\s?){1,3})?`,
    String.raw`(?:last|this|earlier\s+this)\s+(?:week|month|year|morning)`,
    String.raw`(?:in|on|since|earlier\s+in|late\s+in)\s+(?:${MONTH_NAMES.join('|')})(?:\s+\d{1,2})?(?:,?\s+\d{4})?`,
    String.raw`(?:in|since)\s+\d{4}`,
    String.raw`for\s+(?:days|weeks|months|years|decades)`,
    'yesterday|today|tonight|later|earlier|again|also|publicly|privately|repeatedly|separately|previously|recently',
    String.raw`for\s+the\s+(?:first|second|third|last)\s+time|at\s+the\s+time`,
    String.raw`(?:in|at)\s+the\s+\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){0,3}`,
  ].join('|')}))*`,
  'u',
);
/** A title in lower case, maybe after up to three capitalised words: "Pennsylvania governor", "GOP strategist", "lobbyist". */
const TITLE_BEFORE_NAME = String.raw`(?:\p{Lu}[\p{L}.’'-]*\s+){0,3}(?:${ROLE_NOUNS.filter((noun) => /^\p{Ll}+$/u.test(noun)).join('|')})`;
/**
 * After a verb: its speaker (a name or a description), then the end of the sentence or a comma. A description holds
 * no infinitive: "…, asked a federal judge to block the rules" has an object ("a source close to the probe" is a speaker).
 */
const SPEAKER_ENDS_CLAUSE = new RegExp(
  [
    String.raw`^(?:\s*$|\s+(?:(?:the|an?|one)\s+(?:(?!(?<!close\s)\bto\s+(?!(?:the|an?|his|her|their|its)\b|\p{Lu}|\d))[^,;:“”"]){1,80}`,
    // "…, said former Pennsylvania governor Ed Rendell, who …", "…, said lobbyist and GOP strategist Charlie Black.".
    String.raw`|(?:(?:former|then|acting|deputy|longtime|veteran)\s+)?(?:${TITLE_BEFORE_NAME}(?:\s+and\s+${TITLE_BEFORE_NAME})?\s+)?`,
    String.raw`(?:\p{Lu}[\p{L}.’'-]*\s*){1,4}(?:\([^()]{1,30}\))?)(?:,|\s*$))`,
  ].join(''),
  'u',
);
/**
 * After a verb between commas: its speaker (a few words, no clause of its own), a comma, then the sentence's verb
 * ("…, say economists, marks …", "…, said one senior official, would cost …"). The match ends where the words go on.
 */
const GOES_ON_AFTER_SPEAKER =
  /^\s+(?:(?:the|an?|one|two|three|some|many|most|several|other)\s+)?(?:[\p{L}’'.-]+\s+){0,3}?[\p{L}’'.-]+,\s+(?=(?:is|are|was|were|has|have|had|will|would|can|could|should|may|might|must|do|does|did|remains?|marks?|means?|makes?|shows?|poses?)\b)/u;
/**
 * After a verb: a full name (two to four capitalised words, no day or month), maybe where they are from ("Alexandra
 * Olgin of South Carolina Public Radio"), and the comma of its apposition.
 */
const INVERTED_NAME =
  /^\s+(?!(?:On|In|At|Last|This|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b)(?:\p{Lu}[\p{L}.’'-]*\s+){1,3}\p{Lu}[\p{L}.’'-]*(?:\s+of\s+(?:the\s+)?(?:\p{Lu}[\p{L}.’'-]*\s+){0,3}\p{Lu}[\p{L}.’'-]*)?,/u;
/** A closing quote mark before the subject: the verb attributes a direct quote. */
const CLOSING_MARK_BEFORE = /(?:[”"“]|'')\s*$/u;
/** "It was announced that …": a passive with no source. */
const PASSIVE_BEFORE = /\b(?:it|It)\s+(?:was|is|has\s+been|had\s+been)\s+(?:(?:also|widely|officially)\s+)?$/u;
/** Nothing after the verb but time, place or the subject: the words came before it ("…, Peskov said on Friday.", "… said Monday."). */
const ENDS_AFTER_VERB =
  /^(?:\s+(?:(?:on|in|at|to|during|late|last|this|after|before)\b(?:(?!\bthat\b)[^,;:“”"]){0,60}|yesterday|today|later|earlier|again|too|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b(?:(?!\bthat\b)[^,;:“”"]){0,60}))?\s*$/u;
/** A comma or a closing quote mark right before the verb ("…,” said Ross", "…, said the spokesman"). */
const VERB_AFTER_COMMA = /[,”"'“]\s*$/u;
const ONLY_WITH_THAT = new Set(STATEMENT_VERBS_ONLY_WITH_THAT);
const WITH_OBJECT = new Set(STATEMENT_VERBS_WITH_OBJECT);
/** Verbs of promise or claim, whose words may be an infinitive ("vowed to impose a tariff", "claimed to be undecided"). */
const PROMISE = /^(?:vowed|vows|pledged|promised|promises|claimed|claims)$/u;
/**
 * An auxiliary opening what follows an object verb: the verb stands in a relative clause whose object is gone
 * ("the phrase, which Grassley cited on Wednesday, has appeared in …"), and what follows is the main clause.
 */
const AUXILIARY_OPENS = /^(?:has|have|had|was|were|is|are|will|would|can|could|should|may|might|must|did|does)\s/u;
/** A verb in -ed other than "said": before an auxiliary it modifies a noun ("The tenants admitted are …"). */
const PARTICIPLE_LIKE = /^(?!said$)\p{L}+ed$/u;
/** A passive before "accused", maybe through a verb it shares ("is accused", "was arrested and accused"). */
const ACCUSED_PASSIVE = /\b(?:is|are|was|were|been|being)\s+(?:\p{Ll}+ly\s+|also\s+|\p{Ll}+ed\s+and\s+)?$/u;
/** Verbs of speaking, whose words are only what was spoken of. */
const SPOKE = /^(?:spoke|speaks)$/u;
/** After "spoke": an adverb or two, whom to ("to reporters", "with Breitbart News"), a time, then "about" or "of". */
const SPOKEN_OF =
  /^(?:\s+\p{Ll}+ly)*(?:\s+(?:to|with)\s+(?:(?!(?:of|on|in|at)\b)[\p{L}’'.&-]+\s+){0,4}?[\p{L}’'.&-]+(?:\s+(?:on\s+)?\p{Lu}\p{Ll}+day)?\s+about|(?:\s+(?:on\s+)?\p{Lu}\p{Ll}+day)?\s+(?:about|of))\s+/u;

/** A colon right after the verb, then a word that is no quotation mark or list: "said: Let no one be mistaken". */
const COLON_THEN_WORDS = /^:\s+(?=\p{Lu}\p{Ll})/u;
/** A question word and an infinitive after "told them": "what to say", "how to vote". */
const WH_INFINITIVE = /^(?:what|how|where|when|whether|who|whom|which)\s+(?:not\s+)?to\s/iu;

/**
 * The content clause of a speech cue in its sentence, or null when the cue reports no words here.
 * `subjectStart`: where the cue's subject (with its title) starts when one was found before the cue.
 * Words before their verb must hold a clause: "The paradox of Nancy, says Anthony" or "A third of
 * independents, 33%, say they …" put a noun phrase (the subject's) before the verb, not words.
 */
export function contentClause(
  quotedText: QuotedText,
  cue: SpeechCue,
  sentence: { start: number; end: number },
  subjectStart: number | null,
): ContentClause | null {
  const clause = readContentClause(quotedText, cue, sentence, subjectStart);
  if (clause?.pattern === 'speaker-then-verb' && subjectStart !== null)
    return endBeforeMainVerb(quotedText.text, clause, sentence.start, subjectStart);
  if (clause?.pattern !== 'verb-after-content') return clause;
  return holdsClause(quotedText.text.slice(clause.start, clause.end)) ? clause : null;
}

/** A word that can be a clause's verb: an auxiliary, a negation, or a word in -ed, -s, -ing ("hurt" is missed; few are). */
const VERB_LIKE =
  /^(?:is|are|was|were|be|been|being|am|has|have|had|will|would|can|could|should|may|might|must|do|does|did|\p{L}+n[’']t|\p{L}+(?:ed|s|ing)|\p{L}+[’']s|\p{L}+[’'](?:re|ll|ve|d|m))$/iu;
/** A share at the end of a noun phrase: "A third of independents, 33%", "Just over a quarter, 26 percent". */
const ENDS_ON_SHARE = /,\s*(?:\p{Ll}+\s+){0,2}\d(?:[\d.,]*\d)?\s*(?:%|percent|per\s+cent)\W*$/u;

/** Whether words hold a clause: a verb-like word, and no share closing them as a subject's apposition. */
function holdsClause(words: string): boolean {
  if (ENDS_ON_SHARE.test(words)) return false;
  for (const [word] of words.matchAll(/[\p{L}’'-]+/gu)) if (VERB_LIKE.test(word)) return true;
  return false;
}

/**
 * The content clause of a speech cue as its sentence is written (`contentClause` checks words before their verb).
 * `subjectStart`: where the cue's subject (with its title) starts when one was found before the cue.
 */
function readContentClause(
  quotedText: QuotedText,
  cue: SpeechCue,
  sentence: { start: number; end: number },
  subjectStart: number | null,
): ContentClause | null {
  const { text } = quotedText;
  const end = trimmedEnd(text, sentence.start, sentence.end);
  const before = text.slice(Math.max(sentence.start, cue.start - 40), cue.start);
  if (cue.form === 'according') {
    // At the sentence's start, or after a colon ("And it has not gone unnoticed: According to recent polls, …").
    if (/(?:^|[:;]\s)\s*(?:(?:And|But|So|Yet),?\s+)?$/u.test(text.slice(sentence.start, cue.start))) {
      // "According to two officials, the envoy will fly …": the words after the source's comma.
      const comma = firstCommaAfter(quotedText, cue.end, Math.min(end, cue.end + 160));
      return comma < 0 ? null : { start: skipSpaces(text, comma + 1, end), end, pattern: 'according-to-before', cueEnd: cue.end };
    }
    const comma = lastCommaBefore(quotedText, sentence.start, cue.start);
    const wordsBefore = {
      start: sentence.start,
      end: trimmedEnd(text, sentence.start, comma + 1),
      pattern: 'according-to-after' as const,
    };
    if (comma < 0 || !/^\s*$/u.test(text.slice(comma + 1, cue.start))) {
      // "Clinton leads Sanders by 271 delegates according to a count by …": no comma, the words before.
      const last = trimmedEnd(text, sentence.start, cue.start);
      return /\s$/u.test(text.slice(cue.start - 1, cue.start)) &&
        /\p{L}/u.test(text.slice(sentence.start, last)) &&
        !/[“"(—–]\s*$/u.test(text.slice(sentence.start, cue.start))
        ? { start: sentence.start, end: last, pattern: 'according-to-after', cueEnd: cue.end }
        : null;
    }
    const next = firstCommaAfter(quotedText, cue.end, Math.min(end, cue.end + 160));
    const rest = next < 0 ? '' : text.slice(next + 1, next + 40);
    // "…, according to exit polls, but his lead …", "…, according to X, director of …": the words are before it.
    if (next < 0 || !SOURCES_WORDS_GO_ON_OR_NEW_CLAUSE.test(rest)) return { ...wordsBefore, cueEnd: cue.end };
    // "And he remains, according to three people, reluctant to …", "But the next day, according to Roffman, Trump made …":
    // the sentence goes on after the source; its words are on both sides, so the content runs over the attribution.
    return aroundAttribution(sentence.start, skipSpaces(text, next + 1, end), end, cue);
  }
  const after = text.slice(cue.end, Math.min(end, cue.end + 200));
  const verb = cue.word.toLowerCase().replace(/\s+/gu, ' ');
  if (cue.form === 'participle') return participleClause(quotedText, cue, end, sentence.start);
  // "what he described as a productive round of talks": what the thing was called is reported.
  if (
    /^describ/u.test(verb) &&
    /\bwhat\s+$/u.test(text.slice(Math.max(sentence.start, (subjectStart ?? cue.start) - 8), subjectStart ?? cue.start))
  ) {
    const as = /^\s+as\s+/u.exec(after);
    const start = as ? cue.end + as[0].length : -1;
    const last = as ? objectEnd(quotedText, start, end) : -1;
    return start < last ? { start, end: last, pattern: 'verb-object', cueEnd: cue.end + as![0].trimEnd().length } : null;
  }
  // "Asked whether he would run, Ryan said …", "when asked by a reporter if …": the question is reported.
  const question = /^ask/u.test(verb) ? ASKED_QUESTION.exec(after) : null;
  if (question) {
    const start = cue.end + question[0].length - 1 - question[1]!.length;
    // "Asked whether he would run, Ryan said …": a question that opens its sentence ends at its comma;
    // "Wiegold asked whether the minister, Ursula von der Leyen, could …" runs to the sentence's end.
    const opening = cue.word === 'Asked' || QUESTION_CLAUSE_OPENER.test(before);
    const last = opening ? objectEnd(quotedText, start, end) : endBeforeNextReport(quotedText, start, end);
    return start < last ? { start, end: last, pattern: 'verb-object', cueEnd: cue.end } : null;
  }
  if (PASSIVE_BEFORE.test(before)) {
    const that = THAT.exec(after.slice(ADJUNCT.exec(after)![0].length));
    if (!that) return null;
    const start = cue.end + ADJUNCT.exec(after)![0].length + that[0].length;
    return { start: skipSpaces(text, start, end), end, pattern: 'passive-that', cueEnd: cue.end };
  }
  const asClause = asClauseWords(quotedText, cue, { start: sentence.start, end });
  if (asClause) return asClause;
  // "…,” said Dennis Ross, a former adviser": a verb right after a comma or a closing mark follows the words.
  // The comma may be inside the quote before, which then ends the sentence as the sentences are cut.
  // "Paradis, who has been active in politics since 25, says she …": the comma closes the subject's relative clause.
  const relativeSubject = SUBJECT_THEN_RELATIVE.test(text.slice(sentence.start, cue.start));
  const verbFirst = relativeSubject ? null : VERB_AFTER_COMMA.exec(text.slice(Math.max(0, cue.start - 4), cue.start));
  const subjectBefore = subjectStart !== null && subjectStart < cue.start;
  // After a plain comma the verb may also close an appositive whose head was not read ("X, a spokesman, said the …").
  // After a plain comma, the verb's own speaker must follow and end the clause ("…, said the spokesman, who …"):
  // "Rachel Berg, a philanthropist, said Thursday's speeches …" has the words after the verb.
  const speakerAfter = /[”"']/u.test(verbFirst?.[0] ?? '') || SPEAKER_ENDS_CLAUSE.test(after);
  // "…, said David Axelrod, a former strategist …": a full name right after the verb and a comma is the verb's own
  // subject, whatever the reader took for one before it.
  // "…, noted NBC’s Jane Roe.": a name alone up to the sentence's end is the subject too, never the words.
  const invertedSpeaker =
    verbFirst?.[0].trim() === ',' && (INVERTED_NAME.test(after) || (INVERTING_VERB.test(verb) && NAME_ENDS_SENTENCE.test(after)));
  // "The combination, say economists, marks a journey …": the sentence goes on after the speaker's comma with its
  // verb; the words stand on both sides of the attribution.
  const goesOn = verbFirst?.[0].trim() === ',' && !subjectBefore ? GOES_ON_AFTER_SPEAKER.exec(after) : null;
  if (goesOn) return aroundAttribution(sentence.start, cue.end + goesOn[0].length, end, cue);
  if (verbFirst && ((!subjectBefore && speakerAfter) || invertedSpeaker)) {
    const comma = cue.start - verbFirst[0].length;
    return {
      start: sentence.start,
      end: trimmedEnd(text, sentence.start, comma + 1),
      pattern: 'verb-after-content',
      cueEnd: cue.end,
    };
  }
  // "“…,” Trump said without …": the attribution of a direct quote.
  // A full stop inside the closing mark ended that sentence: a new one starts ("… identity.” Cruz says he …").
  // "Citing “obligations at home,” the spokeswoman told POLITICO that …": the verb's own "that" follows; the quote before
  // belongs to an opening phrase, and the words are after the verb.
  const thatFollows = VERB_THEN_THAT.test(after);
  if (subjectBefore && !thatFollows && CLOSING_MARK_BEFORE.test(text.slice(Math.max(0, subjectStart - 3), subjectStart))) {
    if (!/[.?!]\s*(?:[”"“]|'')\s*$/u.test(text.slice(Math.max(0, subjectStart - 5), subjectStart))) {
      // "… the talks are a “grind,” a second official said.": the reporter's words end on a quoted fragment.
      const fragmentEnd = endsOnFragment(quotedText, sentence.start, subjectStart);
      return fragmentEnd !== null && ENDS_AFTER_VERB.test(after)
        ? {
            start: sentence.start,
            end: trimmedEnd(text, sentence.start, fragmentEnd),
            pattern: 'verb-after-content',
            cueEnd: cue.end,
          }
        : null;
    }
  }
  // "…, Peskov said." / "…, said Peskov.": the words come before the comma that opens the attribution.
  const from = subjectStart !== null && subjectStart < cue.start ? subjectStart : cue.start;
  const comma = lastCommaBefore(quotedText, Math.max(sentence.start, from - 160), from);
  // Only the subject (with its title) stands between the comma and the verb: "…, Kremlin spokesman Peskov said".
  // "…, the news site RTL Info reported": a description of the subject may stand before its name.
  const attributionAtEnd =
    !relativeSubject && comma > sentence.start && DESCRIPTION_BEFORE_NAME.test(text.slice(comma + 1, from));
  // "…, Lavrov told Russian state television on Monday." (not "told The Star-Ledger last week she would …").
  const toldAtEnd =
    (verb === 'told' || verb === 'tells') &&
    TOLD_AT_END.test(after) &&
    !FINITE_IN_WORDS.test(after) &&
    !/\s(?:he|she|they|it|we|I)(?:[’']\p{Ll}+)?\s/u.test(after) &&
    !TOLD_GATHERING.test(after);
  // "A new manager, he said, could set a new tone." / "…, analysts say; in 2012 …": the attribution
  // stands inside the sentence, the words around it.
  const inside = attributionAtEnd ? insideAttribution(text, cue, verb, { sentenceStart: sentence.start, comma, end }) : null;
  if (inside === 'before') {
    return {
      start: sentence.start,
      end: trimmedEnd(text, sentence.start, comma + 1),
      pattern: 'verb-after-content',
      cueEnd: cue.end,
    };
  }
  // The words stand on both sides ("This campaign, he says, is different."): the content is one span, so it runs
  // over the attribution from the sentence's start to its end; either side alone may be too short to say anything.
  if (inside) return aroundAttribution(sentence.start, inside.goesOnAt, end, cue);
  if (attributionAtEnd && (ENDS_AFTER_VERB.test(after) || toldAtEnd || isVerbThenSpeaker(text, cue, end, subjectStart))) {
    return {
      start: sentence.start,
      end: trimmedEnd(text, sentence.start, comma + 1),
      pattern: 'verb-after-content',
      cueEnd: cue.end,
    };
  }
  // "Peskov said (on Friday) (that) …", "told reporters (that) …", "accused Russia of …".
  let at = cue.end;
  let cueEnd = cue.end;
  if (verb === 'told' || verb === 'tells') {
    const gathering = TOLD_GATHERING.exec(after);
    const object = gathering ?? TOLD_OBJECT.exec(after) ?? TOLD_ANYONE_THAT.exec(after);
    if (!object) return null;
    at += object[0].length;
    cueEnd = at;
    // "told Russian state TV that …": the object runs to "that" when one follows closely; without
    // "that", only an audience ("told reporters the …", "told the jury Roof stood …") leaves the words right after it.
    const toThat = gathering ? null : TO_THAT.exec(text.slice(at, Math.min(end, at + 100)));
    if (toThat || gathering) at += toThat?.[0].length ?? 0;
    // "told the AP his firm worked …", "told The Star-Ledger of Newark last week she would …": a clause opened by a
    // pronoun follows any object (the rest of its name and a time between).
    else if (!AUDIENCE.test(object[0])) {
      const pronounClause = TOLD_PRONOUN_CLAUSE.exec(text.slice(at, Math.min(end, at + 80)));
      if (!pronounClause) return null;
      at += pronounClause[0].length;
      cueEnd = at;
    }
  }
  at += ADJUNCT.exec(text.slice(at, Math.min(end, at + 200)))![0].length;
  // "said during a news conference on Friday that …", "said after a lunch on Tuesday that …": a longer adjunct, then "that".
  // "In a speech, he said: Let no one be mistaken – …": a colon, then words with no quotation mark, opens them as "that" does.
  const that =
    THAT.exec(text.slice(at, Math.min(end, at + 100))) ??
    ADJUNCT_THEN_THAT.exec(text.slice(at, Math.min(end, at + 100))) ??
    TO_AUDIENCE_THEN_THAT.exec(text.slice(at, Math.min(end, at + 100))) ??
    (/^(?:said|says|say|wrote|writes|told|tells|added|adds)$/u.test(verb) ? COLON_THEN_WORDS.exec(text.slice(at, at + 4)) : null);
  // "announced his resignation", "asked whether …", "criticized the accord, which …": the object, to the first comma.
  // "announced she will resign her post after the convention": a clause after a verb that also takes an object is read whole.
  const object =
    !that && WITH_OBJECT.has(verb) && !(ONLY_WITH_THAT.has(verb) && opensClause(text.slice(at, Math.min(end, at + 90))));
  // "a judge who has been praised by the right", "was dismissed as myopic": the subject is who was spoken of, not
  // who spoke. A question asked ("was asked whether …", "was asked about …") still reports its words.
  if (object && !/^ask/u.test(verb) && PASSIVE_BE_BEFORE.test(before)) return null;
  if (that) at += that[0].length;
  // "asked him to resign" is a request reported, as "urged him to resign" is: an object is read as for the others.
  else if (
    !object &&
    ONLY_WITH_THAT.has(verb) &&
    !(PROMISE.test(verb) && /^\s+to\s/u.test(text.slice(at, at + 4))) &&
    !PRONOUN_CLAUSE.test(text.slice(at, Math.min(end, at + 30))) &&
    !NOUN_PHRASE_CLAUSE.test(text.slice(at, Math.min(end, at + 90))) &&
    !NOUN_PHRASE_PAST_CLAUSE.test(text.slice(at, Math.min(end, at + 90)))
  )
    return null;
  // "powerful politicians are accused of pocketing billions", "was arrested and accused of attempted murder": an
  // accusation with no one said to make it, reported as such.
  else if (verb === 'accused' && ACCUSED_PASSIVE.test(before) && /^\s+of\s/u.test(text.slice(at, at + 4))) {
    const from = skipSpaces(text, at + 4, end);
    // "… and has been a fugitive since July": the subject's next predicate is the reporter's.
    const predicate = /\s+and\s+(?:has|have|had|is|are|was|were)\s/u.exec(text.slice(from, end));
    const last = endBeforeNextReport(quotedText, from, predicate ? from + predicate.index : end);
    return from < last ? { start: from, end: last, pattern: 'passive-that', cueEnd: at + 3 } : null;
  } else if (verb === 'accused' && !ACCUSED_OBJECT.test(text.slice(at, Math.min(end, at + 120)))) return null;
  const start = skipSpaces(text, at, end);
  // "vowed to impose a tariff": a promise's words are its infinitive.
  if (!that && PROMISE.test(verb) && /^to\s/u.test(text.slice(start, start + 3)))
    return isPromiseOfRelativeClause(before, text.slice(start, Math.min(end, start + 40)))
      ? null
      : { start, end: endBeforeNextReport(quotedText, start, end), pattern: 'speaker-then-verb', cueEnd };
  // "spoke passionately about the border", "spoke to CNN about the deal", "speaks of a revolution": what was spoken of;
  // "spoke" alone, or of nothing a reader could read ("spoke about it"), reports no words.
  if (SPOKE.test(verb)) {
    const spokenOf = SPOKEN_OF.exec(text.slice(cue.end, Math.min(end, cue.end + 90)));
    if (!spokenOf) return null;
    const topic = cue.end + spokenOf[0].length;
    if (/^(?:it|them|this|that|those|these|him|her)\b/u.test(text.slice(topic, topic + 6))) return null;
    if (NOT_WORDS_AFTER_VERB.test(text.slice(topic, Math.min(end, topic + 20)))) return null;
    if (AUXILIARY_OPENS.test(text.slice(topic, Math.min(end, topic + 8)))) return null;
    // "spoke about how, during his crossover, he …": a question word opens a clause, which runs over its commas.
    const clause = /^(?:how|what|why|whether|who|when|where)\b/u.test(text.slice(topic, topic + 8));
    const last = clause ? endBeforeNextReport(quotedText, topic, end) : objectEnd(quotedText, topic, end);
    return topic < last ? { start: topic, end: last, pattern: 'verb-object', cueEnd: topic - 1 } : null;
  }
  // "said, attempting to regroup", "said at a press conference": no reported words here.
  // "warned about a new world war", "complained about the rules": what was spoken of is reported.
  // "warned of the deficit's dangers": a warning's "of" as its "about".
  const about =
    !that && TOPIC_VERBS.test(verb)
      ? (/^warn/u.test(verb) ? /^(?:about|of)\s/u : /^about\s/u).exec(text.slice(start, start + 6))
      : null;
  if (about) {
    const topic = skipSpaces(text, start + about[0].length, end);
    // "the risk the agency warned about in its 2013 report": "about" has lost its object to a relative clause.
    if (/^(?:it|them|this|that|those|these|him|her)\b/u.test(text.slice(topic, topic + 6))) return null;
    if (NOT_WORDS_AFTER_VERB.test(text.slice(topic, Math.min(end, topic + 20)))) return null;
    const last = objectEnd(quotedText, topic, end);
    return topic < last ? { start: topic, end: last, pattern: 'verb-object', cueEnd: start + about[0].trimEnd().length } : null;
  }
  // "was asked about the speeches", "Asked about that vote, …": the question's subject is what is reported.
  if (!that && /^ask/u.test(verb) && /^about\s/u.test(text.slice(start, start + 6))) {
    const topic = skipSpaces(text, start + 5, end);
    // "asked about it during the debate": a pronoun names no subject a reader could read.
    if (/^(?:it|them|this|that|those|these|him|her)\b/u.test(text.slice(topic, topic + 6))) return null;
    const last = objectEnd(quotedText, topic, end);
    return topic < last ? { start: topic, end: last, pattern: 'verb-object', cueEnd: start + 5 } : null;
  }
  // "Rubio says, win or lose in Florida, he's staying in the race", "Kaine now says, however, that …": an aside in
  // commas, then a clause; the aside is the speaker's too.
  const aside = !that && !object ? ASIDE_THEN_CLAUSE.exec(text.slice(start, Math.min(end, start + 120))) : null;
  if (aside) {
    const from = skipSpaces(text, start + 1, end);
    const last = endBeforeNextReport(quotedText, from, end);
    return from < last ? { start: from, end: last, pattern: 'speaker-then-verb', cueEnd } : null;
  }
  if (!that && NOT_WORDS_AFTER_VERB.test(text.slice(start, Math.min(end, start + 20)))) return null;
  // "the phrase, which Grassley cited on Wednesday, has appeared …", "The tenants admitted are all from …": with no
  // "that", an auxiliary right after the verb is the main clause's, and the verb only modified its subject.
  // "The tenants admitted are …": a verb in -ed after a noun and before an auxiliary modified that noun ("The only
  // regret he acknowledged was …" and "insisted that was not …" report).
  const modifier = !that && PARTICIPLE_LIKE.test(verb) && !/\b(?:[Ww]hat|he|she|they|we|I|you|it)\s+$/u.test(before);
  if ((object || modifier) && AUXILIARY_OPENS.test(text.slice(start, Math.min(end, start + 8)))) return null;
  // "asked the buzzing crowd", "asked him a question": someone asked, with no request or question reported.
  if (object && /^ask/u.test(verb) && !ASKED_FOR.test(text.slice(start, objectEnd(quotedText, start, end)))) return null;
  // "told them what to say": an instruction's object, not words reported.
  if (!that && WH_INFINITIVE.test(text.slice(start, Math.min(end, start + 20)))) return null;
  const last = endBeforeNextReport(quotedText, start, object ? objectEnd(quotedText, start, end) : end);
  return start < last ? { start, end: last, pattern: object ? 'verb-object' : 'speaker-then-verb', cueEnd } : null;
}
