import type { Standings } from '#core/standings/compute-standings.ts';

/** The header of a standings CSV. */
export const STANDINGS_CSV_COLUMNS = [
  'season_id',
  'position',
  'team_id',
  'team_name',
  'played',
  'wins',
  'draws',
  'losses',
  'goals_for',
  'goals_against',
  'points',
] as const;

/**
 * Writes tables as CSV rows, one per club, under {@link STANDINGS_CSV_COLUMNS}; cells with a comma,
 * a quote or a line break are quoted.
 *
 * @example
 * formatStandingsCsv([{ seasonId: 'S-1888-1', standings }])
 * //=> 'season_id,position,team_id,…\nS-1888-1,1,T-009,Preston North End,22,18,4,0,74,15,40\n…'
 */
export function formatStandingsCsv(
  tables: readonly { readonly seasonId: string; readonly standings: Standings }[],
): string {
  const lines = [STANDINGS_CSV_COLUMNS.join(',')];
  for (const { seasonId, standings } of tables) {
    for (const row of standings.rows) {
      lines.push(
        [
          seasonId,
          row.position,
          row.club,
          row.name,
          row.played,
          row.won,
          row.drawn,
          row.lost,
          row.goalsFor,
          row.goalsAgainst,
          row.points,
        ]
          .map((cell) => quoteCell(String(cell)))
          .join(','),
      );
    }
  }
  return `${lines.join('\n')}\n`;
}

/** @internal */
function quoteCell(cell: string): string {
  return /[",\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
}
