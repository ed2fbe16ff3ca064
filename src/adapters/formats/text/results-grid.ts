/**
 * @module A results grid (a cross table): one row a club, one column each opponent, the cell where
 * they cross the row club's home match. Wikipedia prints it as `| Home \ Away | ACC | AST | … |`
 * or after a table's own columns (`| Pos | Team | … | Pts | SFA | BSP | …`); RSSSF in columns.
 */
import type { ClubId } from '#core/model/club.ts';
import { countedScore, type Match, type Score } from '#core/model/match.ts';
import type { PublishedRow } from '#core/model/season-record.ts';
import { nameKey } from '#core/records/club-names.ts';
import { buildMatch } from './build-match.ts';
import type { RecordBuilder } from './record-builder.ts';
import { leadingScore, readScoreNotes, type ScoreNotes } from './score-notes.ts';

/** A row of a grid as printed: the club's name and the cells under the opponents' labels. */
export interface GridRow {
  readonly line: number;
  readonly name: string;
  readonly cells: readonly string[];
}

/** A match a grid's cell gives: the row club at home. */
export interface GridMatch {
  readonly line: number;
  readonly home: string;
  readonly away: string;
  readonly score?: Score;
  readonly notes: ScoreNotes;
  /** Written `W.O.` (or `w/o`, `awd`) without a score: who was awarded it is not written. */
  readonly bareWalkover: boolean;
}

/** What a grid holds, and how its columns were matched to its rows. */
export interface ResultsGrid {
  readonly matches: readonly GridMatch[];
  /** Columns whose label does not look like the row they were taken for, by their order. */
  readonly doubtfulLabels: readonly { label: string; name: string }[];
}

