/**
 * Parties, political leanings and faiths written with a capital ("Texas Democrat", "a Catholic
 * priest"), and the words of worship (God, Lord, Jesus). The name finder
 * (`attribution/names.ts`) never takes one for a surname or a name.
 */
import { wordList } from './word-list.ts';

/** Party, leaning and faith words, as written. */
export const PARTIES_AND_FAITHS: readonly string[] = wordList(`
Catholic
Christian
Communist
Conservative
Conservatives
Democrat
Democratic
Democrats
Evangelical
Fatah
God
Independent
Jesus
Jewish
Labour
Liberal
Liberals
Likud
Lord
Muslim
Progressive
Protestant
Republican
Republicans
Socialist
Tories
Tory
`);
