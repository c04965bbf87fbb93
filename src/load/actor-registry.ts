import type { ActorRole } from '../analysis/attribution/attribute-quotes.ts';
import { aliasesOf, createAliasMatcher, validateAliases, type AliasMatcher } from '../analysis/mentions/find-mentions.ts';
import { loadActorFiles } from './load-actors.ts';

/** What the Markdown plugins need to know about actors. */
export interface ActorRegistry {
  /** Finds mentions and resolves speaker names to actor slugs. */
  matcher: AliasMatcher;
  /** Display name of each actor by slug. */
  names: Map<string, string>;
  /** Every actor's file, slug, name, aliases and kind, as read. */
  entries: Array<{ file: string; slug: string; name: string; aliases: string[]; kind?: string }>;
}

/**
 * Reads the actor files once and builds the alias matcher. Fails, naming the file and field, on
 * a name or alias that cannot be matched safely (`validateAliases`): claimed by two actors (a
 * mention could not be attributed), too short or a common word (it would match unrelated words),
 * white space alone. The files themselves are checked as they are read (`loadActorFiles`).
 */
export function loadActorRegistry(dir: string): ActorRegistry {
  const files = loadActorFiles(dir);
  const loadedRoles = files.map(({ slug, data }) => ({ slug, roles: (data as { roles?: unknown } | null)?.roles }));
  const entries = files.map(({ file, slug, data }) => {
    const record = (data ?? {}) as { name?: unknown; aliases?: unknown; kind?: unknown };
    // NFC, as article bodies are (src/plugins/remark-normalize-text.ts): "é" typed as e + ◌́
    // and the precomposed "é" must be one name to the matcher.
    const name = typeof record.name === 'string' ? record.name.normalize('NFC') : slug;
    const aliases = Array.isArray(record.aliases)
      ? record.aliases.filter((a): a is string => typeof a === 'string').map((a) => a.normalize('NFC'))
      : [];
    const kind = typeof record.kind === 'string' ? record.kind : undefined;
    return { file, slug, name, aliases, kind };
  });
  const errors = validateAliases(entries);
  if (errors.length > 0) throw new Error(`Actor names and aliases cannot be matched safely:\n${errors.join('\n')}`);
  return {
    matcher: createAliasMatcher(aliasesOf(entries), rolesOf(loadedRoles)),
    names: new Map(entries.map((entry) => [entry.slug, entry.name])),
    entries,
  };
}

/** Roles from the actor files (as read; the actors collection validates them), for role phrases. */
function rolesOf(actors: Array<{ slug: string; roles: unknown }>): ActorRole[] {
  return actors.flatMap(({ slug, roles }) =>
    Array.isArray(roles)
      ? roles.flatMap((role: { title?: unknown; asOf?: unknown }) =>
          typeof role?.title === 'string' && typeof role.asOf === 'string'
            ? [{ actor: slug, title: role.title, asOf: role.asOf }]
            : [],
        )
      : [],
  );
}
