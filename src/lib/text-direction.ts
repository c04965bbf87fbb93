/**
 * The language and direction an article's page declares for its text. The site is in English;
 * an article in another language must not be announced as English (a screen reader would read
 * Arabic with English rules) nor laid out left to right when its script runs right to left.
 * Nothing is guessed: the language comes from the article's `language` field (a page or the
 * editor said it); without it, text mostly in Latin script keeps the site's language, and other
 * text is marked as of unknown language (`lang=""`). The direction follows the script, which the
 * text itself shows.
 */

/** Scripts written right to left. */
const RIGHT_TO_LEFT_LETTER =
  /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Adlam}]/u;
const LATIN_LETTER = /\p{Script=Latin}/u;
const LETTER = /\p{L}/gu;

/** Languages written right to left (primary subtags), for a declared language with no text to look at. */
const RIGHT_TO_LEFT_LANGUAGES = new Set([
  'ar',
  'arc',
  'ckb',
  'dv',
  'fa',
  'he',
  'ks',
  'ku',
  'nqo',
  'ps',
  'sd',
  'syr',
  'ug',
  'ur',
  'yi',
]);

/** How many letters a text has, and what share of them are Latin and right-to-left. */
export function scriptShares(text: string): { letters: number; latin: number; rightToLeft: number } {
  let letters = 0;
  let latin = 0;
  let rightToLeft = 0;
  for (const [letter] of text.matchAll(LETTER)) {
    letters++;
    if (LATIN_LETTER.test(letter)) latin++;
    else if (RIGHT_TO_LEFT_LETTER.test(letter)) rightToLeft++;
  }
  return letters === 0
    ? { letters, latin: 0, rightToLeft: 0 }
    : { letters, latin: latin / letters, rightToLeft: rightToLeft / letters };
}

/** The attributes an article's text carries: none for English-like text, else its `lang` and `dir`. */
export interface TextLanguage {
  /** The language tag; `''` (unknown) for text not in Latin script whose language nobody gave; absent to keep the site's. */
  lang?: string;
  /** `rtl` for text mostly in a right-to-left script; absent to keep the page's. */
  dir?: 'rtl' | 'ltr';
}

/** The `lang` and `dir` of an article's text, from its declared language (if any) and the text itself. */
export function textLanguage(language: string | undefined, text: string): TextLanguage {
  const shares = scriptShares(text);
  const rightToLeft =
    shares.rightToLeft > 0.5 ||
    (shares.latin === 0 &&
      shares.rightToLeft === 0 &&
      RIGHT_TO_LEFT_LANGUAGES.has((language ?? '').split('-')[0]!.toLowerCase()));
  const dir = rightToLeft ? { dir: 'rtl' as const } : {};
  if (language !== undefined) return { lang: language, ...(rightToLeft ? dir : { dir: 'ltr' as const }) };
  if (shares.letters === 0 || shares.latin >= 0.5) return {};
  return { lang: '', ...dir };
}
