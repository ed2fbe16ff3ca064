import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import {
  detectFormat,
  parseSeasonText,
  readSeasonFile,
} from '#adapters/formats/read-season-file.ts';
import { renderRecord } from '#adapters/formats/render/render-record.ts';
import { localizeEdition } from '#core/format/localize-edition.ts';
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

function tablesOf(record: SeasonRecord) {
  return computeRecordTables(record, { rulesFor: rulesForRecord(record) });
}

describe('a season article in wikitext', () => {
  test('is told apart from JSON and from the article layout by its templates and tables', () => {
    expect(detectFormat('{{Infobox football league season\n| season = 2042\n}}')).toBe('wikitext');
    expect(detectFormat("The '''2042 Copa'''\n== Final ==\n{| class=\"wikitable\"\n|}")).toBe(
      'wikitext',
    );
    expect(detectFormat('{"stages": []}')).toBe('json');
    expect(detectFormat('= 1993 Copa Perú =\n\nInfobox\n')).toBe('article');
  });

  test('reads the infobox, a wikitable with cells over two rows, the Sports table and results modules, ties and a football box', async () => {
    const record = await readSeasonFile(fixture('copa-ejemplo.wiki'));
    expect(record.format).toBe('wikitext');
    expect(record.warnings).toEqual([]);
    expect([record.competition, record.season, record.previous, record.next]).toEqual([
      'Copa de Ejemplo',
      '2042',
      '2041',
      '2043',
    ]);
    expect(record.winners).toBe('san-martin-ejemplo');
    expect(record.topScorers).toEqual([{ name: 'Juan Pérez', team: 'San Martín', goals: 7 }]);
    // A paragraph over several lines is one paragraph, as the wiki shows it.
    expect(record.summary).toEqual([
      "The 2042 Copa de Ejemplo (Copa de Ejemplo 2042) is a made-up season written as Wikipedia's editors write one, for the tests: an infobox, tables of the wiki's own syntax and its modules, two-legged ties and football boxes. The clubs are not real.",
      'The winner of the Final was promoted to the 2043 Liga de Ejemplo.',
    ]);
    // The department spans two rows: the second club is the department's too.
    expect(record.entrants.map((entrant) => [entrant.club, entrant.region, entrant.city])).toEqual([
      ['san-martin-ejemplo', 'Amazonas', 'Bagua'],
      ['deportivo-ribera', 'Amazonas', 'Chachapoyas'],
      ['union-cumbre', 'Ancash', 'Huaraz'],
      ['atletico-llano', 'Ancash', 'Chimbote'],
    ]);
    expect(
      record.stages.map((stage) => [
        stage.name,
        stage.groups.map((group) => [
          group.name,
          group.rounds.flatMap((round) => round.matches).length,
          group.published?.rows.length ?? 0,
        ]),
      ]),
    ).toEqual([
      [
        'Regional Stage',
        [
          ['Group A', 6, 4],
          ['Group B', 6, 3],
        ],
      ],
      ['Final', [['Final', 2, 0]]],
      ['Promotion play-off', [['Promotion play-off', 1, 0]]],
    ]);
    // Lines point into the wikitext: a module's row at its team's figures, a table's at its row.
    const [groupA, groupB] = record.stages[0]?.groups ?? [];
    expect(groupA?.published?.rows.map((row) => row.line)).toEqual([41, 42, 43, 44]);
    expect(groupB?.published?.rows.map((row) => [row.line, row.notes])).toEqual([
      [63, ['Next stage']],
      [66, ['Next stage']],
      [68, []],
    ]);
    const play = record.stages[2]?.groups[0]?.rounds[0]?.matches[0];
    expect(play).toMatchObject({
      date: '2042-12-14',
      extraTime: { home: 1, away: 1 },
      penalties: { home: 4, away: 3 },
    });
    expect(checkRecord(record, tablesOf(record))).toMatchObject({ consistent: true, compared: 2 });

    const state = runEdition(withMatchIds(recordToEdition(record, rulesForRecord(record))));
    expect(state.warnings).toEqual([]);
    // The promotion play-off after the final does not name the champion.
    expect(state.champion).toBe('san-martin-ejemplo');
    expect(state.promoted.map((movement) => [movement.club, movement.to])).toEqual([
      ['san-martin-ejemplo', '2043 Liga de Ejemplo'],
    ]);
    expect(state.stages[0]?.groups[0]?.table.at(-1)).toMatchObject({
      clubId: 'atletico-llano',
      points: -1,
    });
  });

  test('the Copa Perú ties table under a header over the header, bold winners, and a prose promotion of two places', async () => {
    const record = await readSeasonFile(fixture('copa-ejemplo-ties.wiki'));
    expect(record.warnings.map((warning) => [warning.line, warning.message])).toEqual([
      [8, 'The infobox field "biggest home win" is not one Torneo reads; kept out of the record'],
    ]);
    const state = runEdition(withMatchIds(recordToEdition(record, rulesForRecord(record))));
    expect(
      state.stages[0]?.ties.map((tie) => [tie.home.club, tie.away.club, tie.winner, tie.decidedBy]),
    ).toEqual([
      ['club-alfa', 'club-delta', 'club-alfa', expect.stringMatching(/points/)],
      ['club-gamma', 'club-beta', 'club-beta', expect.stringMatching(/penalties/)],
    ]);
    expect(state.champion).toBe('club-alfa');
    expect(state.promoted.map((movement) => [movement.club, movement.to])).toEqual([
      ['club-alfa', 'First Division'],
      ['club-beta', 'Second Division'],
    ]);
  });

  test("Torneo's own wikitext reads back to the same record: the seed and the made-up pages", async () => {
    for (const path of [
      shared('seed/copa-peru-1993.txt'),
      fixture('copa-ejemplo-ties.article.txt'),
      fixture('copa-ejemplo-points.article.txt'),
      fixture('copa-ejemplo-grid.article.txt'),
      fixture('copa-ejemplo-playoff.rsssf.txt'),
      fixture('copa-ejemplo.wiki'),
      fixture('copa-ejemplo-ties.wiki'),
    ]) {
      const record = await readSeasonFile(path);
      const again = parseSeasonText(
        renderRecord(record, tablesOf(record), 'wikitext'),
        'again.wiki',
      );
      const points = (r: SeasonRecord) =>
        tablesOf(r).flatMap((stage) =>
          stage.groups.flatMap((group) => group.table.map((row) => [row.club, row.points])),
        );
      expect({ path, format: again.format, points: points(again) }).toEqual({
        path,
        format: 'wikitext',
        points: points(record),
      });
      expect({ path, check: checkRecord(again, tablesOf(again)).discrepancies }).toEqual({
        path,
        check: [],
      });
      expect([again.competition, again.season, again.winners]).toEqual([
        record.competition,
        record.season,
        record.winners,
      ]);
    }
  });

  test('the older templates of one club or one match each: a table with its places and a deduction, a results grid', async () => {
    const record = await readSeasonFile(fixture('liga-ejemplo-fb.wiki'));
    expect(record.warnings).toEqual([]);
    const [group] = record.stages[0]?.groups ?? [];
    expect(group?.rounds.flatMap((round) => round.matches)).toHaveLength(12);
    // Each row points at its club's template; the qualification spans the two rows under it.
    expect(
      group?.published?.rows.map((row) => [row.line, row.club, row.points, row.notes]),
    ).toEqual([
      [13, 'deportivo-ejemplo', 14, ['Champions', '2043 Copa Continental Group stage']],
      [15, 'atletico-prueba', 8, ['2043 Copa Continental Group stage']],
      [16, 'union-muestra', 7, []],
      [18, 'sport-modelo', 1, ['Relegated', '-1']],
    ]);
    // The grid's cells, in all three ways of writing a score, agree with every printed row.
    expect(checkRecord(record, tablesOf(record))).toMatchObject({ consistent: true, compared: 1 });
    const state = runEdition(withMatchIds(recordToEdition(record, rulesForRecord(record))));
    expect(state.champion).toBe('deportivo-ejemplo');
    expect(state.relegated.map((movement) => movement.club)).toEqual(['sport-modelo']);
    expect(state.stages[0]?.groups[0]?.table.at(-1)).toMatchObject({
      clubId: 'sport-modelo',
      points: 1,
    });
  });

  test("Spanish Wikipedia's own: the ficha, a table of a template per club, a table per matchday, both legs of the final in match boxes", async () => {
    const record = await readSeasonFile(fixture('copa-ejemplo-es.wiki'));
    expect(record.warnings.map((warning) => [warning.line, warning.message])).toEqual([
      [3, 'The infobox field "deporte" is not one Torneo reads; kept out of the record'],
    ]);
    expect([record.competition, record.season, record.winners, record.previous]).toEqual([
      'Copa de Ejemplo',
      '2042',
      'club-alfa',
      '2041',
    ]);
    const [groups, final] = record.stages;
    const group = groups?.groups[0];
    // Each matchday's table is a round; a date over two rows dates both; `{{fecha|3|3|2042}}` is
    // the 3rd of March; a time after the date is no part of it.
    expect(
      group?.rounds.map((round) => [
        round.name,
        round.matches.map((match) => [match.home, match.score, match.away, match.date]),
      ]),
    ).toEqual([
      [
        'Fecha 1',
        [
          ['club-alfa', { home: 2, away: 0 }, 'club-beta', '2042-03-03'],
          ['club-gamma', { home: 1, away: 1 }, 'club-delta', '2042-03-03'],
        ],
      ],
      [
        'Fecha 2',
        [
          ['club-beta', { home: 0, away: 1 }, 'club-gamma', '2042-03-10'],
          ['club-delta', { home: 0, away: 3 }, 'club-alfa', '2042-03-11'],
        ],
      ],
      [
        'Fecha 3',
        [
          // `1 - 1 (0 - 1)`: the half-time score in brackets is no part of the record.
          ['club-alfa', { home: 1, away: 1 }, 'club-gamma', '2042-03-17'],
          ['club-beta', { home: 2, away: 1 }, 'club-delta', '2042-03-17'],
        ],
      ],
    ]);
    expect(
      group?.published?.rows.map((row) => [row.line, row.club, row.points, row.notes]),
    ).toEqual([
      [19, 'club-alfa', 7, []],
      [20, 'club-gamma', 5, []],
      [21, 'club-beta', 3, []],
      [23, 'club-delta', 0, ['-1']],
    ]);
    expect(checkRecord(record, tablesOf(record))).toMatchObject({ consistent: true, compared: 1 });
    expect(final?.groups[0]?.rounds[0]?.matches).toMatchObject([
      { home: 'club-gamma', away: 'club-alfa', score: { home: 1, away: 1 }, date: '2042-04-20' },
      {
        home: 'club-alfa',
        away: 'club-gamma',
        score: { home: 0, away: 0 },
        penalties: { home: 4, away: 3 },
        date: '2042-04-27',
      },
    ]);
    // Both legs in one round are one tie, decided on its shoot-out; the ficha's `ascendidos` and
    // the prose promote the champion, the prose saying where (its sentence over two lines).
    const state = runEdition(withMatchIds(recordToEdition(record, rulesForRecord(record))));
    expect(state.warnings).toEqual([]);
    expect(state.stages[1]?.ties.map((tie) => [tie.winner, tie.decidedBy])).toEqual([
      ['club-alfa', 'on penalties 4-3'],
    ]);
    expect(state.champion).toBe('club-alfa');
    expect(state.promoted.map((movement) => [movement.club, movement.to])).toEqual([
      ['club-alfa', '2043 Liga de Ejemplo'],
    ]);
    // What the import writes in its own words (the printed deduction's reason) it gives in
    // Spanish too, with the line it was printed on.
    const edition = recordToEdition(record, rulesForRecord(record));
    expect(edition.rulings.map((ruling) => ruling.reason)).toEqual([
      'printed [-1] beside the table (line 23)',
    ]);
    expect(localizeEdition(edition, 'es').rulings.map((ruling) => ruling.reason)).toEqual([
      '[-1] impreso junto a la tabla (línea 23)',
    ]);
  });

  test('a template or a table left open is said, with its line', () => {
    const record = parseSeasonText(
      [
        '== Final ==',
        '{| class="wikitable"',
        '! Pos !! Team !! Pld !! W !! D !! L !! GF !! GA !! Pts',
        '|-',
        '| 1 || Alfa || 1 || 1 || 0 || 0 || 2 || 1 || 3',
        '|-',
        '| 2 || Beta || 1 || 0 || 0 || 1 || 1 || 2 || 0',
        '',
        '{{Football box |team1=Alfa |score=2–1 |team2=Beta',
      ].join('\n'),
      'open.wiki',
    );
    expect(record.warnings.map((warning) => [warning.line, warning.message])).toEqual([
      [2, 'The table opened here is never closed with |}: read to the end of the text'],
    ]);
    const template = parseSeasonText(
      ['== Final ==', '* Alfa 2–1 Beta', '{{Football box |team1=Alfa |score=2–1 |team2=Beta'].join(
        '\n',
      ),
      'open.wiki',
      { from: 'wikitext' },
    );
    expect(template.warnings.map((warning) => [warning.line, warning.message])).toEqual([
      [3, 'The template {{Football box is never closed with }}: read as text'],
    ]);
    // A football template Torneo does not read (positions round by round): said, not silently
    // left out.
    const old = parseSeasonText(
      ['== Final ==', '* Alfa 2–1 Beta', '{{Fb rbr pos |t=Alfa |1=1 |2=1}}'].join('\n'),
      'old.wiki',
      { from: 'wikitext' },
    );
    expect(old.warnings.map((warning) => [warning.line, warning.message])).toEqual([
      [
        3,
        'The template {{fb rbr pos}} is not one Torneo reads: what it holds is not in the record',
      ],
    ]);
  });
});

