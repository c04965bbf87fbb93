/** One word of a text, and whether the other text has it in the same order. */
export interface DiffWord {
  word: string;
  shared: boolean;
}

/** Compares words loosely: case, curly/straight quotes and edge punctuation do not count. */
function comparable(word: string): string {
  return word
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/^[^\p{L}\p{N}']+|[^\p{L}\p{N}']+$/gu, '');
}

/**
 * Word-level difference between two versions of the same remarks: each word of `a` and of `b`
 * is marked shared when it is part of their longest common subsequence of words.
 * O(|a|·|b|), fine for quotes (hundreds of words), not meant for whole articles.
 */
export function wordDiff(a: string, b: string): { a: DiffWord[]; b: DiffWord[] } {
  const wordsA = a.split(/\s+/).filter(Boolean);
  const wordsB = b.split(/\s+/).filter(Boolean);
  const keyA = wordsA.map(comparable);
  const keyB = wordsB.map(comparable);
  const rows = keyA.length + 1;
  const cols = keyB.length + 1;
  const lengths = new Uint16Array(rows * cols);
  for (let i = keyA.length - 1; i >= 0; i--) {
    for (let j = keyB.length - 1; j >= 0; j--) {
      lengths[i * cols + j] =
        keyA[i] === keyB[j]
          ? lengths[(i + 1) * cols + j + 1]! + 1
          : Math.max(lengths[(i + 1) * cols + j]!, lengths[i * cols + j + 1]!);
    }
  }
  const sharedA = new Array<boolean>(keyA.length).fill(false);
  const sharedB = new Array<boolean>(keyB.length).fill(false);
  let i = 0;
  let j = 0;
  while (i < keyA.length && j < keyB.length) {
    if (keyA[i] === keyB[j]) {
      sharedA[i++] = true;
      sharedB[j++] = true;
    } else if (lengths[(i + 1) * cols + j]! >= lengths[i * cols + j + 1]!) {
      i++;
    } else {
      j++;
    }
  }
  return {
    a: wordsA.map((word, index) => ({ word, shared: sharedA[index]! })),
    b: wordsB.map((word, index) => ({ word, shared: sharedB[index]! })),
  };
}

/**
 * Compares several versions of the same remarks (one per outlet): a word is shared when at
 * least one other version has it in the same order, so what only one outlet printed stands out.
 */
export function compareVersions(texts: string[]): DiffWord[][] {
  const marked = texts.map((text) =>
    text
      .split(/\s+/)
      .filter(Boolean)
      .map((word) => ({ word, shared: false })),
  );
  for (let x = 0; x < texts.length; x++) {
    for (let y = x + 1; y < texts.length; y++) {
      const diff = wordDiff(texts[x]!, texts[y]!);
      diff.a.forEach((item, index) => (marked[x]![index]!.shared ||= item.shared));
      diff.b.forEach((item, index) => (marked[y]![index]!.shared ||= item.shared));
    }
  }
  return marked;
}

/** Joins consecutive words with the same status into runs, so a page marks phrases, not single words. */
export function toRuns(words: DiffWord[]): Array<{ text: string; shared: boolean }> {
  const runs: Array<{ text: string; shared: boolean }> = [];
  for (const { word, shared } of words) {
    const last = runs.at(-1);
    if (last && last.shared === shared) last.text += ` ${word}`;
    else runs.push({ text: word, shared });
  }
  return runs;
}

/** The words of a text (split on white space) and their loose comparison keys. */
function tokens(text: string): { words: string[]; keys: string[] } {
  const words = text.split(/\s+/).filter(Boolean);
  return { words, keys: words.map(comparable) };
}

/**
 * The words of `a` and of `b` that belong to a phrase of at least `minWords` consecutive words
 * both print (compared loosely). Unlike a word-by-word difference, a chance single word ("the",
 * "not") is never shared: only phrases are. O(|a|·|b|), for quotes, not whole articles.
 */
export function sharedPhraseWords(a: string, b: string, minWords = 3): { a: boolean[]; b: boolean[]; longest: number } {
  const x = tokens(a).keys;
  const y = tokens(b).keys;
  const sharedA = new Array<boolean>(x.length).fill(false);
  const sharedB = new Array<boolean>(y.length).fill(false);
  // Two rows, swapped and cleared: a new row per word was a buffer allocation per word of every
  // quote on every article page, which the garbage collector then had to trace.
  let previous = new Uint16Array(y.length + 1);
  let current = new Uint16Array(y.length + 1);
  let longest = 0;
  for (let i = 1; i <= x.length; i++) {
    current.fill(0);
    for (let j = 1; j <= y.length; j++) {
      if (x[i - 1] !== y[j - 1] || x[i - 1] === '') continue;
      const run = previous[j - 1]! + 1;
      current[j] = run;
      if (run > longest) longest = run;
      if (run >= minWords) {
        for (let k = 0; k < run; k++) {
          sharedA[i - 1 - k] = true;
          sharedB[j - 1 - k] = true;
        }
      }
    }
    [previous, current] = [current, previous];
  }
  return { a: sharedA, b: sharedB, longest };
}

/**
 * Several versions of the same remarks (one per outlet), each word marked shared when it is part
 * of a phrase of at least `minWords` words that another version prints too.
 */
export function sharedPhrases(texts: string[], minWords = 3): DiffWord[][] {
  const marked = texts.map((text) => tokens(text).words.map((word) => ({ word, shared: false })));
  for (let x = 0; x < texts.length; x++) {
    for (let y = x + 1; y < texts.length; y++) {
      const shared = sharedPhraseWords(texts[x]!, texts[y]!, minWords);
      shared.a.forEach((isShared, index) => (marked[x]![index]!.shared ||= isShared));
      shared.b.forEach((isShared, index) => (marked[y]![index]!.shared ||= isShared));
    }
  }
  return marked;
}

/**
 * Whether two quotes print the same remarks: they share a phrase of three words or more, or the
 * whole of a short quote ("move on") stands in the other. Two quotes of one event that share no
 * such phrase are other remarks of the event, not versions of each other.
 */
export function isSameRemarks(a: string, b: string): boolean {
  const x = tokens(a).keys.filter(Boolean);
  const y = tokens(b).keys.filter(Boolean);
  if (x.length === 0 || y.length === 0) return false;
  const [shorter, longer] = x.length <= y.length ? [x, y] : [y, x];
  if (shorter.length >= 2 && ` ${longer.join(' ')} `.includes(` ${shorter.join(' ')} `)) return true;
  return sharedPhraseWords(x.join(' '), y.join(' '), 3).longest >= 3;
}
