/**
 * The provisional actors of the corpus (src/corpus/provisional-actors.ts): the people of several
 * articles merged, their pages' data, the build log and the editor's command.
 */
import { describe, expect, test } from 'vitest';
import { resolveProvisional } from '../../../src/analysis/attribution/provisional-people.ts';
import type { ArticleAnalysis } from '../../../src/analysis/types.ts';
import {
  draftActorCommand,
  mergeDiscoveredPeople,
  provisionalActorData,
  provisionalPeopleLines,
} from '../../../src/corpus/provisional-actors.ts';
import { slugFromName } from '../../../src/lib/slugs.ts';
import { actorSchema } from '../../../src/schemas/actor.ts';
import { analysisNaming, names, PETROVA_SENTENCE, person, petrova, petrovaBlock } from '../../helpers/provisional-people.ts';

describe('mergeDiscoveredPeople: the provisional actors of the corpus', () => {
  const ARTICLE_A = 'talks-resume-in-geneva';
  const ARTICLE_B = 'moscow-rejects-plan';
  const article = (slug: string, publishedAt: string, analysis: ArticleAnalysis) => ({ slug, publishedAt, analysis });

  test('one person named in two articles is one provisional actor, with the evidence of both and every role once', () => {
    const inB = { ...petrova, roles: ['Deputy Foreign Minister', 'chief negotiator'] };
    const articles = [
      article(ARTICLE_B, '2025-06-02', analysisNaming(inB)),
      article(ARTICLE_A, '2025-05-07', analysisNaming(petrova)),
    ];
    const [merged, ...others] = mergeDiscoveredPeople(articles);
    expect(others).toEqual([]);
    expect(merged!.slug).toBe('anna-petrova');
    expect(merged!.name).toBe('Anna Petrova');
    expect(merged!.roles).toEqual(['Deputy Foreign Minister', 'chief negotiator']);
    expect(merged!.evidence.map((item) => [item.article.slug, item.block, item.sentence])).toEqual([
      [ARTICLE_B, 'p-2', PETROVA_SENTENCE],
      [ARTICLE_A, 'p-2', PETROVA_SENTENCE],
    ]);
  });

  test('two spellings with one slug are one person, named as most articles write it (the longest on a tie)', () => {
    const accented = { ...petrova, name: 'Anna Petrová' };
    expect(slugFromName(accented.name)).toBe(petrova.slug);
    const two = mergeDiscoveredPeople([
      article('a', '2025-05-01', { ...analysisNaming(petrova), people: [accented] }),
      article('b', '2025-05-02', analysisNaming(petrova)),
      article('c', '2025-05-03', { ...analysisNaming(petrova), people: [accented] }),
    ]);
    expect(two.map((p) => [p.slug, p.name, p.evidence.length])).toEqual([['anna-petrova', 'Anna Petrová', 3]]);
  });

  test('different people stay apart, sorted by name; a registered actor’s namesake never becomes one', () => {
    const ivanov = person('pavel-ivanov', 'Pavel Ivanov', [], petrovaBlock, PETROVA_SENTENCE);
    const lavrov = person('sergei-lavrov', 'Sergei Lavrov', [], petrovaBlock, PETROVA_SENTENCE);
    const raw = { ...analysisNaming(petrova), people: [petrova, ivanov, lavrov] };
    const merged = mergeDiscoveredPeople([article('a', '2025-05-01', resolveProvisional(raw, names))]);
    expect(merged.map((p) => p.name)).toEqual(['Anna Petrova', 'Pavel Ivanov']);
  });

  test('a provisional actor’s page data comes from the articles only: roles dated by the newest article writing them', () => {
    const articles = [
      article(ARTICLE_B, '2025-06-02', analysisNaming({ ...petrova, roles: ['Deputy Foreign Minister'] })),
      article(ARTICLE_A, '2025-05-07', analysisNaming({ ...petrova, roles: ['deputy foreign minister', 'envoy'] })),
    ];
    const [merged] = mergeDiscoveredPeople(articles);
    const data = provisionalActorData(merged!, (a) => a.publishedAt);
    expect(data.roles).toEqual([
      { title: 'Deputy Foreign Minister', asOf: '2025-06-02' },
      { title: 'envoy', asOf: '2025-05-07' },
    ]);
    expect(data.kind).toBe('person');
    expect(data.aliases).toEqual([]);
    expect(data.description).toContain('not yet reviewed');
    expect(actorSchema.safeParse(data).success).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------
describe('the build log and the editor’s command', () => {
  test('one line per article with provisional people, with their quote counts', () => {
    const ivanov = person('pavel-ivanov', 'Pavel Ivanov', [], petrovaBlock, PETROVA_SENTENCE);
    const withTwo = { ...analysisNaming(petrova), people: [petrova, ivanov] };
    const none: ArticleAnalysis = { blocks: [petrovaBlock], mentions: [], quotes: [], dates: [], people: [], statements: [] };
    expect(
      provisionalPeopleLines([
        { slug: 'talks-resume-in-geneva', analysis: withTwo },
        { slug: 'quiet-article', analysis: none },
      ]),
    ).toEqual(['talks-resume-in-geneva: provisional people: Anna Petrova (2 quotes), Pavel Ivanov (0 quotes)']);
  });

  test('the draft command quotes the name for the shell', () => {
    expect(draftActorCommand('Anna Petrova')).toBe('npm run actor:draft -- "Anna Petrova"');
    expect(draftActorCommand('Jean "Johnny" D’Arc $HOME')).toBe('npm run actor:draft -- "Jean \\"Johnny\\" D’Arc \\$HOME"');
  });
});