/** The cell where a club meets itself, or a pair that did not meet there. */
const EMPTY = /^(|[-–—−*#·x]+|n\/?p)$/i;
const BARE_WALKOVER = /^(w\.?\s*\/?\s*o\.?|awd\.?|wo)$/i;

/**
 * The matches of a grid whose labels are its rows' clubs: by name where every label names a row
 * (`| Home \ Away | Alianza Lima | Sport Boys |`), otherwise by order, the n-th label the n-th row,
 * as sources print them. `undefined` when the rows are not a grid: a label for each row, the cells
 * where a club meets itself empty or a dash, every other cell a score, a walkover mark or empty,
 * and at least one score.
 *
 * @example
 * readResultsGrid(['ALI', 'UNI'], [
 *   { line: 2, name: 'Alianza Lima', cells: ['—', '1–0'] },
 *   { line: 3, name: 'Universitario', cells: ['2–2', '—'] },
 * ])?.matches.map((match) => `${match.home} ${match.score?.home}-${match.score?.away} ${match.away}`)
 * //=> ['Alianza Lima 1-0 Universitario', 'Universitario 2-2 Alianza Lima']
 */
export function readResultsGrid(
  labels: readonly string[],
  rows: readonly GridRow[],
): ResultsGrid | undefined {
  if (rows.length < 2 || labels.length !== rows.length) return undefined;
  const keys = rows.map((row) => nameKey(row.name));
  const byName = labels.map((label) => keys.indexOf(nameKey(label)));
  const named = byName.every((index) => index >= 0) && new Set(byName).size === labels.length;
  const columnOf = (row: number): number => (named ? byName.indexOf(row) : row);
  const matches: GridMatch[] = [];
  let scores = 0;
  for (const [r, row] of rows.entries()) {
    if (row.cells.length > labels.length) return undefined;
    for (const [o, opponent] of rows.entries()) {
      const cell = (row.cells[columnOf(o)] ?? '').trim();
      if (o === r) {
        if (!EMPTY.test(cell)) return undefined;
        continue;
      }
      if (EMPTY.test(cell)) continue;
      const [score, rest] = leadingScore(cell);
      const bareWalkover = !score && BARE_WALKOVER.test(cell.replace(/\[[^\]]*\]/g, '').trim());
      if (!score && !bareWalkover) return undefined;
      if (score) scores += 1;
      matches.push({
        line: row.line,
        home: row.name,
        away: opponent.name,
        ...(score ? { score } : {}),
        notes: readScoreNotes(bareWalkover ? cell : rest),
        bareWalkover,
      });
    }
  }
  if (scores === 0) return undefined;
  const doubtfulLabels = named
    ? []
    : labels.flatMap((label, index) => {
        const name = rows[index]?.name ?? '';
        return label === String(index + 1) || mayAbbreviate(label, name) ? [] : [{ label, name }];
      });
  return { matches, doubtfulLabels };
}

/**
 * The letters of a label in order among those of a name, the first among the first letters of
 * its words: `PNE` for Preston North End, `BLB` for Blackburn Rovers, `UNC` for Universidad de
 * Chiclayo. @internal
 */
function mayAbbreviate(label: string, name: string): boolean {
  const short = nameKey(label).replace(/\s/g, '');
  const long = nameKey(name);
  if (short === '') return false;
  const initials = long.split(' ').map((word) => word[0]);
  if (!initials.includes(short[0])) return false;
  const letters = long.replace(/\s/g, '');
  let at = letters.indexOf(short[0] ?? '');
  for (const letter of short.slice(1)) {
    at = letters.indexOf(letter, at + 1);
    if (at < 0) return false;
  }
  return true;
}

/** What a walkover written without a score was, as the printed table counts it. */
export type WalkoverReading =
  | { readonly kind: 'void' }
  | { readonly kind: 'awarded'; readonly to: 'home' | 'away' }
  | undefined;

/**
 * Reads walkovers written without a score (`W.O.`) from the printed table of their group: one that
 * neither club's games played count was void; one both count went to the club whose wins count
 * it. `undefined` for one the table cannot tell (no table, or counts that fit neither).
 *
 * @example
 * // A and B drew, C v A is `W.O.`, and the table gives C one game and no win: void.
 */
export function readBareWalkovers(
  walkovers: readonly Pick<Match, 'home' | 'away'>[],
  others: readonly Match[],
  printed: readonly PublishedRow[] | undefined,
): WalkoverReading[] {
  if (!printed) return walkovers.map(() => undefined);
  const played = new Map<ClubId, number>();
  const won = new Map<ClubId, number>();
  const add = (map: Map<ClubId, number>, club: ClubId, by = 1) =>
    map.set(club, (map.get(club) ?? 0) + by);
  for (const match of others) {
    const score = countedScore(match);
    if (!score) continue;
    add(played, match.home);
    add(played, match.away);
    if (score.home > score.away) add(won, match.home);
    if (score.away > score.home) add(won, match.away);
  }
  // What the printed table counts beyond the matches known: the walkovers' share.
  const rowOf = new Map(printed.map((row) => [row.club, row]));
  const missing = (club: ClubId, figure: 'played' | 'won', counted: Map<ClubId, number>) => {
    const value = rowOf.get(club)?.[figure];
    return value === undefined ? undefined : value - (counted.get(club) ?? 0);
  };
  const gamesLeft = new Map<ClubId, number | undefined>();
  const winsLeft = new Map<ClubId, number | undefined>();
  for (const { home, away } of walkovers) {
    for (const club of [home, away]) {
      gamesLeft.set(club, missing(club, 'played', played));
      winsLeft.set(club, missing(club, 'won', won));
    }
  }
  return walkovers.map(({ home, away }): WalkoverReading => {
    const homeGames = gamesLeft.get(home);
    const awayGames = gamesLeft.get(away);
    if (homeGames === undefined || awayGames === undefined) return undefined;
    if (homeGames === 0 && awayGames === 0) return { kind: 'void' };
    if (homeGames <= 0 || awayGames <= 0) return undefined;
    const homeWins = winsLeft.get(home) ?? 0;
    const awayWins = winsLeft.get(away) ?? 0;
    const to =
      homeWins > 0 && awayWins <= 0 ? 'home' : awayWins > 0 && homeWins <= 0 ? 'away' : undefined;
    if (!to) return undefined;
    gamesLeft.set(home, homeGames - 1);
    gamesLeft.set(away, awayGames - 1);
    winsLeft.set(to === 'home' ? home : away, (to === 'home' ? homeWins : awayWins) - 1);
    return { kind: 'awarded', to };
  });
}

/** The score a walkover is awarded by, as the Copa Perú's rules and most others give it. */
const WALKOVER_SCORE = 3;

/**
 * Adds a grid's matches to the builder's current group, in the bucket of results without a round (`Matches`): a
 * match the group already has (from match lines) is not added again, and a score that differs
 * from it is reported; a walkover written without a score is read from the group's printed table
 * (void, or awarded 3-0) or, where that cannot tell, kept as not played and reported.
 */
export function addResultsGrid(builder: RecordBuilder, grid: ResultsGrid, line: number): void {
  const { register, warnings } = builder;
  for (const { label, name } of grid.doubtfulLabels) {
    warnings.push({
      line,
      message: `The results grid's column "${label}" is read as ${name}, the row in its place; the label does not look like that name`,
    });
  }
  const known = builder.groupMatches();
  const fresh: { cell: GridMatch; home: ClubId; away: ClubId }[] = [];
  for (const cell of grid.matches) {
    const home = register.resolve(cell.home);
    const away = register.resolve(cell.away);
    const already = known.find((match) => match.home === home && match.away === away);
    if (!already) {
      fresh.push({ cell, home, away });
      continue;
    }
    const listed = countedScore(already);
    if (
      cell.score &&
      listed &&
      (listed.home !== cell.score.home || listed.away !== cell.score.away)
    ) {
      warnings.push({
        line: cell.line,
        message: `The results grid gives ${cell.home} ${cell.score.home}-${cell.score.away} ${cell.away}; the match listed gives ${listed.home}-${listed.away}, which is kept`,
      });
    }
  }
  const builtOf = new Map(
    fresh
      .filter(({ cell }) => !cell.bareWalkover)
      .map(({ cell, home, away }) => [
        cell,
        buildMatch({ home, away, ...(cell.score ? { score: cell.score } : {}), notes: cell.notes }),
      ]),
  );
  const bare = fresh.filter(({ cell }) => cell.bareWalkover);
  const readings = readBareWalkovers(bare, [...known, ...builtOf.values()], builder.printedRows());
  const matches = fresh.map(({ cell, home, away }): Match => {
    const played = builtOf.get(cell);
    if (played) return played;
    const reading = readings[bare.findIndex((entry) => entry.cell === cell)];
    const names = `${cell.home} v ${cell.away}`;
    if (reading?.kind === 'awarded') {
      const winner = reading.to === 'home' ? cell.home : cell.away;
      warnings.push({
        line: cell.line,
        message: `${names} is written "W.O." without a score: read as awarded ${WALKOVER_SCORE}-0 to ${winner}, as the printed table counts it`,
      });
      return {
        home,
        away,
        status: 'walkover',
        awarded:
          reading.to === 'home'
            ? { home: WALKOVER_SCORE, away: 0 }
            : { home: 0, away: WALKOVER_SCORE },
        forfeitedBy: reading.to === 'home' ? 'away' : 'home',
      };
    }
    if (reading?.kind === 'void') {
      warnings.push({
        line: cell.line,
        message: `${names} is written "W.O." without a score and the printed table counts it for neither club: kept as void`,
      });
      return { home, away, status: 'annulled' };
    }
    warnings.push({
      line: cell.line,
      message: `${names} is written "W.O." without a score, and no printed table says who was awarded it: kept as not played (a ruling can award it)`,
    });
    return { home, away, status: 'scheduled' };
  });
  if (matches.length === 0) return;
  // Results without a round: the reader's bucket, as for match lines under no round heading.
  builder.round('Matches');
  for (const match of matches) builder.match(match);
}
