/**
 * Abbreviations, in the three places the analysis reads them. They are three lists, not one,
 * because each was tuned for its job: "Maj." and "Capt." are titles before a name but still end a
 * sentence (`SENTENCE_ABBREVIATIONS` lacks them), and "St." and "Inc." end no sentence but are
 * no titles. Making them one list would move sentence ends and change the analysis.
 */
import { wordList } from './word-list.ts';

/**
 * Titles abbreviated before a person's name, with and without the full stop ("Sen. Jeanne
 * Shaheen", "Gen Mark Milley"). Part of the title words (`titles.ts`): the name finder takes
 * them for the title, not the name.
 */
export const ABBREVIATED_TITLES: readonly string[] = wordList(`
Adm
Adm.
Brig
Capt
Capt.
Col
Col.
Cpl
Dr
Dr.
Gen
Gen.
Gens.
Gov
Gov.
Hon
Hon.
Lt
Lt.
Maj
Maj.
Mr
Mr.
Mrs
Mrs.
Ms
Ms.
Mx
Prof
Prof.
Pvt
Rep
Rep.
Reps
Rev
Rev.
Sen
Sen.
Sens.
Sgt
Sgt.
`);

/**
 * Words before a full stop that does not end the sentence ("Sen. Jeanne Shaheen", "Acme Inc.
 * said"), without the stop. Read by the sentence splitter (`text/sentences.ts`); an initial or
 * a word with a full stop inside ("U.S.") needs no entry.
 */
export const SENTENCE_ABBREVIATIONS: readonly string[] = wordList(`
Co
Col
Corp
Dr
Gen
Gov
Inc
Jr
Lt
Ltd
Mr
Mrs
Ms
Mt
No
Prof
Rep
Rev
Sen
Sgt
Sr
St
vs
`);

/**
 * Abbreviated titles and the title they stand for, lower-cased, so that a role written "Gov.
 * John Kasich" is the same role as "the governor" (`attribution/roles.ts`).
 */
export const TITLE_ABBREVIATION_MEANINGS: ReadonlyMap<string, string> = new Map(
  Object.entries({
    'adm.': 'admiral',
    'amb.': 'ambassador',
    'atty.': 'attorney',
    'col.': 'colonel',
    'dr.': 'doctor',
    'gen.': 'general',
    gov: 'governor',
    'gov.': 'governor',
    'lt.': 'lieutenant',
    'pres.': 'president',
    'prof.': 'professor',
    rep: 'representative',
    'rep.': 'representative',
    'sec.': 'secretary',
    sen: 'senator',
    'sen.': 'senator',
    'supt.': 'superintendent',
  }),
);
