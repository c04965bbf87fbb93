/**
 * Groups as unnamed sources: "some advocates for stem cell research said", "progressive
 * organizations that have endorsed him say", "Democrats and civil rights groups say", "Romney's
 * associates said". The quote candidates read none of these (their heads are no role nouns, or a
 * relative clause stands between them and the verb), and a group speaks as the article words it.
 * Only plural heads, only before a verb that agrees with them, and only at a clause's start, so a
 * statement's speaker is never a group the sentence merely mentions.
 */
import type { Candidate } from '../attribution/candidates.ts';
import { PERSON_SOURCE_NOUNS } from '../lexicon/role-nouns.ts';
import type { SpeechCue } from '../text/speech-cues.ts';
import { BARE_MODIFIERS, BARE_OPENERS, describedSource, MANNER_ADVERB, SET_OFF_ADVERBIAL } from './unread-sources.ts';

/** Plural nouns of groups of people that are not role nouns: "advocates", "organizations", "families". */
const GROUP_NOUNS = [
  'advocates|proponents|defenders|backers|supporters|detractors|skeptics|sceptics|critics|opponents|rivals|allies|partisans',
  'conservatives|liberals|progressives|moderates|evangelicals|independents|Americans|citizens|families|people|men|women',
  'organizations|organisations|groups|companies|businesses|firms|unions|makers|manufacturers|producers|traders|retailers',
  'commentators|forecasters|specialists|technologists|politicians|legislators|historians|scholars|academics|physicians',
  'founders|associates|confidants|spokesmen|spokeswomen|bundlers|respondents|campaigners|environmentalists|farmers|fans|followers',
  PERSON_SOURCE_NOUNS.filter((noun) => /[^s]s$/u.test(noun)).join('|'),
].join('|');
/** A group phrase: an opener or owner, up to three modifiers, a group noun. */
const GROUP = String.raw`(?:(?:${BARE_OPENERS}|even)\s+)?${BARE_MODIFIERS}(?:${GROUP_NOUNS})`;
/** After a group's noun: whom they stand for ("for stem cell research", "in the state") or a relative clause ("that have endorsed him"). */
const GROUP_POSTMODIFIER = String.raw`(?:\s+(?:for|from|at|in|of|on|across|like|including|who|that)\s+[^,;:“”"()—–]{1,90}?)?`;
/**
 * A group subject right before its verb, after a clause's start: one group, or two joined by "and"
 * ("Democrats and civil rights groups"), then at most an adverb or an aside (", however,").
 */
const GROUP_SOURCE = new RegExp(
  [
    String.raw`(?:^|[,;:—–]\s*|\b(?:and|but|yet|that|which|while|[Aa]s|because|though|although|so)\s+)(`,
    String.raw`${GROUP}${GROUP_POSTMODIFIER}(?:\s+and\s+${GROUP}${GROUP_POSTMODIFIER})?)`,
    String.raw`(?:,\s*${SET_OFF_ADVERBIAL},)?`,
    String.raw`\s+(?:(?:also|even|have|had|now|still|long|both|all|later|often|privately|publicly|${MANNER_ADVERB})\s+)*$`,
  ].join(''),
  'iu',
);
/**
 * A conjunction that opens a clause, capitalised at a sentence's start or after a comma ("…, while liberal groups
 * said"): no part of the group.
 */
const LEADING_CONJUNCTION = /^(?:though|although|while|whereas|because|but|and|yet|so|as|when|since)\s+/iu;
/** A verb that agrees with a plural subject: not "says", "argues". */
const SINGULAR_VERB = /^\p{L}+[^s]s$/u;

/** The group right before a finite cue, as an unnamed source in the article's words, or null. */
export function groupSource(text: string, sentenceStart: number, cue: SpeechCue): Candidate | null {
  if (SINGULAR_VERB.test(cue.word)) return null;
  const from = Math.max(sentenceStart, cue.start - 160);
  const before = text.slice(from, cue.start);
  const match = GROUP_SOURCE.exec(before);
  if (!match) return null;
  const matched = match[1]!;
  // "Though executives who …", "…, while liberal groups": the case-blind match may take a conjunction for a modifier.
  const words = matched.replace(LEADING_CONJUNCTION, '');
  return describedSource(from + match.index + match[0].lastIndexOf(matched) + matched.length - words.length, words, true);
}
