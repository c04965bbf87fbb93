/**
 * Titles written with a capital before a person's name ("Deputy Foreign Minister Anna Petrova",
 * "Sen. Jeanne Shaheen"). The name finder (`attribution/names.ts`) reads a run of capitalised
 * words as a title followed by a name; the gendered titles also say whether "he" or "she" can
 * stand for the person.
 */
import { ABBREVIATED_TITLES } from './abbreviations.ts';
import { wordList } from './word-list.ts';

/**
 * Titles and the words titles are made of, written out (abbreviated ones are in
 * `abbreviations.ts`). Many are only parts of a title: "Foreign" in "Foreign Minister",
 * "Chief" in "Chief Executive Officer".
 */
export const FULL_TITLES: readonly string[] = wordList(`
Acting
Admiral
Advocate
Agent
Alderman
Ambassador
Archbishop
Assemblyman
Assemblywoman
Assistant
Attorney
Auditor
Ayatollah
Baron
Baroness
Bishop
Captain
Cardinal
CEO
CFO
Chair
Chairman
Chairperson
Chairwoman
Chancellor
Chief
Co-founder
Coach
Colonel
Commander
Commissioner
Comptroller
Congressman
Congresswoman
Constable
COO
Councillor
Councilman
Councilwoman
Counsel
Countess
Crown
CTO
Dame
Deacon
Dean
Defence
Defense
Delegate
Deputy
Detective
Director
Duchess
Duke
Earl
Economy
Emir
Envoy
Executive
Father
Field
Finance
Foreign
Former
Founder
General
Governor
Grand
Health
Home
Honorable
Honourable
Imam
Inspector
Interim
Interior
Judge
Justice
King
Lady
Lawmaker
Leader
Lieutenant
Lord
Magistrate
Major
Majority
Marshal
Mayor
MEP
Minister
Ministers
Minority
Miss
MP
Mufti
Officer
Pastor
Patriarch
Pope
Premier
President
Presiding
Prime
Prince
Princess
Principal
Professor
Provost
Queen
Rabbi
Rector
Representative
Reverend
Secretary
Secretary-General
Senator
Sergeant
Sheikh
Sheriff
Sir
Solicitor
Speaker
Special
Spokesman
Spokesperson
Spokeswoman
Staff
State
Superintendent
Supreme
Trade
Treasurer
Vice
Vice-Chairman
Vice-President
Viscount
Whip
`);

/** Every title word: written out and abbreviated. */
export const TITLE_WORDS: readonly string[] = [...FULL_TITLES, ...ABBREVIATED_TITLES];

/** Titles that say the person is a man, for agreement with "he". */
export const MALE_TITLES: readonly string[] = wordList(`
Alderman
Assemblyman
Baron
Chairman
Congressman
Councilman
Duke
Earl
Emir
Father
King
Lord
Mr
Mr.
Prince
Sheikh
Sir
Spokesman
Viscount
`);

/** Titles that say the person is a woman, for agreement with "she". */
export const FEMALE_TITLES: readonly string[] = wordList(`
Assemblywoman
Baroness
Chairwoman
Congresswoman
Councilwoman
Countess
Dame
Duchess
Lady
Miss
Mrs
Mrs.
Ms
Ms.
Princess
Queen
Spokeswoman
`);
