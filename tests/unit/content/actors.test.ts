/** The actor files of content/actors/: each valid, their slugs and affiliations, no alias claimed twice. */
import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { describe, expect, test } from 'vitest';
import { validateAliases } from '../../../src/analysis/mentions/find-mentions.ts';
import { actorSchema } from '../../../src/schemas/actor.ts';
import { actorEntries, actorFiles } from '../../helpers/actor-files.ts';

describe('actor files', () => {
  test('each parses with js-yaml and satisfies the actor schema', () => {
    expect(actorFiles.length).toBeGreaterThan(0);
    for (const { file, data } of actorFiles) {
      expect(load(readFileSync(file, 'utf8')), file).toEqual(data);
      const result = actorSchema.safeParse(data);
      expect(result.success ? [] : result.error.issues, file).toEqual([]);
    }
  });

  test('slugs are kebab-case and every affiliation names an actor file', () => {
    const slugs = new Set(actorFiles.map(({ slug }) => slug));
    for (const { file, slug, data } of actorFiles) {
      expect(slug, file).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      const { affiliation } = data as { affiliation?: string };
      if (affiliation !== undefined) expect(slugs.has(affiliation), `${file}: affiliation: ${affiliation}`).toBe(true);
    }
  });

  test('the actors the articles need are all there', () => {
    const slugs = actorFiles.map(({ slug }) => slug);
    expect(slugs).toEqual(
      expect.arrayContaining([
        'donald-trump',
        'marco-rubio',
        'steve-witkoff',
        'vladimir-putin',
        'sergey-lavrov',
        'jd-vance',
        'giorgia-meloni',
        'volodymyr-zelenskyy',
        'yuri-ushakov',
        'jared-kushner',
        'kirill-dmitriev',
        'dmitry-peskov',
        'emmanuel-macron',
        'joe-biden',
        'elbridge-colby',
        'anatol-lieven',
        'john-hardie',
        'jonathan-green',
        'ivo-daalder',
        'tom-graham',
        'kristen-welker',
        'jeanne-shaheen',
        'barack-obama',
        'wall-street-journal',
        'reuters',
        'bloomberg',
        'fox-news',
        'nbc',
        'russia',
        'ukraine',
        'united-states',
        'european-union',
        'nato',
        'kremlin',
        'white-house',
        'pentagon',
        'trump-administration',
        'france',
        'council-on-foreign-relations',
        'foundation-for-defense-of-democracies',
      ]),
    );
  });
});

test('the actor files claim no alias twice', () => {
  expect(validateAliases(actorEntries)).toEqual([]);
});
