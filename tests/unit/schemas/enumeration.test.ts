/** Closed lists of codes declared with their words for readers (src/schemas/enumeration.ts). */
import { describe, expect, test } from 'vitest';
import { enumeration } from '../../../src/schemas/enumeration.ts';

describe('enumeration', () => {
  const status = enumeration({ held: 'Held', planned: 'Planned', cancelled: 'Cancelled' });

  test('the codes are the labels’ keys, in the order they are declared', () => {
    expect(status.codes).toEqual(['held', 'planned', 'cancelled']);
    expect(status.labels.planned).toBe('Planned');
  });

  test('the schema accepts exactly the codes', () => {
    expect(status.codes.map((code) => status.schema.safeParse(code).success)).toEqual([true, true, true]);
    expect(['Held', 'reported', '', null].map((value) => status.schema.safeParse(value).success)).toEqual([
      false,
      false,
      false,
      false,
    ]);
  });

  test('a refused value is told the codes, in the declared order', () => {
    const result = status.schema.safeParse('reported');
    expect(result.error?.issues[0]?.message).toBe('Invalid option: expected one of "held"|"planned"|"cancelled"');
  });
});
