import { describe, expect, test } from 'vitest';
import { inputIssues } from '../../../../tests/input-issues.ts';
import { looksLikeMatrix, parseDistanceMatrix } from './parse-distance-matrix.ts';

const read = (text: string) => parseDistanceMatrix(text, 'ica.txt', 'TTP instance');
const problems = (text: string) => inputIssues(() => read(text));

describe('parseDistanceMatrix', () => {
  test('reads a bare matrix laid out in columns, blank lines and a last newline passed over', () => {
    const text = '\n    0   72  140\r\n   72    0  205\n  140  205    0\n\n';
    expect(read(text)).toEqual({
      distances: [
        [0, 72, 140],
        [72, 0, 205],
        [140, 205, 0],
      ],
    });
  });

  test("reads the clubs' names above the columns, before the rows, or both", () => {
    const distances = [
      [0, 72.5, 140],
      [72.5, 0, 205],
      [140, 205, 0],
    ];
    const names = ['Ica', 'Pisco', 'Tingo María'];
    // A spreadsheet's export: a corner cell, names with spaces, a trailing comma.
    const both =
      'km,Ica,Pisco,Tingo María\nIca,0,72.5,140,\nPisco,72.5,0,205,\nTingo María,140,205,0,\n';
    expect(read(both)).toEqual({ distances, names });
    expect(read('Ica\tPisco\tTingo María\n0\t72.5\t140\n72.5\t0\t205\n140\t205\t0\n')).toEqual({
      distances,
      names,
    });
    expect(
      read(';Ica;Pisco;Tingo María\nIca;0;72.5;140\nPisco;72.5;0;205\nTingo María;140;205;0'),
    ).toEqual({ distances, names });
    expect(read('Ica;0;72.5;140\nPisco;72.5;0;205\nTingo María;140;205;0')).toEqual({
      distances,
      names,
    });
  });

  test('reads a name in quotes with a comma in it, and a decimal comma where commas part nothing', () => {
    expect(read(',"Lima, Callao",Ica\n"Lima, Callao",0,303\nIca,303,0\n').names).toEqual([
      'Lima, Callao',
      'Ica',
    ]);
    expect(read(';Lima;Ica\nLima;0;303,5\nIca;303,5;0\n').distances).toEqual([
      [0, 303.5],
      [303.5, 0],
    ]);
    expect(read('0\t303,5\n303,5\t0\n').distances[1]).toEqual([303.5, 0]);
    expect(problems(',Lima,Ica\nLima,0,"303\n')[0]).toMatch(/^Invalid .* ica\.txt/);
  });

  test('tells every number out of place by its line and column', () => {
    expect(problems('0 1 x\n1 0 -2\n3 4 5 6\n')).toEqual([
      'Invalid TTP instance at ica.txt line 1, column 3: expected a finite distance, none negative, received "x"',
      'Invalid TTP instance at ica.txt line 2, column 3: expected a finite distance, none negative, received -2',
      'Invalid TTP instance at ica.txt line 3: expected 3 distances, one per row (the matrix is square), received 4 distances',
      "Invalid TTP instance at ica.txt line 3, column 3: expected 0, a club's distance to its own venue, received 5",
    ]);
    expect(problems('0 2e9\n2e9 0')).toEqual([
      'Invalid TTP instance at ica.txt line 1, column 2: expected a distance of at most 1,000,000,000, received 2e9',
      'Invalid TTP instance at ica.txt line 2, column 1: expected a distance of at most 1,000,000,000, received 2e9',
    ]);
    expect(problems('0 Infinity\n1 0\n')).toEqual([
      'Invalid TTP instance at ica.txt line 1, column 2: expected a finite distance, none negative, received "Infinity"',
    ]);
  });

  test("holds the rows to the columns' names, one name each", () => {
    expect(problems(',Ica,Pisco,Nasca\nIca,0,1,2\nNasca,1,0,3\nPisco,2,3,0\n')).toEqual([
      `Invalid TTP instance at ica.txt line 3, column 1: expected "Pisco", name 2 of line 1 (the rows in the columns' order), received "Nasca"`,
      `Invalid TTP instance at ica.txt line 4, column 1: expected "Nasca", name 3 of line 1 (the rows in the columns' order), received "Pisco"`,
    ]);
    expect(problems('Ica,Pisco,Nasca\n0,1,2\n1,0,3\n')).toEqual([
      'Invalid TTP instance at ica.txt line 1: expected 2 names, one above each column of distances (as many as there are rows), received 3',
      'Invalid TTP instance at ica.txt line 2: expected 2 distances, one per row (the matrix is square), received 3 distances',
      'Invalid TTP instance at ica.txt line 3: expected 2 distances, one per row (the matrix is square), received 3 distances',
    ]);
    expect(problems('Ica,Ica\n0,1\n1,0\n')).toEqual([
      'Invalid TTP instance at ica.txt line 1: expected a different name for each club, received Ica',
    ]);
    expect(problems('Ica,,Pisco\n0,1,2\n1,0,3\n2,3,0\n')).toEqual([
      "Invalid TTP instance at ica.txt line 1: expected every club's name, received an empty name at 2",
    ]);
  });

  test('says in one line that a file of another kind is no matrix, and that an empty one has none', () => {
    expect(problems('# The 1993 Copa Perú\nclubs:\n  - { id: a, founded: 1950 }\n')).toEqual([
      'Invalid TTP instance at ica.txt: expected JSON, RobinX XML or a matrix of distances (a row of numbers per line), received text of another kind, starting "# The 1993 Copa Perú"',
    ]);
    expect(problems('from,to,km\nIca,Pisco,72\nIca,Nasca,140\n')).toHaveLength(1);
    expect(problems('')).toEqual([
      'Invalid TTP instance at ica.txt: expected a square matrix of distances, one row per line, received no rows',
    ]);
    expect(problems('0')).toEqual([
      'Invalid TTP instance at ica.txt: expected a square matrix of distances, one row per line, received one row',
    ]);
  });

  test('tells at most twenty problems, however many cells are wrong', () => {
    const row = (i: number) => Array.from({ length: 30 }, (_, j) => (i === j ? '0' : '-1'));
    const text = Array.from({ length: 30 }, (_, i) => row(i).join(' ')).join('\n');
    expect(problems(text)).toHaveLength(20);
  });
});

describe('looksLikeMatrix', () => {
  test('takes any text that is not JSON or XML', () => {
    expect(looksLikeMatrix('  0 1\n1 0')).toBe(true);
    expect(looksLikeMatrix(',Ica,Pisco')).toBe(true);
    expect(looksLikeMatrix(' {"distances": []}')).toBe(false);
    expect(looksLikeMatrix('[[0]]')).toBe(false);
    expect(looksLikeMatrix('\n<Instance>')).toBe(false);
  });
});
