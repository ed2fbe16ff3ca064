import { join } from 'node:path';
import { z } from 'zod';
import { readTextFile } from '#adapters/files/read-text-file.ts';
import { InputError, type Issue, makeIssue, NotFoundError } from '#core/errors.ts';
import type { Club } from '#core/model/club.ts';
import type { Match } from '#core/model/match.ts';
import type { Ruling } from '#core/model/ruling.ts';
import { visitCsv } from '../../formats/csv/read-csv.ts';
import { checkedParse } from '../../formats/json/checked-parse.ts';
import { RulingSchema } from '../../formats/json/schemas.ts';
import rulingsDocument from './rulings.json' with { type: 'json' };

/** One division of one season: one table. */
export interface EnglishDivision {
  /** `S-1919-2`, `S-1921-3-N`: the database's season id. */
  readonly id: string;
  /** The year the season started. */
  readonly season: number;
  readonly tier: number;
  /** "First Division", "Third Division North". */
  readonly name: string;
  readonly clubs: readonly Club[];
  readonly matches: readonly Match[];
  /** The database's point adjustments, and the project's rulings for the season. */
  readonly rulings: readonly Ruling[];
}

const RulingsFileSchema = z.strictObject({
  $comment: z.string().optional(),
  seasons: z.record(z.string(), z.array(RulingSchema)),
});

/** What is gathered for one division while the files are read. @internal */
interface DivisionParts {
  readonly matches: Match[];
  readonly names: Map<string, string>;
  readonly rulings: Ruling[];
}

/**
 * Reads the Fjelstul English Football Database (the folder with `seasons.csv`, `matches.csv` and
 * `point_adjustments.csv`) into one division per season and tier, in the database's order, with
 * each division's point adjustments and the project's rulings (`rulings.json`: expunged records,
 * record transfers, shared places, deductions the database lacks).
 *
 * @example
 * const divisions = await loadEnglishFootball('../shared/data/englishfootball');
 * divisions.length //=> 439
 */
