import { describe, expect, test } from 'vitest';
import {
  assignFigures,
  defaultColumns,
  readGluedRow,
  readHeader,
  readNamedHeader,
  readNamedRow,
  readRow,
} from './table-columns.ts';

describe('RSSSF table rows and headers', () => {
  test('reads the column order of English and Spanish headers', () => {
    expect(readHeader('Pts - P - W - D - L - GF - GA')).toEqual([
      'points',
      'played',
      'won',
      'drawn',
      'lost',
      'goalsFor',
      'goalsAgainst',
    ]);
    expect(readHeader('PJ PG PE PP GF GC DG PTS')).toEqual([
      'played',
      'won',
      'drawn',
      'lost',
      'goalsFor',
      'goalsAgainst',
      'ignored',
      'points',
    ]);
    expect(readHeader('Round 1 (Sep 30)')).toBeUndefined();
    // Spanish tables: with PJ for the games played, P is the games lost (perdidos).
    expect(readHeader('PJ G E P GF GC Pts')).toEqual([
      'played',
      'won',
      'drawn',
      'lost',
      'goalsFor',
      'goalsAgainst',
      'points',
    ]);
    expect(readHeader('P W D L GF GA Pts')?.[0]).toBe('played');
    // Portuguese ones: D is the games lost beside E, GP the goals scored beside J.
    expect(readHeader('J V E D GP GC SG Pts')).toEqual([
      'played',
      'won',
      'drawn',
      'lost',
      'goalsFor',
      'goalsAgainst',
      'ignored',
      'points',
    ]);
  });

  test('reads dotted names, shared places, unranked clubs, notes and a signed goal difference', () => {
    expect(
      readRow('1. Asociación Deportiva ....   8 - 5 - 3 - 2 - 0 -  5 -  1   [Promoted]'),
    ).toEqual({
      position: 1,
      unranked: false,
      name: 'Asociación Deportiva',
      figures: [8, 5, 3, 2, 0, 5, 1],
      notes: ['Promoted'],
    });
    expect(readRow('   Garcilaso ....   5 - 5 - 2 - 1 - 2 -  8 -  6')?.position).toBeUndefined();
    expect(readRow('-. Retired FC    2  0  0  2  0- 4  0 [Retired]')?.unranked).toBe(true);
    expect(readRow(' 3. Club X   30  10  5 15  40-50  35  [-3][Relegated]')?.notes).toEqual([
      '-3',
      'Relegated',
    ]);
    const row = readRow(' 4.Beta          3  0  1  2   0- 4  -4   1');
    expect(row?.figures).toEqual([3, 0, 1, 2, 0, 4, 4, 1]);
    expect(assignFigures(row?.figures ?? [], defaultColumns(8))).toEqual({
      played: 3,
      won: 0,
      drawn: 1,
      lost: 2,
      goalsFor: 0,
      goalsAgainst: 4,
      points: 1,
    });
  });

  test('keeps the last dot of a name of initials before a dotted leader', () => {
    expect(readRow('2. U.P.A.O. ......................  12 - 5 - 4 - 0 - 1 - 14 -  4')).toEqual({
      position: 2,
      unranked: false,
      name: 'U.P.A.O.',
      figures: [12, 5, 4, 0, 1, 14, 4],
      notes: [],
    });
    expect(readRow('3. Sport Boys F.C.     5  2  1  2   7- 6  5')?.name).toBe('Sport Boys F.C.');
  });

  test('reads names with digits, a number after the name going where the row adds up', () => {
    expect(readRow(' 2.12 de Octubre      3  1  1  1   6- 4   4')?.name).toBe('12 de Octubre');
    expect(readRow('4.1.FC Köln     3  0  2  1   3- 4   2')).toMatchObject({
      position: 4,
      name: '1.FC Köln',
      figures: [3, 0, 2, 1, 3, 4, 2],
    });
    // One space between the name and the figures: 04 is the name's, since 4 = 3 + 0 + 2 fails.
    expect(readRow(' 3.Schalke 04 3  0  2  1   1- 4   2')).toMatchObject({
      name: 'Schalke 04',
      figures: [3, 0, 2, 1, 1, 4, 2],
    });
    // Here 10 is the games played: 10 = 6 + 2 + 2.
    expect(readRow(' 1.Sport Boys 10  6  2  2  20-10  14')).toMatchObject({
      name: 'Sport Boys',
      figures: [10, 6, 2, 2, 20, 10, 14],
    });
    // Under a header of 7 columns, a row of 8 figures has the name's number among them.
    const columns = readHeader('P W D L GF-GA Pts');
    expect(readRow('5.Hannover 96 34 10  6 18  46-59  36', columns)?.name).toBe('Hannover 96');
    expect(readRow('5.Hannover 96 34 10  6 18  46-59  36')?.name).toBe('Hannover 96');
  });

  test('reads plain-text copies of Wikipedia tables, with the goal difference unsigned or run in', () => {
    const columns = readNamedHeader('Pos Team Pld W D L GF GA GD Pts Promotion') ?? [];
    expect(columns).toEqual([
      'played',
      'won',
      'drawn',
      'lost',
      'goalsFor',
      'goalsAgainst',
      'ignored',
      'points',
    ]);
    expect(readNamedHeader('Round 1 (Sep 30)')).toBeUndefined();
    expect(
      readNamedRow(
        '1 La Loretana 5 2 3 0 7 5 +2 9 Promoted to 1996 Torneo Descentralizado',
        columns,
      ),
    ).toEqual({
      position: 1,
      unranked: false,
      name: 'La Loretana',
      figures: [5, 2, 3, 0, 7, 5, 2, 9],
      notes: ['Promoted to 1996 Torneo Descentralizado'],
    });
    expect(readNamedRow('4 Municipal (A) 5 1 3 1 8 10 2 6', columns)?.figures).toEqual([
      5, 1, 3, 1, 8, 10, 2, 6,
    ]);
    // 6 scored, 7 conceded, −1: printed "6 71".
    expect(readNamedRow('5 Club X 5 1 2 2 6 71 5', columns)?.figures).toEqual([
      5, 1, 2, 2, 6, 7, 1, 5,
    ]);
    expect(readNamedRow('Source: somewhere', columns)).toBeUndefined();
    // A number ending the club's name, and a note opening with a number.
    expect(readNamedRow('1 Hannover 96 2 2 0 0 3 1 +2 6 Promoted', columns)).toMatchObject({
      name: 'Hannover 96',
      figures: [2, 2, 0, 0, 3, 1, 2, 6],
      notes: ['Promoted'],
    });
    expect(readNamedRow('2 Alianza 2 0 0 2 1 3 −2 0 3 points deducted', columns)).toMatchObject({
      name: 'Alianza',
      figures: [2, 0, 0, 2, 1, 3, 2, 0],
      notes: ['3 points deducted'],
    });
  });

  test('does not take a result line for a table row', () => {
    expect(readRow('Garcilaso - Centenario                      3-0')).toBeUndefined();
  });

  test('cuts a row whose figures a copy ran together where games, goals and points add up', () => {
    const columns = readHeader('Equipo PJ PG PE PP GF GC DG Pts') ?? [];
    expect(columns).toEqual([
      'played',
      'won',
      'drawn',
      'lost',
      'goalsFor',
      'goalsAgainst',
      'ignored',
      'points',
    ]);
    const cut = (line: string) => readGluedRow(line, columns)?.figures;
    expect(cut('Defensor Ejemplo 6501101+915')).toEqual([6, 5, 0, 1, 10, 1, 9, 15]);
    expect(cut('Santo Ejemplo 62041116-56')).toEqual([6, 2, 0, 4, 11, 16, 5, 6]);
    expect(cut('Cultural Ejemplo 5005112-110')).toEqual([5, 0, 0, 5, 1, 12, 11, 0]);
    expect(cut('Barza Ejemplo 632184+411')).toEqual([6, 3, 2, 1, 8, 4, 4, 11]);
    // No sign: a difference of nothing, or one whose minus the copy dropped.
    expect(cut('Club Par 62228808')).toEqual([6, 2, 2, 2, 8, 8, 0, 8]);
    expect(readGluedRow('Club Ejemplo 6501101+915', columns)?.name).toBe('Club Ejemplo');
    // Figures that add up no way, or two ways, are not guessed.
    expect(cut('Club Raro 9999999+999')).toBeUndefined();
    expect(cut('Club Ejemplo 6 5 0 1 10 1 +9 15')).toBeUndefined();
  });
});
