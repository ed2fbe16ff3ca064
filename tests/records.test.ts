import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parseSeasonText, readSeasonFile } from '#adapters/formats/read-season-file.ts';
import { renderRecord } from '#adapters/formats/render/render-record.ts';
import { InputError } from '#core/errors.ts';
import { changeMatch, listMatches, withMatchIds } from '#core/format/match-ids.ts';
import { runEdition } from '#core/format/run-edition.ts';
import type { SeasonRecord } from '#core/model/season-record.ts';
import { checkRecord } from '#core/records/check-record.ts';
import { ClubRegister } from '#core/records/club-names.ts';
import { rulesForRecord } from '#core/records/record-rules.ts';
import { computeRecordTables } from '#core/records/record-tables.ts';
import { recordToEdition } from '#core/records/record-to-edition.ts';

const shared = (path: string): string =>
  fileURLToPath(new URL(`../../shared/${path}`, import.meta.url));
const fixture = (path: string): string =>
  fileURLToPath(new URL(`./fixtures/${path}`, import.meta.url));

function tablesOf(record: SeasonRecord) {
  return computeRecordTables(record, { rulesFor: rulesForRecord(record) });
}

describe('the season article of the seed', () => {
  test('imports with one explained warning, and the two spellings of Aurich-Cañaña are one club', async () => {
    const record = await readSeasonFile(shared('seed/copa-peru-1993.txt'));
    expect(record.format).toBe('article');
    expect(record.warnings).toEqual([
      {
        message:
          '"Lambayaque" is not a department of Peru (the closest is Lambayeque); kept as the source wrote it',
      },
    ]);
    expect(record.merges).toEqual([
      expect.objectContaining({
        club: 'aurich-canana',
        spellings: ['Aurich-Cañaña', 'Aurich–Cañaña'],
      }),
    ]);
    expect(record).toMatchObject({
      competition: 'Copa Perú',
      season: '1993',
      previous: '1987',
      next: '1994',
      winners: 'aurich-canana',
      topScorers: [{ name: 'Richard Vinatea', goals: 6 }],
    });
    expect(record.teamChanges.map((change) => change.clubs.length)).toEqual([9, 2, 7, 8]);
    expect(record.entrants).toHaveLength(6);
    expect(record.entrants[3]).toEqual({
      club: 'mariano-santos',
      region: 'Huánuco',
      city: 'Tingo María',
    });
    const final = record.stages.at(-1)?.groups[0];
    expect(final?.rounds.map((round) => [round.name, round.date, round.matches.length])).toEqual([
      ['Round 1', '1994-01-02', 3],
      ['Round 2', '1994-01-05', 3],
      ['Round 3', '1994-01-09', 3],
      ['Round 4', '1994-01-12', 3],
      ['Round 5', '1994-01-16', 3],
    ]);
  });

  test('gives the final table with 2 points a win and Aurich-Cañaña champion, promoted', async () => {
    const record = await readSeasonFile(shared('seed/copa-peru-1993.txt'));
    const table = tablesOf(record).at(-1)?.groups[0]?.table ?? [];
    expect(
      table.map((row) => [
        row.position,
        row.club,
        row.won,
        row.drawn,
        row.lost,
        row.goalsFor,
        row.goalsAgainst,
        row.points,
      ]),
    ).toEqual([
      [1, 'Aurich-Cañaña', 4, 1, 0, 11, 5, 9],
      [2, 'Aurora', 3, 1, 1, 9, 4, 7],
      [3, 'Mariano Santos', 3, 0, 2, 7, 6, 6],
      [4, 'Unión Juventud', 2, 0, 3, 8, 3, 4],
      [5, 'Deportivo Garcilaso', 1, 1, 3, 3, 12, 3],
      [6, 'CNI', 0, 1, 4, 6, 14, 1],
    ]);
    expect(table[0]).toMatchObject({
      status: 'champion',
      note: 'promoted to 1994 Torneo Descentralizado',
    });
    expect(checkRecord(record, tablesOf(record)).consistent).toBe(true);
    // Imported as an edition, the prose's promotion is an outcome of the final stage.
    const state = runEdition(withMatchIds(recordToEdition(record, rulesForRecord(record))));
    expect(state.champion).toBe('aurich-canana');
    expect(state.promoted).toEqual([
      {
        club: 'aurich-canana',
        to: '1994 Torneo Descentralizado',
        competition: 'Torneo Descentralizado',
        edition: '1994',
      },
    ]);
  });

  test('renders as an article with the table, and as wikitext in the Sports table module', async () => {
    const record = await readSeasonFile(shared('seed/copa-peru-1993.txt'));
    const article = renderRecord(record, tablesOf(record), 'article');
    expect(article).toContain('= 1993 Copa Perú =');
    expect(article).toContain('- Winners: Aurich-Cañaña');
    expect(article).toContain('| 1 | Aurich-Cañaña | 5 | 4 | 1 | 0 | 11 | 5 | +6 | 9 | Champion |');
    expect(article).toContain('Aurich-Cañaña 2-2 Aurora');
    const wikitext = renderRecord(record, tablesOf(record), 'wikitext');
    expect(wikitext).toContain('{{#invoke:Sports table|main|style=WDL');
    expect(wikitext).toMatch(
      /\|win_AURICH=4 \|draw_AURICH=1 \|loss_AURICH=0 \|gf_AURICH=11 \|ga_AURICH=5/,
    );
    expect(wikitext).toContain('|status_AURICH=C');
  });
});

describe('season articles whose ties are decided on points', () => {
  test('reads points, extra matches and penalties beside each tie, and stores the ties so', async () => {
    const record = await readSeasonFile(fixture('copa-ejemplo-points.article.txt'));
    expect(record.warnings).toEqual([]);
    const [stage, national] = record.stages;
    expect(stage?.groups.map((group) => [group.name, group.tiesOnPoints ?? false])).toEqual([
      ['Region I, Group A', true],
      ['Region I, Group B', false],
      ['Region I, Final', true],
    ]);
    // The national stage prints no points: that its ties went by points is for the edition to see.
    expect(national?.groups[0]?.tiesOnPoints).toBeUndefined();
    expect(national?.groups[0]?.rounds.map((round) => round.name)).toEqual([
      'Semifinals, 1st leg',
      'Semifinals, 2nd leg',
      'Final, 1st leg',
      'Final, 2nd leg',
    ]);
    expect(national?.groups[0]?.playOffs.map((match) => [match.home, match.away])).toEqual([
      ['deportivo-sur', 'union-andina'],
      ['sport-costa', 'atletico-selva'],
    ]);
    const groupA = stage?.groups[0];
    // The header over the header is no tie; the second leg is at the other club's ground.
    expect(groupA?.rounds.map((round) => round.name)).toEqual([
      'Region I, Group A, 1st leg',
      'Region I, Group A, 2nd leg',
    ]);
    expect(
      groupA?.rounds[1]?.matches.map((match) => [
        match.home,
        match.away,
        match.score?.home,
        match.score?.away,
      ]),
    ).toEqual([
      ['club-ribereno', 'atletico-selva', 1, 0],
      ['frontera-fc', 'sport-costa', 1, 1],
    ]);
    // The extra matches are the group's deciders, penalties on the last one.
    expect(groupA?.playOffs.map((match) => [match.home, match.score, match.penalties])).toEqual([
      ['atletico-selva', { home: 1, away: 0 }, undefined],
      ['sport-costa', { home: 0, away: 0 }, { home: 4, away: 3 }],
    ]);
    // Stored as an edition: a stage for each run of ties or tables, ties decided on points, then
    // by the extra match.
    const edition = withMatchIds(recordToEdition(record, rulesForRecord(record)));
    expect(edition.stages.map((part) => [part.name, part.kind])).toEqual([
      ['Regional Stage — Region I, Group A', 'knockout'],
      ['Regional Stage — Region I, Group B', 'league'],
      ['Regional Stage — Region I, Final', 'knockout'],
      ['National Stage', 'knockout'],
    ]);
    const state = runEdition(edition);
    expect(
      state.stages.flatMap((part) => part.ties.map((tie) => [tie.winner, tie.decidedBy])),
    ).toEqual([
      ['atletico-selva', 'won the extra match 1-0'],
      ['sport-costa', 'won the extra match on penalties 4-3'],
      ['union-andina', 'on points 4-1 (2-1 on aggregate)'],
      // Union Andina scored more over the legs (3-2), yet the extra match was played: the ties
      // went by points, and the extra match decided.
      ['union-andina', 'won the extra match 1-0'],
      ['sport-costa', 'won the extra match on penalties 4-2'],
      ['union-andina', 'on points 4-1 (3-1 on aggregate)'],
    ]);
    expect(state.champion).toBe('union-andina');
    // "The winner and runner-up … were promoted": the final's winner and loser go up.
    expect(state.promoted.map((movement) => [movement.club, movement.to])).toEqual([
      ['union-andina', '2037 Liga de Ejemplo'],
      ['sport-costa', '2037 Liga de Ejemplo'],
    ]);
    // Torneo's season document keeps it.
    const again = parseSeasonText(renderRecord(record, tablesOf(record), 'json'), 'again.json');
    expect(
      again.stages.flatMap((part) => part.groups.map((group) => group.tiesOnPoints ?? false)),
    ).toEqual([true, false, true, false]);
    // Points that are not what the matches give are reported, with the line.
    const wrong = parseSeasonText(
      (await readFile(fixture('copa-ejemplo-points.article.txt'), 'utf8')).replace('6–3', '6–0'),
      'wrong.txt',
    );
    expect(wrong.warnings).toEqual([
      {
        line: 19,
        message:
          'The points 6-0 of Atletico Selva v Club Ribereño are not what its matches give (6-3, 3 a win)',
      },
    ]);
  });
});

