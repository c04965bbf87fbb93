import type { Speaker } from '../types.ts';

/** The same speaker: the same actor, or for an unnamed source the same words. */
export function speakerKey(speaker: Speaker): string {
  return speaker.actor ?? `unnamed:${speaker.label}`;
}
