/** The page sample the slow browser checks run on (tests/helpers/page-sample.ts). */
import { describe, expect, test } from 'vitest';
import { coveringSample, elementKinds, routeTemplate } from '../../helpers/page-sample.ts';

describe('the page sample the slow browser checks run on', () => {
  test('an element kind is its tag, classes and state attributes, under its parent', () => {
    const kinds = elementKinds(
      '<body><p class="lede astro-x1"><a href="/a/" aria-current="page">A</a><br><img src="x" alt=""></p>' +
        '<script>if (a < b) document.write("<p class=fake>")</script><table><tr><td><a href="/b/">B</a></td></tr></table></body>',
    );
    expect([...kinds].sort()).toEqual(
      [
        'root > body',
        'body > p.lede',
        'p.lede > a[aria-current]',
        'p.lede > br',
        'p.lede > img',
        'body > script',
        'body > table',
        'table > tr',
        'tr > td',
        'td > a',
      ].sort(),
    );
  });

  test('a closing tag closes what it opened, past elements left open', () => {
    const kinds = elementKinds('<div class="card"><p>one<p>two</div><span>after</span>');
    expect(kinds.has('root > span')).toBe(true);
  });

  test('pages are picked until every kind is covered, then one page of each template left out', () => {
    const pages = new Map([
      ['/actors/a/', new Set(['x', 'y'])],
      ['/actors/b/', new Set(['x', 'y', 'z'])],
      ['/actors/c/', new Set(['x'])],
      ['/events/e/', new Set(['x', 'w'])],
      ['/404.html', new Set(['x'])],
    ]);
    expect(coveringSample(pages)).toEqual(['/actors/b/', '/events/e/', '/404.html']);
  });

  test('route templates', () => {
    expect(routeTemplate('/actors/marco-rubio/')).toBe('/actors/*/');
    expect(routeTemplate('/actors/')).toBe('/actors/');
    expect(routeTemplate('/articles/page/3/')).toBe('/articles/page/*/');
    expect(routeTemplate('/search/?q=move+on')).toBe('/search/?q=move+on');
    expect(routeTemplate('/')).toBe('/');
  });
});
