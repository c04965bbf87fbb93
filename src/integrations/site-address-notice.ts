import type { AstroIntegration } from 'astro';
import type { SiteAddress } from '../lib/site-address.ts';

/** The one line a build without `SITE` prints: what is left out, and how to publish. */
export const NO_SITE_WARNING =
  'SITE is not set: no canonical links, og:url, share image, sitemap or RSS; citations name the page path. ' +
  'Publish with SITE=https://your.host/path/ npm run build.';

/**
 * Says once per build, in one line, that the site has no address (`SITE` unset) and what that
 * leaves out. A warning, not an error: a local build or a test build needs no address.
 */
export default function siteAddressNotice(address: SiteAddress | null): AstroIntegration {
  return {
    name: 'dossier:site-address',
    hooks: {
      'astro:build:start': ({ logger }) => {
        if (!address) logger.warn(NO_SITE_WARNING);
      },
    },
  };
}
