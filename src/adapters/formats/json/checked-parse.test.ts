import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import { inputIssues } from '../../../../tests/input-issues.ts';
import { checkedParse } from './checked-parse.ts';

describe('checkedParse', () => {
  test("says in the project's words what a check without words of its own expected", () => {
    const schema = z.strictObject({
      name: z.string().min(1),
      round: z.int().min(1).max(60).optional(),
      share: z.number().gt(0).optional(),
      clubs: z.array(z.string()).min(2).optional(),
      final: z.boolean().optional(),
      kind: z.enum(['groups', 'knockout']).optional(),
      keep: z.literal('region').optional(),
      either: z.union([z.array(z.number()), z.string()]).optional(),
      stage: z
        .discriminatedUnion('kind', [
          z.object({ kind: z.literal('groups') }),
          z.object({ kind: z.literal('knockout') }),
        ])
        .optional(),
      pair: z.union([z.array(z.number()), z.object({ a: z.number() })]).optional(),
    });
    const messages = (data: unknown) => inputIssues(() => checkedParse(schema, data, 'f.json'));
    expect(
      messages({
        name: '',
        round: 61,
        share: 0,
        clubs: ['Aurora'],
        final: 'yes',
        kind: 'league',
        keep: 'city',
        either: true,
        stage: { kind: 'league' },
        pair: { a: 'x' },
        colour: 'red',
      }),
    ).toEqual([
      'Invalid value at f.json name: expected a text, not empty, received ""',
      'Invalid value at f.json round: expected a number of at most 60, received 61',
      'Invalid value at f.json share: expected a number above 0, received 0',
      'Invalid value at f.json clubs: expected at least 2 items, received ["Aurora"]',
      'Invalid value at f.json final: expected true or false, received "yes"',
      'Invalid value at f.json kind: expected one of "groups", "knockout", received "league"',
      'Invalid value at f.json keep: expected "region", received "city"',
      'Invalid value at f.json either: expected a list or a text, received true',
      'Invalid value at f.json stage.kind: expected one of "groups", "knockout", received "league"',
      'Invalid value at f.json pair: expected a value of one of the forms this place takes, received {"a":"x"}',
      'Invalid value at f.json colour: expected no such key here, received "red"',
    ]);
    // A value too long to quote whole is cut, so that the message stays readable.
    const [long] = messages({ name: 7, round: 2.5, clubs: 'x'.repeat(200) }).slice(-1);
    expect(long).toMatch(/^Invalid value at f\.json clubs: expected a list, received "x{78}…$/);
    expect(messages({ name: 7 })).toEqual([
      'Invalid value at f.json name: expected a text, received 7',
    ]);
    expect(messages({ name: 'A', round: 2.5 })).toEqual([
      'Invalid value at f.json round: expected a whole number, received 2.5',
    ]);
  });
});
