/**
 * Words that open a reported statement outside quotation marks ("Peskov said the Kremlin was
 * ready …"), read by `reported/find-statements.ts`, and the verbs of belief and knowledge that
 * do not report speech ("X believes", "X knows"). Matched lower-cased. The speech cues themselves
 * are found by `text/speech-cues.ts`; these lists say which of them carry a content clause.
 */
import { wordList } from './word-list.ts';

/**
 * Finite speech and writing verbs whose words can be reported: "said (that) …", "…, X said.",
 * "warned that …", "accused Y of …". Verbs that judge rather than report ("praised", "slammed")
 * are left out: they carry no reported words.
 */
export const STATEMENT_VERBS: readonly string[] = wordList(`
accused
acknowledge
acknowledged
add
added
adds
admit
admitted
allege
alleged
alleges
announce
announced
announces
answered
argue
argued
argues
asked
asks
assert
asserted
asserts
blasted
boasted
called for
called on
calls for
calls on
cautioned
cite
cited
cites
claimed
claims
complain
complained
concede
conceded
confirmed
confirms
contend
contended
contends
continued
countered
criticised
criticized
declared
denied
denies
deny
described
describes
dismissed
emailed
emphasised
emphasized
explain
explained
explains
indicated
insist
insisted
insists
lamented
maintained
maintains
mentioned
mentions
noted
notes
observed
pledged
pledges
point out
pointed out
points out
posted
praised
predict
predicted
predicts
promised
promises
questioned
recalled
recalls
recounted
reiterated
remarked
replied
reported
reports
responded
said
say
says
signaled
signalled
slammed
speaks
spoke
stated
stressed
talked about
talks about
tells
testified
texted
threatened
told
touted
tweeted
urged
urges
vowed
vows
warn
warned
warns
writes
wrote
`);

/**
 * Participle phrases that report a demand ("…, calling for tariffs"), found by the rules of
 * `text/speech-cues.ts`. Every participle of `SPEECH_PARTICIPLES` reports words too ("…, saying
 * the talks had failed"): reported speech reads those and these.
 */
export const STATEMENT_PARTICIPLE_PHRASES: readonly string[] = wordList(`
calling for
calling on
pointing out
talking about
`);

/**
 * Verbs of belief, knowledge, hope and feeling: what someone holds, not what they said. They are
 * never reported speech ("Peskov believes talks can work").
 */
export const BELIEF_VERBS: readonly string[] = wordList(`
assume
assumed
assumes
believe
believed
believes
doubt
doubted
doubts
expect
expected
expects
fear
feared
fears
feel
feels
felt
hope
hoped
hopes
knew
know
knows
realise
realised
realize
realized
suspect
suspected
suspects
think
thinks
thought
understand
understands
understood
want
wanted
wants
wish
wished
wonder
wondered
worried
worries
worry
`);

/**
 * Statement verbs that also take a plain object ("announced the lawsuit", "wrote new songs",
 * "confirmed the date"): they report words after the verb only through "that" ("announced that …");
 * written after the words ("…, the ministry announced.") they report them as the others do.
 */
export const STATEMENT_VERBS_ONLY_WITH_THAT: readonly string[] = wordList(`
acknowledge
add
added
adds
admit
allege
announce
announced
announces
answered
argue
assert
boasted
complain
concede
confirmed
confirms
contend
denied
denies
deny
emailed
explain
explains
insist
maintained
maintains
mentioned
mentions
observed
pledged
pledges
point out
pointed out
points out
posted
predict
predicts
promised
promises
recalled
recounted
remarked
reported
reports
responded
signaled
signalled
testified
texted
touted
tweeted
urged
urges
vowed
vows
warn
writes
wrote
`);

/**
 * Statement verbs whose reported words may be a noun phrase, read up to the clause's first comma:
 * what was asked, denied, criticised or described ("asked whether …", "denied the claims",
 * "criticized the accord"). Without "that" these read no clause beyond that comma; a verb here
 * and in `STATEMENT_VERBS_ONLY_WITH_THAT` takes its object, or a clause ("announced she will resign").
 * What was announced is a statement ("announced his candidacy"): PolNeAR counts it as speech, and
 * on its train split the object gains about eight statements found for each spurious one. What was
 * tweeted too ("tweeted her thanks to the president": three found for each spurious one); not what
 * was posted, written or mentioned ("posted a photo", "wrote a check": as many spurious as found).
 */
export const STATEMENT_VERBS_WITH_OBJECT: readonly string[] = wordList(`
announce
announced
announces
asked
asks
blasted
called for
called on
calls for
calls on
cite
cited
cites
criticised
criticized
denied
denies
described
describes
dismissed
lamented
praised
questioned
recalled
slammed
talked about
talks about
threatened
tweeted
urged
`);
