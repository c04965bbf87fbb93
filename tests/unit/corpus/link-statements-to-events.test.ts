/** Which event a reported statement is about (src/corpus/link-statements-to-events.ts). */
import { describe, expect, test } from 'vitest';
import type { BodyBlock } from '../../../src/analysis/types.ts';
import { linkStatementsToEvents, type StatementForLinking } from '../../../src/corpus/link-statements-to-events.ts';
import { eventForLinking } from '../../helpers/events-for-linking.ts';

const paragraph =
  'Rubio met Lavrov in Riyadh on Tuesday, officials said. Later the envoy flew to Moscow, where Peskov said the talks were useful.';
const blocks: BodyBlock[] = [
  { id: 'p-1', text: paragraph, kind: 'paragraph' },
  { id: 'p-2', text: 'Two officials said the envoy would return.', kind: 'paragraph' },
];
const blocksByArticle = new Map([['guardian', blocks]]);

const riyadh = eventForLinking('riyadh-talks', ['marco-rubio', 'sergey-lavrov'], 'Rubio met Lavrov in Riyadh');
const moscow = eventForLinking('envoy-in-moscow', ['steve-witkoff'], 'the envoy flew\n  to Moscow');

function statement(id: string, block: string, words: string, quoted: string[] = []): StatementForLinking {
  const start = blocks.find((b) => b.id === block)!.text.indexOf(words);
  return { id, article: 'guardian', content: { block, start, end: start + words.length }, quoted };
}

describe('linkStatementsToEvents', () => {
  test('the nearest excerpt of an event in the statement’s paragraph, whoever the speaker', () => {
    const links = linkStatementsToEvents(
      [statement('s-met', 'p-1', 'Rubio met Lavrov in Riyadh on Tuesday'), statement('s-useful', 'p-1', 'the talks were useful')],
      [riyadh, moscow],
      blocksByArticle,
      new Map(),
    );
    expect(Object.fromEntries(links)).toEqual({ 's-met': 'riyadh-talks', 's-useful': 'envoy-in-moscow' });
  });

  test('an excerpt set apart by a dash or a bracket is not what the words report', () => {
    const aside = 'After false starts—like the summit in Riyadh that was cancelled—the envoys reportedly agreed on a plan.';
    const next =
      'The envoy flew to Moscow (officials said the plan was ready). Witkoff indicated — and this is no surprise — that it went well.';
    const asideBlocks = new Map([
      [
        'guardian',
        [
          { id: 'p-1', text: aside, kind: 'paragraph' as const },
          { id: 'p-2', text: next, kind: 'paragraph' as const },
        ],
      ],
    ]);
    const at = (id: string, block: string, text: string, words: string): StatementForLinking => {
      const start = text.indexOf(words);
      return { id, article: 'guardian', content: { block, start, end: start + words.length }, quoted: [] };
    };
    const cancelled = eventForLinking('riyadh-summit', ['marco-rubio'], 'the summit in Riyadh that was cancelled');
    const trip = eventForLinking('envoy-in-moscow', ['steve-witkoff'], 'The envoy flew to Moscow');
    const links = linkStatementsToEvents(
      [
        at('s-plan', 'p-1', aside, 'the envoys reportedly agreed on a plan'),
        at('s-ready', 'p-2', next, 'the plan was ready'),
        at('s-well', 'p-2', next, 'it went well'),
      ],
      [cancelled, trip],
      asideBlocks,
      new Map(),
    );
    // A whole aside between the excerpt and the words leaves them together.
    expect(Object.fromEntries(links)).toEqual({ 's-well': 'envoy-in-moscow' });
  });

  test('no event in the paragraph, no link', () => {
    const links = linkStatementsToEvents(
      [statement('s-return', 'p-2', 'the envoy would return')],
      [riyadh, moscow],
      blocksByArticle,
      new Map(),
    );
    expect(links.size).toBe(0);
  });

  test('a statement holding a quote linked to an event is about that event', () => {
    const links = linkStatementsToEvents(
      [statement('s-return', 'p-2', 'the envoy would return', ['q-1'])],
      [riyadh, moscow],
      blocksByArticle,
      new Map([['q-1', 'riyadh-talks']]),
    );
    expect(Object.fromEntries(links)).toEqual({ 's-return': 'riyadh-talks' });
  });
});
