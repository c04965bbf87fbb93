import type { AstroIntegrationLogger } from 'astro';
import { describe, expect, test, vi } from 'vitest';
import siteAddressNotice, { NO_SITE_WARNING } from '../../../src/integrations/site-address-notice.ts';

/** Runs the integration's build-start hook with a logger that records its warnings. */
function warningsOf(integration: ReturnType<typeof siteAddressNotice>): string[] {
  const warn = vi.fn();
  const hook = integration.hooks['astro:build:start'] as (options: { logger: AstroIntegrationLogger }) => void;
  hook({ logger: { warn } as unknown as AstroIntegrationLogger });
  return warn.mock.calls.map(([message]) => String(message));
}

describe('the build’s notice about the site address', () => {
  test('without SITE it warns once, in one line, naming what is left out and how to set it', () => {
    expect(warningsOf(siteAddressNotice(null))).toEqual([NO_SITE_WARNING]);
    expect(NO_SITE_WARNING).not.toContain('\n');
    expect(NO_SITE_WARNING).toMatch(/SITE=https:\/\/.+ npm run build/);
  });

  test('with SITE it says nothing', () => {
    expect(warningsOf(siteAddressNotice({ site: 'https://news.example.net/dossier/', base: '/dossier/' }))).toEqual([]);
  });
});
