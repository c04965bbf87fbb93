/** A saved page's text (scripts/ingest/page-text.ts): the lines a reader sees, one per block. */
import { describe, expect, test } from 'vitest';
import { readSavedPage } from '../../../../scripts/ingest/page-text.ts';
import { draftPage, htmlPage as page, PARAGRAPH } from '../../../helpers/html-page.ts';

describe('a page’s text', () => {
  test('one line per block, inline elements joined as a reader sees them, <br> breaks a line', () => {
    const { lines } = readSavedPage(
      page(`<div>Share<span>Facebook</span></div><p>One <a>link</a> here<br>and after</p><ul><li>First</li><li>Second</li></ul>`),
    );
    expect(lines.map((line) => line.text)).toEqual(['ShareFacebook', 'One link here', 'and after', 'First', 'Second']);
  });

  test('what a reader does not see is not text: scripts, styles, hidden elements, iframes, form fields', () => {
    const { lines } = readSavedPage(
      page(
        `<script>var x = "secret";</script><style>p{}</style><p hidden>hidden</p><p style="display: none">none</p><noscript>enable ` +
          `JS</noscript><iframe>frame</iframe><select><option>Choice</option></select><p>${PARAGRAPH}</p>`,
      ),
    );
    expect(lines.map((line) => line.text)).toEqual([PARAGRAPH]);
  });

  test('a page with no text has no lines and no article', () => {
    const result = draftPage(page('<img src="x.jpg">'));
    expect(result.readabilityFailed).toBe(true);
    expect([result.lines, result.body]).toEqual([[], '']);
  });
});
