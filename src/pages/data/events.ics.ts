import type { APIRoute } from 'astro';
import { getCorpus } from '../../corpus/index.ts';
import { eventsToICalendar } from '../../outputs/icalendar.ts';
import { absoluteUrl } from '../../lib/site-address.ts';
import { urls } from '../../lib/urls.ts';

export const GET: APIRoute = async ({ site }) => {
  const { events, articles } = await getCorpus();
  // DTSTAMP from the content, not the clock, so identical content builds an identical file.
  const stamp =
    articles
      .map((article) => article.publishedAt)
      .sort()
      .at(-1) ?? '1970-01-01';
  const calendar = eventsToICalendar(
    events.map((event) => ({ slug: event.slug, ...event.data, url: absoluteUrl(urls.event(event.slug), site) })),
    stamp,
  );
  return new Response(calendar, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
