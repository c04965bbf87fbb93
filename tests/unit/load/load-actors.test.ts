/** Reading the actor files (src/load/load-actors.ts). */
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadActorFiles } from '../../../src/load/load-actors.ts';
import { temporaryFolders, writeFolder } from '../../helpers/temp-dir.ts';

describe('the actor registry, loaded from files', () => {
  const temporaryFolder = temporaryFolders('input-aliases-');

  test('an actor file is read under the slug its page is built at', () => {
    const actors = writeFolder(path.join(temporaryFolder(), 'actors'), {
      'marco-rubio.yaml': 'name: Marco Rubio\nkind: person\ndescription: x\n',
    });
    expect(loadActorFiles(actors).map((actor) => actor.slug)).toEqual(['marco-rubio']);
  });
});
