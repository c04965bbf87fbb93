/**
 * The actor registry (src/load/actor-registry.ts), loaded from actor files as the site config
 * loads it: an alias that cannot be matched safely stops it, naming the file and the field.
 */
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadActorRegistry } from '../../../src/load/actor-registry.ts';
import { temporaryFolders, writeFolder } from '../../helpers/temp-dir.ts';

describe('the actor registry, loaded from files', () => {
  const temporaryFolder = temporaryFolders('input-aliases-');
  const actorsDir = (files: Record<string, string>) => writeFolder(path.join(temporaryFolder(), 'actors'), files);

  test('refuses a stop-word alias, naming the file and the field, under a heading that does not say "ambiguous"', () => {
    const actors = actorsDir({
      'marco-rubio.yaml': 'name: Marco Rubio\nkind: person\naliases:\n  - Rubio\n  - The\ndescription: x\n',
    });
    expect(() => loadActorRegistry(actors)).toThrow(
      'Actor names and aliases cannot be matched safely:\n' +
        `${path.join(actors, 'marco-rubio.yaml')}: aliases: "The" is a common word (an article)`,
    );
  });

  test('a name typed with a combining accent matches the body’s precomposed name (both NFC)', () => {
    const actors = actorsDir({ 'anna-petrova.yaml': 'name: "Anna Petrova\u0301"\nkind: person\naliases: []\ndescription: x\n' });
    const registry = loadActorRegistry(actors);
    const mentions = registry.matcher.findMentions([{ id: 'p-1', text: 'Anna Petrová said so.', kind: 'paragraph' }]);
    expect(mentions.map((mention) => mention.actor)).toEqual(['anna-petrova']);
  });
});
