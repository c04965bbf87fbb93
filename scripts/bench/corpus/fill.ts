/**
 * Sentence templates filled from an article's cast: `{P}` a person (named in full the first time),
 * `{S}` their surname, `{C}`/`{Cadj}`/`{Ccap}` a country, its adjective or capital, `{O}` a policy
 * body, `{M}` an outlet, `{T}` a topic, `{D}` a past date, `{F}` a future one, and a few more.
 */
import { pastDate } from './dates.ts';
import type { Actor, Cast, Pickers } from './model.ts';
import type { Random } from './random.ts';
import * as words from './vocabulary.ts';

/** Fills a template's placeholders from the article's cast; people are named in full the first time. */
export function createFiller(random: Random, cast: Cast, pickers: Pickers, published: string, refer: (person: Actor) => string) {
  return (template: string): string => {
    const people =
      cast.people.length >= 2
        ? random.sample(cast.people, 2)
        : [cast.people[0] ?? pickers.pickPerson(random), pickers.pickPerson(random)];
    const countries =
      cast.countries.length >= 2
        ? random.sample(cast.countries, 2)
        : [cast.countries[0] ?? pickers.pickCountry(random), pickers.pickCountry(random)];
    if (countries[1] === countries[0]) countries[1] = pickers.pickCountry(random);
    const organization = cast.organizations.length > 0 ? random.pick(cast.organizations) : pickers.pickOrganization(random);
    const [c1, c2] = [countries[0]!, countries[1]!];
    const topic = () =>
      random.pick(words.TOPICS).replaceAll('{C}', random.pick(cast.countries.length ? cast.countries : [c1]).name);
    const values: Record<string, () => string> = {
      P: () => refer(people[0]!),
      P2: () => refer(people[1]!),
      S: () => people[0]!.short,
      S2: () => people[1]!.short,
      C: () => c1.name,
      C2: () => c2.name,
      Cadj: () => c1.adjective!,
      Ccap: () => c1.capital!,
      Ccap2: () => c2.capital!,
      O: () => organization.name,
      M: () => pickers.pickOutlet(random).name,
      T: topic,
      T2: topic,
      D: () => pastDate(random, published),
      F: () => random.pick(words.FUTURE_DATE_PHRASES),
      city: () => random.pick(words.VENUES),
      num: () => random.pick(words.NUMBERS),
      Month: () => random.pick(words.MONTH_NAMES),
    };
    return template.replace(/\{(\w+)\}/g, (whole, key: string) => values[key]?.() ?? whole);
  };
}
