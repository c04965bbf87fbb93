/**
 * The actors of a synthetic corpus: countries with their capitals, policy bodies with their
 * acronyms, news outlets, and people with a role, an affiliation and the aliases the text uses
 * (surname, a longer first name, a transliteration variant). Names and aliases are unique, as the
 * alias matcher requires.
 */
import { slugFromFileName } from '../../../src/lib/slugs.ts';
import { addDaysIso } from './dates.ts';
import type { Actor } from './model.ts';
import type { CorpusOptions } from './options.ts';
import { createRandom, createZipfSampler } from './random.ts';
import { capitalize } from './text.ts';
import * as words from './vocabulary.ts';

/** Every actor of the corpus, by kind; one seeded stream, so a larger corpus keeps the same actors. */
export function createActors(options: Required<CorpusOptions>) {
  const random = createRandom(`${options.seed}:actors`);
  const total = Math.max(12, options.actors);
  const countryCount = Math.min(words.COUNTRIES.length, Math.max(4, Math.round(total * 0.12)));
  const outletCount = Math.min(words.OUTLETS.length, Math.max(4, Math.round(total * 0.07)));
  const organizationCount = Math.max(2, Math.round(total * 0.13));
  const personCount = Math.min(words.SURNAMES.length, total - countryCount - outletCount - organizationCount);
  const asOf = () => addDaysIso(options.startDate, random.int(0, options.days - 1));

  const countries: Actor[] = words.COUNTRIES.slice(0, countryCount).map((country) => ({
    slug: slugFromFileName(`${country.name}.yaml`),
    name: country.name,
    kind: 'country',
    aliases: [country.capital, ...(country.aliases ?? [])],
    short: country.name,
    adjective: country.adjective,
    capital: country.capital,
    description: `A country in the synthetic benchmark corpus; ${country.capital} stands for its government in the articles.`,
  }));

  const combinations = random.shuffle(
    words.ORGANIZATION_PARTS.regions.flatMap((region) =>
      words.ORGANIZATION_PARTS.domains.flatMap((domain) =>
        words.ORGANIZATION_PARTS.bodies.map((body) => `${region} ${domain} ${body}`),
      ),
    ),
  );
  const acronyms = new Map<string, number>();
  const organizationNames = combinations.slice(0, organizationCount);
  const acronymOf = (name: string) =>
    name
      .split(' ')
      .map((word) => word[0])
      .join('');
  for (const name of organizationNames) acronyms.set(acronymOf(name), (acronyms.get(acronymOf(name)) ?? 0) + 1);
  const organizations: Actor[] = organizationNames.map((name) => {
    const acronym = acronymOf(name);
    const unique = acronyms.get(acronym) === 1 && acronym.length >= 3;
    return {
      slug: slugFromFileName(`${name}.yaml`),
      name,
      kind: 'organization',
      aliases: unique ? [acronym] : [],
      short: unique ? acronym : name,
      description: `A policy body in the synthetic benchmark corpus, cited on the talks and their cost.`,
    };
  });

  const outlets: Actor[] = words.OUTLETS.slice(0, outletCount).map((name) => ({
    slug: slugFromFileName(`${name}.yaml`),
    name,
    kind: 'media',
    aliases: [],
    short: name,
    description: `A news outlet in the synthetic benchmark corpus: it publishes articles and is cited by others.`,
  }));

  const pickAffiliationCountry = createZipfSampler(countries, 0.9);
  const people: Actor[] = random
    .shuffle(words.SURNAMES)
    .slice(0, personCount)
    .map((surname) => {
      const [first, pronoun] = random.pick(words.FIRST_NAMES);
      const name = `${first} ${surname}`;
      const aliases = [surname];
      const longer = words.FIRST_NAME_VARIANTS[first];
      if (longer && random.chance(0.6)) aliases.push(`${longer} ${surname}`);
      if (surname.endsWith('ov') && random.chance(0.3)) aliases.push(`${surname.slice(0, -2)}off`);
      const roll = random.next();
      let role: string;
      let affiliation: string;
      if (roll < 0.72) {
        const country = pickAffiliationCountry(random);
        role = random.pick(words.COUNTRY_ROLES).replace('{adj}', country.adjective!);
        affiliation = country.slug;
      } else if (roll < 0.93) {
        const organization = random.pick(organizations);
        role = random.pick(words.ORGANIZATION_ROLES).replace('{org}', organization.name);
        affiliation = organization.slug;
      } else {
        const outlet = random.pick(outlets);
        role = random.pick(words.MEDIA_ROLES).replace('{org}', outlet.name);
        affiliation = outlet.slug;
      }
      return {
        slug: slugFromFileName(`${name}.yaml`),
        name,
        kind: 'person',
        aliases,
        short: surname,
        pronoun,
        role: { title: role, asOf: asOf() },
        affiliation,
        description: `${capitalize(role)}, quoted on the talks in the synthetic benchmark corpus.`,
      };
    });
  return { countries, organizations, outlets, people };
}
