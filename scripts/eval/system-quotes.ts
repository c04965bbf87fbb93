/**
 * The analysis's quotes as the evaluation scores them: the automatic pass's kind and speaker (not
 * the curated ones), with each speaker's display name and type.
 */
import type { ArticleAnalysis, Speaker } from '../../src/analysis/types.ts';
import type { SystemQuote, SystemSpeaker, SystemSpeakerType } from './types.ts';

/** What the evaluation needs to know of the registered actors. */
export interface ActorDirectory {
  names: Map<string, string>;
  entries: Array<{ slug: string; name: string; aliases: string[]; kind?: string }>;
}

/** Registered actors by slug, with their kind and aliases. */
export function actorLookup(
  directory: ActorDirectory,
): Map<string, { name: string; aliases: string[]; type: SystemSpeakerType }> {
  const lookup = new Map<string, { name: string; aliases: string[]; type: SystemSpeakerType }>();
  for (const entry of directory.entries) {
    const type: SystemSpeakerType = entry.kind === undefined ? 'named' : entry.kind === 'person' ? 'person' : 'organization';
    lookup.set(entry.slug, { name: directory.names.get(entry.slug) ?? entry.name, aliases: entry.aliases, type });
  }
  return lookup;
}

/**
 * A speaker with its display name: a registered actor's name, a provisional person's name from
 * `people`, or an unnamed source's label.
 */
export function describeSpeaker(
  speaker: Speaker,
  people: ArticleAnalysis['people'],
  actors: ReturnType<typeof actorLookup>,
): SystemSpeaker {
  const provisional = speaker.provisional === true;
  if (speaker.actor === null) {
    return { actor: null, label: speaker.label, name: speaker.label, aliases: [], type: 'unnamed', provisional };
  }
  const registered = provisional ? undefined : actors.get(speaker.actor);
  if (registered) {
    return {
      actor: speaker.actor,
      label: speaker.label,
      name: registered.name,
      aliases: registered.aliases,
      type: registered.type,
      provisional,
    };
  }
  const person = people.find((candidate) => candidate.slug === speaker.actor);
  return {
    actor: speaker.actor,
    label: speaker.label,
    name: person?.name ?? speaker.label,
    aliases: [],
    type: provisional || person ? 'person' : 'named',
    provisional,
  };
}

/**
 * The rule behind a quote's speaker: the analysis's `speakerRule` where it records one (read
 * loosely, so the evaluation works before and after the field exists), else its method.
 */
function speakerRuleOf(quote: ArticleAnalysis['quotes'][number]): string | null {
  const recorded = (quote as { speakerRule?: string | null }).speakerRule;
  return recorded ?? quote.attribution;
}

/** The automatic pass's quotes of one analysed article. */
export function systemQuotes(article: string, analysis: ArticleAnalysis, actors: ReturnType<typeof actorLookup>): SystemQuote[] {
  return analysis.quotes.map((quote) => {
    const automatic = quote.automatic ?? { speaker: quote.speaker, kind: quote.kind };
    const hasSpeaker = automatic.speaker !== null;
    return {
      article,
      parts: quote.parts,
      text: quote.text,
      kind: automatic.kind,
      speaker: automatic.speaker === null ? null : describeSpeaker(automatic.speaker, analysis.people, actors),
      method: hasSpeaker ? quote.attribution : null,
      rule: hasSpeaker ? speakerRuleOf(quote) : null,
      confidence: hasSpeaker ? (quote.speakerConfidence ?? null) : null,
    };
  });
}
