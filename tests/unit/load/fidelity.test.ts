/**
 * The fidelity check (src/load/fidelity.ts) on damaged transcriptions of the corpus articles: a
 * word dropped, added or moved, furniture left out, a correction that does not undo. Each is
 * reported, naming the words.
 */
import { describe, expect, test } from 'vitest';
import { checkFidelity, type FidelityInput } from '../../../src/load/fidelity.ts';
import { fidelityInputOf, readCorpusArticle } from '../../helpers/corpus-files.ts';
import { titledRows } from '../../helpers/fixture-cases.ts';

/** Replaces the one occurrence of `from`; throws if there is none or several, so a case cannot silently test nothing. */
function replaceOnce(text: string, from: string, to: string): string {
  const parts = text.split(from);
  if (parts.length !== 2) throw new Error(`"${from}" occurs ${parts.length - 1} times, expected once`);
  return parts.join(to);
}

/** A damage to an article, and the words the report must name. */
interface Damage {
  name: string;
  slug: string;
  damage: (input: FidelityInput) => FidelityInput;
  names: string[];
}

/** The body of TIME's article with `from` replaced by `to`. */
const bodyEdit = (name: string, from: string, to: string, names: string[]): Damage => ({
  name,
  slug: 'why-us-russia-ukraine-talks-failed',
  damage: (input) => ({ ...input, body: replaceOnce(input.body, from, to) }),
  names,
});

describe('checkFidelity reports a damaged transcription', () => {
  const cases: Damage[] = [
    bodyEdit('a body word dropped', 'has been haphazard and', 'has been and', ['"haphazard"']),
    bodyEdit('a word added to the body', 'the Kremlin’s stonewalling', 'the Kremlin’s sudden stonewalling', ['"sudden"']),
    bodyEdit('a word added at the end of the body', 'the whole free world.', 'the whole free world. Indeed.', ['"Indeed."']),
    bodyEdit('two body words swapped', 'stall, obfuscate, and bluster', 'obfuscate, stall, and bluster', [
      '"stall,"',
      '"obfuscate,"',
    ]),
    {
      name: 'a furniture item missing from the list',
      slug: 'why-us-russia-ukraine-talks-failed',
      damage: (input) => ({
        ...input,
        furniture: input.furniture.filter((item) => !item.text.startsWith('Read More: The Case')),
      }),
      names: ['"Read"', 'More: The Case for Trump’s'],
    },
    {
      name: 'a correction whose `from` is not in the raw text',
      slug: 'leaders-retreat-to-their-corners',
      damage: (input) => ({ ...input, corrections: input.corrections.map((c) => ({ ...c, from: 'announced-the' })) }),
      names: ['"announced-the"'],
    },
  ];

  test.each(titledRows(cases, 'name'))('%s', (_name, { slug, damage, names }) => {
    const result = checkFidelity(damage(fidelityInputOf(readCorpusArticle(slug))));
    expect(result.ok).toBe(false);
    for (const word of names) expect(result.ok ? '' : result.message).toContain(word);
  });
});
