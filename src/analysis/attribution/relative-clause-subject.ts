/**
 * "An official who spoke on condition of anonymity said, “…”": the subject of a speech verb before a relative clause
 * with no commas. Read for a quote's speaker only; reported speech keeps the whole phrase, clause and all, as its source.
 */
import type { Candidate } from './candidates.ts';

/** A relative clause with no commas, up to the verb of the subject before it (" who spoke on condition of anonymity "). */
const RESTRICTIVE_RELATIVE_GAP = /^\s+who\s[^,;:“”"!?()]{1,120}\s$/u;

/**
 * The nearest of `candidates` (in text order, all before the verb at `verbStart`) that a relative clause with no commas
 * joins to the verb; never a pronoun. Null when there is none.
 */
export function restrictiveAntecedent(text: string, candidates: readonly Candidate[], verbStart: number): Candidate | null {
  const antecedent = candidates.findLast((candidate) => RESTRICTIVE_RELATIVE_GAP.test(text.slice(candidate.end, verbStart)));
  return antecedent && antecedent.kind !== 'pronoun' ? antecedent : null;
}
