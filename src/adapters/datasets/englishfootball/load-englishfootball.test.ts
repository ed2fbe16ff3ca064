import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, test } from 'vitest';
import { readCsv } from '../../formats/csv/read-csv.ts';
import { computeEnglishTables, type EnglishTable } from './compute-englishfootball.ts';
import { loadEnglishFootball } from './load-englishfootball.ts';

const FOLDER = fileURLToPath(
  new URL('../../../../../shared/data/englishfootball/', import.meta.url),
);

// One load for the file: the database is 12 MB, and every test here only reads the result.
let tables: EnglishTable[] = [];
const tableOf = (id: string): EnglishTable => {
  const table = tables.find((candidate) => candidate.seasonId === id);
  if (!table) throw new Error(`No table ${id}`);
  return table;
};

beforeAll(async () => {
  tables = computeEnglishTables(await loadEnglishFootball(FOLDER));
});

describe('the English football database', () => {
  test('has a table for every one of the 439 divisions', () => {
    expect(tables).toHaveLength(439);
  });

  test('reproduces every official table of dev_tables.csv exactly', async () => {
    const records = readCsv(await readFile(`${FOLDER}dev_tables.csv`, 'utf8'), {
      file: 'dev_tables.csv',
    });
    const header = records[0]?.cells ?? [];
    const column = (name: string) => header.indexOf(name);
    const official = records.slice(1).map((record) => {
      const cell = (name: string) => record.cells[column(name)] ?? '';
      return [
        cell('season_id'),
        Number(cell('position')),
        cell('team_id'),
        ...['played', 'wins', 'draws', 'losses', 'goals_for', 'goals_against', 'points'].map(
          (name) => Number(cell(name)),
        ),
      ];
    });
    const seasons = new Set(official.map((row) => row[0]));
    expect(seasons.size).toBe(24);
    const computed = [...seasons].flatMap((id) =>
      tableOf(String(id)).standings.rows.map((row) => [
        id,
        row.position,
        row.club,
        row.played,
        row.won,
        row.drawn,
        row.lost,
        row.goalsFor,
        row.goalsAgainst,
        row.points,
      ]),
    );
    expect(computed).toEqual(official);
  });

  test('gives Port Vale the record of Leeds City in 1919-20', () => {
    const rows = tableOf('S-1919-2').standings.rows;
    expect(rows).toHaveLength(22);
    expect(rows.find((row) => row.name === 'Leeds City')).toBeUndefined();
    expect(rows.find((row) => row.club === 'T-025')).toMatchObject({
      position: 13,
      played: 42,
      points: 40,
    });
  });

  test('expunges Wigan Borough 1931-32 and Accrington Stanley 1961-62, and leaves Bury out of 2019-20', () => {
    expect(tableOf('S-1931-3-N').standings.rows.map((row) => row.club)).not.toContain('T-100');
    expect(tableOf('S-1961-4').standings.rows.map((row) => row.club)).not.toContain('T-087');
    const leagueOne = tableOf('S-2019-3').standings;
    expect(leagueOne.rows).toHaveLength(23);
    expect(leagueOne.warnings).toEqual([]);
  });

  test('ranks the curtailed 2019-20 League Two on points per game', () => {
    const rows = tableOf('S-2019-4').standings.rows;
    expect(rows.slice(0, 2).map((row) => [row.name, row.played, row.points])).toEqual([
      ['Swindon Town', 36, 69],
      ['Crewe Alexandra', 37, 69],
    ]);
  });

  test('deducts the 2 points that the database lacks from Mansfield Town in 1981-82', () => {
    expect(tableOf('S-1981-4').standings.rows.find((row) => row.club === 'T-110')).toMatchObject({
      position: 20,
      points: 47,
      pointAdjustment: -2,
    });
  });

  test('shares 11th place between Brentford and Norwich City in 1954-55, as published', () => {
    const rows = tableOf('S-1954-3-S').standings.rows;
    expect(rows.slice(10, 13).map((row) => [row.position, row.name])).toEqual([
      [11, 'Brentford'],
      [11, 'Norwich City'],
      [13, 'Northampton Town'],
    ]);
  });

  test('shares 14th place between Blackburn Rovers and Woolwich Arsenal in 1907-08, as published', () => {
    const rows = tableOf('S-1907-1').standings.rows;
    expect(rows.slice(13, 16).map((row) => [row.position, row.name])).toEqual([
      [14, 'Blackburn Rovers'],
      [14, 'Woolwich Arsenal'],
      [16, 'Sunderland'],
    ]);
    expect(rows[13]?.sharedOn).toEqual(['36 points', 'goal average 0.810']);
  });

  test('explains a tie broken on goal average', () => {
    const broken = tableOf('S-1892-1').standings.tiesBroken.map((tie) => tie.text);
    expect(broken).toContain('level on 29 points; ahead on goal average 1.208 to 0.841');
  });
});
