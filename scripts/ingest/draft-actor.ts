/**
 * Drafts an actor file for a provisional actor (a person found in the text with no actor file)
 * from what the articles write, for `npm run actor:draft`. Nothing is invented: the roles are the
 * articles' words dated by the articles, the description repeats them and is marked for review.
 */
import { dump } from 'js-yaml';
import type { ArticleAnalysis } from '../../src/analysis/types.ts';
import { COMMON_WORD_SURNAMES as COMMON_WORD_SURNAME_LIST } from './common-word-surnames.ts';
import { validateAliases } from '../../src/analysis/mentions/find-mentions.ts';
import { actorSchema, type ActorData } from '../../src/schemas/actor.ts';
import { provisionalActorData, type ProvisionalPerson } from '../../src/corpus/provisional-actors.ts';
import { slugFromName } from '../../src/lib/slugs.ts';

/** An analysed article as the draft needs it. */
export interface DraftSourceArticle {
  slug: string;
  /** Publication date, `YYYY-MM-DD`: the `asOf` of the roles it writes. */
  published: string;
  analysis: Pick<ArticleAnalysis, 'blocks'>;
}

/** The provisional people whose name (or slug) is `name`, compared as slugs (accents and case aside). */
export function findProvisionalPerson<A>(
  name: string,
  people: ReadonlyArray<ProvisionalPerson<A>>,
): ProvisionalPerson<A> | undefined {
  const key = slugFromName(name);
  return people.find((person) => person.slug === key) ?? people.find((person) => slugFromName(person.name) === key);
}

/**
 * Surnames that are everyday English words: as an alias they would be matched at the start of
 * unrelated sentences ("Green energy", "May I"), so the draft leaves them out. Words the articles
 * themselves write in lower case are left out too (`lowerCaseWords`).
 */
const COMMON_WORD_SURNAMES = new Set(COMMON_WORD_SURNAME_LIST);

/** Every word the blocks write in lower case: words a surname must not be to make an alias. */
export function lowerCaseWords(articles: ReadonlyArray<{ analysis: Pick<ArticleAnalysis, 'blocks'> }>): Set<string> {
  const words = new Set<string>();
  for (const article of articles) {
    for (const block of article.analysis.blocks) {
      for (const match of block.text.matchAll(/[\p{L}\p{M}]+/gu)) {
        const word = match[0];
        if (word === word.toLowerCase()) words.add(word);
      }
    }
  }
  return words;
}

/** A drafted actor file: its slug, its data and notes for the editor. */
export interface ActorDraft {
  slug: string;
  data: ActorData;
  /** What the editor should know: an alias left out and why, a field to check. */
  notes: string[];
}

/** The registered actors, for checking the draft's name and alias against theirs. */
export interface RegisteredActorNames {
  file: string;
  slug: string;
  name: string;
  aliases: string[];
  kind?: string;
}

/**
 * Drafts the actor file of a provisional person: name, kind person, the roles as written (each
 * `asOf` the newest article that writes it), the surname as an alias unless it is a common word
 * or another actor's, and a description from the roles marked for review.
 */
export function draftActor<A extends { published: string }>(
  person: ProvisionalPerson<A>,
  options: { lowerCaseWords: ReadonlySet<string>; registered: readonly RegisteredActorNames[] },
): ActorDraft {
  const notes: string[] = [];
  const fromText = provisionalActorData(person, (article) => article.published);
  const aliases: string[] = [];
  const words = person.name.split(/\s+/);
  const surname = words.at(-1) ?? '';
  if (words.length > 1 && surname.length > 2) {
    const lower = surname.toLowerCase();
    const owner = options.registered.find((actor) =>
      [actor.name, ...actor.aliases].some((alias) => slugFromName(alias) === slugFromName(surname)),
    );
    if (COMMON_WORD_SURNAMES.has(lower) || options.lowerCaseWords.has(lower)) {
      notes.push(`"${surname}" is left out of the aliases: it is a common word, and would be matched in unrelated sentences.`);
    } else if (owner) {
      notes.push(`"${surname}" is left out of the aliases: ${owner.file} already claims it.`);
    } else {
      aliases.push(surname);
    }
  }
  const description =
    person.roles.length > 0
      ? `${capitalize(person.roles.join('; '))} (from the articles; review)`
      : 'Quoted in the articles; no role is written with the name (from the articles; review)';
  if (person.roles.length === 0) notes.push('The articles write no role with the name: add one if an article gives it.');
  return { slug: person.slug, data: { name: fromText.name, kind: 'person', roles: fromText.roles, aliases, description }, notes };
}

/**
 * Problems that stop the draft from being written: the actor schema's, and a name or alias that
 * another actor claims. Each names the file and the field.
 */
export function validateDraft(draft: ActorDraft, file: string, registered: readonly RegisteredActorNames[]): string[] {
  const result = actorSchema.safeParse(draft.data);
  const problems = result.success
    ? []
    : result.error.issues.map((issue) => `${file}: ${issue.path.join('.') || '(the file)'}: ${issue.message}`);
  const aliasErrors = validateAliases([
    ...registered.map(({ file: actorFile, slug, name, aliases }) => ({ file: actorFile, slug, name, aliases })),
    { file, slug: draft.slug, name: draft.data.name, aliases: draft.data.aliases },
  ]);
  return [...problems, ...aliasErrors.filter((error) => error.includes(file))];
}

/** The draft as a YAML actor file, opening with comments: what to review and the evidence. */
export function draftActorYaml<A extends { slug: string; published: string }>(
  draft: ActorDraft,
  person: ProvisionalPerson<A>,
): string {
  const comment = (text: string) => `# ${text.replace(/\s+/g, ' ').trim()}`;
  const header = [
    comment('Drafted by `npm run actor:draft` from the articles. Review every field before saving it:'),
    comment('check the name, the roles and their dates, add an affiliation if the articles give one,'),
    comment('and rewrite the description as a short, neutral sentence drawn from the articles.'),
    comment('Where the articles give the name in full:'),
    ...person.evidence.map((item) =>
      comment(`  ${item.article.slug} (${item.article.published}), ${item.block}: ${item.sentence}`),
    ),
    ...draft.notes.map((note) => comment(note)),
  ];
  const body = dump(draft.data, { lineWidth: 100, quoteStyle: 'double' });
  return `${header.join('\n')}\n${body}`;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
