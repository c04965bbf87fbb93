/** An actor's events: listed as a participant, or named in an event's cited passage (src/corpus/actor-events.ts). */
import { describe, expect, test } from 'vitest';
import { type MentionForEvents, eventsOfActors, excerptRange } from '../../../src/corpus/actor-events.ts';

const paragraph =
  'JD Vance, the Ukraine-sceptic vice-president, told Italy’s prime minister, Giorgia Meloni, on Friday that he felt optimistic. ' +
  'Italy has backed Kyiv throughout.';
const texts = new Map([['guardian#p-4', paragraph]]);
const blockText = (article: string, block: string) => texts.get(`${article}#${block}`);
const guardian = { slug: 'guardian' };
const meeting = {
  slug: 'vance-meloni-meeting',
  actors: [{ slug: 'jd-vance' }, { slug: 'giorgia-meloni' }],
  sources: [
    {
      article: guardian,
      block: 'p-4',
      excerpt: 'JD Vance, the Ukraine-sceptic vice-president, told Italy’s prime\n  minister, Giorgia Meloni',
    },
  ],
};
const mentionAt = (text: string, from = 0) => {
  const start = paragraph.indexOf(text, from);
  return { article: guardian, block: 'p-4', start, end: start + text.length };
};
/** One actor's events, as the actor pages read them from `eventsOfActors`. */
const eventsOfActor = (slug: string, mentions: MentionForEvents[], events: Array<typeof meeting>, text: typeof blockText) =>
  eventsOfActors([{ slug, mentions }], events, text).get(slug) ?? [];
const slugs = (tied: ReturnType<typeof eventsOfActor>) => tied.map(({ event, tie }) => `${event.slug} ${tie}`);

describe('excerptRange', () => {
  test('finds an excerpt folded over lines, its words matched across any white space', () => {
    const range = excerptRange(paragraph, meeting.sources[0]!.excerpt)!;
    expect(paragraph.slice(range.start, range.end)).toBe(
      'JD Vance, the Ukraine-sceptic vice-president, told Italy’s prime minister, Giorgia Meloni',
    );
  });

  test('an excerpt that is not in the text, or an empty one, has no range', () => {
    expect(excerptRange(paragraph, 'told France’s president')).toBeNull();
    expect(excerptRange(paragraph, '  ')).toBeNull();
  });
});

describe('eventsOfActor', () => {
  test('a listed actor is a participant', () => {
    expect(slugs(eventsOfActor('giorgia-meloni', [], [meeting], blockText))).toEqual(['vance-meloni-meeting participant']);
  });

  test('an actor named inside the cited passage is tied as named (Italy and the Vance–Meloni meeting)', () => {
    expect(slugs(eventsOfActor('italy', [mentionAt('Italy')], [meeting], blockText))).toEqual(['vance-meloni-meeting named']);
  });

  test('a mention in the same paragraph but outside the passage ties nothing', () => {
    const outside = mentionAt('Italy', paragraph.indexOf('Italy has'));
    expect(eventsOfActor('italy', [outside], [meeting], blockText)).toEqual([]);
  });

  test('a mention in another paragraph or another article ties nothing', () => {
    const elsewhere = [
      { ...mentionAt('Italy'), block: 'p-5' },
      { ...mentionAt('Italy'), article: { slug: 'politico' } },
    ];
    expect(eventsOfActor('italy', elsewhere, [meeting], blockText)).toEqual([]);
  });

  test('events keep their given order; a participant who is also named is counted once', () => {
    const later = { ...meeting, slug: 'later-meeting', actors: [{ slug: 'italy' }] };
    expect(slugs(eventsOfActor('italy', [mentionAt('Italy')], [meeting, later], blockText))).toEqual([
      'vance-meloni-meeting named',
      'later-meeting participant',
    ]);
  });
});

describe('eventsOfActors (all actors in one pass)', () => {
  test('gives each actor what eventsOfActor gives it alone', () => {
    const later = { ...meeting, slug: 'later-meeting', actors: [{ slug: 'italy' }] };
    const other = { ...meeting, slug: 'other-meeting', actors: [{ slug: 'jd-vance' }], sources: [] };
    const events = [meeting, later, other];
    const actors = [
      { slug: 'italy', mentions: [mentionAt('Italy'), mentionAt('Italy', paragraph.indexOf('Italy has'))] },
      { slug: 'giorgia-meloni', mentions: [mentionAt('Giorgia Meloni')] },
      { slug: 'jd-vance', mentions: [mentionAt('JD Vance')] },
      { slug: 'kyiv', mentions: [mentionAt('Kyiv')] },
    ];
    const together = eventsOfActors(actors, events, blockText);
    for (const actor of actors)
      expect(together.get(actor.slug)).toEqual(eventsOfActor(actor.slug, actor.mentions, events, blockText));
    expect(slugs(together.get('italy')!)).toEqual(['vance-meloni-meeting named', 'later-meeting participant']);
    // The later meeting cites the same passage, which names JD Vance, who is not listed on it.
    expect(slugs(together.get('jd-vance')!)).toEqual([
      'vance-meloni-meeting participant',
      'later-meeting named',
      'other-meeting participant',
    ]);
    expect(together.get('kyiv')).toEqual([]);
  });

  test('a named actor is tied once however many of its mentions and sources fall in the passage', () => {
    const twice = { ...meeting, actors: [], sources: [meeting.sources[0]!, meeting.sources[0]!] };
    const italy = { slug: 'italy', mentions: [mentionAt('Italy'), mentionAt('Italy')] };
    expect(slugs(eventsOfActors([italy], [twice], blockText).get('italy')!)).toEqual(['vance-meloni-meeting named']);
  });
});
