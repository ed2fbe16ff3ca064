import { describe, expect, test } from 'vitest';
import { parseEdition } from '#adapters/formats/edition/read-edition.ts';
import { parseSeasonText } from '#adapters/formats/read-season-file.ts';
import { renderRecord } from '#adapters/formats/render/render-record.ts';
import { withMatchIds } from '#core/format/match-ids.ts';
import { runEdition } from '#core/format/run-edition.ts';
import { rulesForRecord } from '#core/records/record-rules.ts';
import { computeRecordTables } from '#core/records/record-tables.ts';
import { recordToEdition } from '#core/records/record-to-edition.ts';

/** A made-up season whose infobox and prose name who went up and down. */
const ARTICLE = [
  '= 2044 Liga de Ejemplo =',
  '',
  'Infobox',
  '- Competition: Liga de Ejemplo',
  '- Season: 2044',
  '- Winners: Alianza Ejemplo',
  '- Relegated: Atletico Selva de Tarapoto',
  '- Ascenso(s): Sport Ribera (Copa de Ejemplo 2045)',
  '',
  'A made-up league. Club Nuevo was promoted to the 2045 Segunda de Ejemplo, invited. Club',
  'Fantasma was relegated to the Tercera.',
  '',
  '== First Stage ==',
  'Club Nuevo 0-1 Union Andina',
  '',
  '== Final Stage ==',
  '=== Round 1 ===',
  'Alianza Ejemplo 2-0 Atletico Selva',
  'Sport Ribera 2-1 Union Andina',
  '=== Round 2 ===',
  'Alianza Ejemplo 2-1 Sport Ribera',
  'Union Andina 1-0 Atletico Selva',
  '=== Round 3 ===',
  'Sport Ribera 1-0 Atletico Selva',
  'Union Andina 0-0 Alianza Ejemplo',
  '',
].join('\n');

describe('clubs the source names as going up or down', () => {
  test('from the infobox and the prose, matched with the record clubs by the longest name', () => {
    const record = parseSeasonText(ARTICLE, 'liga.txt');
    expect(record.warnings).toEqual([]);
    expect(record.movements).toEqual([
      {
        club: 'sport-ribera',
        outcome: 'promoted',
        to: { competition: 'Copa de Ejemplo', edition: '2045' },
        source: 'the infobox\'s "ascenso(s)"',
      },
      { club: 'atletico-selva', outcome: 'relegated', source: 'the infobox\'s "relegated"' },
      {
        club: 'club-nuevo',
        outcome: 'promoted',
        to: { competition: 'Segunda de Ejemplo', edition: '2045' },
        source: 'the prose',
      },
    ]);
    // The record's own table says it beside the rows.
    const final = computeRecordTables(record, { rulesFor: rulesForRecord(record) })[1]?.groups[0];
    expect(final?.table.map((row) => [row.club, row.status ?? ''])).toEqual([
      ['Alianza Ejemplo', 'champion'],
      ['Sport Ribera', 'promoted'],
      ['Union Andina', ''],
      ['Atletico Selva', 'relegated'],
    ]);
  });

  test('in the edition: places of the final table where the clubs have one, rulings where not', () => {
    const record = parseSeasonText(ARTICLE, 'liga.txt');
    const edition = recordToEdition(record, rulesForRecord(record));
    expect(edition.stages[1]?.outcomes).toEqual([
      { positions: [1], outcome: 'champion' },
      {
        positions: [2],
        outcome: 'promoted',
        to: { competition: 'Copa de Ejemplo', edition: '2045' },
      },
      { positions: [4], outcome: 'relegated' },
    ]);
    expect(edition.rulings).toEqual([
      {
        kind: 'promotion',
        club: 'club-nuevo',
        to: { competition: 'Segunda de Ejemplo', edition: '2045' },
        reason: 'promoted by the prose',
      },
    ]);
    const state = runEdition(withMatchIds(edition));
    expect(state.promoted.map((movement) => movement.club)).toEqual(['sport-ribera', 'club-nuevo']);
    expect(state.relegated.map((movement) => movement.club)).toEqual(['atletico-selva']);
  });

  test('a listed club the record has nowhere else is said; the Torneo JSON keeps the movements', () => {
    const record = parseSeasonText(
      ARTICLE.replace('- Relegated: Atletico Selva de Tarapoto', '- Relegated: Deportivo Perdido'),
      'liga.txt',
    );
    expect(record.warnings).toEqual([
      {
        line: 7,
        message:
          'Deportivo Perdido, relegated by the infobox\'s "relegated", plays in none of the record\'s stages',
      },
    ]);
    const tables = computeRecordTables(record, { rulesFor: rulesForRecord(record) });
    expect(parseSeasonText(renderRecord(record, tables, 'json'), 'again.json').movements).toEqual(
      record.movements,
    );
  });

  test('a Spanish sentence that names the clubs after where they went', () => {
    const record = parseSeasonText(
      [
        '= 2044 Copa de Ejemplo =',
        '',
        // One paragraph a line, as articles write them.
        'Una temporada inventada. Además ascendieron a la Segunda División 2045 Atletico Selva de ' +
          'Tarapoto, Sport Ribera e Union Andina. Junto a ellos ascendió al Torneo Mayor 2045 el ' +
          'subcampeón Alianza Ejemplo.',
        '',
        '== Final ==',
        'Alianza Ejemplo 2-0 Atletico Selva',
        'Sport Ribera 2-1 Union Andina',
      ].join('\n'),
      'copa.txt',
    );
    expect(
      record.movements?.map((movement) => [
        movement.club,
        movement.to?.competition,
        movement.to?.edition,
      ]),
    ).toEqual([
      ['atletico-selva', 'Segunda División', '2045'],
      ['sport-ribera', 'Segunda División', '2045'],
      ['union-andina', 'Segunda División', '2045'],
      ['alianza-ejemplo', 'Torneo Mayor', '2045'],
    ]);
  });

  test('an edition file states a promotion by a ruling, with its reason', () => {
    const edition = parseEdition(
      [
        'competition: Liga de Ejemplo',
        'edition: "2044"',
        'clubs:',
        '  - { id: alianza, name: Alianza }',
        '  - { id: sport-ribera, name: Sport Ribera }',
        '  - { id: club-nuevo, name: Club Nuevo }',
        'stages:',
        '  - id: league',
        '    name: League',
        '    kind: league',
        '    entrants: [Alianza, Sport Ribera]',
        '    rounds: [{ name: Round 1, matches: [Alianza 1-0 Sport Ribera] }]',
        '    outcomes: [{ position: 1, outcome: champion }]',
        'rulings:',
        '  - kind: promotion',
        '    club: Club Nuevo',
        '    to: { competition: Segunda de Ejemplo, edition: "2045" }',
        '    reason: a place left empty, filled by invitation',
      ].join('\n'),
      'liga.yaml',
    );
    expect(runEdition(edition).promoted).toEqual([
      {
        club: 'club-nuevo',
        to: '2045 Segunda de Ejemplo',
        competition: 'Segunda de Ejemplo',
        edition: '2045',
      },
    ]);
  });
});
