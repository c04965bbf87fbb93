/**
 * A phrase as slug text: lower case, words joined by single hyphens, nothing of the phrase
 * dropped. Latin letters lose their accents (`Petrová` → `petrova`, `Straße` → `strasse`); Greek
 * and Cyrillic are transliterated (`ελλάδα` → `ellada`, `Зеленський` → `zelenskiy`); letters of
 * other scripts, which have no one accepted Latin spelling, are kept (lowercased, NFC). The one
 * definition of a slug's text, for content file names and pages (src/lib/slugs.ts) and for
 * names found in the text, so a name in any script gets an address.
 */
export function slugText(name: string): string {
  let slug = '';
  let dropMarks = false;
  for (const char of name.normalize('NFC').toLowerCase()) {
    // A combining mark left after NFC ("İ" lowercases to i + ◌̇) goes with a transliterated letter.
    if (MARK.test(char) && dropMarks) continue;
    dropMarks = ASCII.test(char) || SCRIPT_WITH_TABLE.test(char);
    slug += transliterate(char);
  }
  return slug
    .normalize('NFC')
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

// Greek (ELOT 743, simplified) and Cyrillic (Russian and Ukrainian letters, BGN/PCGN simplified).
const GREEK: Record<string, string> = {
  α: 'a',
  β: 'v',
  γ: 'g',
  δ: 'd',
  ε: 'e',
  ζ: 'z',
  η: 'i',
  θ: 'th',
  ι: 'i',
  κ: 'k',
  λ: 'l',
  μ: 'm',
  ν: 'n',
  ξ: 'x',
  ο: 'o',
  π: 'p',
  ρ: 'r',
  σ: 's',
  ς: 's',
  τ: 't',
  υ: 'y',
  φ: 'f',
  χ: 'ch',
  ψ: 'ps',
  ω: 'o',
};
const CYRILLIC: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  ґ: 'g',
  д: 'd',
  е: 'e',
  ё: 'e',
  є: 'ye',
  ж: 'zh',
  з: 'z',
  и: 'i',
  і: 'i',
  ї: 'yi',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ў: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
  ђ: 'dj',
  ј: 'j',
  љ: 'lj',
  њ: 'nj',
  ћ: 'c',
  џ: 'dz',
  ѓ: 'gj',
  ќ: 'kj',
  ѕ: 'dz',
};
// Latin letters that are not a base letter plus accents, so NFD leaves them whole.
const LATIN_LETTERS: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ł: 'l',
  ı: 'i',
  ħ: 'h',
  ŀ: 'l',
  ŧ: 't',
  ŋ: 'ng',
  ĸ: 'k',
  ſ: 's',
};
const SCRIPT_WITH_TABLE = /[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}]/u;
const MARK = /\p{M}/u;
const ASCII = /^[\u0000-\u007f]$/;

/** One lowercased character of a name as slug text (separators are dealt with by the caller). */
function transliterate(char: string): string {
  const table = CYRILLIC[char] ?? LATIN_LETTERS[char];
  if (table !== undefined) return table;
  // Split off accents (é → e + ◌́, ά → α + ◌́) for the scripts that have a Latin spelling; letters
  // of other scripts keep their marks (Devanagari vowel signs are marks, and part of the word).
  const [base = char, ...rest] = char.normalize('NFKD');
  if (!ASCII.test(base) && !SCRIPT_WITH_TABLE.test(base)) return char;
  const letters = [base, ...rest.filter((part) => !MARK.test(part))].join('');
  return [...letters].map((part) => GREEK[part] ?? CYRILLIC[part] ?? LATIN_LETTERS[part] ?? part).join('');
}
