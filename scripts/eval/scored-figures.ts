/**
 * The shapes of figures that the resolved PolNeAR gold and the reported-statement gold both
 * measure: detection against the gold, and the speaker right, wrong or missing.
 */
import { ratio } from './score.ts';

/** Detection: system items matched against the gold, with precision and recall. */
export interface DetectionFigures {
  /** System items the gold can judge: the precision's denominator. */
  systemScored: number;
  systemMatched: number;
  goldMatched: number;
  precision: number | null;
  recall: number | null;
}

/** Speaker counts over scored gold items; an item not detected counts as no speaker in the rates. */
export interface SpeakerCountFigures {
  scored: number;
  right: number;
  wrong: number;
  /** Detected, but given no speaker. */
  none: number;
  /** Not detected. */
  missed: number;
  rightRate: number | null;
  wrongRate: number | null;
  /** (none + missed) / scored. */
  noneRate: number | null;
}

/** The speaker figures of the counts: every scored item is right, wrong, none or missed. */
export function speakerCountFigures(right: number, wrong: number, none: number, missed: number): SpeakerCountFigures {
  const scored = right + wrong + none + missed;
  return {
    scored,
    right,
    wrong,
    none,
    missed,
    rightRate: ratio(right, scored),
    wrongRate: ratio(wrong, scored),
    noneRate: ratio(none + missed, scored),
  };
}
