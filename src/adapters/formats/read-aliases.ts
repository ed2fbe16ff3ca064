import { z } from 'zod';
import { readTextFile } from '#adapters/files/read-text-file.ts';
import { InputError, makeIssue } from '#core/errors.ts';
import type { ClubAlias } from '#core/records/club-names.ts';
import peruAliases from '../datasets/peru/club-aliases.json' with { type: 'json' };
import { checkedParse } from './json/checked-parse.ts';

const AliasFileSchema = z.strictObject({
  $schema: z.string().optional(),
  description: z.string().optional(),
  sources: z.array(z.unknown()).optional(),
  aliases: z.array(
    z.strictObject({
      alias: z.string().min(1, { error: 'the spelling a source uses' }),
      club: z.string().min(1, { error: 'the name of the club it means' }),
      competition: z.string().min(1).optional(),
    }),
  ),
});

/** The aliases Torneo knows without being told: the Copa Perú's abbreviations and short forms. */
export const BUILT_IN_ALIASES: readonly ClubAlias[] = peruAliases.aliases;

/**
 * Reads an alias list: `{ "aliases": [{ "alias": "CNI", "club": "Colegio Nacional Iquitos",
 * "competition": "Copa Perú" }] }`; an alias without a competition holds everywhere.
 *
 * @example
 * const aliases = await readAliases('aliases.json');
 */
export async function readAliases(path: string): Promise<ClubAlias[]> {
  const text = await readTextFile(path, 'no such alias list can be read');
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new InputError(
      [
        makeIssue(
          'alias list',
          path,
          'a JSON document with an "aliases" array',
          'text that is not JSON',
        ),
      ],
      { cause: error },
    );
  }
  return checkedParse(AliasFileSchema, data, path).aliases.map((alias) =>
    alias.competition === undefined
      ? { alias: alias.alias, club: alias.club }
      : { ...alias, competition: alias.competition },
  );
}
