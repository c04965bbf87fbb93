/** Candidates that are only part of another one's title, dropped so that the titled person is the one candidate. */
import type { Candidate } from './candidates.ts';

/** "Kremlin spokesman Dmitry Peskov": the Kremlin is part of Peskov's title, not a candidate of its own. */
export function withoutTitleParts(candidates: Candidate[]): Candidate[] {
  const sorted = [...candidates].sort((a, b) => a.start - b.start);
  const inTitle = new Set<Candidate>();
  for (const person of sorted) {
    if (
      person.kind !== 'named' ||
      person.entity !== 'person' ||
      person.titleStart === undefined ||
      person.titleStart >= person.start
    )
      continue;
    // Titles are a few words long: look back only over the candidates that start inside this one's title.
    for (let index = sorted.indexOf(person) - 1; index >= 0 && sorted[index]!.start >= person.titleStart; index--) {
      if (sorted[index]!.end <= person.start) inTitle.add(sorted[index]!);
    }
  }
  return candidates.filter((candidate) => !inTitle.has(candidate));
}

/** "the spokeswoman Jane Hill": the description is the name's title, not a second candidate. */
export function dropTitlesOfNames(text: string, candidates: Candidate[]): Candidate[] {
  return candidates.filter((candidate, i) => {
    const next = candidates[i + 1];
    return !(
      candidate.kind === 'description' &&
      next?.kind === 'named' &&
      next.entity === 'person' &&
      /^\s+$/u.test(text.slice(candidate.end, next.start))
    );
  });
}
