import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { forbiddenControlsInOutput } from '../load/output-characters.ts';

/**
 * Fails `astro build` when a built page, feed or download holds a control character its format
 * forbids (src/load/output-characters.ts): the last line of defence behind the content checks.
 */
export default function outputCharactersGuard(): AstroIntegration {
  return {
    name: 'dossier:output-characters',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const problems = forbiddenControlsInOutput(fileURLToPath(dir));
        if (problems.length > 0) throw new Error(`The built site holds forbidden characters:\n${problems.join('\n')}`);
      },
    },
  };
}
