/**
 * Countries by name and by the words that stand for them. Read by the name finder
 * (`attribution/names.ts`: a country is no person) and by the role reader (`attribution/roles.ts`:
 * "Russia's foreign minister" is the "Russian foreign minister").
 */
import { wordList } from './word-list.ts';

/**
 * Demonyms and short forms that stand for a country in titles ("Russian President", "US envoy",
 * "the Kremlin's spokesman"), lower-case, with the country they stand for, grouped by country.
 */
export const COUNTRY_ADJECTIVES: ReadonlyMap<string, string> = new Map(
  Object.entries({
    us: 'united states',
    'u.s.': 'united states',
    usa: 'united states',
    american: 'united states',
    america: 'united states',
    uk: 'united kingdom',
    'u.k.': 'united kingdom',
    british: 'united kingdom',
    britain: 'united kingdom',
    russian: 'russia',
    ukrainian: 'ukraine',
    french: 'france',
    german: 'germany',
    italian: 'italy',
    chinese: 'china',
    japanese: 'japan',
    indian: 'india',
    israeli: 'israel',
    iranian: 'iran',
    turkish: 'turkey',
    polish: 'poland',
    spanish: 'spain',
    canadian: 'canada',
    mexican: 'mexico',
    brazilian: 'brazil',
    saudi: 'saudi arabia',
    egyptian: 'egypt',
    syrian: 'syria',
    iraqi: 'iraq',
    afghan: 'afghanistan',
    pakistani: 'pakistan',
    korean: 'korea',
    'north korean': 'north korea',
    'south korean': 'south korea',
    australian: 'australia',
    dutch: 'netherlands',
    belgian: 'belgium',
    swedish: 'sweden',
    finnish: 'finland',
    norwegian: 'norway',
    danish: 'denmark',
    hungarian: 'hungary',
    czech: 'czechia',
    greek: 'greece',
    palestinian: 'palestine',
    lebanese: 'lebanon',
    qatari: 'qatar',
    emirati: 'united arab emirates',
    european: 'europe',
    belarusian: 'belarus',
    georgian: 'georgia',
    estonian: 'estonia',
    latvian: 'latvia',
    lithuanian: 'lithuania',
    romanian: 'romania',
    moldovan: 'moldova',
    serbian: 'serbia',
    swiss: 'switzerland',
    austrian: 'austria',
    irish: 'ireland',
    nigerian: 'nigeria',
    kenyan: 'kenya',
    'south african': 'south africa',
    venezuelan: 'venezuela',
    colombian: 'colombia',
    argentine: 'argentina',
    cuban: 'cuba',
    taiwanese: 'taiwan',
    vietnamese: 'vietnam',
    thai: 'thailand',
    kremlin: 'russia',
  }),
);

/** Places the runtime's region names leave out, or name otherwise, that articles write as countries. */
export const OTHER_COUNTRY_NAMES: readonly string[] = wordList(`
Crimea
Donbas
Donbass
England
Gaza
Kosovo
Palestine
Scotland
Wales
West Bank
`);

/** The world's country and region names in English, from the runtime's own data (no list to maintain). */
export const COUNTRY_NAMES: ReadonlySet<string> = (() => {
  const names = new Set<string>();
  const display = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  for (const first of letters) {
    for (const second of letters) {
      const name = display.of(first + second);
      if (name && name !== first + second) names.add(name);
    }
  }
  names.delete('Unknown Region');
  for (const extra of OTHER_COUNTRY_NAMES) names.add(extra);
  return names;
})();
