/**
 * Provisional people in one article's analysis (src/analysis/attribution/provisional-people.ts):
 * a registered actor always wins over a discovered person; the people the analysis found are
 * resolved against the actor files.
 */
import { describe, expect, test } from 'vitest';
import {
  type RegisteredNames,
  registeredNames,
  resolveDiscovered,
  resolveProvisional,
} from '../../../../src/analysis/attribution/provisional-people.ts';
import type { ArticleAnalysis, BodyBlock } from '../../../../src/analysis/types.ts';
import {
  analysisNaming,
  mention,
  names,
  PETROVA_SENTENCE,
  person,
  petrova,
  petrovaBlock,
  quote,
  spanOf,
} from '../../../helpers/provisional-people.ts';
import { readNamedCases } from '../../../helpers/fixture-cases.ts';

/** Two registered actors whose names give one slug. */
const ambiguous = registeredNames([
  { slug: 'a', name: 'Ana Perez', aliases: [] },
  { slug: 'b', name: 'Ana Pérez', aliases: [] },
]);

/** A discovered person resolved against a registry (`corpus` or `ambiguous`), in tests/fixtures/analysis/attribution/. */
interface ResolutionCase {
  name: string;
  registry: 'corpus' | 'ambiguous';
  resolutions: Array<{ discovered: { slug: string; name: string }; resolved: { slug: string; registered: boolean } }>;
}

const registries: Record<ResolutionCase['registry'], RegisteredNames> = { corpus: names, ambiguous };

describe('resolveDiscovered: a registered actor always wins', () => {
  test.each(readNamedCases<ResolutionCase>('analysis/attribution/resolve-discovered.yaml'))(
    '%s',
    (_name, { registry, resolutions }) => {
      for (const { discovered, resolved } of resolutions) {
        expect(resolveDiscovered(discovered, registries[registry])).toEqual(resolved);
      }
    },
  );
});

describe('resolveProvisional: one article’s analysis', () => {
  test('an analysis with no provisional people is returned as it is', () => {
    const plain: ArticleAnalysis = {
      blocks: [petrovaBlock],
      mentions: [mention(petrovaBlock, 'Russia', 'russia', false)],
      quotes: [],
      dates: [],
      people: [],
      statements: [],
    };
    expect(resolveProvisional(plain, names)).toBe(plain);
  });

  test('a provisional person keeps their slug, mentions and quotes', () => {
    const analysis = analysisNaming(petrova);
    expect(resolveProvisional(analysis, names)).toEqual(analysis);
  });

  test('a person a registered actor claims leaves `people`; their mentions and quotes become the actor’s, no longer provisional', () => {
    const sergei = person(
      'sergei-lavrov',
      'Sergei Lavrov',
      ['foreign minister'],
      { ...petrovaBlock, text: petrovaBlock.text },
      PETROVA_SENTENCE,
    );
    const block: BodyBlock = {
      id: 'p-2',
      text: 'Foreign Minister Sergei Lavrov said “no one is in a hurry.” Lavrov added that “the door is open.”',
      kind: 'paragraph',
    };
    const discovered = { ...sergei, evidence: { ...spanOf(block, 'Sergei Lavrov'), sentence: block.text } };
    const analysis: ArticleAnalysis = {
      blocks: [block],
      mentions: [mention(block, 'Sergei Lavrov', 'sergei-lavrov', true), mention(block, 'Lavrov', 'sergey-lavrov', false, 30)],
      quotes: [
        quote('q1', block, 'no one is in a hurry.', {
          actor: 'sergei-lavrov',
          label: 'Foreign Minister Sergei Lavrov',
          provisional: true,
        }),
      ],
      dates: [],
      people: [discovered],
      statements: [],
    };
    const resolved = resolveProvisional(analysis, names);
    expect(resolved.people).toEqual([]);
    expect(resolved.mentions.map((m) => [m.text, m.actor, m.provisional])).toEqual([
      ['Sergei Lavrov', 'sergey-lavrov', undefined],
      ['Lavrov', 'sergey-lavrov', undefined],
    ]);
    expect(resolved.quotes[0]!.speaker).toEqual({ actor: 'sergey-lavrov', label: 'Foreign Minister Sergei Lavrov' });
    expect(resolved.quotes[0]!.automatic!.speaker).toEqual({ actor: 'sergey-lavrov', label: 'Foreign Minister Sergei Lavrov' });
  });

  test('resolving twice changes nothing', () => {
    const analysis = { ...analysisNaming(petrova), people: [{ ...petrova, slug: 'unnamed-sources' }] };
    const once = resolveProvisional(analysis, names);
    expect(resolveProvisional(once, names)).toEqual(once);
  });

  test('a provisional speaker missing from `people` gets a person made from its words, so no link is left without a page', () => {
    const analysis = { ...analysisNaming(petrova), people: [] };
    const resolved = resolveProvisional(analysis, names);
    expect(resolved.people).toEqual([
      {
        slug: 'anna-petrova',
        name: 'Anna Petrova',
        roles: [],
        evidence: { ...spanOf(petrovaBlock, 'Anna Petrova'), sentence: PETROVA_SENTENCE },
      },
    ]);
  });

  test('a speaker missing from `people` known only by a short form is named by the fuller form the text writes', () => {
    // "Petrova added …" is the only speaker; "Anna Petrova" stands in the text but not as a mention or a label.
    const only = analysisNaming(petrova);
    const analysis = {
      ...only,
      mentions: only.mentions.filter((m) => m.text !== 'Anna Petrova'),
      quotes: only.quotes.filter((q) => q.id === 'q2'),
      people: [],
    };
    const [found] = resolveProvisional(analysis, names).people;
    expect(found?.name).toBe('Anna Petrova');
    expect(found?.evidence.sentence).toContain(PETROVA_SENTENCE);
  });
});
