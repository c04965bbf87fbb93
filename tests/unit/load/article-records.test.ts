/**
 * Article records (src/load/article-records.ts): what an article's render depended on, and when
 * an actor change means rendering it again.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import type { ArticleAnalysis } from '../../../src/analysis/types.ts';
import {
  actorFingerprints,
  actorSetOf,
  actorsReferenced,
  matchDigest,
  nameWords,
  readArticleRecord,
  recordFileOf,
  recordIsCurrent,
  writeArticleRecord,
  type ActorFingerprint,
  type RecordStamp,
} from '../../../src/load/article-records.ts';

const work = mkdtempSync(path.join(tmpdir(), 'dossier-records-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const rubio: ActorFingerprint = {
  slug: 'marco-rubio',
  digest: 'r1',
  names: ['Marco Rubio', 'Rubio'],
  roleTitles: ['Secretary of State'],
};
const peskov: ActorFingerprint = {
  slug: 'dmitry-peskov',
  digest: 'p1',
  names: ['Dmitry Peskov', 'Peskov'],
  roleTitles: ['Kremlin spokesman'],
};
const witkoff: ActorFingerprint = { slug: 'steve-witkoff', digest: 'w1', names: ['Steve Witkoff', 'Witkoff'], roleTitles: [] };
const before = actorSetOf([rubio, peskov, witkoff]);
const stamp: RecordStamp = { digest: 'a1', renderInputs: 'code1', actorSet: before.digest, actors: { 'marco-rubio': 'r1' } };
const TEXT = 'Rubio told reporters in Paris that the talks would go on.';

/** The inputs of a build whose actors are `actors`, the record made with `before`. */
function now(actors: ActorFingerprint[], text = TEXT) {
  return {
    digest: 'a1',
    renderInputs: 'code1',
    actors: actorSetOf(actors),
    previousActors: (digest: string) =>
      digest === before.digest
        ? new Map([...before.bySlug].map(([slug, actor]) => [slug, { digest: actor.digest, match: matchDigest(actor) }]))
        : null,
    articleText: () => text,
  };
}

describe('recordIsCurrent', () => {
  test('the same file, code and actors: current', () => {
    expect(recordIsCurrent(stamp, now([rubio, peskov, witkoff]))).toBe(true);
  });

  test('another article file or other analysis code: stale', () => {
    expect(recordIsCurrent(stamp, { ...now([rubio, peskov, witkoff]), digest: 'a2' })).toBe(false);
    expect(recordIsCurrent(stamp, { ...now([rubio, peskov, witkoff]), renderInputs: 'code2' })).toBe(false);
  });

  test('an edit to an actor the article refers to, or its removal: stale', () => {
    expect(recordIsCurrent(stamp, now([{ ...rubio, digest: 'r2' }, peskov, witkoff]))).toBe(false);
    expect(recordIsCurrent(stamp, now([peskov, witkoff]))).toBe(false);
  });

  test('an edit to an actor the text never names: still current', () => {
    expect(recordIsCurrent(stamp, now([rubio, { ...peskov, digest: 'p2' }, witkoff]))).toBe(true);
    expect(recordIsCurrent(stamp, now([rubio, peskov]))).toBe(true);
  });

  test('an edit to the names of an actor the text names, or a new actor it names: stale, whatever the case and accents', () => {
    const paris: ActorFingerprint = { slug: 'paris-office', digest: 'x1', names: ['PARÍS'], roleTitles: [] };
    expect(recordIsCurrent(stamp, now([rubio, peskov, witkoff, paris]))).toBe(false);
    const reporters = { ...witkoff, digest: 'w2', names: [...witkoff.names, 'the reporters'] };
    expect(recordIsCurrent(stamp, now([rubio, peskov, reporters]))).toBe(false);
    const elsewhere: ActorFingerprint = {
      slug: 'kaja-kallas',
      digest: 'k1',
      names: ['Kaja Kallas'],
      roleTitles: ['foreign policy chief'],
    };
    expect(recordIsCurrent(stamp, now([rubio, peskov, witkoff, elsewhere]))).toBe(true);
  });

  test('an edit that leaves names and roles alone touches only the articles that refer to the actor', () => {
    const told = 'Witkoff told reporters in Paris that the talks would go on.';
    expect(recordIsCurrent(stamp, now([rubio, peskov, { ...witkoff, digest: 'w2' }], told))).toBe(true);
    const titled = { ...witkoff, digest: 'w3', roleTitles: ['special envoy to the talks'] };
    expect(recordIsCurrent(stamp, now([rubio, peskov, titled], told))).toBe(false);
  });

  test('an actor set no longer known: stale', () => {
    const unknown = { ...stamp, actorSet: 'gone' };
    expect(recordIsCurrent(unknown, now([rubio, peskov]))).toBe(false);
  });
});

describe('records on disk', () => {
  test('write then read gives the record back; a missing or broken file reads as null', () => {
    const file = recordFileOf(work, 'some-article');
    expect(path.basename(file)).toMatch(/^some-article\.[0-9a-f]{8}\.json$/);
    const analysis = {
      blocks: [],
      mentions: [],
      quotes: [],
      dates: [],
      people: [],
      statements: [],
    } as unknown as ArticleAnalysis;
    writeArticleRecord(file, { ...stamp, html: '<p>x</p>', analysis, bodyRows: [['p1']] });
    expect(readArticleRecord(file)).toMatchObject({ html: '<p>x</p>', bodyRows: [['p1']], digest: 'a1' });
    expect(readArticleRecord(path.join(work, 'missing.json'))).toBeNull();
    writeFileSync(path.join(work, 'broken.json'), '{"html":');
    expect(readArticleRecord(path.join(work, 'broken.json'))).toBeNull();
  });

  test('two ids that differ only in case get two files', () => {
    expect(recordFileOf(work, 'Kyiv')).not.toBe(recordFileOf(work, 'kyiv').replace('kyiv', 'Kyiv'));
  });
});

test('actorsReferenced: mentioned, quoted and reported speakers, once each, sorted', () => {
  const analysis = {
    mentions: [{ actor: 'b' }, { actor: 'a' }, { actor: 'b' }],
    quotes: [{ speaker: { actor: 'c' } }, { speaker: null }, { speaker: { actor: null } }],
    statements: [{ speaker: { actor: 'd' } }],
  } as unknown as ArticleAnalysis;
  expect(actorsReferenced(analysis)).toEqual(['a', 'b', 'c', 'd']);
});

test('nameWords: each name, alias and title whole and folded, and the last word of each', () => {
  expect(
    nameWords({ names: ['Volodymyr  Zelenskyy', 'Zelenskyy', 'Ü.N. Öst'], roleTitles: ['the Ukrainian president'] }),
  ).toEqual(['volodymyr zelenskyy', 'zelenskyy', 'u.n. ost', 'the ukrainian president', 'ost', 'president']);
});

test('actorFingerprints: the file digest, and the slug, name, aliases and role titles as names', () => {
  const file = path.join(work, 'marco-rubio.yaml');
  writeFileSync(file, 'name: Marco Rubio\n');
  const data = { name: 'Marco Rubio', aliases: ['Rubio'], roles: [{ title: 'Secretary of State', asOf: '2025-01-21' }] };
  const [print] = actorFingerprints([{ file, slug: 'marco-rubio', data }]);
  expect(print!.names).toEqual(['marco rubio', 'Marco Rubio', 'Rubio']);
  expect(print!.roleTitles).toEqual(['Secretary of State']);
  expect(print!.digest).toMatch(/^[0-9a-f]{16}$/);
});
