import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { checkBuiltSite } from '../load/built-pages.ts';

/**
 * Fails `astro build` when a built article page lost or changed words of its article, or a quote
 * of `data/quotes.json` is not in the paragraph it names (src/load/built-pages.ts). An
 * integration, so every build runs it: `npm run build`, the fixture builds of the tests and the
 * benchmark's. The keys of the articles that passed are kept in Astro's cache folder, so the next
 * build parses only the pages whose bytes changed (`verifiedKey`).
 */
export default function dataLossGuard(options: {
  contentDir: string;
  /** The render-inputs digest the config computed (analysis, plugin and load code): the guard's code is part of it. */
  renderInputs: string;
}): AstroIntegration {
  let verifiedFile = '';
  return {
    name: 'dossier:data-loss-guard',
    hooks: {
      'astro:config:done': ({ config }) => {
        verifiedFile = path.join(fileURLToPath(config.cacheDir), 'dossier-guard', 'verified-articles.json');
      },
      'astro:build:done': ({ dir, logger }) => {
        const started = performance.now();
        const verified = existsSync(verifiedFile)
          ? new Set<string>(JSON.parse(readFileSync(verifiedFile, 'utf8')))
          : new Set<string>();
        const check = checkBuiltSite(options.contentDir, fileURLToPath(dir), { verified, renderInputs: options.renderInputs });
        if (check.problems.length > 0) {
          throw new Error(`The built pages do not match the articles (data-loss guard):\n${check.problems.join('\n')}`);
        }
        mkdirSync(path.dirname(verifiedFile), { recursive: true });
        writeFileSync(verifiedFile, JSON.stringify([...check.verified]));
        logger.info(
          `${check.articles} article pages and ${check.quotes} quotes match their articles ` +
            `(${check.alreadyVerified} pages unchanged since a build that checked them; ${Math.round(performance.now() - started)} ms)`,
        );
      },
    },
  };
}
