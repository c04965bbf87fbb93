/**
 * Descriptions of unnamed sources and bodies, as the candidate finder (candidates.ts) reads them: "a second White House
 * official", "the person", "the ministry", and a quantifier beside its speech verb ("Another said").
 */
import { DESCRIBING_WORDS_IN_ED, ORDINALS } from '../lexicon/description-words.ts';
import { BODY_SOURCE_NOUNS, PERSON_SOURCE_NOUNS, QUOTE_SOURCE_NOUNS } from '../lexicon/role-nouns.ts';
import { alternationOf } from '../lexicon/word-list.ts';
import { isInside, type Range } from '../text/ranges.ts';
import { FINITE_SPEECH_VERB } from '../text/speech-cues.ts';
import type { Candidate } from './candidates.ts';
import { SPEECH_AFTER } from './pronouns.ts';

/** The speech verbs a bare quantifier speaks with. */
const BARE_SOURCE_VERBS = 'said|says|wrote|writes|tweeted|added|argued|noted|insisted|complained|agreed|posted|commented|replied';

/** Words that cannot sit between a determiner and its noun ("the company said a …"): function words and verbs in -ed. */
const NOT_A_MODIFIER_WORDS = String.raw`(?:${[
  'said|says|told|tells|and|but|or|was|were|is|are|has|have|had|not|that|which|who|to|of|in|on|at|for|with|by|as|the|a|an',
  'he|she|it|they',
  String.raw`(?!(?:${alternationOf(DESCRIBING_WORDS_IN_ED)})\b)\p{Ll}+ed`,
].join('|')})`;
/** What opens a description; a capitalised possessive ("the Kremlin’s", "France’s") is tried last. */
const DETERMINERS = [
  'a|an|one|another|the|two|three|four|five|six|several|some|many|other|both',
  String.raw`\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){0,2}[’']s`,
].join('|');
/**
 * Nouns that describe an unnamed source: people first, then bodies (the order the alternation tries them). "One man
 * wrote", "said a young woman", "Another child responded": man, woman, boy, girl and child are sources here only (not in the
 * shared list the reported-speech finder reads).
 */