describe('extra matches of two-legged ties, in any format', () => {
  test("an RSSSF play-off between a tie's clubs decides it; played after unequal goals, by points", () => {
    const text = [
      'Copa de Ejemplo 2037',
      '',
      'Semifinals [Nov 23 and Nov 30]',
      '',
      'Union Andina - Deportivo Sur   1-2 2-0',
      'Atletico Selva - Sport Costa   0-0 0-0',
      '',
      'Play-off [Dec 3]',
      '',
      'Deportivo Sur - Union Andina   0-1',
      'Sport Costa - Atletico Selva   1-1 [4-2 pen]',
    ].join('\n');
    const record = parseSeasonText(text, 'po.txt', { from: 'rsssf' });
    const edition = withMatchIds(recordToEdition(record, rulesForRecord(record)));
    const [stage] = edition.stages;
    expect(stage?.kind === 'knockout' && stage.tieRules?.map((rule) => rule.kind)).toEqual([
      'points',
      'extraMatch',
      'goalDifference',
      'extraTime',
      'penalties',
    ]);
    const ties = runEdition(edition).stages[0]?.ties ?? [];
    expect(ties.map((tie) => [tie.winner, tie.decidedBy])).toEqual([
      ['union-andina', 'won the extra match 1-0'],
      ['sport-costa', 'won the extra match on penalties 4-2'],
    ]);
  });
});

describe('who moves up and down, as a page notes it beside the final table', () => {
  test('[Promoted] and [Relegated] beside RSSSF rows are outcomes of the imported edition', () => {
    const text = [
      'Liga de Ejemplo 2038',
      '',
      'Round 1',
      'Union Andina - Deportivo Sur     2-0',
      'Atletico Selva - Sport Costa     1-1',
      '',
      'Round 2',
      'Deportivo Sur - Atletico Selva   0-1',
      'Sport Costa - Union Andina       0-3',
      '',
      'Round 3',
      'Union Andina - Atletico Selva    1-1',
      'Sport Costa - Deportivo Sur      2-2',
      '',
      'FINAL TABLE',
      '                                P - W - D - L - GF - GA - Pts',
      '1.  Union Andina ...............  3 -  2 -  1 -  0 -  6 -  1 -  7   [Promoted]',
      '2.  Atletico Selva .............  3 -  1 -  2 -  0 -  3 -  2 -  5',
      '3.  Sport Costa ................  3 -  0 -  2 -  1 -  3 -  6 -  2',
      '4.  Deportivo Sur ..............  3 -  0 -  1 -  2 -  2 -  5 -  1   [Relegated]',
    ].join('\n');
    const record = parseSeasonText(text, 'liga.txt', { from: 'rsssf' });
    const state = runEdition(withMatchIds(recordToEdition(record, rulesForRecord(record))));
    expect(state.champion).toBe('union-andina');
    expect(state.promoted).toEqual([{ club: 'union-andina', to: '' }]);
    expect(state.relegated).toEqual([{ club: 'deportivo-sur', to: '' }]);
  });
});

describe('season articles known only by their tables', () => {
  test('reads a department of two clubs over two rows, and keeps the printed table as printed', async () => {
    const record = await readSeasonFile(fixture('copa-ejemplo-printed.article.txt'));
    expect(record.warnings).toEqual([]);
    // "Union Andina (1st title)" is Union Andina; a scorer's club in brackets before the goals.
    expect(record.winners).toBe('union-andina');
    expect(record.topScorers).toEqual([
      { name: 'Juan Pérez', club: 'union-andina', goals: 5 },
      { name: 'Pedro Ruiz', goals: 3 },
    ]);
    // The second club of Loreto and of Tacna leaves the department out (a cell spanning two
    // rows); a club without a location keeps an empty last cell; Markdown rules are no rows.
    expect(record.entrants).toEqual([
      { club: 'union-andina', region: 'Junín', city: 'Huancayo' },
      { club: 'atletico-selva', region: 'Loreto', city: 'Iquitos' },
      { club: 'club-ribereno', region: 'Loreto', city: 'Nauta' },
      { club: 'sport-costa', region: 'Piura' },
      { club: 'deportivo-sur', region: 'Tacna', city: 'Tacna' },
      { club: 'frontera-fc', region: 'Tacna', city: 'Tarata' },
    ]);
    const [stage] = tablesOf(record);
    const group = stage?.groups[0];
    expect(group?.kind).toBe('printed');
    expect(
      group?.table.map((row) => [row.position, row.club, row.goalDifference, row.points]),
    ).toEqual([
      [1, 'Union Andina', 4, 7],
      [2, 'Atletico Selva', 0, 4],
      [3, 'Sport Costa', -1, 4],
      [4, 'Deportivo Sur', -3, 1],
    ]);
    expect(group?.table[0]?.note).toBe('Promoted to the 2035 Liga de Ejemplo');
    // Rendered and read again, the printed table is still there.
    const again = parseSeasonText(renderRecord(record, tablesOf(record), 'rsssf'), 'again.txt', {
      from: 'rsssf',
    });
    expect(tablesOf(again)[0]?.groups[0]?.table.map((row) => row.points)).toEqual([7, 4, 4, 1]);
    // Stored as an edition, the stage's matches are not known and its printed table stands for
    // them: the table as printed, its order giving the champion.
    const edition = withMatchIds(recordToEdition(record, rulesForRecord(record)));
    const final = edition.stages[0];
    expect(final?.kind === 'league' && final.matchesUnknown && final.printed?.[0]).toEqual({
      club: 'union-andina',
      played: 3,
      won: 2,
      drawn: 1,
      lost: 0,
      goalsFor: 5,
      goalsAgainst: 1,
      points: 7,
      note: 'Promoted to the 2035 Liga de Ejemplo',
    });
    const state = runEdition(edition);
    expect(state.stages.map((stage) => stage.status)).toEqual(['complete']);
    expect(state.champion).toBe('union-andina');
    // The row's note "Promoted to the 2035 Liga de Ejemplo" is an outcome too.
    expect(state.promoted.map((movement) => [movement.club, movement.to])).toEqual([
      ['union-andina', '2035 Liga de Ejemplo'],
    ]);
    const table = state.stages[0]?.groups[0];
    expect(table?.printed).toBe(true);
    expect(
      table?.table.map((row) => [row.position, row.club, row.points, row.status ?? '']),
    ).toEqual([
      [1, 'Union Andina', 7, 'champion'],
      [2, 'Atletico Selva', 4, ''],
      [3, 'Sport Costa', 4, ''],
      [4, 'Deportivo Sur', 1, ''],
    ]);
    expect(state.warnings).toEqual([]);
  });
});

