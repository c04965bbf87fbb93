/**
 * Chooses a quote's speaker among the candidates the rules propose: every rule of the table
 * answers (until one abstains: the quote's own attribution is there but unreadable, so no later
 * rule may guess), the candidates are scored by the speaker model, and the best one is chosen with
 * its probability. Without a model the first rule's candidate is chosen, as the rules alone would.
 */
import type { Found } from './referents.ts';
import { speakerFeatures, type SpeakerCandidate } from './speaker-features.ts';
import { speakerKey } from './speaker-key.ts';
import type { SpeakerModel } from './speaker-model.ts';
import { SPEAKER_RULES, type QuoteScene, type SpeakerRuleName } from './speaker-rules.ts';

/** A candidate with its feature values. */
export interface ScoredCandidate extends SpeakerCandidate {
  features: number[];
}

/** The speaker chosen for a quote, the rule that proposed it first, and the probability that it is right. */
export interface SpeakerChoice {
  found: Found;
  rule: SpeakerRuleName;
  /** 1 for a certain rule's named speaker, and when no model is used. */
  confidence: number;
  /** Every candidate, for training. */
  candidates: ScoredCandidate[];
}

/** The candidates the rules propose, surest rule first, one per speaker. */
export function proposedCandidates(scene: QuoteScene): SpeakerCandidate[] {
  const candidates: SpeakerCandidate[] = [];
  for (const rule of SPEAKER_RULES) {
    const proposal = rule.propose(scene);
    if (proposal === 'abstain') break;
    if (!proposal) continue;
    const same = candidates.find((candidate) => speakerKey(candidate.found.speaker) === speakerKey(proposal.speaker));
    if (same) same.rules.push(rule.name);
    else candidates.push({ found: proposal, rules: [rule.name] });
  }
  return candidates;
}

/** The best candidate for a quote, or null when the rules propose none. */
export function chooseSpeaker(scene: QuoteScene, model: SpeakerModel | null): SpeakerChoice | null {
  const proposed = proposedCandidates(scene);
  if (proposed.length === 0) return null;
  const candidates = proposed.map((candidate) => ({ ...candidate, features: speakerFeatures(scene, candidate, proposed) }));
  if (!model) return { found: candidates[0]!.found, rule: candidates[0]!.rules[0]!, confidence: 1, candidates };
  let best: { candidate: ScoredCandidate; confidence: number } | null = null;
  for (const candidate of candidates) {
    const confidence = isCertain(candidate, model) ? 1 : model.probability(candidate.features);
    if (!best || confidence > best.confidence) best = { candidate, confidence };
  }
  return { found: best!.candidate.found, rule: best!.candidate.rules[0]!, confidence: best!.confidence, candidates };
}

/** A named speaker found by a rule the model treats as certain ("…,” Rubio said). */
function isCertain(candidate: SpeakerCandidate, model: SpeakerModel): boolean {
  return (
    model.certainRules.has(candidate.rules[0]!) && candidate.found.method === 'explicit' && candidate.found.speaker.actor !== null
  );
}
