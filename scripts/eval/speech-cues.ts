/**
 * Which of PolNeAR's attribution cues report speech. PolNeAR annotates every attribution: speech
 * and writing, but also beliefs ("believes", "thinks"), knowledge ("knows", "found"), wishes
 * ("wants"), stances ("supports") and evidence ("polls show"). The issue measures reported speech
 * only, so a gold attribution counts when a word of its cue is a word of saying or writing below,
 * or the cue is one of the phrases. Cues left out on purpose: a bare colon (headline style, mostly
 * in the title line), prepositions ("in a poll", "for Democrats"), "suggest", "show", "indicate",
 * "appear" (evidence more often than speech), and "reportedly" (no source).
 */

/** Words of saying and writing, in every form a cue uses them (verbs, participles, nouns). */
export const SPEECH_CUE_WORDS: ReadonlySet<string> = new Set(
  `
accuse accused accuses accusing
acknowledge acknowledged acknowledges acknowledging
add added adding adds
admit admits admitted admitting
announce announced announcement announces announcing
answer answered answers
argue argued argues arguing
ask asked asking asks
assert asserted asserts
blast blasted blasts
call called calling calls
cite cited cites citing
claim claimed claiming claims
comment commented comments
complain complained complaining complains
concede conceded concedes
confirm confirmed confirming confirms
contend contended contends
criticise criticised criticize criticized criticizes criticizing
declare declared declares declaring
deny denied denies denying
describe described describes describing
dismiss dismissed dismisses
email emailed emails
explain explained explaining explains
insist insisted insisting insists
interview
letter
mention mentioned mentions
note noted notes noting
post posted posting posts
pledge pledged pledges
praise praised praises
predict predicted predicts
promise promised promises promising
question questioned questioning
recall recalled recalling recalls
reiterate reiterated reiterates
remark remarked remarks
reply replied replies
report reported reporting reports
respond responded responds
say said saying says
slam slammed slams
speak speaking speaks spoke
speech
state stated statement statements states stating
stress stressed stresses
talk talked talking talks
tell telling tells told
testified testify testimony
tweet tweeted tweeting tweets
urge urged urges urging
vow vowed vows
warn warned warning warns
write writes writing written wrote
`
    .split(/\s+/)
    .filter(Boolean),
);

/** Cues of more than one word that report speech though none of their words is in the list. */
export const SPEECH_CUE_PHRASES: readonly string[] = ['according to', 'point out', 'pointed out', 'pointing out', 'points out'];

/** The lower-cased words of a cue, straight apostrophes. */
function cueWords(cue: string): string[] {
  return (
    cue
      .toLowerCase()
      .replace(/[’‘]/g, "'")
      .match(/[\p{L}']+/gu) ?? []
  );
}

/** Whether a gold cue ("said", "has told", "according to", "believes") reports speech or writing. */
export function isSpeechCue(cue: string): boolean {
  const words = cueWords(cue);
  const phrase = ` ${words.join(' ')} `;
  return words.some((word) => SPEECH_CUE_WORDS.has(word)) || SPEECH_CUE_PHRASES.some((entry) => phrase.includes(` ${entry} `));
}
