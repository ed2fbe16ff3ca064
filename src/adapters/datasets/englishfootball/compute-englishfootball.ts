import { resolveRulePreset } from '#core/rules/rule-preset.ts';
import { computeStandings, type Standings } from '#core/standings/compute-standings.ts';
import type { EnglishDivision } from './load-englishfootball.ts';

/** One computed division. */
export interface EnglishTable {
  readonly seasonId: string;
  readonly division: EnglishDivision;
  readonly standings: Standings;
}

/**
 * Computes the final table of every division with the `england` preset of its season and tier and
 * the division's rulings.
 *
 * @example
 * computeEnglishTables(await loadEnglishFootball(folder))[0]?.standings.rows[0]?.name
 * //=> 'Preston North End'
 */
export function computeEnglishTables(
  divisions: readonly EnglishDivision[],
  onDivision: (index: number) => void = () => {},
): EnglishTable[] {
  return divisions.map((division, index) => {
    const standings = computeStandings({
      matches: division.matches,
      clubs: division.clubs,
      rulings: division.rulings,
      rules: resolveRulePreset('england', { season: division.season, tier: division.tier }),
    });
    onDivision(index + 1);
    return { seasonId: division.id, division, standings };
  });
}
