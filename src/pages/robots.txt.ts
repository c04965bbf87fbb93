import type { APIRoute } from 'astro';
import { absoluteUrl } from '../lib/site-address.ts';
import { withBase } from '../lib/urls.ts';

/**
 * Everything may be crawled; the sitemap lists the canonical pages. A sitemap (and its line here,
 * which must be a full URL) exists only when the site has an address (`SITE`).
 */
export const GET: APIRoute = ({ site }) => {
  const sitemap = absoluteUrl(withBase('/sitemap-index.xml'), site);
  return new Response(`User-agent: *\nAllow: /\n${sitemap ? `\nSitemap: ${sitemap}\n` : ''}`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
