/**
 * A seeded pseudo-random stream for the corpus generator: the same seed gives the same numbers on
 * every machine and Node version (no Math.random, no locale, no clock). Mulberry32 is small, fast
 * and good enough for picking words; it is not for anything secret.
 */
import { partitionPoint } from '../../../src/lib/partition-point.ts';

/** Draws numbers and choices from one seeded stream. */
export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both included. */
  int(min: number, max: number): number;
  /** True with probability `p`. */
  chance(p: number): boolean;
  /** One item of a non-empty list. */
  pick<T>(items: readonly T[]): T;
  /** `count` distinct items of a list (all of them if it is shorter), in drawn order. */
  sample<T>(items: readonly T[], count: number): T[];
  /** A normally distributed number (Box–Muller), for lengths that cluster round a mean. */
  normal(mean: number, sd: number): number;
  /** A shuffled copy of a list. */
  shuffle<T>(items: readonly T[]): T[];
}

/** A 32-bit hash of a string (FNV-1a), to turn a textual seed into a number. */
export function hashSeed(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/**
 * A stream seeded by `seed`. Independent parts of the corpus (each article, each event) take
 * their own stream (`createRandom(\`${seed}:article:${i}\`)`), so one part never shifts another.
 */
export function createRandom(seed: string): Random {
  let state = hashSeed(seed) || 0x9e3779b9;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const random: Random = {
    next,
    int,
    chance: (p) => next() < p,
    pick<T>(items: readonly T[]): T {
      if (items.length === 0) throw new Error('pick: the list is empty');
      return items[Math.floor(next() * items.length)]!;
    },
    sample<T>(items: readonly T[], count: number): T[] {
      return random.shuffle(items).slice(0, count);
    },
    normal(mean, sd) {
      const u = 1 - next();
      const v = next();
      return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    },
    shuffle<T>(items: readonly T[]): T[] {
      const copy = [...items];
      for (let index = copy.length - 1; index > 0; index--) {
        const other = int(0, index);
        [copy[index], copy[other]] = [copy[other]!, copy[index]!];
      }
      return copy;
    },
  };
  return random;
}

/**
 * Draws items with Zipf-like weights (the k-th item has weight 1/k^exponent), the way news
 * attention is spread: a few actors are in most stories, most actors in a few. Precomputed
 * cumulative weights and a binary search keep each draw O(log n).
 */
export function createZipfSampler<T>(items: readonly T[], exponent = 1): (random: Random) => T {
  if (items.length === 0) throw new Error('createZipfSampler: the list is empty');
  const cumulative: number[] = [];
  let total = 0;
  items.forEach((_, index) => {
    total += 1 / (index + 1) ** exponent;
    cumulative.push(total);
  });
  return (random) => {
    const target = random.next() * total;
    // The first item whose cumulative weight passes the target; the last one if rounding leaves none.
    return items[partitionPoint(cumulative.length - 1, (index) => cumulative[index]! > target)]!;
  };
}

/** One of `items`, drawn with the matching `weights` (which need not add up to 1). */
export function weighted<T>(random: Random, items: readonly T[], weights: readonly number[]): T {
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  let target = random.next() * total;
  for (let index = 0; index < items.length; index++) {
    target -= weights[index]!;
    if (target < 0) return items[index]!;
  }
  return items.at(-1)!;
}

/** Up to `count` different items drawn with `pick` (fewer when `pick` keeps repeating itself). */
export function distinct<T>(random: Random, pick: (random: Random) => T, count: number): T[] {
  const chosen = new Set<T>();
  for (let attempt = 0; chosen.size < count && attempt < count * 10; attempt++) chosen.add(pick(random));
  return [...chosen];
}
