import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { parseSeasonText, readSeasonFile } from '#adapters/formats/read-season-file.ts';
import { withMatchIds } from '#core/format/match-ids.ts';
import { runEdition } from '#core/format/run-edition.ts';
import type { SeasonRecord } from '#core/model/season-record.ts';
import { checkRecord } from '#core/records/check-record.ts';
import { rulesForRecord } from '#core/records/record-rules.ts';
import { computeRecordTables } from '#core/records/record-tables.ts';
import { recordToEdition } from '#core/records/record-to-edition.ts';

const shared = (path: string): string =>
  fileURLToPath(new URL(`../../shared/${path}`, import.meta.url));
const fixture = (path: string): string =>
  fileURLToPath(new URL(`./fixtures/${path}`, import.meta.url));

/** The rows of a CSV without quoted fields, as objects by the header's names. */
async function csv(path: string): Promise<Record<string, string>[]> {
  const [header = '', ...lines] = (await readFile(shared(path), 'utf8')).trim().split(/\r?\n/);
  const names = header.split(',');
  return lines.map((line) => {
    const cells = line.split(',');
    return Object.fromEntries(names.map((name, index) => [name, cells[index] ?? '']));
  });
}

/** A label for a club as Wikipedia's grids print them: its first letters, unique in the grid. */
function labels(names: readonly string[]): string[] {
  const taken = new Set<string>();
  return names.map((name) => {
    const words = name.replace(/[^A-Za-z ]/g, '').split(' ');
    for (const candidate of [
      words[0]?.slice(0, 3),
      `${words[0]?.slice(0, 2)}${words[1]?.[0] ?? ''}`,
      `${words[0]?.slice(0, 3)}${words.at(-1)?.[0] ?? ''}`,
    ]) {
      const label = (candidate ?? '').toUpperCase();
      if (label !== '' && !taken.has(label)) {
        taken.add(label);
        return label;
      }
    }
    throw new Error(`no label for ${name}`);
  });
}

/**
 * An English league season written as a season article: its final table from the dataset and
 * its results as a grid, on its own under the table or after the table's columns.
 */
async function seasonArticle(seasonId: string, layout: 'apart' | 'beside'): Promise<string> {
  const rows = (await csv('data/englishfootball/dev_tables.csv')).filter(
    (row) => row.season_id === seasonId,
  );
  const matches = (await csv('data/englishfootball/matches.csv')).filter(
    (row) => row.season_id === seasonId,
  );
  const names = rows.map((row) => row.team_name ?? '');
  const short = labels(names);
  const cell = (home: string, away: string): string => {
    if (home === away) return '—';
    const match = matches.find((row) => row.home_team === home && row.away_team === away);
    return match ? `${match.home_goals}–${match.away_goals}` : '';
  };
  const gridCells = (name: string): string[] => names.map((other) => cell(name, other));
  const table = [
    `| Pos | Team | Pld | W | D | L | GF | GA | GD | Pts | Notes |${layout === 'beside' ? ` ${short.join(' | ')} |` : ''}`,
    ...rows.map((row) => {
      const adjustment = Number(row.point_adjustment);
      const cells = [
        row.position,
        row.team_name,
        row.played,
        row.wins,
        row.draws,
        row.losses,
        row.goals_for,
        row.goals_against,
        row.goal_difference,
        row.points,
        adjustment === 0 ? '' : String(adjustment),
        ...(layout === 'beside' ? gridCells(row.team_name ?? '') : []),
      ];
      return `| ${cells.join(' | ')} |`;
    }),
  ];
  const grid = [
    `| Home \\ Away | ${short.join(' | ')} |`,
    ...names.map((name) => `| ${name} | ${gridCells(name).join(' | ')} |`),
  ];
  const season = Number(rows[0]?.season);
  return [
    `= ${season}–${String(season + 1).slice(2)} ${rows[0]?.division} =`,
    '',
    '== League table ==',
    ...table,
    '',
    ...(layout === 'apart' ? ['== Results ==', ...grid, ''] : []),
  ].join('\n');
}

function check(record: SeasonRecord) {
  return checkRecord(
    record,
    computeRecordTables(record, { rulesFor: rulesForRecord(record, { preset: 'england' }) }),
  );
}