describe('season articles in Spanish', () => {
  test('reads PJ G E P as played, won, drawn and lost', async () => {
    const record = await readSeasonFile(fixture('copa-ejemplo-es.article.txt'));
    const table = tablesOf(record)[0]?.groups[0]?.table ?? [];
    expect(table.map((row) => [row.club, row.played, row.won, row.drawn, row.lost])).toEqual([
      ['Union Andina', 3, 2, 1, 0],
      ['Atletico Selva', 3, 1, 1, 1],
      ['Sport Costa', 3, 1, 1, 1],
      ['Deportivo Sur', 3, 0, 1, 2],
    ]);
  });
});

describe('season articles with knockout ties in tables', () => {
  test('reads two legs a tie, penalties beside the aggregate, one-match ties; groups stay apart', async () => {
    const record = await readSeasonFile(fixture('copa-ejemplo-ties.article.txt'));
    expect(record.warnings).toEqual([
      {
        line: 40,
        message:
          'The aggregate 5-1 of Atletico Selva v Frontera FC is not the sum of its legs (3-0, 1-1)',
      },
    ]);
    const [regional, national] = record.stages;
    // The groups under a region's heading are the region's, apart from each other.
    expect(regional?.groups.map((group) => group.name)).toEqual([
      'Region Norte, Group A',
      'Region Norte, Group B',
      'Region Norte, Regional final',
    ]);
    const ties = regional?.groups[2];
    expect(ties?.rounds.map((round) => round.name)).toEqual([
      'Regional final, 1st leg',
      'Regional final, 2nd leg',
    ]);
    // Scores are written Team 1 first: the second leg, at Team 2's ground, is turned round.
    expect(ties?.rounds[1]?.matches[0]).toMatchObject({
      home: 'club-ribereno',
      away: 'union-andina',
      score: { home: 2, away: 1 },
      penalties: { home: 2, away: 4 },
    });
    expect(national?.groups[0]?.rounds[0]?.matches[0]).toMatchObject({
      home: 'union-andina',
      away: 'atletico-selva',
      extraTime: { home: 2, away: 1 },
    });
    const tables = tablesOf(record);
    expect(tables[0]?.groups.map((group) => group.kind)).toEqual([
      'league',
      'knockout',
      'knockout',
    ]);
    expect(tables[0]?.groups[0]?.table.map((row) => [row.club, row.played])).toEqual([
      ['Union Andina', 3],
      ['Atletico Selva', 3],
      ['Deportivo Sur', 3],
      ['Sport Costa', 3],
    ]);
  });
});

describe('plain-text copies of Wikipedia articles', () => {
  test('reads the season from the title and the table from its one-line rows', async () => {
    const record = await readSeasonFile(fixture('copa-ejemplo-plain.txt'));
    expect(record).toMatchObject({ competition: 'Copa de Ejemplo', season: '2035' });
    const group = tablesOf(record)[0]?.groups[0];
    expect(group?.kind).toBe('printed');
    expect(
      group?.table.map((row) => [
        row.club,
        row.goalsFor,
        row.goalsAgainst,
        row.goalDifference,
        row.points,
      ]),
    ).toEqual([
      ['Union Andina', 5, 1, 4, 7],
      ['Atletico Selva', 3, 3, 0, 4],
      ['Sport Costa', 2, 3, -1, 4],
      ['Deportivo Sur', 1, 4, -3, 1],
    ]);
    expect(group?.table[0]?.note).toBe('Promoted to the 2036 Liga de Ejemplo');
  });
});

describe('RSSSF pages', () => {
  test('reads the 1979 Copa Perú final round: rounds with dates, a shared 3rd place, the finalists', async () => {
    const record = await readSeasonFile(shared('data/rsssf/copaperu-1979.txt'));
    expect(record).toMatchObject({
      format: 'rsssf',
      competition: 'Copa Perú',
      season: '1979',
      previous: '1978',
      next: '1980',
    });
    expect(record.entrants).toHaveLength(6);
    const group = record.stages[0]?.groups[0];
    expect(group?.rounds.map((round) => round.date)).toEqual([
      '1979-09-30',
      '1979-10-03',
      '1979-10-07',
      '1979-10-10',
      '1979-10-14',
    ]);
    expect(group?.published?.rows.map((row) => [row.position, row.shared])).toEqual([
      [1, false],
      [2, false],
      [3, true],
      [3, true],
      [5, false],
      [6, false],
    ]);
    const check = checkRecord(record, tablesOf(record));
    expect(check).toEqual({ consistent: true, compared: 1, discrepancies: [], warnings: [] });
  });

  test('reads results beside their tables (World Cup 1930) and infers 2 points a win', async () => {
    const record = await readSeasonFile(shared('data/rsssf/worldcup-1930.txt'));
    expect(record.stages.map((stage) => [stage.name, stage.groups.length])).toEqual([
      ['First Phase', 4],
      ['Semifinals', 1],
      ['Final', 1],
    ]);
    expect(record.topScorers).toEqual([{ name: 'Stábile', club: 'argentina', goals: 8 }]);
    const tables = tablesOf(record);
    expect(tables[0]?.groups[0]?.standings?.rules).toContain('2 points a win');
    expect(tables[1]?.groups[0]?.kind).toBe('knockout');
    expect(record.stages[0]?.groups[3]?.rounds[0]?.matches[0]?.date).toBe('1930-07-13');
    expect(checkRecord(record, tables)).toEqual({
      consistent: true,
      compared: 4,
      discrepancies: [],
      warnings: [],
    });
  });

  test('applies awarded matches and printed deductions, and reports a typo in the printed table', async () => {
    const record = await readSeasonFile(fixture('liga-ejemplo.rsssf.txt'));
    const group = record.stages[0]?.groups[0];
    expect(group?.rounds[0]?.matches[1]).toMatchObject({
      status: 'walkover',
      awarded: { home: 3, away: 0 },
      forfeitedBy: 'away',
    });
    expect(group?.rounds[2]?.matches[1]?.status).toBe('scheduled');
    expect(group?.playOffs).toHaveLength(1);
    expect(record.merges[0]?.spellings).toEqual(['Atletico Sur', 'Atlético Sur']);
    const tables = tablesOf(record);
    expect(tables[0]?.groups[0]?.table.map((row) => [row.club, row.points])).toEqual([
      ['Deportivo Este', 5],
      ['Atletico Sur', 4],
      ['Union Norte', 1],
      ['Club Oeste', 0],
    ]);
    const check = checkRecord(record, tables);
    expect(check.consistent).toBe(false);
    expect(check.discrepancies).toEqual([
      expect.objectContaining({
        club: 'Deportivo Este',
        field: 'goalsFor',
        printed: 5,
        computed: 4,
        line: 22,
      }),
    ]);
    expect(check.warnings).toEqual([
      expect.stringContaining('goals for (11) and goals against (10) differ'),
    ]);
  });
});