describe('a season article copied from its web page', () => {
  test('is told apart by its [edit] marks, its title and infobox read from the lines the page runs together', async () => {
    const path = fixture('copa-ejemplo-copy.txt');
    const record = await readSeasonFile(path);
    expect(record.format).toBe('copy');
    expect(record.warnings).toEqual([]);
    expect([
      record.title,
      record.competition,
      record.season,
      record.winners,
      record.previous,
      record.next,
    ]).toEqual(['2046 Copa de Ejemplo', 'Copa de Ejemplo', '2046', 'union-cumbre', '2045', '2047']);
    // Headings by their [edit] marks: the region holds its groups and its final.
    expect(
      record.stages.map((stage) => [
        stage.name,
        stage.groups.map((group) => [
          group.name,
          group.rounds.flatMap((round) => round.matches).length,
          group.playOffs.length,
          group.published?.rows.map((row) => [row.line, row.points]) ?? [],
        ]),
      ]),
    ).toEqual([
      [
        'Regional Stage',
        [
          ['Region I, Group A', 4, 2, []],
          [
            'Region I, Group B',
            0,
            0,
            [
              [39, 10],
              [40, 4],
              [41, 3],
            ],
          ],
          ['Region I, Final', 2, 0, []],
        ],
      ],
    ]);
    const state = runEdition(withMatchIds(recordToEdition(record, rulesForRecord(record))));
    expect(
      state.stages.flatMap((stage) => stage.ties.map((tie) => [tie.winner, tie.decidedBy])),
    ).toEqual([
      ['atletico-selva', expect.stringMatching(/extra match/)],
      ['sport-costa', expect.stringMatching(/penalties/)],
      ['union-cumbre', expect.stringMatching(/points/)],
    ]);
    expect(state.champion).toBe('union-cumbre');
    expect(state.promoted.map((movement) => movement.to)).toEqual(['2047 Liga de Ejemplo']);
  });

  test('tables whose cells only spaces part: a printed table with notes, ties on one leg', () => {
    const record = parseSeasonText(
      [
        'Liga de Ejemplo 2047',
        '',
        'League[edit]',
        'Pos Team Pld W D L GF GA GD Pts Qualification or relegation',
        '1 Alianza Ejemplo 2 2 0 0 4 1 +3 6 Promoted to the 2048 Copa de Oro',
        '2 Sport Ribera 2 0 0 2 1 4 −3 0',
        '',
        'Alianza Ejemplo 2-0 Sport Ribera',
        'Sport Ribera 1-2 Alianza Ejemplo',
        '',
        'Cup final[edit]',
        'Team 1 Score Team 2',
        'Alianza Ejemplo 2–1 (a.e.t.) Sport Ribera',
      ].join('\n'),
      'liga.txt',
    );
    expect(record.format).toBe('copy');
    const [league, cup] = record.stages;
    expect(league?.groups[0]?.published?.rows.map((row) => [row.club, row.notes])).toEqual([
      ['alianza-ejemplo', ['Promoted to the 2048 Copa de Oro']],
      ['sport-ribera', []],
    ]);
    expect(cup?.groups[0]?.rounds[0]?.matches[0]).toMatchObject({
      home: 'alianza-ejemplo',
      extraTime: { home: 2, away: 1 },
    });
  });

  test('a printed table whose clubs carry numbers in their names', () => {
    const record = parseSeasonText(
      [
        'Liga de Ejemplo 2049',
        '',
        'League[edit]',
        'Pos Team Pld W D L GF GA GD Pts',
        '1 2 de Mayo 2 2 0 0 3 1 +2 6',
        '2 Schalke 04 2 1 0 1 3 1 +2 3',
        '3 1. FC Ejemplo 2 0 0 2 1 5 −4 0',
        '',
        '2 de Mayo 2-1 1. FC Ejemplo',
        'Schalke 04 3-0 1. FC Ejemplo',
        'Schalke 04 0-1 2 de Mayo',
      ].join('\n'),
      'liga.txt',
      { from: 'copy' },
    );
    const rows = record.stages[0]?.groups[0]?.published?.rows;
    expect(rows?.map((row) => [row.club, row.played, row.points])).toEqual([
      ['2-de-mayo', 2, 6],
      ['schalke-04', 2, 3],
      ['1-fc-ejemplo', 2, 0],
    ]);
    expect(checkRecord(record, tablesOf(record)).consistent).toBe(true);
    // With a column of notes, where a note might open with a number, the games decide.
    const noted = parseSeasonText(
      [
        'Liga de Ejemplo 2050',
        '',
        'League[edit]',
        'Pos Team Pld W D L GF GA GD Pts Promotion',
        '1 Hannover 96 2 2 0 0 3 1 +2 6 Promoted',
        '2 Alianza Ejemplo 2 0 0 2 1 3 −2 0 3 points deducted',
      ].join('\n'),
      'liga.txt',
      { from: 'copy' },
    );
    expect(
      noted.stages[0]?.groups[0]?.published?.rows.map((row) => [row.club, row.played, row.notes]),
    ).toEqual([
      ['hannover-96', 2, ['Promoted']],
      ['alianza-ejemplo', 2, ['3 points deducted']],
    ]);
  });

  test('a Spanish copy: marks without brackets or before the text, Spanish columns, the season in the title', () => {
    const record = parseSeasonText(
      [
        'Copa de Ejemplo 2048',
        '',
        'De Wikipedia, la enciclopedia libre',
        'Copa de Ejemplo 2048',
        'Campeón Club Alfa',
        '',
        'La Copa de Ejemplo 2048 fue una edición inventada para las pruebas; los clubes no son reales.',
        '',
        'Etapa Regional editar',
        'Pos. Equipo PJ G E P GF GC Dif. Pts.',
        '1 Club Alfa 2 2 0 0 5 1 +4 6',
        '2 Club Beta 2 0 0 2 1 5 −4 0',
        '',
        'Etapa Final',
        '[editar]La final se jugó en Lima.',
        'Team 1 Score Team 2',
        'Club Alfa 2–0 Club Gamma',
      ].join('\n'),
      'copa.txt',
    );
    expect([record.format, record.competition, record.season, record.winners]).toEqual([
      'copy',
      'Copa de Ejemplo',
      '2048',
      'club-alfa',
    ]);
    expect(
      record.stages.map((stage) => [
        stage.name,
        stage.groups[0]?.published?.rows.map((row) => [row.club, row.won, row.lost, row.points]),
        stage.groups[0]?.rounds.flatMap((round) => round.matches).length,
      ]),
    ).toEqual([
      [
        'Etapa Regional',
        [
          ['club-alfa', 2, 0, 6],
          ['club-beta', 0, 2, 0],
        ],
        0,
      ],
      ['Etapa Final', undefined, 1],
    ]);
    expect(record.notes).toContainEqual({
      heading: 'Etapa Final',
      text: 'La final se jugó en Lima.',
    });
  });

  test('a mirror that leaves its marks empty (`League table[]`), an infobox list a club a line, and a results grid that only spaces part', () => {
    const record = parseSeasonText(
      [
        '2042 Liga de Ejemplo',
        '',
        'From Wikipedia, the free encyclopedia',
        'Liga de Ejemplo',
        'Season2042',
        'ChampionsClub Alfa',
        'RelegatedClub Gamma',
        'Club Delta',
        '2043 Copa ContinentalClub Alfa',
        'Club Beta',
        'Matches played12',
        '2041',
        '2043',
        '',
        'The 2042 Liga de Ejemplo was a made-up season.',
        '',
        'League table[]',
        '',
        'Pos Team Pld W D L GF GA GD Pts Qualification or relegation',
        '1 Club Alfa 6 4 2 0 9 3 +6 14 Promoted',
        '2 Club Beta 6 2 2 2 8 8 0 8',
        '3 Club Gamma 6 1 4 1 6 6 0 7',
        '4 Club Delta 6 0 2 4 5 11 −6 2 Relegated',
        '',
        'Results[]',
        '',
        'Home \\ Away ALF BET GAM DEL',
        'Club Alfa — 2–0 1–1 3–1',
        'Club Beta 1–2 — 0–0 2–1',
        'Club Gamma 0–1 2–2 — 1–0',
        'Club Delta 0–0 1–3 2–2 —',
      ].join('\n'),
      'mirror.txt',
    );
    expect(record.format).toBe('copy');
    expect(record.warnings).toEqual([]);
    // A list of the infobox goes on a club a line, up to the next field.
    expect(record.movements?.map((movement) => [movement.club, movement.outcome])).toEqual([
      ['club-gamma', 'relegated'],
      ['club-delta', 'relegated'],
    ]);
    // The grid's rows were once read as matches against clubs named `1-1-3-1`.
    expect(record.clubs.map((club) => club.id)).toEqual([
      'club-alfa',
      'club-beta',
      'club-gamma',
      'club-delta',
    ]);
    const [group] = record.stages[0]?.groups ?? [];
    expect(group?.rounds.flatMap((round) => round.matches)).toHaveLength(12);
    expect(checkRecord(record, tablesOf(record))).toMatchObject({ consistent: true, compared: 1 });
    // In an article, such a row is no match either: a club's name has a letter.
    const article = parseSeasonText(
      ['= 2042 Liga =', '', '== Liga ==', 'Alfa — 2–0 1–1', 'Alfa 2-0 Beta'].join('\n'),
      'grid.txt',
      { from: 'article' },
    );
    expect(article.clubs.map((club) => club.id)).toEqual(['alfa', 'beta']);
  });

  test("a copy of Spanish Wikipedia's page: its Palmarés, Goleador and the Ascenso(s) and Descenso(s) lists, tab-parted cells, a grid", () => {
    const record = parseSeasonText(
      [
        'Liga de Ejemplo 2042',
        '',
        'De Wikipedia, la enciclopedia libre',
        'Liga de Ejemplo 2042',
        'Datos generales',
        'Sede\tPerú',
        'Fecha\t3 de marzo de 2042',
        'Palmarés',
        'Primero\tClub Alfa (3)',
        'Segundo\tClub Beta',
        'Goleador\tJuan Pérez (7)',
        'Intercambio de plazas',
        'Ascenso(s):',
        'Club Alfa',
        'Descenso(s):\tClub Gamma',
        'Club Delta',
        'Cronología',
        '',
        'La Liga de Ejemplo 2042 fue una temporada inventada.',
        '',
        'Tabla de posiciones[editar]',
        'Pos.\tEquipo\tPJ\tG\tE\tP\tGF\tGC\tDif.\tPts.',
        '1\tClub Alfa\t6\t4\t2\t0\t9\t3\t+6\t14',
        '2\tClub Beta\t6\t2\t2\t2\t8\t8\t0\t8',
        '3\tClub Gamma\t6\t1\t4\t1\t6\t6\t0\t7',
        '4\tClub Delta\t6\t0\t2\t4\t5\t11\t−6\t2',
        '',
        'Resultados[editar]',
        'Local \\ Visitante\tALF\tBET\tGAM\tDEL',
        'Club Alfa\t—\t2:0\t1:1\t3:1',
        'Club Beta\t1:2\t—\t0:0\t2:1',
        'Club Gamma\t0:1\t2:2\t—\t1:0',
        'Club Delta\t0:0\t1:3\t2:2\t—',
      ].join('\n'),
      'copia.txt',
    );
    expect(record.warnings).toEqual([]);
    expect([record.competition, record.season, record.winners]).toEqual([
      'Liga de Ejemplo',
      '2042',
      'club-alfa',
    ]);
    expect(record.topScorers).toEqual([{ name: 'Juan Pérez', goals: 7 }]);
    // The lists stop at the infobox's own headings (`Cronología`).
    expect(record.movements?.map((movement) => [movement.club, movement.outcome])).toEqual([
      ['club-alfa', 'promoted'],
      ['club-gamma', 'relegated'],
      ['club-delta', 'relegated'],
    ]);
    expect(record.stages[0]?.groups[0]?.rounds.flatMap((round) => round.matches)).toHaveLength(12);
    expect(checkRecord(record, tablesOf(record))).toMatchObject({ consistent: true, compared: 1 });
  });
});
