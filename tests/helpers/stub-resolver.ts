/**
 * A stub of the actor resolver for the attribution tests: the actors of the five articles by full
 * name and surname (media by name only), without the actor files.
 */
import type { ResolveActor } from '../../src/analysis/attribution/attribute-quotes.ts';

const PEOPLE: Record<string, string> = {
  'donald-trump': 'Donald Trump',
  'marco-rubio': 'Marco Rubio',
  'steve-witkoff': 'Steve Witkoff',
  'vladimir-putin': 'Vladimir Putin',
  'sergey-lavrov': 'Sergey Lavrov',
  'jd-vance': 'JD Vance',
  'giorgia-meloni': 'Giorgia Meloni',
  'volodymyr-zelenskyy': 'Volodymyr Zelenskyy',
  'yuri-ushakov': 'Yuri Ushakov',
  'jared-kushner': 'Jared Kushner',
  'kirill-dmitriev': 'Kirill Dmitriev',
  'dmitry-peskov': 'Dmitry Peskov',
  'emmanuel-macron': 'Emmanuel Macron',
  'joe-biden': 'Joe Biden',
  'elbridge-colby': 'Elbridge Colby',
  'anatol-lieven': 'Anatol Lieven',
  'john-hardie': 'John Hardie',
  'jonathan-green': 'Jonathan Green',
  'ivo-daalder': 'Ivo Daalder',
  'tom-graham': 'Tom Graham',
};
const MEDIA: Record<string, string> = {
  'wall-street-journal': 'Wall Street Journal',
  reuters: 'Reuters',
  bloomberg: 'Bloomberg',
  'fox-news': 'Fox News',
  nbc: 'NBC',
};

/** Places and institutions a real resolver also knows, by name; they must not steal a person's quote. */
export const PLACES_AND_INSTITUTIONS: Readonly<Record<string, string>> = {
  US: 'united-states',
  'U.S.': 'united-states',
  Washington: 'united-states',
  Russia: 'russia',
  Moscow: 'russia',
  Ukraine: 'ukraine',
  Kyiv: 'ukraine',
  Kremlin: 'kremlin',
  'White House': 'white-house',
  Pentagon: 'pentagon',
  Europe: 'europe',
  EU: 'european-union',
  NATO: 'nato',
  France: 'france',
  Italy: 'italy',
};

/** Resolves the people of the articles (full name or surname) and the media, and `extra` (name → slug). */
export function stubResolver(extra: Readonly<Record<string, string>> = {}): ResolveActor {
  const names = new Map<string, string>();
  for (const [slug, name] of Object.entries(PEOPLE)) {
    names.set(name, slug);
    names.set(name.split(' ').at(-1)!, slug);
  }
  for (const [slug, name] of Object.entries(MEDIA)) names.set(name, slug);
  for (const [name, slug] of Object.entries(extra)) names.set(name, slug);
  return (words) => names.get(words) ?? null;
}
