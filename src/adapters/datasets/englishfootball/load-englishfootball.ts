import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { InputError, type Issue, makeIssue, NotFoundError } from '#core/errors.ts';
import type { Club } from '#core/model/club.ts';
import type { Match } from '#core/model/match.ts';
import type { Ruling } from '#core/model/ruling.ts';
import { z } from 'zod';
import { type CsvRecord, readCsv } from '../../formats/csv/read-csv.ts';
import { zodIssues } from '../../formats/json/parse-results-json.ts';
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

/**
 * Reads the Fjelstul English Football Database (the folder with `seasons.csv`, `matches.csv` and
 * `point_adjustments.csv`) into one division per season and tier, in the database's order, with
 * each division's point adjustments and the project's rulings (`rulings.json`: expunged records,
 * record transfers).
 *
 * @example
 * const divisions = await loadEnglishFootball('../shared/data/englishfootball');
 * divisions.length //=> 439
 */
export async function loadEnglishFootball(folder: string): Promise<EnglishDivision[]> {
  const [seasons, matches, adjustments] = await Promise.all(
    ['seasons.csv', 'matches.csv', 'point_adjustments.csv'].map((file) => readTable(folder, file)),
  );
  if (!seasons || !matches || !adjustments) throw new Error('A table of the database was not read');

  const projectRulings = RulingsFileSchema.safeParse(rulingsDocument);
  if (!projectRulings.success) {
    throw new InputError(zodIssues(projectRulings.error, 'rulings.json', rulingsDocument));
  }

  const issues: Issue[] = [];
  const byDivision = new Map<
    string,
    { matches: Match[]; names: Map<string, string>; rulings: Ruling[] }
  >();
  const divisionOf = (id: string) => {
    let entry = byDivision.get(id);
    if (!entry) {
      entry = { matches: [], names: new Map(), rulings: [] };
      byDivision.set(id, entry);
    }
    return entry;
  };

  for (const row of matches.rows) {
    const division = divisionOf(row.get('season_id'));
    const home = row.get('home_team_id');
    const away = row.get('away_team_id');
    const homeGoals = row.goals('home_goals', issues);
    const awayGoals = row.goals('away_goals', issues);
    if (!division.names.has(home)) division.names.set(home, row.get('home_team'));
    if (!division.names.has(away)) division.names.set(away, row.get('away_team'));
    division.matches.push({
      home,
      away,
      status: 'played',
      score: { home: homeGoals, away: awayGoals },
    });
  }
  for (const row of adjustments.rows) {
    const points = Number(row.get('point_adjustment'));
    if (!Number.isInteger(points)) {
      issues.push(row.issue('point_adjustment', 'a whole number of points'));
      continue;
    }
    divisionOf(row.get('season_id')).rulings.push({
      kind: 'pointAdjustment',
      club: row.get('team_id'),
      points,
      reason: points < 0 ? 'points deducted by the league' : 'points awarded by the league',
      sources: [{ title: 'The Fjelstul English Football Database v1.1.0, point_adjustment' }],
    });
  }
  for (const [id, rulings] of Object.entries(projectRulings.data.seasons)) {
    if (!byDivision.has(id))
      throw new NotFoundError('season', id, { hint: 'named in rulings.json' });
    divisionOf(id).rulings.push(...(rulings as Ruling[]));
  }
  if (issues.length > 0) throw new InputError(issues);

  return seasons.rows.map((row) => {
    const id = row.get('season_id');
    const division = byDivision.get(id);
    if (!division)
      throw new NotFoundError('season', id, { hint: 'it has no matches in matches.csv' });
    const subdivision = row.get('subdivision');
    return {
      id,
      season: Number(row.get('season')),
      tier: Number(row.get('tier')),
      name: `${row.get('division')}${subdivision && subdivision !== 'None' ? ` ${subdivision}` : ''}`,
      clubs: [...division.names].map(([clubId, name]) => ({ id: clubId, name })),
      matches: division.matches,
      rulings: division.rulings,
    };
  });
}

/** A row of a CSV table, read by column name. @internal */
interface TableRow {
  get(column: string): string;
  goals(column: string, issues: Issue[]): number;
  issue(column: string, expected: string): Issue;
}

/** @internal */
async function readTable(folder: string, file: string): Promise<{ rows: TableRow[] }> {
  const path = join(folder, file);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new NotFoundError('file', path, {
      cause: error,
      hint: 'expected the folder of the English football database (seasons.csv, matches.csv, point_adjustments.csv)',
    });
  }
  const records = readCsv(text, { file: path });
  const header = records[0]?.cells ?? [];
  const columns = new Map(header.map((name, index) => [name, index]));
  return { rows: records.slice(1).map((record) => makeRow(record, columns, path)) };
}

/** @internal */
function makeRow(record: CsvRecord, columns: Map<string, number>, path: string): TableRow {
  const indexOf = (column: string): number => {
    const index = columns.get(column);
    if (index === undefined) {
      throw new InputError([
        makeIssue(
          'CSV header',
          `${path} line 1`,
          `a column "${column}"`,
          [...columns.keys()].join(', '),
        ),
      ]);
    }
    return index;
  };
  const row: TableRow = {
    get: (column) => record.cells[indexOf(column)] ?? '',
    issue: (column, expected) =>
      makeIssue(
        column,
        `${path} line ${record.line}, column ${indexOf(column) + 1}`,
        expected,
        `"${row.get(column)}"`,
      ),
    goals: (column, issues) => {
      const text = row.get(column);
      if (!/^\d+$/.test(text)) {
        issues.push(row.issue(column, 'a whole number of goals'));
        return 0;
      }
      return Number(text);
    },
  };
  return row;
}
