import type { Confidence } from '../schemas/confidence.ts';

/** What each confidence level means, in words for readers. */
export const confidenceExplanations: Record<Confidence, string> = {
  confirmed: 'Confirmed: a stored copy of the page, or the outlet itself, shows it.',
  secondary: 'Secondary: reported by another outlet, not seen on the original page.',
  inferred: 'Inferred from the article text alone.',
  unknown: 'Unknown: no reliable source gives it.',
};
