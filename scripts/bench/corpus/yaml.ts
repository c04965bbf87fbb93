/**
 * The corpus files' YAML: actor and event files, and the helper the article frontmatter uses.
 * Every string is JSON-quoted: valid YAML, and dates stay strings.
 */
import type { Actor, EventPlan } from './model.ts';

/** A string as a YAML scalar (JSON-quoted). */
export function q(value: string): string {
  return JSON.stringify(value);
}

/** The YAML file of an actor (`actors/<slug>.yaml`). */
export function actorYaml(actor: Actor): string {
  const lines = [`name: ${q(actor.name)}`, `kind: ${actor.kind}`];
  if (actor.role) lines.push('roles:', `  - title: ${q(actor.role.title)}`, `    asOf: ${q(actor.role.asOf)}`);
  if (actor.affiliation) lines.push(`affiliation: ${q(actor.affiliation)}`);
  if (actor.aliases.length > 0) lines.push('aliases:', ...actor.aliases.map((alias) => `  - ${q(alias)}`));
  lines.push(`description: ${q(actor.description)}`);
  return `${lines.join('\n')}\n`;
}

/** The YAML file of an event (`events/<slug>.yaml`). */
export function eventYaml(event: EventPlan): string {
  const lines = [
    `title: ${q(event.title)}`,
    `date: ${q(event.date)}`,
    `datePrecision: ${event.precision}`,
    ...(event.endDate ? [`endDate: ${q(event.endDate)}`] : []),
    `status: ${event.status}`,
    `kind: ${event.kind}`,
    ...(event.location ? [`location: ${q(event.location)}`] : []),
    `actors: [${event.participants.map((actor) => q(actor.slug)).join(', ')}]`,
    'sources:',
    ...event.sources.flatMap((source) => [`  - article: ${q(source.article.slug)}`, `    excerpt: ${q(source.excerpt)}`]),
  ];
  const curated = event.sources.filter((source) => source.curatedQuote);
  if (curated.length > 0) {
    lines.push(
      'quotes:',
      ...curated.flatMap((source) => [`  - article: ${q(source.article.slug)}`, `    quote: ${q(source.curatedQuote!)}`]),
    );
  }
  lines.push(`summary: ${q(event.summary)}`);
  return `${lines.join('\n')}\n`;
}
