import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { checkOutputCharacters } from '../load/output-characters.ts';

/**
 * Fails `astro build` when a built page, feed or download holds a control character its format
 * forbids (src/load/output-characters.ts): the last line of defence behind the content checks.
 * The digests of the files found clean are kept in Astro's cache folder under the render-inputs
 * digest (which covers the check's own code), so the next build searches only new bytes.
 */
export default function outputCharactersGuard(options: {
  /** The render-inputs digest the config computed (analysis, plugin, load and lib code). */
  renderInputs: string;
}): AstroIntegration {
  let cleanFile = '';
  return {
    name: 'dossier:output-characters',
    hooks: {
      'astro:config:done': ({ config }) => {
        cleanFile = path.join(fileURLToPath(config.cacheDir), 'dossier-guard', 'clean-output.json');
      },
      'astro:build:done': ({ dir, logger }) => {
        const started = performance.now();
        const kept = existsSync(cleanFile)
          ? (JSON.parse(readFileSync(cleanFile, 'utf8')) as { renderInputs?: string; digests?: string[] })
          : {};
        const known = new Set(kept.renderInputs === options.renderInputs ? (kept.digests ?? []) : []);
        const check = checkOutputCharacters(fileURLToPath(dir), known);
        if (check.problems.length > 0)
          throw new Error(`The built site holds forbidden characters:\n${check.problems.join('\n')}`);
        mkdirSync(path.dirname(cleanFile), { recursive: true });
        writeFileSync(cleanFile, JSON.stringify({ renderInputs: options.renderInputs, digests: [...check.clean] }));
        logger.info(
          `no forbidden characters in ${check.files} output files ` +
            `(${check.alreadyClean} unchanged since a build that checked them; ${Math.round(performance.now() - started)} ms)`,
        );
      },
    },
  };
}