describe('RSSSF pages whose clubs carry numbers in their names', () => {
  test('reads 2 de Mayo, 12 de Octubre, 1.FC Nordstadt and Union 04 in every place they appear', async () => {
    const record = await readSeasonFile(fixture('liga-ejemplo-numbers.rsssf.txt'));
    expect(record.warnings).toEqual([]);
    expect(record.clubs.map((club) => club.name)).toEqual([
      '2 de Mayo',
      '12 de Octubre',
      '1.FC Nordstadt',
      'Union 04',
    ]);
    expect(record.entrants.map((entrant) => [entrant.club, entrant.city])).toEqual([
      ['2-de-mayo', 'Pedro Juan Caballero'],
      ['12-de-octubre', 'Itauguá'],
      ['1fc-nordstadt', 'Encarnación'],
      ['union-04', 'Concepción'],
    ]);
    const group = record.stages[0]?.groups[0];
    expect(record.stages).toHaveLength(1);
    // Both layouts of a result: `Home - Away  2-1` and `Home  3-0 Away`.
    expect(group?.rounds.map((round) => round.matches.map((match) => match.home))).toEqual([
      ['2-de-mayo', '1fc-nordstadt'],
      ['12-de-octubre', '1fc-nordstadt'],
      ['union-04', '12-de-octubre'],
    ]);
    expect(group?.rounds[1]?.matches[1]).toMatchObject({
      away: '2-de-mayo',
      score: { home: 1, away: 2 },
    });
    // The last row prints its name one space before its figures (`4.Union 04 3  0 …`).
    expect(group?.published?.rows.map((row) => [row.club, row.played, row.points])).toEqual([
      ['2-de-mayo', 3, 7],
      ['12-de-octubre', 3, 4],
      ['1fc-nordstadt', 3, 2],
      ['union-04', 3, 2],
    ]);
    expect(record.topScorers).toEqual([
      { name: 'Juan Benítez', club: '12-de-octubre', goals: 3 },
      { name: 'Pedro Gómez', club: '2-de-mayo', goals: 2 },
    ]);
    const tables = tablesOf(record);
    expect(checkRecord(record, tables).consistent).toBe(true);
  });
});

describe('a walkover an RSSSF page gives without its awarded score', () => {
  test('is kept as not played, with a warning that says what to write', () => {
    const text = [
      'Liga de Ejemplo 2039',
      '',
      'Round 1',
      'Union Andina - Deportivo Sur     2-0',
      'Atletico Selva - Sport Costa     w/o',
    ].join('\n');
    const record = parseSeasonText(text, 'wo.txt', { from: 'rsssf' });
    const matches = record.stages[0]?.groups[0]?.rounds[0]?.matches;
    expect(matches?.map((match) => match.status)).toEqual(['played', 'scheduled']);
    expect(record.warnings).toEqual([
      {
        line: 5,
        message: expect.stringContaining(
          'Atletico Selva - Sport Costa: a walkover with no awarded score',
        ),
      },
    ]);
  });
});

describe('RSSSF pages in the modern layout', () => {
  test('reads stadiums, scorer lines, byes, undated rounds, a retired club, a table printed twice and a play-off', async () => {
    const record = await readSeasonFile(fixture('copa-ejemplo-modern.rsssf.txt'));
    expect(record.warnings).toEqual([]);
    expect(record.notes).toEqual([]);
    const group = record.stages[0]?.groups[0];
    expect(group?.rounds.map((round) => [round.name, round.date, round.matches.length])).toEqual([
      ['Round 1', '2032-04-05', 2],
      ['Round 2', '2032-04-12', 2],
      ['Round 3', undefined, 2],
    ]);
    expect(
      group?.published?.rows.map((row) => [row.position, row.club, row.points, row.notes]),
    ).toEqual([
      [1, 'alianza-pueblo', 7, ['Champions']],
      [2, 'sport-rio', 3, ['-1']],
      [3, 'cerro-fc', 2, []],
      [4, 'union-valle', 2, []],
      [5, 'deportivo-ausente', 0, ['Retired', 'not ranked']],
    ]);
    expect(group?.playOffs[0]).toMatchObject({
      home: 'cerro-fc',
      away: 'union-valle',
      date: '2032-04-19',
    });
    const tables = tablesOf(record);
    const table = tables[0]?.groups[0]?.table ?? [];
    expect(table.map((row) => [row.position, row.club, row.points, row.status])).toEqual([
      [1, 'Alianza Pueblo', 7, 'champion'],
      [2, 'Sport Rio', 3, undefined],
      [3, 'Cerro FC', 2, undefined],
      [4, 'Union Valle', 2, undefined],
      [5, 'Deportivo Ausente', 0, 'withdrawn'],
    ]);
    // A play-off was played because the clubs were level on points: it decides before goals.
    expect(table[2]?.note).toBe(
      'level on 2 points; ahead on the play-off (Cerro FC 2-1 Union Valle, 2032-04-19)',
    );
    expect(checkRecord(record, tables)).toEqual({
      consistent: true,
      compared: 1,
      discrepancies: [],
      warnings: [],
    });
  });
});

describe('RSSSF pages with a play-off before the final table', () => {
  test('a first place play-off decides before goal difference; a short name in brackets is the club', async () => {
    const record = await readSeasonFile(fixture('copa-ejemplo-playoff.rsssf.txt'));
    expect(record.warnings).toEqual([]);
    // One stage: the play-off heading opens no stage of its own, and the table after it is the
    // group's.
    expect(record.stages.map((stage) => stage.name)).toEqual(['Copa Provincial de Ejemplo 2033']);
    const group = record.stages[0]?.groups[0];
    expect(group?.playOffs).toEqual([
      expect.objectContaining({
        home: 'club-deportivo-municipal-de-ejemplo',
        away: 'union-andina',
        date: '2033-11-16',
      }),
    ]);
    expect(group?.published?.rows.map((row) => [row.position, row.club, row.points])).toEqual([
      [1, 'club-deportivo-municipal-de-ejemplo', 6],
      [2, 'union-andina', 6],
      [3, 'atletico-selva', 4],
      [4, 'sport-costa', 1],
    ]);
    expect(record.entrants[0]).toEqual({
      club: 'club-deportivo-municipal-de-ejemplo',
      city: 'Ejemplo',
      region: 'Lima',
    });
    expect(record.merges).toEqual([
      {
        club: 'club-deportivo-municipal-de-ejemplo',
        spellings: ['Club Deportivo Municipal de Ejemplo', 'C.D.M.E.'],
        reason:
          'line 9 gives "C.D.M.E." as the short name of "Club Deportivo Municipal de Ejemplo"',
      },
    ]);
    const tables = tablesOf(record);
    const table = tables[0]?.groups[0]?.table ?? [];
    expect(table.map((row) => [row.position, row.club, row.points])).toEqual([
      [1, 'Club Deportivo Municipal de Ejemplo', 6],
      [2, 'Union Andina', 6],
      [3, 'Atletico Selva', 4],
      [4, 'Sport Costa', 1],
    ]);
    // Union Andina's goal difference is better (+6 to +1): the play-off put the other club first.
    expect(table[0]?.note).toContain(
      'level on 6 points; ahead on the play-off (Club Deportivo Municipal de Ejemplo 2-1 Union Andina, 2033-11-16)',
    );
    expect(checkRecord(record, tables)).toEqual({
      consistent: true,
      compared: 1,
      discrepancies: [],
      warnings: [],
    });
    // Stored as an edition (an import, `torneo edition`), the play-off decides the same: it had
    // been left out, and goal difference named Union Andina champion and promoted.
    const state = runEdition(withMatchIds(recordToEdition(record, rulesForRecord(record))));
    expect(state.stages[0]?.groups[0]?.table.map((row) => row.clubId)).toEqual([
      'club-deportivo-municipal-de-ejemplo',
      'union-andina',
      'atletico-selva',
      'sport-costa',
    ]);
    expect(state.champion).toBe('club-deportivo-municipal-de-ejemplo');
    expect(state.promoted.map((movement) => movement.club)).toEqual([
      'club-deportivo-municipal-de-ejemplo',
    ]);
  });
});

