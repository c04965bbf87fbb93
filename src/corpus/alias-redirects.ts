import { reservedRoute } from '../lib/reserved-slugs.ts';
import { slugFromFileName } from '../lib/slugs.ts';

/**
 * URL paths for every alias spelling of an actor (`/actors/zelensky/`), each leading to the
 * canonical page. An alias whose slug is a real actor's slug, or that two actors would share,
 * gets no redirect: a shared link must never land on the wrong person. Nor does one whose slug is a
 * route's address (`unnamed-sources`): the route's page stays.
 */
export function aliasRedirects(actors: Array<{ slug: string; name: string; aliases: string[] }>): Map<string, string> {
  const canonical = new Set(actors.map((actor) => actor.slug));
  const targets = new Map<string, Set<string>>();
  for (const actor of actors) {
    for (const alias of [actor.name, ...actor.aliases]) {
      const aliasSlug = slugFromFileName(`${alias}.x`);
      if (!aliasSlug || canonical.has(aliasSlug) || reservedRoute('actors', aliasSlug) !== null) continue;
      const set = targets.get(aliasSlug) ?? new Set<string>();
      set.add(actor.slug);
      targets.set(aliasSlug, set);
    }
  }
  const redirects = new Map<string, string>();
  for (const [aliasSlug, set] of targets) {
    if (set.size === 1) redirects.set(aliasSlug, [...set][0]!);
  }
  return redirects;
}
