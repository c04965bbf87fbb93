import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { outletName } from '../corpus/display-names.ts';
import { getCorpus } from '../corpus/index.ts';
import { withoutForbiddenControls } from '../lib/forbidden-controls.ts';
import { urls } from '../lib/urls.ts';

/**
 * /rss.xml, built only when the site has an address (`SITE`): an RSS item's link must be a full
 * URL, and a feed of relative links is invalid. A route with parameters is the one kind Astro lets
 * a page leave unbuilt.
 */
export const getStaticPaths = (() => (import.meta.env.SITE ? [{ params: { feed: 'rss' } }] : [])) satisfies GetStaticPaths;

/** RSS of the articles, newest first. Uncertain metadata stays uncertain: no invented authors. */
export const GET: APIRoute = async ({ site }) => {
  const { articles } = await getCorpus();
  return rss({
    title: 'Dossier: articles',
    description: 'News articles on the US-brokered Russia–Ukraine peace talks, with their quotes, actors and dates analysed.',
    site: site!,
    // XML forbids control characters, and one would make every reader drop the whole feed.
    items: articles.map((article) => ({
      title: withoutForbiddenControls(article.title),
      link: urls.article(article.slug),
      pubDate: new Date(`${article.publishedAt}T00:00:00Z`),
      description: withoutForbiddenControls(article.data.dek?.value ?? `${outletName(article)}: ${article.leadText}`),
      ...(article.data.author.value ? { author: withoutForbiddenControls(article.data.author.value) } : {}),
      categories: [withoutForbiddenControls(outletName(article))],
    })),
  });
};