describe('a record stored as an edition', () => {
  test('a match without a score in a stage the competition played on from was not played: the stage is complete', () => {
    const editionOf = (lines: readonly string[]) => {
      const record = parseSeasonText(lines.join('\n'), 'prueba.txt');
      return withMatchIds(recordToEdition(record, rulesForRecord(record)));
    };
    const run = (lines: readonly string[]) => runEdition(editionOf(lines));
    const deltaAtHome = (lines: readonly string[]) =>
      listMatches(editionOf(lines))
        .filter(({ match }) => match.home === 'delta')
        .map(({ match }) => match.status);
    const rounds = [
      'Round 1 [Mar 2]',
      '',
      'Alfa - Beta        2-1',
      'Gama - Delta       1-1',
      '',
      'Round 2 [Mar 9]',
      '',
      'Beta - Gama        0-0',
      'Delta - Alfa        -',
    ];
    const full = [
      'Peru - Copa de Prueba 2040',
      '',
      'FIRST STAGE',
      '',
      ...rounds,
      '',
      'FINAL',
      '',
      'Alfa - Gama        3-0',
    ];
    const state = run(full);
    // It had waited for Delta v Alfa: the first stage in progress, forever.
    expect(state.stages.map((stage) => stage.status)).toEqual(['complete', 'complete']);
    expect(state.stages[0]?.groups[0]?.table.map((row) => [row.clubId, row.played])).toEqual([
      ['alfa', 1],
      ['gama', 2],
      ['delta', 1],
      ['beta', 2],
    ]);
    expect(state.champion).toBe('alfa');
    // Kept as not played (not as a result declared void); in the last stage, still to play.
    expect(deltaAtHome(full)).toEqual(['cancelled']);
    expect(deltaAtHome(['Peru - Liga de Prueba 2040', '', ...rounds])).toEqual(['scheduled']);
    // In the last stage such a match waits, unless the source names the champion.
    expect(run(['Peru - Liga de Prueba 2040', '', ...rounds])).toMatchObject({ champion: null });
    expect(run(['Peru - Liga de Prueba 2040', '', 'Champion: Alfa', '', ...rounds])).toMatchObject({
      champion: 'alfa',
    });
  });
});