export async function loadEnglishFootball(folder: string): Promise<EnglishDivision[]> {
  const reads = await Promise.allSettled(
    ['seasons.csv', 'matches.csv', 'point_adjustments.csv'].map((file) =>
      readDatabaseFile(folder, file),
    ),
  );
  // Report the first file that failed in the order above, not whichever failed first in time.
  const failed = reads.find((read) => read.status === 'rejected');
  if (failed) throw failed.reason;
  const [seasons, matches, adjustments] = reads.map((read) =>
    read.status === 'fulfilled' ? read.value : undefined,
  );
  if (!seasons || !matches || !adjustments) throw new Error('A file of the database was not read');

  const projectRulings = checkedParse(RulingsFileSchema, rulingsDocument, 'rulings.json');

  const issues: Issue[] = [];
  const divisions = new Map<string, DivisionParts>();
  const partsOf = (id: string): DivisionParts => {
    let parts = divisions.get(id);
    if (!parts) {
      parts = { matches: [], names: new Map(), rulings: [] };
      divisions.set(id, parts);
    }
    return parts;
  };

  const m = columnsOf(matches, [
    'season_id',
    'home_team_id',
    'home_team',
    'away_team_id',
    'away_team',
    'home_goals',
    'away_goals',
  ]);
  visitCsv(matches.text, { file: matches.path }, (cells, line) => {
    if (line === 1) return;
    const parts = partsOf(cells[m.season_id] ?? '');
    const home = cells[m.home_team_id] ?? '';
    const away = cells[m.away_team_id] ?? '';
    if (!parts.names.has(home)) parts.names.set(home, cells[m.home_team] ?? home);
    if (!parts.names.has(away)) parts.names.set(away, cells[m.away_team] ?? away);
    const homeGoals = Number(cells[m.home_goals]);
    const awayGoals = Number(cells[m.away_goals]);
    for (const [goals, column] of [
      [homeGoals, m.home_goals],
      [awayGoals, m.away_goals],
    ] as const) {
      if (!Number.isInteger(goals) || goals < 0) {
        issues.push(
          makeIssue(
            'goals',
            `${matches.path} line ${line}, column ${column + 1}`,
            'a whole number of goals',
            `"${cells[column] ?? ''}"`,
          ),
        );
      }
    }
    parts.matches.push({
      home,
      away,
      status: 'played',
      score: { home: homeGoals, away: awayGoals },
    });
  });

  const a = columnsOf(adjustments, ['season_id', 'team_id', 'point_adjustment']);
  visitCsv(adjustments.text, { file: adjustments.path }, (cells, line) => {
    if (line === 1) return;
    const points = Number(cells[a.point_adjustment]);
    if (!Number.isInteger(points)) {
      issues.push(
        makeIssue(
          'point adjustment',
          `${adjustments.path} line ${line}, column ${a.point_adjustment + 1}`,
          'a whole number of points',
          `"${cells[a.point_adjustment] ?? ''}"`,
        ),
      );
      return;
    }
    partsOf(cells[a.season_id] ?? '').rulings.push({
      kind: 'pointAdjustment',
      club: cells[a.team_id] ?? '',
      points,
      reason: points < 0 ? 'points deducted by the league' : 'points awarded by the league',
      sources: [{ title: 'The Fjelstul English Football Database v1.1.0, point_adjustment' }],
    });
  });
  if (issues.length > 0) throw new InputError(issues);

  for (const [id, rulings] of Object.entries(projectRulings.seasons)) {
    const parts = divisions.get(id);
    if (!parts) throw new NotFoundError('season', id, { hint: 'named in rulings.json' });
    parts.rulings.push(...(rulings as Ruling[]));
  }

  const s = columnsOf(seasons, ['season_id', 'season', 'tier', 'division', 'subdivision']);
  const result: EnglishDivision[] = [];
  visitCsv(seasons.text, { file: seasons.path }, (cells, line) => {
    if (line === 1) return;
    const id = cells[s.season_id] ?? '';
    const parts = divisions.get(id);
    if (!parts) throw new NotFoundError('season', id, { hint: 'it has no matches in matches.csv' });
    const subdivision = cells[s.subdivision];
    result.push({
      id,
      season: Number(cells[s.season]),
      tier: Number(cells[s.tier]),
      name: `${cells[s.division] ?? ''}${subdivision && subdivision !== 'None' ? ` ${subdivision}` : ''}`,
      clubs: [...parts.names].map(([club, name]) => ({ id: club, name })),
      matches: parts.matches,
      rulings: parts.rulings,
    });
  });
  return result;
}

/** A file of the database, read whole. @internal */
interface DatabaseFile {
  readonly path: string;
  readonly text: string;
  readonly header: readonly string[];
}

/** @internal */
async function readDatabaseFile(folder: string, file: string): Promise<DatabaseFile> {
  const path = join(folder, file);
  const text = await readTextFile(
    path,
    'expected the folder of the English football database (seasons.csv, matches.csv, point_adjustments.csv)',
  );
  const firstLine = text.slice(0, Math.max(0, text.indexOf('\n'))).replace(/^\uFEFF/, '');
  return { path, text, header: firstLine.trim().split(',') };
}

/** The position of each needed column, or an error naming the missing ones. @internal */
function columnsOf<const C extends string>(
  file: DatabaseFile,
  columns: readonly C[],
): Record<C, number> {
  const positions = {} as Record<C, number>;
  const issues: Issue[] = [];
  for (const column of columns) {
    const index = file.header.indexOf(column);
    if (index === -1) {
      issues.push(
        makeIssue(
          'CSV header',
          `${file.path} line 1`,
          `a column "${column}"`,
          file.header.join(','),
        ),
      );
    }
    positions[column] = index;
  }
  if (issues.length > 0) throw new InputError(issues);
  return positions;
}
