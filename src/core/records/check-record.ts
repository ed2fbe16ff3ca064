import type { Match } from '../model/match.ts';
import type { PublishedRow, SeasonRecord } from '../model/season-record.ts';
import type { RecordStageTables } from './record-tables.ts';

/** A printed figure that the results do not give. */
export interface Discrepancy {
  readonly stage: string;
  readonly group: string;
  readonly club: string;
  /** `position`, `played`, `won`, `drawn`, `lost`, `goalsFor`, `goalsAgainst`, `points`. */
  readonly field: string;
  readonly printed: number | string;
  readonly computed: number | string;
  /** The line of the printed row. */
  readonly line?: number;
}

/** The cross-checks of a record. */
export interface RecordCheck {
  readonly consistent: boolean;
  /** Printed tables compared with results: 0 when none came with results to check it against. */
  readonly compared: number;
  readonly discrepancies: readonly Discrepancy[];
  readonly warnings: readonly string[];
}

const FIELDS = ['played', 'won', 'drawn', 'lost', 'goalsFor', 'goalsAgainst', 'points'] as const;

/**
 * Compares every printed table with the table computed from the same source's results, and checks
 * what must add up: W + D + L = P in a printed row, goals for equal goals against over a printed
 * table, one match per pairing and ground, one match per club and round, the champion named
 * against the computed one. A printed order that the rules cannot give, over the same records, is
 * kept and reported as a warning, not as a discrepancy.
 */
export function checkRecord(
  record: SeasonRecord,
  tables: readonly RecordStageTables[],
): RecordCheck {
  const discrepancies: Discrepancy[] = [];
  const warnings: string[] = [];
  let compared = 0;
  const nameOf = (id: string): string => record.clubs.find((club) => club.id === id)?.name ?? id;

  record.stages.forEach((stage, stageIndex) => {
    stage.groups.forEach((group, groupIndex) => {
      const where = stage.groups.length > 1 ? `${stage.name}, ${group.name}` : stage.name;
      const computed = tables[stageIndex]?.groups[groupIndex];
      const matches = group.rounds.flatMap((round) => round.matches);
      warnings.push(...duplicateMatches(matches, where, nameOf));
      group.rounds.forEach((round) => {
        // "Matches" is the reader's own bucket for results without a round heading: not a round.
        if (round.name === 'Matches') return;
        warnings.push(...clubsTwiceInRound(round.matches, `${where}, ${round.name}`, nameOf));
      });
      const printed = group.published?.rows ?? [];
      if (printed.length === 0) return;
      for (const row of printed) warnings.push(...rowArithmetic(row, where, nameOf));
      const goalsFor = sum(printed.map((row) => row.goalsFor));
      const goalsAgainst = sum(printed.map((row) => row.goalsAgainst));
      // Over a whole table every goal is scored by one club and conceded by another.
      const whole = computed === undefined || printed.length >= computed.table.length;
      if (
        whole &&
        goalsFor !== undefined &&
        goalsAgainst !== undefined &&
        goalsFor !== goalsAgainst
      ) {
        warnings.push(
          `${where}: the printed table's goals for (${goalsFor}) and goals against (${goalsAgainst}) differ`,
        );
      }
      if (computed?.kind === 'printed' || (matches.length === 0 && !computed?.fromEarlierStages)) {
        warnings.push(`${where}: a printed table with no results to check it against`);
        return;
      }
      if (computed?.fromEarlierStages) {
        warnings.push(
          `${where}: no results of its own; checked against the earlier results among its clubs`,
        );
      }
      if (computed?.kind !== 'league') return;
      compared += 1;
      if (computed.publishedOrderKept) {
        warnings.push(
          `${where}: the printed order is kept as the official one; the rules alone rank ${computed.standings?.rows.map((row) => row.name).join(', ')}`,
        );
      }
      for (const row of printed) {
        const mine = computed.table.find((candidate) => candidate.clubId === row.club);
        const club = nameOf(row.club);
        if (!mine) {
          discrepancies.push({
            stage: stage.name,
            group: group.name,
            club,
            field: 'club',
            printed: club,
            computed: 'no match in the results',
            line: row.line,
          });
          continue;
        }
        if (
          !computed.publishedOrderKept &&
          (mine.position !== row.position || mine.shared !== row.shared)
        ) {
          discrepancies.push({
            stage: stage.name,
            group: group.name,
            club,
            field: 'position',
            printed: `${row.position}${row.shared ? ' (shared)' : ''}`,
            computed: `${mine.position}${mine.shared ? ' (shared)' : ''}`,
            line: row.line,
          });
        }
        for (const field of FIELDS) {
          const value = row[field];
          if (value === undefined || value === mine[field]) continue;
          discrepancies.push({
            stage: stage.name,
            group: group.name,
            club,
            field,
            printed: value,
            computed: mine[field],
            line: row.line,
          });
        }
      }
      for (const mine of computed.table) {
        if (!printed.some((row) => row.club === mine.clubId)) {
          discrepancies.push({
            stage: stage.name,
            group: group.name,
            club: mine.club,
            field: 'club',
            printed: 'not in the printed table',
            computed: mine.club,
          });
        }
      }
    });
  });

  const final = tables.at(-1)?.groups;
  const champion = final?.length === 1 ? final[0]?.table[0] : undefined;
  if (
    record.winners !== undefined &&
    champion &&
    champion.clubId !== record.winners &&
    final?.[0]?.kind === 'league'
  ) {
    discrepancies.push({
      stage: tables.at(-1)?.name ?? '',
      group: final[0]?.name ?? '',
      club: nameOf(record.winners),
      field: 'champion',
      printed: nameOf(record.winners),
      computed: champion.club,
    });
  }
  return { consistent: discrepancies.length === 0, compared, discrepancies, warnings };
}

/** @internal */
function sum(values: readonly (number | undefined)[]): number | undefined {
  let total = 0;
  for (const value of values) {
    if (value === undefined) return undefined;
    total += value;
  }
  return total;
}

/** @internal */
function rowArithmetic(row: PublishedRow, where: string, nameOf: (id: string) => string): string[] {
  const { played, won, drawn, lost } = row;
  if (played === undefined || won === undefined || drawn === undefined || lost === undefined)
    return [];
  if (won + drawn + lost === played) return [];
  return [
    `${where}: the printed row of ${nameOf(row.club)} (line ${row.line}) does not add up: ${won} won + ${drawn} drawn + ${lost} lost = ${won + drawn + lost}, printed ${played} played`,
  ];
}

/** @internal */
function duplicateMatches(
  matches: readonly Match[],
  where: string,
  nameOf: (id: string) => string,
): string[] {
  const seen = new Map<string, number>();
  for (const match of matches) {
    const key = `${match.home}\u0000${match.away}`;
    seen.set(key, (seen.get(key) ?? 0) + 1);
  }
  return [...seen]
    .filter(([, count]) => count > 1)
    .map(([key, count]) => {
      const [home = '', away = ''] = key.split('\u0000');
      return `${where}: ${nameOf(home)} v ${nameOf(away)} is listed ${count} times at the same ground`;
    });
}

/** @internal */
function clubsTwiceInRound(
  matches: readonly Match[],
  where: string,
  nameOf: (id: string) => string,
): string[] {
  const count = new Map<string, number>();
  for (const match of matches) {
    for (const club of [match.home, match.away]) count.set(club, (count.get(club) ?? 0) + 1);
  }
  return [...count]
    .filter(([, n]) => n > 1)
    .map(([club, n]) => `${where}: ${nameOf(club)} plays ${n} matches in one round`);
}