describe('Spanish page copies without marks', () => {
  const results = [
    'Etapa Final',
    '',
    'Fecha 1 [Dec 6]',
    'Club Alfa - Club Beta        1-1',
    'Club Gama - Club Delta       2-0',
    '',
    'Fecha 2 [Dec 13]',
    'Club Beta - Club Gama        1-0',
    'Club Delta - Club Alfa       0-2',
  ];
  test("take the champion from the infobox's podium, its clubs after its places", () => {
    // The places and the clubs on lines of their own, a blank line between.
    const apart = parseSeasonText(
      [
        'Copa de Ejemplo 2040',
        '',
        'La Copa de Ejemplo 2040 fue la tercera edición de la competición.',
        '',
        'III Copa de Ejemplo',
        'Fecha marzo de 2040',
        '20 de diciembre de 2040',
        'Podio',
        '• Campeón',
        '• Subcampeón',
        ' ',
        'Club Alfa',
        'Club Beta',
        '',
        ...results,
      ].join('\n'),
      'copia.txt',
    );
    expect(apart).toMatchObject({
      competition: 'Copa de Ejemplo',
      season: '2040',
      winners: 'club-alfa',
    });
    // Run together with the lines around them, under a title given as a list's item.
    const glued = parseSeasonText(
      [
        '- Anexo:Copa de Ejemplo 2040',
        '-',
        'Copa de Ejemplo 2040Sede Ejemplo Fecha marzo de 2040',
        '20 de diciembre de 2040Podio',
        '• Campeón',
        '• Subcampeón',
        'Club Beta',
        'Club AlfaLa Copa de Ejemplo 2040 fue la tercera edición de la competición y la ganó el Club Beta.',
        '',
        ...results,
      ].join('\n'),
      'copia.txt',
    );
    expect(glued).toMatchObject({
      competition: 'Copa de Ejemplo',
      season: '2040',
      winners: 'club-beta',
    });
    expect(glued.clubs.map((club) => club.name)).not.toContain(
      'Club AlfaLa Copa de Ejemplo 2040 fue la tercera edición de la competición y la ganó el Club Beta.',
    );
    expect(glued.summary.join(' ')).toContain('La Copa de Ejemplo 2040 fue la tercera edición');
  });

  /** A group's table as an offline copy prints it, each row's figures run together. */
  const groupA = [
    'Etapa Regional',
    '',
    'Grupo A',
    '',
    'Equipo PJ PG PE PP GF GC DG Pts',
    'Club Alfa 6501101+915',
    'Club Gama 6303129+39',
  ];

  test("read the tables of a copy that runs each row's figures together", () => {
    const record = parseSeasonText(
      [
        'Copa de Ejemplo 2039',
        '',
        'La Copa de Ejemplo 2039 fue la edición número 37 de la competición.',
        '',
        ...groupA,
        'Club Delta 62041116-56',
        'Club Eta 6204714-76',
      ].join('\n'),
      'copia.txt',
    );
    expect(
      record.stages[0]?.groups[0]?.published?.rows.map((row) => [
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
    ).toEqual([
      [1, 'club-alfa', 6, 5, 0, 1, 10, 1, 15],
      [2, 'club-gama', 6, 3, 0, 3, 12, 9, 9],
      [3, 'club-delta', 6, 2, 0, 4, 11, 16, 6],
      [4, 'club-eta', 6, 2, 0, 4, 7, 14, 6],
    ]);
    expect(record.warnings).toEqual([]);
  });

  test('read a copied table of matches from each score outwards, the clubs its tables name', () => {
    const record = parseSeasonText(
      [
        'Copa de Ejemplo 2039',
        '',
        ...groupA,
        '',
        'Final regional',
        '',
        'Ciudad Local Resultado Visitante',
        'TumbesClub Alfa1 - 0Club Gama',
        'Puerto Ejemplo Club Gama 2 - 2 Club Alfa',
        'Sede NuevaClub Nuevo3 - 1Club Alfa',
      ].join('\n'),
      'copia.txt',
    );
    const matches = record.stages[1]?.groups[0]?.rounds.flatMap((round) => round.matches) ?? [];
    expect(
      matches.map(
        (match) => `${match.home} ${match.score?.home}-${match.score?.away} ${match.away}`,
      ),
    ).toEqual([
      'club-alfa 1-0 club-gama',
      'club-gama 2-2 club-alfa',
      'sede-nuevaclub-nuevo 3-1 club-alfa',
    ]);
    // A club the tables do not name cannot be told from the place run into it: said so.
    expect(record.warnings).toEqual([
      expect.objectContaining({
        line: 16,
        message:
          '"Sede NuevaClub Nuevo" ends in no club the page\'s tables name: read whole as the home club',
      }),
    ]);
  });

  test('an article titled as Spanish Wikipedia titles it gives its competition and season', () => {
    for (const title of ['Copa de Ejemplo 2040', 'Anexo:Copa de Ejemplo 2040']) {
      const record = parseSeasonText(
        [
          `= ${title} =`,
          '',
          'La temporada inventada.',
          '',
          '== Final ==',
          'Club Alfa 1-0 Club Beta',
        ].join('\n'),
        'articulo.txt',
      );
      expect({ title, competition: record.competition, season: record.season }).toEqual({
        title,
        competition: 'Copa de Ejemplo',
        season: '2040',
      });
    }
  });
});

describe('RSSSF pages with their days written out', () => {
  test('a line that gives the day (Fecha 2 de marzo de 2040, Fecha: …) dates the matches below; Fecha 2 alone is a round', () => {
    const record = parseSeasonText(
      [
        'Peru - Liga de Prueba 2040',
        '',
        'Fecha 1',
        '',
        'Fecha 2 de marzo de 2040',
        'Alfa - Beta        2-1',
        'Gama - Delta       0-0',
        '',
        'Fecha 2',
        '',
        'Fecha: 9 de marzo de 2040',
        'Beta - Gama        1-1',
      ].join('\n'),
      'prueba.txt',
    );
    // The day had opened a stage of its own, or been taken for a round "2".
    expect(
      record.stages.map((stage) => [
        stage.name,
        stage.groups[0]?.rounds.map((round) => [
          round.name,
          round.matches.map((match) => match.date),
        ]),
      ]),
    ).toEqual([
      [
        'Liga de Prueba 2040',
        [
          ['Fecha 1', ['2040-03-02', '2040-03-02']],
          ['Fecha 2', ['2040-03-09']],
        ],
      ],
    ]);
  });
});

describe('RSSSF pages with two-legged ties', () => {
  test('reads both legs of a tie on one line, in either layout, with the days of the legs', async () => {
    const record = await readSeasonFile(fixture('copa-ejemplo-ties.rsssf.txt'));
    expect(record.warnings).toEqual([]);
    const legs = record.stages.flatMap((stage) =>
      stage.groups.flatMap((group) =>
        group.rounds.map((round) => [
          round.name,
          round.matches.map((match) => [
            match.home,
            match.away,
            match.score,
            match.penalties,
            match.date,
          ]),
        ]),
      ),
    );
    // Scores are written with the first-named club's goals first: the return leg is turned round.
    expect(legs).toEqual([
      [
        'Quarterfinals, 1st leg',
        [
          ['union-andina', 'club-ribereno', { home: 2, away: 1 }, undefined, '2037-11-08'],
          ['atletico-selva', 'frontera-fc', { home: 3, away: 0 }, undefined, '2037-11-08'],
        ],
      ],
      [
        'Quarterfinals, 2nd leg',
        [
          [
            'club-ribereno',
            'union-andina',
            { home: 2, away: 1 },
            { home: 2, away: 4 },
            '2037-11-15',
          ],
          ['frontera-fc', 'atletico-selva', { home: 1, away: 1 }, undefined, '2037-11-15'],
        ],
      ],
      [
        'Semifinals, 1st leg',
        [['union-andina', 'atletico-selva', { home: 1, away: 0 }, undefined, undefined]],
      ],
      [
        'Semifinals, 2nd leg',
        [['atletico-selva', 'union-andina', { home: 0, away: 0 }, undefined, undefined]],
      ],
    ]);
    // Stored as an edition, the legs make two-legged ties, decided as the page says.
    const state = runEdition(withMatchIds(recordToEdition(record, rulesForRecord(record))));
    expect(
      state.stages.flatMap((stage) =>
        stage.ties.map((tie) => [tie.round, tie.legs.length, tie.winner, tie.decidedBy]),
      ),
    ).toEqual([
      ['Quarterfinals', 2, 'union-andina', 'on penalties 4-2'],
      ['Quarterfinals', 2, 'atletico-selva', 'on aggregate 4-1'],
      ['Semifinals', 2, 'union-andina', 'on aggregate 1-0'],
    ]);
    // A two-legged play-off keeps both legs with the play-offs.
    expect(
      record.stages[1]?.groups[0]?.playOffs.map((match) => [match.home, match.away, match.score]),
    ).toEqual([
      ['club-ribereno', 'frontera-fc', { home: 1, away: 0 }],
      ['frontera-fc', 'club-ribereno', { home: 2, away: 0 }],
    ]);
    expect(checkRecord(record, tablesOf(record)).warnings).toEqual([]);
  });
});

describe('RSSSF pages with dates opening each result', () => {
  test('reads dated result lines, venues, penalties, extra time and headings with remarks', async () => {
    const record = await readSeasonFile(fixture('torneo-ejemplo-dated.rsssf.txt'));
    expect(
      record.stages.map((stage) => [stage.name, stage.groups.map((group) => group.name)]),
    ).toEqual([
      ['Torneo Relámpago de Ejemplo 2033', ['Group A']],
      ['Final Match', ['Final Match']],
      ['Third Place Match', ['Third Place Match']],
    ]);
    expect(record.notes).toEqual([
      { heading: 'Final Match', text: 'no extra time in case of draw' },
    ]);
    const group = record.stages[0]?.groups[0];
    expect(group?.rounds[0]?.matches.map((match) => match.date)).toEqual([
      '2033-06-20',
      '2033-06-21',
      '2033-06-25',
      '2033-06-25',
      '2033-07-01',
      '2033-07-01',
    ]);
    expect(record.stages[1]?.groups[0]?.rounds[0]?.matches[0]).toMatchObject({
      score: { home: 1, away: 1 },
      penalties: { home: 4, away: 2 },
      date: '2033-07-04',
    });
    expect(record.stages[2]?.groups[0]?.rounds[0]?.matches[0]).toMatchObject({
      extraTime: { home: 2, away: 1 },
    });
    const tables = tablesOf(record);
    expect(tables[1]?.groups[0]?.kind).toBe('knockout');
    expect(checkRecord(record, tables)).toEqual({
      consistent: true,
      compared: 1,
      discrepancies: [],
      warnings: [],
    });
  });
});

describe('RSSSF pages with an aggregate table', () => {
  test('computes a printed table without results of its own from the earlier results among its clubs', async () => {
    const record = await readSeasonFile(fixture('liga-ejemplo-aggregate.rsssf.txt'));
    expect(record.stages.map((stage) => stage.name)).toEqual([
      'Apertura',
      'Clausura',
      'Aggregate Table',
    ]);
    const tables = tablesOf(record);
    expect(tables[0]?.groups[0]?.table.map((row) => [row.position, row.shared, row.club])).toEqual([
      [1, false, 'Alfa'],
      [2, true, 'Beta'],
      [2, true, 'Gama'],
    ]);
    expect(tables[2]?.groups[0]).toMatchObject({ kind: 'league', fromEarlierStages: true });
    expect(tables[2]?.groups[0]?.table.map((row) => [row.club, row.played, row.points])).toEqual([
      ['Alfa', 4, 9],
      ['Beta', 4, 5],
      ['Gama', 4, 2],
    ]);
    expect(checkRecord(record, tables)).toEqual({
      consistent: true,
      compared: 3,
      discrepancies: [],
      warnings: [
        'Aggregate Table: no results of its own; checked against the earlier results among its clubs',
      ],
    });
    // Stored as an edition, the aggregate sums the same results and names the champion: it had
    // been a stage without matches, not started, the champion undecided.
    const format = withMatchIds(recordToEdition(record, rulesForRecord(record)));
    const state = runEdition(format);
    expect(state.stages[2]).toMatchObject({ status: 'complete' });
    expect(
      state.stages[2]?.groups[0]?.table.map((row) => [row.clubId, row.played, row.points]),
    ).toEqual([
      ['alfa', 4, 9],
      ['beta', 4, 5],
      ['gama', 4, 2],
    ]);
    expect(state.champion).toBe('alfa');
    // It sums the matches where they were played: each is in the edition once (a calendar lists
    // it once), and a result corrected in the Apertura is corrected in the aggregate.
    expect(format.stages[2]).toMatchObject({
      kind: 'league',
      rounds: [],
      sums: ['stage-1', 'stage-2'],
    });
    expect(listMatches(format)).toHaveLength(6);
    const corrected = changeMatch(format, 'stage-1-r1-m1', (match) => ({
      ...match,
      score: { home: 0, away: 3 },
    }));
    const after = runEdition(corrected?.format ?? format);
    expect(
      after.stages[2]?.groups[0]?.table.map((row) => [row.clubId, row.played, row.points]),
    ).toEqual([
      ['beta', 4, 8],
      ['alfa', 4, 6],
      ['gama', 4, 2],
    ]);
    expect(after.champion).toBe('beta');
  });
});

describe('Football.TXT', () => {
  test('reads a Premier League season whose table matches the record (Liverpool 99 points in 2019-20)', async () => {
    const record = await readSeasonFile(
      shared('data/openfootball-england/2019-20/1-premierleague.txt'),
    );
    expect(record.format).toBe('footballtxt');
    const table = computeRecordTables(record, {
      rulesFor: rulesForRecord(record, { preset: 'england', season: 2019 }),
    })[0]?.groups[0]?.table;
    expect(table?.[0]).toMatchObject({
      club: 'Liverpool FC',
      played: 38,
      won: 32,
      drawn: 3,
      lost: 3,
      points: 99,
    });
    expect(table?.at(-1)).toMatchObject({ club: 'Norwich City', points: 21 });
  });

  test('keeps Championship play-offs out of the league table, with extra time and penalties', async () => {
    const record = await readSeasonFile(
      shared('data/openfootball-england/2021-22/2-championship.txt'),
    );
    expect(record.stages.map((stage) => stage.name)).toEqual(['Regular', 'Playoffs']);
    const playOffs =
      record.stages.at(-1)?.groups[0]?.rounds.flatMap((round) => round.matches) ?? [];
    expect(playOffs).toHaveLength(5);
    expect(playOffs[3]).toMatchObject({
      extraTime: { home: 1, away: 2 },
      penalties: { home: 3, away: 2 },
      score: { home: 1, away: 2 },
    });
  });
});

describe('club names', () => {
  test('keeps names that may be one club apart, and says so', () => {
    const register = new ClubRegister();
    register.resolve('Garcilaso');
    register.resolve('Deportivo Garcilaso');
    register.resolve('UTC');
    register.resolve('Universidad Técnica de Cajamarca');
    expect(register.clubs()).toHaveLength(4);
    expect(register.doubts().map((doubt) => doubt.message)).toEqual([
      expect.stringContaining('"Garcilaso" and "Deportivo Garcilaso" were kept apart'),
      expect.stringContaining('"UTC" and "Universidad Técnica de Cajamarca" were kept apart'),
    ]);
  });

  test('joins an abbreviation through an alias scoped to the competition, and reports it', () => {
    const register = new ClubRegister(
      [{ alias: 'CNI', club: 'Colegio Nacional Iquitos', competition: 'Copa Perú' }],
      'Copa Perú',
    );
    expect(register.resolve('CNI')).toBe(register.resolve('Colegio Nacional Iquitos'));
    expect(register.merges()[0]?.reason).toContain('alias');
    const elsewhere = new ClubRegister(
      [{ alias: 'CNI', club: 'Colegio Nacional Iquitos', competition: 'Copa Perú' }],
      'Liga 1',
    );
    expect(elsewhere.resolve('CNI')).not.toBe(elsewhere.resolve('Colegio Nacional Iquitos'));
  });
});

describe('round trips and bad input', () => {
  test('Torneo JSON carries a whole record: parse(render(x)) equals x', async () => {
    for (const path of [
      shared('seed/copa-peru-1993.txt'),
      shared('data/rsssf/worldcup-1930.txt'),
      fixture('liga-ejemplo.rsssf.txt'),
      // A top scorer of a club the record does not otherwise have: kept as written.
      fixture('liga-ejemplo-aggregate.rsssf.txt'),
      // Walkovers written without a score in a grid, read from the printed table.
      fixture('copa-ejemplo-grid.article.txt'),
    ]) {
      const record = await readSeasonFile(path);
      const json = renderRecord(record, tablesOf(record), 'json');
      expect(parseSeasonText(json, 'record.json')).toEqual(record);
    }
  });

  test('the article and RSSSF renders of consistent pages read back consistent: deductions, play-offs, long names, printed tables', async () => {
    for (const name of [
      'copa-ejemplo-modern.rsssf.txt',
      'copa-ejemplo-playoff.rsssf.txt',
      'copa-ejemplo-ties.rsssf.txt',
      'copa-ejemplo-ties.article.txt',
      'copa-ejemplo-printed.article.txt',
      'copa-ejemplo-es.article.txt',
      'copa-ejemplo-points.article.txt',
      'copa-ejemplo-grid.article.txt',
      'liga-ejemplo-grid.rsssf.txt',
    ]) {
      const record = await readSeasonFile(fixture(name));
      const tables = tablesOf(record);
      expect({ name, consistent: checkRecord(record, tables).consistent }).toEqual({
        name,
        consistent: true,
      });
      for (const format of ['article', 'rsssf'] as const) {
        const again = parseSeasonText(renderRecord(record, tables, format), `again.${format}`);
        const points = (r: SeasonRecord) =>
          tablesOf(r).flatMap((stage) =>
            stage.groups.flatMap((group) => group.table.map((row) => [row.club, row.points])),
          );
        expect({ name, format, check: checkRecord(again, tablesOf(again)).discrepancies }).toEqual({
          name,
          format,
          check: [],
        });
        expect({ name, format, points: points(again) }).toEqual({
          name,
          format,
          points: points(record),
        });
      }
    }
  });

  test('every writer keeps what became of a match: not played, annulled, postponed, abandoned', async () => {
    const record = await readSeasonFile(fixture('liga-ejemplo.rsssf.txt'));
    const statuses = ['cancelled', 'annulled', 'postponed', 'abandoned'] as const;
    let next = 0;
    const changed: SeasonRecord = {
      ...record,
      stages: record.stages.map((stage) => ({
        ...stage,
        groups: stage.groups.map((group) => ({
          ...group,
          rounds: group.rounds.map((round) => ({
            ...round,
            matches: round.matches.map((match) => {
              const status = statuses[next++];
              if (!status) return match;
              const { score: _score, awarded: _awarded, forfeitedBy: _by, ...unplayed } = match;
              return status === 'abandoned' ? { ...match, status } : { ...unplayed, status };
            }),
          })),
        })),
      })),
    };
    const what = (r: SeasonRecord) =>
      r.stages
        .flatMap((stage) => stage.groups.flatMap((group) => group.rounds))
        .flatMap((round) => round.matches)
        .slice(0, 5)
        .map((match) => `${match.status} ${match.score?.home ?? ''}-${match.score?.away ?? ''}`);
    expect(what(changed)).toEqual([
      'cancelled -',
      'annulled -',
      'postponed -',
      'abandoned 0-2',
      'played 0-0',
    ]);
    for (const [format, language] of [
      ['rsssf', 'en'],
      ['wikitext', 'en'],
      ['article', 'en'],
      ['article', 'es'],
      ['wikitext', 'es'],
      ['footballtxt', 'en'],
      ['csv', 'en'],
    ] as const) {
      const tables = computeRecordTables(changed, { rulesFor: rulesForRecord(changed), language });
      const text = renderRecord(changed, tables, format, language);
      const again = parseSeasonText(text, format === 'csv' ? 'again.csv' : 'again.txt');
      // Football.TXT wrote its notes between the score and the away club, which read as its name.
      expect({ format, language, what: what(again), warnings: again.warnings }).toEqual({
        format,
        language,
        what: what(changed),
        warnings: [],
      });
    }
  });

  test('the article render writes ties on points as the Copa Perú does, and they read back decided the same', async () => {
    for (const name of ['copa-ejemplo-points.article.txt', 'copa-ejemplo-copy.txt']) {
      const record = await readSeasonFile(fixture(name));
      const again = parseSeasonText(renderRecord(record, tablesOf(record), 'article'), 'again.txt');
      const ties = (r: SeasonRecord) =>
        runEdition(withMatchIds(recordToEdition(r, rulesForRecord(r)))).stages.flatMap((stage) =>
          stage.ties.map((tie) => [tie.round, tie.winner, tie.decidedBy]),
        );
      expect({ name, ties: ties(again) }).toEqual({ name, ties: ties(record) });
      expect(ties(record).length).toBeGreaterThan(2);
    }
  });

  test('the RSSSF, wikitext and article renders (in English and Spanish) read back to the same ties, tables, champion and promotions', async () => {
    const outcome = (r: SeasonRecord) => {
      const state = runEdition(withMatchIds(recordToEdition(r, rulesForRecord(r))));
      return {
        ties: state.stages
          .flatMap((stage) =>
            stage.ties.map(
              (tie) => `${tie.home.club} ${tie.away.club} ${tie.winner} ${tie.decidedBy}`,
            ),
          )
          .sort(),
        champion: state.champion,
        promoted: state.promoted.map((movement) => [movement.club, movement.to]),
        // Every table's clubs and points: a deduction written beside a row reads back as one.
        tables: state.stages.flatMap((stage) =>
          (stage.groups ?? []).map((group) =>
            group.table.map((row) => `${row.clubId} ${row.points}`).join(', '),
          ),
        ),
      };
    };
    for (const name of [
      'copa-ejemplo-points.article.txt',
      'copa-ejemplo-ties.article.txt',
      'copa-ejemplo-copy.txt',
      'copa-ejemplo.wiki',
      'copa-ejemplo-ties.wiki',
      'copa-ejemplo-es.wiki',
      'copa-ejemplo-playoff.rsssf.txt',
      'copa-ejemplo-ties.rsssf.txt',
    ]) {
      const record = await readSeasonFile(fixture(name));
      const expected = outcome(record);
      for (const format of ['rsssf', 'wikitext', 'article'] as const) {
        const again = parseSeasonText(renderRecord(record, tablesOf(record), format), 'again.txt');
        expect({ name, format, ...outcome(again) }).toEqual({ name, format, ...expected });
      }
      // Football.TXT has no groups, play-offs or prose: it is told apart as what it is, and every
      // match of a round reads back, with nothing left unread.
      const results = parseSeasonText(renderRecord(record, [], 'footballtxt'), 'again.txt');
      const matches = (r: SeasonRecord) =>
        r.stages.flatMap((stage) =>
          stage.groups.flatMap((group) => group.rounds.flatMap((round) => round.matches)),
        ).length;
      expect({ name, format: results.format, matches: matches(results) }).toEqual({
        name,
        format: 'footballtxt',
        matches: matches(record),
      });
      expect(results.warnings).toEqual([]);
      // The results CSV keeps each match's stage and group, its play-offs and shoot-outs: the
      // ties are won by the same clubs (its clubs go by their names).
      const csv = parseSeasonText(renderRecord(record, [], 'csv'), 'again.csv');
      const layout = (r: SeasonRecord) =>
        r.stages.flatMap((stage) =>
          stage.groups
            .filter((group) => group.rounds.length > 0)
            .map(
              (group) =>
                `${stage.name} / ${group.name}: ${group.rounds.flatMap((round) => round.matches).length} + ${group.playOffs.length}`,
            ),
        );
      expect({ name, layout: layout(csv) }).toEqual({ name, layout: layout(record) });
      const winners = (r: SeasonRecord) =>
        runEdition(withMatchIds(recordToEdition(r, rulesForRecord(r))))
          .stages.flatMap((stage) => stage.ties.map((tie) => tie.winner))
          .map((id) => r.clubs.find((club) => club.id === id)?.name ?? id)
          .sort();
      expect({ name, winners: winners(csv) }).toEqual({ name, winners: winners(record) });
      const spanish = computeRecordTables(record, {
        rulesFor: rulesForRecord(record),
        language: 'es',
      });
      // The article and the wikitext in Spanish, their tables' notes too: the same.
      for (const format of ['article', 'wikitext'] as const) {
        const again = parseSeasonText(renderRecord(record, spanish, format, 'es'), 'otra.txt');
        expect({ name, format: `${format} es`, ...outcome(again) }).toEqual({
          name,
          format: `${format} es`,
          ...expected,
        });
      }
    }
  });

  test('the results CSV and RSSSF renders read back to the same matches and table', async () => {
    const record = await readSeasonFile(shared('seed/copa-peru-1993.txt'));
    const tables = tablesOf(record);
    const rsssf = parseSeasonText(renderRecord(record, tables, 'rsssf'), 'record.txt', {
      from: 'rsssf',
    });
    const again = computeRecordTables(rsssf, { rulesFor: rulesForRecord(record) });
    expect(again[0]?.groups[0]?.table.map((row) => [row.club, row.points])).toEqual(
      tables.at(-1)?.groups[0]?.table.map((row) => [row.club, row.points]),
    );
    expect(checkRecord(rsssf, again).consistent).toBe(true);
  });

  test('the article, Markdown-free text and Football.TXT renders read back to the same record', async () => {
    const record = await readSeasonFile(shared('seed/copa-peru-1993.txt'));
    const tables = tablesOf(record);
    const article = parseSeasonText(renderRecord(record, tables, 'article'), 'again.txt');
    const facts = (r: SeasonRecord) => ({
      competition: r.competition,
      season: r.season,
      winners: r.winners,
      topScorers: r.topScorers,
      previous: r.previous,
      next: r.next,
      teamChanges: r.teamChanges,
      entrants: r.entrants,
      entrantsSection: r.entrantsSection,
      rounds: r.stages.map((stage) => [stage.name, stage.groups.map((group) => group.rounds)]),
      summary: r.summary,
    });
    expect(facts(article)).toEqual(facts(record));
    expect(article.stages[0]?.groups[0]?.published?.rows).toHaveLength(6);
    expect(checkRecord(article, tablesOf(article)).consistent).toBe(true);

    const league = await readSeasonFile(
      shared('data/openfootball-england/2019-20/1-premierleague.txt'),
    );
    const txt = parseSeasonText(renderRecord(league, [], 'footballtxt'), 'again.txt');
    const matchesOf = (r: SeasonRecord) =>
      r.stages.flatMap((stage) =>
        stage.groups.flatMap((group) => group.rounds.flatMap((round) => round.matches)),
      );
    expect(matchesOf(txt)).toEqual(matchesOf(league));
  });

  test('random and mutated text gives a record or an error with a location, never a crash', async () => {
    const seed = await readFile(shared('seed/copa-peru-1993.txt'), 'utf8');
    const rsssf = await readFile(shared('data/rsssf/copaperu-1979.txt'), 'utf8');
    const wikitext = await readFile(fixture('copa-ejemplo.wiki'), 'utf8');
    const copy = await readFile(fixture('copa-ejemplo-copy.txt'), 'utf8');
    const grid = await readFile(fixture('copa-ejemplo-grid.article.txt'), 'utf8');
    const older = await readFile(fixture('liga-ejemplo-fb.wiki'), 'utf8');
    const spanish = await readFile(fixture('copa-ejemplo-es.wiki'), 'utf8');
    // A Spanish mirror's copy: a podium, rows and matches whose cells run together.
    const mirror = await readFile(fixture('copa-ejemplo-copia-es.txt'), 'utf8');
    // Clubs with numbers in their names, where a digit may be a name's or a figure.
    const numbers = await readFile(fixture('liga-ejemplo-numbers.rsssf.txt'), 'utf8');
    fc.assert(
      fc.property(
        fc.constantFrom(
          seed,
          rsssf,
          wikitext,
          copy,
          grid,
          older,
          spanish,
          mirror,
          numbers,
          '{"stages": 3}',
          'date,home,away,home_goals,away_goals\n',
        ),
        fc.array(fc.tuple(fc.nat(), fc.string({ maxLength: 6 })), { maxLength: 6 }),
        (base, edits) => {
          let text = base;
          for (const [at, insert] of edits) {
            const index = at % (text.length + 1);
            text = text.slice(0, index) + insert + text.slice(index + 1);
          }
          try {
            const record = parseSeasonText(text, 'fuzz.txt');
            checkRecord(record, tablesOf(record));
          } catch (error) {
            expect(error).toBeInstanceOf(InputError);
            expect((error as InputError).issues[0]?.path).toMatch(/fuzz\.txt/);
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});
