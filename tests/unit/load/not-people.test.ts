/** The editor's list of names that are never people (src/load/not-people.ts, content/not-people.yaml). */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { loadNotPeople, parseNotPeople } from '../../../src/load/not-people.ts';

describe('content/not-people.yaml', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'dossier-not-people-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const FILE = 'content/not-people.yaml';

  test('the real file is valid', () => {
    expect(Array.isArray(loadNotPeople(path.resolve(FILE)))).toBe(true);
  });

  test('a good file gives the names, in order', () => {
    const source =
      '# names that are never people\n- name: Black Sea\n  reason: a sea\n- name: Ursula Street\n  reason: a street in Kyiv\n';
    expect(parseNotPeople(source, FILE).map((entry) => entry.name)).toEqual(['Black Sea', 'Ursula Street']);
    const file = path.join(dir, 'not-people.yaml');
    writeFileSync(file, source);
    expect(loadNotPeople(file)).toEqual(['Black Sea', 'Ursula Street']);
  });

  test('an empty list, a file of comments only and a missing file list nobody', () => {
    expect(parseNotPeople('# nothing yet\n[]\n', FILE)).toEqual([]);
    expect(parseNotPeople('# nothing yet\n', FILE)).toEqual([]);
    expect(loadNotPeople(path.join(dir, 'missing.yaml'))).toEqual([]);
  });

  test('an entry without a reason is an error naming the file and the entry', () => {
    expect(() => parseNotPeople('- name: Black Sea\n  reason: a sea\n- name: Ursula Street\n', FILE)).toThrow(
      /content\/not-people\.yaml: \[1\]\.reason: /,
    );
  });

  test('an unknown key, an empty name and a mapping instead of a list are errors naming the file and where', () => {
    expect(() => parseNotPeople('- name: Black Sea\n  reason: a sea\n  kind: place\n', FILE)).toThrow(
      /content\/not-people\.yaml: \[0\]: .*kind/,
    );
    expect(() => parseNotPeople('- name: " "\n  reason: blank\n', FILE)).toThrow(/content\/not-people\.yaml: \[0\]\.name: /);
    expect(() => parseNotPeople('names:\n  - Black Sea\n', FILE)).toThrow(/content\/not-people\.yaml: \(the file\): /);
  });

  test('a name listed twice is an error naming both entries', () => {
    expect(() => parseNotPeople('- name: Black Sea\n  reason: a sea\n- name: Black Sea\n  reason: again\n', FILE)).toThrow(
      'content/not-people.yaml: [1].name: "Black Sea" is already listed at [0]',
    );
  });

  test('a YAML syntax error names the file', () => {
    expect(() => parseNotPeople('- name: [Black Sea\n', FILE)).toThrow(/content\/not-people\.yaml/);
  });
});