describe('a results grid in a season article', () => {
  test.each([
    ['S-1892-1', 'apart', 240],
    ['S-1910-1', 'beside', 380],
    ['S-1979-1', 'apart', 462],
    ['S-2023-1', 'beside', 380],
  ] as const)(
    '%s (%s): every match of the dataset, and the printed table agrees with them',
    async (seasonId, layout, count) => {
      const text = await seasonArticle(seasonId, layout);
      const record = parseSeasonText(text, `${seasonId}.txt`, {});
      expect(record.format).toBe('article');
      const matches = record.stages.flatMap((stage) =>
        stage.groups.flatMap((group) => group.rounds.flatMap((round) => round.matches)),
      );
      expect(matches).toHaveLength(count);
      expect(record.warnings).toEqual([]);
      const result = check(record);
      expect(result.discrepancies).toEqual([]);
      expect(result.compared).toBeGreaterThan(0);
    },
  );
});

describe('a Results section after a table printed alone', () => {
  test("its match lines are that table's, not a stage of their own", () => {
    const record = parseSeasonText(
      [
        '= 2049 Liga de Ejemplo =',
        '',
        '== League table ==',
        '| Pos | Team | Pld | W | D | L | GF | GA | GD | Pts |',
        '| 1 | Alianza Ejemplo | 2 | 2 | 0 | 0 | 4 | 1 | +3 | 6 |',
        '| 2 | Sport Ribera | 2 | 0 | 0 | 2 | 1 | 4 | −3 | 0 |',
        '',
        '== Results ==',
        '=== Round 1 ===',
        'Alianza Ejemplo 2-0 Sport Ribera',
        '=== Round 2 ===',
        'Sport Ribera 1-2 Alianza Ejemplo',
      ].join('\n'),
      'liga.txt',
    );
    expect(
      record.stages.map((stage) => [
        stage.name,
        stage.groups.map((group) => [group.rounds.map((round) => round.name), !!group.published]),
      ]),
    ).toEqual([['League table', [[['Round 1', 'Round 2'], true]]]]);
    expect(check(record)).toMatchObject({ consistent: true, compared: 1 });
  });
});

describe('results grids in the Copa Perú layout and on RSSSF pages', () => {
  test("after a table's columns and on their own; walkovers without a score read from the table", async () => {
    const record = await readSeasonFile(fixture('copa-ejemplo-grid.article.txt'));
    expect(record.warnings.map((warning) => warning.message)).toEqual([
      'Unión Cumbre v Atlético Llano is written "W.O." without a score: read as awarded 3-0 to Unión Cumbre, as the printed table counts it',
      'Sport Valle v Juventud Costa is written "W.O." without a score and the printed table counts it for neither club: kept as void',
    ]);
    const [groupA, groupB] = record.stages[0]?.groups ?? [];
    expect(groupA?.rounds.flatMap((round) => round.matches)).toHaveLength(12);
    expect(groupB?.rounds.flatMap((round) => round.matches)).toHaveLength(6);
    // The qualification the first row spans over the second is the second's too.
    expect(groupA?.published?.rows.map((row) => row.notes)).toEqual([['Final'], ['Final'], [], []]);
    const result = check(record);
    expect([result.consistent, result.compared]).toEqual([true, 2]);

    const state = runEdition(withMatchIds(recordToEdition(record, rulesForRecord(record))));
    expect(state.stages[0]?.groups?.map((group) => group.table?.map((row) => row.clubId))).toEqual([
      ['san-martin-ejemplo', 'deportivo-ribera', 'union-cumbre', 'atletico-llano'],
      ['club-nevado', 'juventud-costa', 'sport-valle'],
    ]);
    expect(state.champion).toBe('san-martin-ejemplo');
  });

  test('an RSSSF grid under the table, by labels or by numbers', async () => {
    const record = await readSeasonFile(fixture('liga-ejemplo-grid.rsssf.txt'));
    expect(record.warnings).toEqual([]);
    expect(record.stages[0]?.groups[0]?.rounds.flatMap((round) => round.matches)).toHaveLength(12);
    expect(check(record).consistent).toBe(true);

    const numbered = parseSeasonText(
      [
        'Ejemplo - Copa Chica 2040',
        '',
        '                  1   2   3',
        '1.Alianza Ejemplo  x 2-1 1-1',
        '2.Sport Ribera   1-0   x   -',
        '3.Union Andina   2-1 1-1   x',
        '',
      ].join('\n'),
      'numbered.txt',
      { from: 'rsssf' },
    );
    expect(numbered.warnings).toEqual([]);
    expect(
      numbered.stages[0]?.groups[0]?.rounds
        .flatMap((round) => round.matches)
        .map((match) => `${match.home} ${match.score?.home}-${match.score?.away} ${match.away}`),
    ).toEqual([
      'alianza-ejemplo 2-1 sport-ribera',
      'alianza-ejemplo 1-1 union-andina',
      'sport-ribera 1-0 alianza-ejemplo',
      'union-andina 2-1 alianza-ejemplo',
      'union-andina 1-1 sport-ribera',
    ]);
  });
});
