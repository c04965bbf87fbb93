/** Small web pages for the tests of `npm run add` on saved pages (scripts/ingest/). */
import { draftArticle } from '../../scripts/ingest/draft-article.ts';
import { readSavedPage } from '../../scripts/ingest/page-text.ts';

/** A page with this body and, optionally, this head. */
export const htmlPage = (body: string, head = '') => `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;

/** A paragraph of article prose, long enough to be taken for the article. */
export const PARAGRAPH =
  'Talks between Russia and Ukraine resumed in Geneva on Tuesday, after a pause of three weeks, diplomats from both sides said.';

/** The article drafted from a saved page, as `npm run add page.html` drafts it. */
export const draftPage = (html: string) =>
  draftArticle({ format: 'html', page: readSavedPage(html), rawName: 'page.txt', fallbackSlug: 'page' });