const SOURCE_NOUNS = `${alternationOf(PERSON_SOURCE_NOUNS)}|man|woman|boy|girl|child|${alternationOf(QUOTE_SOURCE_NOUNS)}|${alternationOf(BODY_SOURCE_NOUNS)}`;
/** A modifier word: an acronym with full stops ("U.S.") or a word. */
const MODIFIER = String.raw`(?:(?:\p{Lu}\.){2,}|[\p{L}\p{N}][\p{L}\p{M}\p{N}'’-]*)`;
/** A description: determiner, up to four modifiers, the source noun, and a phrase after it ("for …", "from …"). */
const DESCRIPTION = new RegExp(
  [
    String.raw`(?<![\p{L}\p{N}])(${DETERMINERS})\s+`,
    String.raw`((?:(?!${NOT_A_MODIFIER_WORDS}\b)${MODIFIER}\s+){0,4})`,
    String.raw`(${SOURCE_NOUNS})\b`,
    // "a source familiar with the talks", "a person close to the campaign": the adjective goes with the phrase.
    String.raw`((?:(?:\s+(?:familiar|close|knowledgeable|briefed))?\s+(?:for|from|at|to|of|in|with)(?:\s+[\p{L}\p{N}][\p{L}\p{M}\p{N}.'’-]*){1,4})?)`,
  ].join(''),
  'giu',
);
/** The capitalised words and initials that go on with a name ("Services Committee" after "the House Armed", "W. Bush"). */
const NAME_RUN_AFTER = /^(?:\s+(?:\p{Lu}\.(?=\s+\p{Lu})|\p{Lu}[\p{L}\p{M}’'-]*))+/u;
/** A name given right after a description ("calling himself Paul Paul", "named Ann Lee"). */
const NAME_GIVEN_AFTER = /^,?\s+(?:calling\s+(?:himself|herself)|named|called|identified\s+as)\s+\p{Lu}/u;
/** Words in lower case before a capitalised possessive ("said " in "said Rubio’s"); none when all are lower case. */
/** Adjectives that take the phrase after a source noun ("a source familiar with the talks"). */
const PHRASE_ADJECTIVE = /^(?:familiar|close|knowledgeable|briefed)$/iu;
const LOWER_CASE_LEAD = /^(?:[\p{L}.’'-]+\s+)*\p{Ll}[\p{L}.’'-]*\s+(?=\p{Lu})/u;
const BODY_NOUN = new RegExp(String.raw`^(?:${alternationOf(BODY_SOURCE_NOUNS)})$`, 'iu');
/** Words that end the phrase after a source noun ("one senior official from a European country who …"). */
const PHRASE_STOP = new RegExp(
  `^(?:${[
    'who|whom|which|that|was|were|is|are|has|have|had|and|but|said|says|told',
    'on|in|with|after|before|as|because|since|when|while|if|to|would|will|could|should|may|might',
  ].join('|')})$`,
  'iu',
);

/**
 * A quantifier standing for unnamed people, next to its speech verb: "Another said", "many said", "“…,” tweeted another".
 * Capitalised at a sentence's start, so never a name either.
 */
const BARE_SOURCE = new RegExp(
  [
    String.raw`(?<![\p{L}’'-])(another|others|some|many|most|several)(?=\s+(?:also\s+)?(?:${BARE_SOURCE_VERBS})\b)`,
    String.raw`(?<=\b(?:${BARE_SOURCE_VERBS})\s+)(another|others)(?=\s*[.,;!?]|$)`,
  ].join('|'),
  'giu',
);

/** Quantifiers that speak as sources of their own ("Another said", "Others wrote"). */
function findBareSources(text: string, quoted: readonly Range[]): Candidate[] {
  return [...text.matchAll(BARE_SOURCE)]
    .filter((match) => !isInside(quoted, match.index))
    .map((match) => {
      const word = match[0].toLowerCase();
      return {
        start: match.index,
        end: match.index + match[0].length,
        kind: 'description' as const,
        label: word,
        definite: false,
        modifiers: [],
        plural: word !== 'another',
        entity: 'person' as const,
      };
    });
}

/** The plural person nouns of unnamed sources ("experts", "officials", "people"), and a few more that only speak in the plural. */
const PLURAL_PERSON_NOUN = new RegExp(
  String.raw`(?<![\p{L}\p{N}’'-])(?:${alternationOf(
    [...PERSON_SOURCE_NOUNS, ...QUOTE_SOURCE_NOUNS].filter((noun) => /[^s]s$/u.test(noun) || noun === 'people'),
  )}|proponents|respondents|agents)(?![\p{L}\p{N}’'-])`,
  'giu',
);
/** Up to three modifiers before a plural source, after what opens its clause ("Law enforcement", "that Border Patrol"). */
const modifiersBefore = (atParagraphStart: boolean) =>
  new RegExp(
    String.raw`(?:${atParagraphStart ? '^|' : ''}[.!?]["”’]?\s+|[;—–]\s+|\b(and|but|that|while|as)\s+)((?:(?!${NOT_A_MODIFIER_WORDS}\b)${MODIFIER}\s+){0,3})$`,
    'iu',
  );
const MODIFIERS_AT_PARAGRAPH_START = modifiersBefore(true);
const MODIFIERS_INSIDE = modifiersBefore(false);
/** A short phrase after the noun ("Proponents of the new bill", "Republicans on Capitol Hill"). */
const PHRASE_AFTER_PLURAL = new RegExp(
  String.raw`^\s+(?:of|on|in|for|at|with|from)(?:\s+(?!${NOT_A_MODIFIER_WORDS}\b)[\p{L}\p{N}][\p{L}\p{M}\p{N}.'’-]*){1,3}`,
  'iu',
);

/**
 * Plural sources with no determiner opening their clause, right before their speech verb: "Law enforcement sources told …",
 * "Nuclear proliferation experts have speculated …", "that Border Patrol agents described …".
 */
function findBarePlurals(text: string, quoted: readonly Range[], described: readonly Candidate[]): Candidate[] {
  const found: Candidate[] = [];
  for (const noun of text.matchAll(PLURAL_PERSON_NOUN)) {
    const nounEnd = noun.index + noun[0].length;
    const reach = Math.max(0, noun.index - 80);
    const lead = (reach === 0 ? MODIFIERS_AT_PARAGRAPH_START : MODIFIERS_INSIDE).exec(text.slice(reach, noun.index));
    if (!lead) continue;
    const start = noun.index - lead[2]!.length;
    const phrase = PHRASE_AFTER_PLURAL.exec(text.slice(nounEnd, nounEnd + 80))?.[0] ?? '';
    // After a word that joins it to the sentence ("that Border Patrol agents described …"), the verb must follow at once:
    // "that superdelegates currently pledged to Clinton may reconsider" is no speech.
    const verbAfter = (at: number) => {
      const after = text.slice(at, at + 120);
      return FINITE_SPEECH_VERB.test(lead[1] ? after.trimStart() : after.replace(SPEECH_AFTER, ''));
    };
    const end = verbAfter(nounEnd) ? nounEnd : phrase && verbAfter(nounEnd + phrase.length) ? nounEnd + phrase.length : -1;
    if (end < 0 || isInside(quoted, start) || described.some((other) => start < other.end && end > other.start)) continue;
    found.push({
      start,
      end,
      kind: 'description',
      label: text.slice(start, end),
      definite: false,
      modifiers: [],
      plural: true,
      entity: 'person',
    });
  }
  return found;
}

/** Descriptions of unnamed sources and bodies: "a second White House official", "the person", "the ministry". */
export function findDescriptions(text: string, quoted: readonly Range[]): Candidate[] {
  const candidates = findDescriptionsWithDeterminer(text, quoted);
  return [...candidates, ...findBarePlurals(text, quoted, candidates)];
}

function findDescriptionsWithDeterminer(text: string, quoted: readonly Range[]): Candidate[] {
  const candidates: Candidate[] = findBareSources(text, quoted);
  for (const match of text.matchAll(DESCRIPTION)) {
    const [, writtenDeterminer, modifierText, noun, phraseText] = match as unknown as [
      string,
      string,
      string,
      string,
      string | undefined,
    ];
    // The expression is case-blind, so a possessive determiner may start with the words before the
    // name ("said Rubio’s deputy campaign manager"): the description starts at the name.
    // "Christie said Trump’s tweet": the capitalised words before a lower-case one are no part of it either.
    const leading = /[’']s$/u.test(writtenDeterminer) ? (LOWER_CASE_LEAD.exec(writtenDeterminer)?.[0] ?? '') : '';
    const determiner = writtenDeterminer.slice(leading.length);
    const start = match.index + leading.length;
    const head = `${determiner} ${modifierText}${noun}`;
    // Keep the phrase after the noun ("for France’s foreign minister") only up to a word that
    // starts a new clause ("… from a European country who was granted anonymity").
    let end = start + head.length;
    const phraseStart = end;
    const phraseWords = [...(phraseText ?? '').matchAll(/\S+/gu)];
    // The preposition opens the phrase, after its adjective when there is one ("familiar with").
    const preposition = PHRASE_ADJECTIVE.test(phraseWords[0]?.[0] ?? '') ? 1 : 0;
    for (const [i, word] of phraseWords.entries()) {
      if (i > preposition && PHRASE_STOP.test(word[0])) break;
      if (/[,;:.!?]$/u.test(word[0])) break;
      if (i > preposition) end = phraseStart + word.index + word[0].length;
    }
    // "a spokeswoman for the House Armed Services Committee": a name the phrase's last word opens runs to its end.
    if (end > phraseStart && /\p{Lu}\S*$/u.test(text.slice(phraseStart, end)))
      end += NAME_RUN_AFTER.exec(text.slice(end))?.[0].length ?? 0;
    if (isInside(quoted, start) || quoted.some(([s]) => s > start && s < end)) continue;
    // "a man calling himself Paul Paul", "a woman named Ann Lee": the name given next is the candidate, not the description.
    if (NAME_GIVEN_AFTER.test(text.slice(end, end + 40))) continue;
    // "the man said": a man, a woman or a child is a source only when introduced ("one man", "another child"), never pointed back to.
    if (/^(?:man|woman|boy|girl|child)$/iu.test(noun) && !/^(?:a|an|one|another)$/iu.test(determiner)) continue;
    const modifiers = modifierText.trim().toLowerCase().split(/\s+/u).filter(Boolean);
    const ordinal = ORDINALS.indexOf(modifiers[0] ?? '');
    const written = text.slice(start, end);
    const possessive = /[’']s$/u.test(determiner);
    const lowerDeterminer = determiner.toLowerCase();
    // The head noun decides: "the Kremlin leader" is a person, "the foreign ministry" a body.
    const isBody = BODY_NOUN.test(noun);
    candidates.push({
      start,
      end,
      kind: 'description',
      label: possessive ? written : written.charAt(0).toLowerCase() + written.slice(1),
      definite: lowerDeterminer === 'the' || possessive,
      ...(ordinal >= 0 ? { ordinal: ordinal + 1 } : {}),
      modifiers: ordinal >= 0 ? modifiers.slice(1) : modifiers,
      plural:
        /s$/iu.test(noun) && !/(?:ss|ous|us)$/iu.test(noun)
          ? true
          : noun.toLowerCase() === 'people' || noun.toLowerCase() === 'authorities',
      entity: isBody ? 'organization' : 'person',
    });
  }
  return candidates;
}
