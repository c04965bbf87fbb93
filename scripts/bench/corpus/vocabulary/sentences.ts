/**
 * Sentence patterns for the synthetic corpus: topics, what people are quoted saying, fragments,
 * scare quotes and titles, unnamed sources, reporters' sentences, subheadings, headlines, deks
 * and numbers. The constraints on every list: ../vocabulary.ts.
 */

/** What the talks are about; `{C}` is a country name. */
export const TOPICS: readonly string[] = [
  'a ceasefire along the current front line',
  'security guarantees for {C}',
  'sanctions relief',
  'territorial concessions',
  'a trilateral summit',
  'the energy infrastructure truce',
  'the return of prisoners of war',
  'a demilitarized zone',
  'the reconstruction fund',
  'the frozen central bank assets',
  'a peacekeeping force',
  'the grain corridor',
  'the future of the nuclear plant',
  'the lifting of export controls',
  'a monitoring mission',
  'the exchange of prisoners',
  'a long-term security pact',
  'the withdrawal of troops',
  'the status of occupied territory',
  'a freeze on arms deliveries',
  'the maritime ceasefire',
  'new elections in {C}',
  'the timetable for a settlement',
  'the draft framework agreement',
  'the humanitarian corridor',
  'compensation for war damage',
  'the oil price cap',
  'the air defense package',
];

/** Words people are quoted saying: the first sentence of a statement; `{T}` topic, `{C}` country, `{city}` venue. */
export const STATEMENT_OPENERS: readonly string[] = [
  'We are not going to accept {T}',
  'We will keep working on {T} for as long as it takes',
  'I think {T} is still possible, but it will take time',
  'There is no deal on {T} until everything is agreed',
  'Nobody wants {T} more than we do',
  'The other side has to understand that {T} is not on the table',
  'We have made real progress on {T} in the last few weeks',
  'It is very hard to talk about {T} while the attacks continue',
  'This is about {T}, and we are not going to move on without it',
  'I am not optimistic about {T} right now',
  'Our position on {T} has not changed',
  'We told them very clearly that {T} must come first',
  'Everyone knows what {T} would mean for {C}',
  'If they are serious about {T}, they know where to find us',
  'We are ready to meet in {city} or anywhere else',
  'The talks were useful, but we are still far apart on {T}',
  'We want a peace that lasts, not a pause before the next war',
  'It is not in the national interest to negotiate these issues publicly',
  '{C} will never accept {T}',
  'As long as the conversations are moving forward, that is a good thing',
  'We are going to know very soon whether they are serious',
  'Nobody is going to be happy with every part of {T}',
  'They have to decide whether they want to end this war or not',
  'I have been saying for months that {T} is the key to everything',
  'It is hard to see how {T} works without the Americans',
];

/** Short sentences that sometimes follow a statement's first sentence. */
export const STATEMENT_FOLLOW_UPS: readonly string[] = [
  'That is the reality.',
  'There is no other way.',
  'Time is running out.',
  'We will see what happens.',
  'It is not going to be easy.',
  'That has not changed.',
  'Nobody should be surprised by that.',
  'The ball is in their court now.',
  'We are not there yet.',
  'This is not a game.',
  'We need to see actions, not words.',
  'Everything else is details.',
  'And they know it.',
  'That is what we told them in {city}.',
  'It is as simple as that.',
];

/** A few quoted words inside the reporter's sentence (fragments). */
export const FRAGMENTS: readonly string[] = [
  'a road to nowhere',
  'a grind',
  'very productive',
  'not serious',
  'a constructive step',
  'moving in the right direction',
  'dead on arrival',
  'a real breakthrough',
  'premature',
  'a bad deal',
  'cautiously optimistic',
  'the final stretch',
  'a waste of time',
  'very close',
  'a step backward',
  'unacceptable',
  'good and productive',
  'far from over',
];

/** Distancing quotation marks with no speaker (scare quotes). */
export const SCARE_QUOTES: readonly string[] = [
  'peace dividend',
  'frozen conflict',
  'coalition of the willing',
  'reset',
  'grand bargain',
  'red lines',
  'buffer zone',
  'realists',
];

/** Programme titles quoted in the text (title quotes). */
export const SHOW_TITLES: readonly string[] = [
  'State of Play',
  'The World This Week',
  'Face the Facts',
  'Sunday Morning Briefing',
  'Inside the Room',
  'Meet the Nation',
];

/** Unnamed sources: how they are introduced, and the definite noun that points back to them. */
export const UNNAMED_SOURCES: ReadonlyArray<readonly [introduction: string, backReference: string]> = [
  ['a senior {adj} official', 'the official'],
  ['a {adj} diplomat', 'the diplomat'],
  ['one former administration official', 'the official'],
  ['a person familiar with the negotiations', 'the person'],
  ['a European official', 'the official'],
  ['a senior administration official', 'the official'],
  ['a second {adj} official', 'the official'],
  ['a Western diplomat', 'the diplomat'],
  ['an adviser to the {adj} delegation', 'the adviser'],
];

/**
 * Reporters' sentences. Placeholders: `{P}`, `{P2}` people, `{C}`, `{C2}` countries with `{Cadj}`
 * and `{Ccap}`, `{Ccap2}`; `{O}` an organization; `{M}` an outlet; `{T}`, `{T2}` topics; `{D}` a
 * past date, `{F}` a future one; `{city}` a venue; `{num}` a number; `{Month}` a month name.
 */
