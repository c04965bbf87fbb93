import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { checkBuiltSite } from '../load/built-pages.ts';

/**
 * Fails `astro build` when a built article page lost or changed words of its article, or a quote
 * of `data/quotes.json` is not in the paragraph it names (src/load/built-pages.ts). An
 * integration, so every build runs it: `npm run build`, the fixture builds of the tests and the
 * benchmark's.
 */
export default function dataLossGuard(options: { contentDir: string }): AstroIntegration {
  return {
    name: 'dossier:data-loss-guard',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const started = performance.now();
        const { problems, articles, quotes } = checkBuiltSite(options.contentDir, fileURLToPath(dir));
        if (problems.length > 0) {
          throw new Error(`The built pages do not match the articles (data-loss guard):\n${problems.join('\n')}`);
        }
        logger.info(
          `${articles} article pages and ${quotes} quotes match their articles (${Math.round(performance.now() - started)} ms)`,
        );
      },
    },
  };
}
