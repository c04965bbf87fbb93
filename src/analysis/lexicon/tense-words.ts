/**
 * The words that show the tense of a clause, read by `dates/clause-tense.ts` to tell whether a date
 * points after publication ("talks will be held on Wednesday") or before it ("talks were held on
 * Wednesday"). Matched in lower case, after contractions are expanded ("won’t" → "will"). The
 * auxiliaries and pronouns the reading is built on ("will", "was", "has", "he") are part of its
 * code, not lists here.
 */
import { wordList } from './word-list.ts';

/** Words that put an event ahead on their own ("due September 15", "airing Sunday", "slated for March"). */
export const FUTURE_WORDS: readonly string[] = wordList(`
airing
due
planned
scheduled
slated
`);

/** Words that put an event ahead when "to" (or "for") follows: "set to", "expected to", "plans to", "is to". */
export const FUTURE_BEFORE_TO: readonly string[] = wordList(`
aim
aims
am
are
expected
going
hope
hopes
intend
intends
is
likely
plan
planning
plans
poised
set
`);

/**
 * Adjectives that put an event ahead when they come before it ("the upcoming vote on Friday"). After
 * it they describe something else: in "On Friday, the next round began" the verb decides.
 */
export const FUTURE_ADJECTIVES: readonly string[] = wordList(`
forthcoming
next
upcoming
`);

/** Words after "next" that make it no future plan: "next day", "next to". */
export const NOT_FUTURE_AFTER_NEXT: readonly string[] = wordList(`
afternoon
day
door
evening
morning
night
to
`);

/**
 * Words besides the auxiliaries ("is", "was", "has") that, before a participle, make it an adjective or
 * a passive, not a past verb: "the proposed deal", "to get elected", "newly formed".
 */
export const WORDS_BEFORE_A_PARTICIPLE: readonly string[] = wordList(`
a
all
an
any
both
each
every
get
got
her
his
its
my
newly
no
our
recently
some
that
the
their
these
this
those
to
your
`);

/** Irregular verbs in the past ("said", "met", "held"); most are their participles as well. */
export const IRREGULAR_PAST: readonly string[] = wordList(`
arose
became
began
bought
broke
brought
built
came
caught
chose
dealt
drew
drove
dug
fell
felt
fled
flew
fought
found
froze
gave
got
grew
heard
held
hid
hung
kept
knew
laid
led
left
lost
made
meant
met
oversaw
overtook
paid
ran
rang
rose
said
sank
sat
saw
sent
shot
slid
sold
sought
spent
spoke
stole
stood
struck
swept
swore
taught
thought
threw
told
took
tore
understood
undertook
went
withdrew
woke
won
wore
wrote
`);

/** Participles after "has"/"have" that do not end in -ed and are not in IRREGULAR_PAST ("been", "gone"). */
export const IRREGULAR_PARTICIPLES: readonly string[] = wordList(`
beaten
been
begun
broken
chosen
done
drawn
driven
fallen
flown
forgotten
frozen
given
gone
gotten
grown
hidden
known
proven
risen
seen
shaken
shown
spoken
stolen
taken
thrown
torn
withdrawn
worn
written
`);

/** Adverbs allowed between "has" and its participle ("has already met"). */
export const PERFECT_ADVERBS: readonly string[] = wordList(`
already
also
just
long
never
not
now
repeatedly
since
still
`);

/** Words in -ed that are not verbs in the past ("hundred", "naked"). */
export const NOT_PAST_ED: readonly string[] = wordList(`
beloved
embed
hundred
kindred
naked
rugged
sacred
wicked
`);

/** Verbs in the past in -eed: most -eed words are present ("proceed", "need"), these are not. */
export const PAST_EED: readonly string[] = wordList(`
agreed
decreed
disagreed
freed
guaranteed
`);

/** Words that open a clause, so that a subject pronoun after them opens it too ("after it joins"). */
export const CLAUSE_OPENERS: readonly string[] = wordList(`
after
and
as
because
before
but
if
once
so
that
then
unless
until
when
while
`);

/** Verbs in -s that report or describe a state rather than an event on a day ("he says", "it remains"). */
export const NOT_EVENT_VERBS: readonly string[] = wordList(`
adds
appears
argues
believes
claims
does
feels
has
hopes
insists
is
knows
looks
means
needs
notes
remains
reports
says
seems
tells
thinks
wants
warns
was
writes
`);

/** Words that end a cue’s phrase in explanations: "will resume in Istanbul" is shown as “will resume”. */
export const CUE_PHRASE_STOPS: readonly string[] = wordList(`
a
after
an
and
at
before
but
by
early
for
from
her
his
in
its
late
next
of
on
or
that
the
their
this
to
until
with
`);
