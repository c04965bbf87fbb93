/**
 * "…, said Obama, who has often complained about not getting enough credit": the subject of a verb
 * in a relative clause is the name the clause hangs on, right before ", who". Only that shape: with
 * anything between ("the wife of Ali Khan, who said") the clause may hang on either. A description
 * or a group right before "who" or "which" is the subject the same way ("the commissioner, who
 * conceded", "business leaders who say", "64 percent who say", "the staff association, which urged").
 */
import type { Candidate } from '../attribution/candidates.ts';
import type { BlockContext } from '../attribution/subjects.ts';
import type { SpeechCue } from '../text/speech-cues.ts';
import { BARE_OPENERS, candidatesBetween, describedSource, MANNER_ADVERB, PLURAL_SOURCE_NOUNS } from './unread-sources.ts';

/** How far before its verb the name of a relative clause may stand, in characters. */
const RELATIVE_REACH = 120;
/** Between the name and the verb: ", who" and auxiliaries or adverbs ("has often", "later"). */
const WHO_THEN_VERB = new RegExp(
  String.raw`^,\s+who(?:[’']s)?\s+(?:(?:also|has|had|have|is|was|often|later|then|once|first|previously|recently|repeatedly|${MANNER_ADVERB})\s+)*$`,
  'u',
);

/** The name a relative clause's "who" stands for, when the cue is that clause's verb; else null. */
export function relativeClauseSubject(context: BlockContext, sentenceStart: number, cue: SpeechCue): Candidate | null {
  const before = candidatesBetween(context, Math.max(sentenceStart, cue.start - RELATIVE_REACH), cue.start);
  const name = before.at(-1);
  if (name?.kind !== 'named') return null;
  return WHO_THEN_VERB.test(context.text.slice(name.end, cue.start)) ? name : null;
}

/** "who" or "which" and auxiliaries or adverbs right before the verb ("who have long argued", "who’ve said"). */
const RELATIVE_THEN_VERB = new RegExp(
  String.raw`,?\s+(?:who|which)(?:[’']ve|[’']s)?\s+(?:(?:also|has|had|have|is|was|are|were|often|later|then|once|first|previously|recently|repeatedly|already|long|${MANNER_ADVERB})\s+)*$`,
  'u',
);
/** Up to two words before a group's noun that are no function word, verb in -ed or adverb ("business", not "rebuked"). */
const GROUP_MODIFIERS = String.raw`(?:(?!(?:the|a|an|and|but|or|of|to|that|who|which|with|by|for|as)\b)(?![\p{L}-]+(?:ed|ly)\s)[\p{L}\p{N}-]+\s+){0,2}`;
/** A group with no determiner right before "who": "business leaders", "many Democrats", "64 percent". */
const GROUP_BEFORE_RELATIVE = new RegExp(
  String.raw`(?:^|[\s(])((?:\d[\d.,]*\s*(?:%|percent|per\s+cent))|(?:(?:${BARE_OPENERS})\s+)?${GROUP_MODIFIERS}(?:${PLURAL_SOURCE_NOUNS}))$`,
  'iu',
);

/** After a name, up to its relative's comma: a description in apposition ("the border commissioner", "a lawyer from Kyiv"). */
const APPOSITIVE_DESCRIPTION = /^,\s+(?:the|an?|his|her|its|their)\s+[^,;:“”"()]{1,80}$/u;

/**
 * The description or group a relative clause hangs on, when the cue is that clause's verb: a
 * description right before the relative (the name it stands beside, when it is one's apposition:
 * "R. Gil Kerlikowske, the commissioner, who conceded"), or a group with no determiner; else null.
 * A name right before ", who" is `relativeClauseSubject`'s.
 */
export function relativeDescriptionSubject(context: BlockContext, sentenceStart: number, cue: SpeechCue): Candidate | null {
  const { text } = context;
  const from = Math.max(sentenceStart, cue.start - RELATIVE_REACH);
  const relative = RELATIVE_THEN_VERB.exec(text.slice(from, cue.start));
  if (!relative) return null;
  const antecedentEnd = from + relative.index;
  const before = candidatesBetween(context, from, antecedentEnd);
  const last = before.at(-1);
  if (last && last.end === antecedentEnd) {
    if (last.kind !== 'description') return null;
    const named = before.at(-2);
    return named?.kind === 'named' && /^,\s*$/u.test(text.slice(named.end, last.start)) ? named : last;
  }
  if (last && last.end > antecedentEnd - 2) return null;
  // "Gil Kerlikowske, the border commissioner, who conceded": a description the candidates did not read, in apposition.
  if (last?.kind === 'named' && APPOSITIVE_DESCRIPTION.test(text.slice(last.end, antecedentEnd))) return last;
  const group = GROUP_BEFORE_RELATIVE.exec(text.slice(Math.max(from, antecedentEnd - 80), antecedentEnd));
  if (!group) return null;
  const words = group[1]!;
  return describedSource(antecedentEnd - words.length, words, true);
}
