/**
 * The made-up cast of the analysis tests' sentences (Lavrov, Putin, Zelenskyy, Russia, Ukraine,
 * the White House) and the matcher the analysis finds them with.
 */
import type { ActorRole } from '../../src/analysis/attribution/roles.ts';
import { type AliasMatcher, aliasesOf, createAliasMatcher } from '../../src/analysis/mentions/find-mentions.ts';

type MadeUpActor = Parameters<typeof aliasesOf>[0][number];

/** The actors every analysis test's sentences may name. */
const CAST: readonly MadeUpActor[] = [
  { slug: 'sergey-lavrov', name: 'Sergey Lavrov', aliases: ['Lavrov'], kind: 'person' },
  { slug: 'vladimir-putin', name: 'Vladimir Putin', aliases: ['Putin'], kind: 'person' },
  { slug: 'volodymyr-zelenskyy', name: 'Volodymyr Zelenskyy', aliases: ['Zelenskyy'], kind: 'person' },
  { slug: 'russia', name: 'Russia', aliases: ['Moscow'], kind: 'country' },
  { slug: 'ukraine', name: 'Ukraine', aliases: ['Kyiv'], kind: 'country' },
  { slug: 'white-house', name: 'White House', aliases: [], kind: 'organization' },
];

/** A matcher of the cast and the test's own `extras`, knowing the people by `roles` ("Kremlin leader"). */
export function madeUpActorMatcher(extras: readonly MadeUpActor[] = [], roles: readonly ActorRole[] = []): AliasMatcher {
  return createAliasMatcher(aliasesOf([...CAST, ...extras]), roles);
}