export const NARRATIVE_SENTENCES: readonly string[] = [
  '{P} met {P2} in {city} {D} to discuss {T}, according to two people familiar with the talks.',
  'The {Cadj} government has rejected {T}, insisting that any settlement must also address {T2}.',
  '{C} and {C2} have been at odds for months over {T}, and the latest round of talks did little to narrow the gap between them.',
  'Officials in {Ccap} have played down the chances of a breakthrough, pointing privately to {T} as the main obstacle.',
  '{P}, who has led the negotiations since {Month}, has told associates that {T} is still within reach.',
  'The talks {D} came after weeks of pressure from {C} over {T}, and after a series of strikes on cities far from the front line.',
  'There is a growing recognition in {Ccap} that the talks are a grind, and that {T} will not be settled quickly.',
  'Analysts at the {O} expect {T} to dominate the agenda when negotiators meet again {F}.',
  '{C} has meanwhile stepped up attacks on energy infrastructure, and officials in {Ccap2} say the strikes have only hardened public opinion against {T}.',
  'The proposal, first reported by the {M}, would tie {T} to {T2} and leave the hardest questions for later.',
  'Neither side has publicly explained what {T} would mean in practice, and both have accused the other of stalling.',
  '{P} spoke with {P2} by phone {D}, the second call between them in less than a month.',
  'European allies have pushed for {T} as part of any deal, but {C} has so far refused to discuss it.',
  'The {O} estimated last year that {T} would cost at least {num} billion dollars over a decade.',
  'Behind the scenes, {Cadj} negotiators have floated {T} as a possible compromise, according to a person briefed on the discussions.',
  'It was not clear {D} whether {P} would travel to {city} for the next round.',
  'For now, the gap between {Ccap} and {Ccap2} on {T} looks as wide as it did at the start of the year.',
  '{P} has repeatedly argued that {T} is a precondition for any meeting with {P2}.',
  'The {Cadj} foreign ministry did not respond to a request for comment.',
  'Since the talks began, {C} has launched more than {num} drones at cities far from the front line.',
  'The question of {T} has hung over every round of talks since {Month}, and it is no closer to an answer.',
  'A spokesperson for the {O} declined to comment on the record.',
  'Markets in {Ccap} rallied {D} on hopes that {T} could be agreed before winter.',
  '{P} is expected to brief lawmakers on {T} {F}, a parliamentary aide confirmed.',
  'Still, diplomats caution that {T} could unravel quickly if fighting escalates again along the front line.',
  'The last time the two sides met face to face, in {city}, the talks broke up after less than three hours.',
  'Critics in {Ccap} say the government has given away too much on {T} without getting anything in return.',
  'Officials from {C}, {C2} and the {O} are due to meet in {city} {F} to work on the details of {T}.',
  'The plan has been revised several times, most recently {D}, after objections from {Ccap} over {T}.',
  'Three days ago, {P} appeared to have won agreement on {T}, but both sides have since retreated to their corners.',
  'In {Ccap}, {P} is facing pressure from hardliners who see {T} as a surrender.',
  'The {M} reported {D} that {C} was preparing {T}, citing documents it had reviewed.',
  '{P} has made little secret of frustration with the pace of the talks on {T}.',
  'The negotiations over {T} have become a test of whether {C} can still shape the outcome of the war.',
];

/** Clauses that lengthen a reporter's sentence, before its full stop. */
export const SENTENCE_EXTENSIONS: readonly string[] = [
  ', according to people familiar with the discussions',
  ', which {C} has long rejected as a non-starter',
  ', even as fighting continued along the front line in the east',
  ', a sign of how far apart the two sides remain after months of talks',
  ', though officials in {Ccap} cautioned that nothing would be final until the leaders themselves had signed off',
  ', a point that has come up in every round of talks since the spring',
  ' and has asked the {O} to draw up options',
  ', three people familiar with the matter said',
  ', at a time when support for the war effort in {Ccap} is starting to fray and elections are approaching',
  ', as pressure from allies in {Ccap} and {Ccap2} grows',
];

/** Subheadings some articles have. */
export const SUBHEADINGS: readonly string[] = [
  'What happens next',
  'The sticking points',
  'A long road',
  'Pressure from {Ccap}',
  'The view from {Ccap}',
  'Doubts in {Ccap}',
  'Behind the scenes',
  'What is on the table',
];

/** Headlines; placeholders as in NARRATIVE_SENTENCES, `{S}` and `{S2}` surnames. */
export const HEADLINES: readonly string[] = [
  '{S} says {T} still possible after talks in {city}',
  '{C} rejects {T} as talks stall',
  'Talks on {T} resume in {city} amid doubts',
  '{S} and {S2} meet in {city} as pressure builds',
  'Why the {city} talks failed',
  'Allies split over {T} ahead of {city} meeting',
  '{C} signals openness to {T}, officials say',
  '{S} threatens to walk away from talks over {T}',
  'Leaders retreat to their corners after {city} meeting',
  'Inside the push for {T}',
];

/** Standfirsts; placeholders as in HEADLINES. */
export const DEKS: readonly string[] = [
  'The latest round of talks left the hardest questions, including {T}, unresolved.',
  'Officials in {Ccap} say {T} is the price of any deal. Others are not so sure.',
  '{S} is under pressure at home and abroad to show progress on {T}.',
  'A meeting in {city} was meant to settle {T}. It did not.',
];

/** Numbers as the articles write them. */
export const NUMBERS: readonly string[] = ['40', '120', '200', '574', '1,000', '3,500', '12', '300'];
