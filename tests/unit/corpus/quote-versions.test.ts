/** Other outlets' versions of a quote (src/corpus/quote-versions.ts). */
import { describe, expect, test } from 'vitest';
import { quoteVersions, type VersionedQuote, versionsByOutlet } from '../../../src/corpus/quote-versions.ts';

describe('quoteVersions', () => {
  const event: { quotes: VersionedQuote[] } = { quotes: [] };
  const quote = (id: string, article: string, text: string, actor: string | null = 'marco-rubio'): VersionedQuote => ({
    id,
    text,
    speaker: { actor },
    article: { slug: article },
    event,
  });
  const guardian = quote('g', 'guardian', 'So if they’re serious about peace we want to help. We’re going to move on');
  event.quotes.push(
    guardian,
    quote('g2', 'guardian', 'thousands'),
    quote('s', 'statecraft', 'we are going to move on'),
    quote('a', 'abc', 'It’s not our war.'),
    quote('t', 'abc', 'going to move on', 'donald-trump'),
  );

  test('other outlets only; the same remarks when a phrase is shared by the same speaker, the rest as other quotes of the event', () => {
    const versions = quoteVersions(guardian);
    expect(versions.same.map((q) => q.id)).toEqual(['s']);
    expect(versions.other.map((q) => q.id)).toEqual(['a', 't']);
  });

  test('a quote with no event has no versions', () => {
    expect(quoteVersions({ ...guardian, event: null })).toEqual({ same: [], other: [] });
  });
});

describe('versionsByOutlet', () => {
  const version = (id: string, outlet: string) => ({ id, outlet });
  test('names each outlet once, first version linked, with how many versions it has, in order of first appearance', () => {
    // Versions a to e, by the outlet that printed each.
    const outlets = [
      'Responsible Statecraft',
      'Responsible Statecraft',
      'The Guardian',
      'Responsible Statecraft',
      'The Guardian',
    ];
    const versions = outlets.map((outlet, index) => version('abcde'[index]!, outlet));
    expect(
      versionsByOutlet(versions, (quote) => quote.outlet).map(({ outlet, first, count }) => [outlet, first.id, count]),
    ).toEqual([
      ['Responsible Statecraft', 'a', 3],
      ['The Guardian', 'c', 2],
    ]);
  });

  test('one version per outlet stays one entry each, and none gives none', () => {
    expect(versionsByOutlet([version('a', 'ABC News'), version('b', 'The Guardian')], (quote) => quote.outlet)).toHaveLength(2);
    expect(versionsByOutlet([], (quote: { outlet: string }) => quote.outlet)).toEqual([]);
  });
});
