/**
 * How findMentions (src/analysis/mentions/find-mentions.ts) scales: steps bounded by the tokens of
 * the text and the longest alias, whatever the number of actors.
 */
import { describe, expect, test } from 'vitest';
import { createAliasMatcher, type AliasMatcher, type MatcherAlias } from '../../../../src/analysis/mentions/find-mentions.ts';
import { paragraphBlocks } from '../../../helpers/body-blocks.ts';

describe('scaling', () => {
  /** A made-up capitalised word, distinct for every n ("Xa", "Xb", …, "Xba", …). */
  function word(prefix: string, n: number): string {
    let letters = '';
    do {
      letters = String.fromCharCode(97 + (n % 26)) + letters;
      n = Math.floor(n / 26);
    } while (n > 0);
    return prefix + letters;
  }
  function syntheticActors(count: number): MatcherAlias[] {
    return Array.from({ length: count }, (_, n) => [
      { actor: `actor-${n}`, alias: `${word('X', n)} ${word('Y', n)}` },
      { actor: `actor-${n}`, alias: word('Y', n) },
    ]).flat();
  }
  /** Sentences naming the first `named` synthetic actors, full name and surname in turn. */
  function syntheticText(sentences: number, named: number): string {
    return Array.from({ length: sentences }, (_, n) => {
      const k = n % named;
      return `On the ${n}th day ${word('X', k)} ${word('Y', k)} met officials, and ${word('Y', k)}’s aide spoke.`;
    }).join(' ');
  }
  function countTokens(text: string): number {
    return [...text.matchAll(/[\p{L}\p{N}]+|\S/gu)].length;
  }
  function stepsFor(matcher: AliasMatcher, text: string): { steps: number; mentions: number } {
    const before = matcher.steps;
    const mentions = matcher.findMentions(paragraphBlocks(text)).length;
    return { steps: matcher.steps - before, mentions };
  }

  test('500 actors: steps are bounded by tokens × the longest alias, whatever the actor count', () => {
    const text = syntheticText(4000, 500);
    const big = stepsFor(createAliasMatcher(syntheticActors(500)), text);
    expect(big.mentions).toBe(8000);
    // Each token starts at most one walk, and a walk is at most as long as the longest alias (2 words).
    expect(big.steps).toBeLessThanOrEqual(2 * countTokens(text));
  });

  test('the same text costs the same with 5 actors or 500', () => {
    const text = syntheticText(2000, 5);
    const few = stepsFor(createAliasMatcher(syntheticActors(5)), text);
    const many = stepsFor(createAliasMatcher(syntheticActors(500)), text);
    expect(many).toEqual(few);
  });

  test('twice the text costs twice the steps', () => {
    const matcher = createAliasMatcher(syntheticActors(500));
    const once = stepsFor(matcher, syntheticText(1000, 500)).steps;
    const twice = stepsFor(matcher, `${syntheticText(1000, 500)} ${syntheticText(1000, 500)}`).steps;
    expect(twice).toBe(2 * once);
  });
});
