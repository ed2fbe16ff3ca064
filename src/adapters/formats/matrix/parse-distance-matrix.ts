/**
 * @module A square matrix of distances as text: one row per line, the numbers apart by spaces,
 * or by tabs, commas or semicolons. The Traveling Tournament Problem's data files have come this
 * way since its first benchmark pages (a file per instance, nothing but the numbers); a
 * spreadsheet exports one with the clubs' names above the columns, before each row, or both.
 */
import { InputError, type Issue, makeIssue } from '#core/errors.ts';
import { distanceExpected } from '#core/places/distance.ts';
import { readCsv } from '../csv/read-csv.ts';

/** A matrix read from text: the distances, and the clubs' names when the text gives them. */
export interface DistanceMatrix {
  readonly distances: number[][];
  /** From the line above the numbers, or from each row's first cell; absent when neither. */
  readonly names?: string[];
}

/** Whether a text is a matrix rather than JSON or XML: it starts with neither `{`, `[` nor `<`. */
export function looksLikeMatrix(text: string): boolean {
  return !/^[{[<]/.test(text.trimStart());
}

/** At most this many problems are told: the rest show once these are mended. */
const MAX_ISSUES = 20;

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
const DECIMAL_COMMA = /^[+-]?\d+,\d+$/;

/**
 * Reads a matrix of distances. Blank lines are passed over. When any line holds a tab, those part
 * the cells, else semicolons, else commas, as in CSV (so a name may hold spaces, "Tingo María",
 * or in quotes a comma); otherwise spaces do.
 * A first line of more names than numbers names the columns; a row whose first cell is not a number
 * starts with its club's name, which must then be the name above its column. Every distance is a
 * number, none negative, none over a billion, 0 from a club to itself, as many in each
 * row as there are rows. Every problem is an issue of its own, told by its line and column (`what`
 * names the kind of file in the message); any issue throws an InputError.
 *
 * @example
 * parseDistanceMatrix('0 5 9\n5 0 4\n9 4 0\n', 'ring.txt', 'TTP instance').distances[2] //=> [9, 4, 0]
 * parseDistanceMatrix(',Ica,Pisco\nIca,0,72\nPisco,72,0\n', 'ica.csv', 'grouping instance').names
 * //=> ['Ica', 'Pisco']
 */
export function parseDistanceMatrix(text: string, path: string, what: string): DistanceMatrix {
  const lines = text
    .split(/\r?\n/)
    .map((line, index) => ({ number: index + 1, line: line.trim() }));
  const filled = lines.filter(({ line }) => line !== '');
  // Tabs, else semicolons, else commas part the cells, as CSV (a name in quotes may hold one);
  // with tabs or semicolons a comma in a number is its decimal point ("72,5"), as spreadsheets
  // write it in Spanish.
  const separator = ['\t', ';', ','].find((mark) => filled.some(({ line }) => line.includes(mark)));
  const rows = (
    separator
      ? readCsv(text, { file: path, separator }).map((record) => ({
          number: record.line,
          cells: record.cells.map((cell) => {
            const trimmed = cell.trim();
            return separator !== ',' && DECIMAL_COMMA.test(trimmed)
              ? trimmed.replace(',', '.')
              : trimmed;
          }),
        }))
      : filled.map(({ number, line }) => ({ number, cells: line.split(/\s+/) }))
  )
    .filter((row) => row.cells.some((cell) => cell !== ''))
    // A cell left empty by a trailing separator is no cell: a spreadsheet may write one.
    .map(({ number, cells }) => ({
      number,
      cells: cells.length > 1 && cells.at(-1) === '' ? cells.slice(0, -1) : cells,
    }));
  const isName = (cell: string) => cell !== '' && !NUMBER.test(cell);
  // Text whose lines are mostly not rows of numbers is some other file (YAML, prose, a list of
  // pairs): one issue says so, rather than one for each cell.
  const numeric = rows.filter(
    (row) => row.cells.filter((cell) => NUMBER.test(cell)).length * 2 >= row.cells.length,
  );
  if (rows.length > 0 && numeric.length * 2 < rows.length) {
    throw new InputError([
      makeIssue(
        what,
        path,
        'JSON, RobinX XML or a matrix of distances (a row of numbers per line)',
        `text of another kind, starting ${JSON.stringify(filled[0]?.line.slice(0, 40))}`,
      ),
    ]);
  }
  const issues: Issue[] = [];
  // The first few problems tell what is wrong; a matrix of another size would give one a cell.
  const refuse = (where: string, expected: string, received: string) => {
    if (issues.length < MAX_ISSUES) {
      issues.push(makeIssue(what, where ? `${path} ${where}` : path, expected, received));
    }
  };

  // A first line of names more than numbers heads the columns (a cell mistyped is no name).
  const first = rows[0]?.cells ?? [];
  const header =
    first.filter(isName).length * 2 > first.filter((cell) => cell !== '').length
      ? rows[0]
      : undefined;
  const body = header ? rows.slice(1) : rows;
  const n = body.length;
  const labelled = body[0] !== undefined && isName(body[0].cells[0] ?? '');
  let names: string[] | undefined;
  if (header) {
    // Above the labels stands a corner cell (empty, or a word such as "km"): it names no club.
    names =
      header.cells.length === n + 1 && (labelled || header.cells[0] === '')
        ? header.cells.slice(1)
        : header.cells;
    if (names.length !== n && n >= 2) {
      refuse(
        `line ${header.number}`,
        `${n} names, one above each column of distances (as many as there are rows)`,
        `${names.length}`,
      );
    }
  }
  if (labelled && !header) names = body.map((row) => row.cells[0] ?? '');
  const distances = body.map((row, i) => {
    const label = labelled ? row.cells[0] : undefined;
    if (labelled && header && names !== undefined && label !== names[i]) {
      refuse(
        `line ${row.number}, column 1`,
        `"${names[i]}", name ${i + 1} of line ${header.number} (the rows in the columns' order)`,
        JSON.stringify(label),
      );
    }
    const cells = labelled ? row.cells.slice(1) : row.cells;
    if (cells.length !== n) {
      refuse(
        `line ${row.number}`,
        `${labelled ? 'a name and ' : ''}${n} distances, one per row (the matrix is square)`,
        `${cells.length} distances`,
      );
    }
    return cells.map((cell, j) => {
      const where = `line ${row.number}, column ${j + 1 + (labelled ? 1 : 0)}`;
      // A cell that is no number (NaN, "Infinity") is told in quotes, as written.
      const value = NUMBER.test(cell) ? Number(cell) : Number.NaN;
      const expected = distanceExpected(value, i === j);
      if (expected) {
        refuse(where, expected, Number.isNaN(value) ? JSON.stringify(cell.slice(0, 40)) : cell);
      }
      return value;
    });
  });
  if (n < 2) {
    refuse('', 'a square matrix of distances, one row per line', n === 1 ? 'one row' : 'no rows');
  }
  const seen = new Set<string>();
  names?.forEach((name, k) => {
    const line = (header ?? body[k])?.number;
    if (name === '') refuse(`line ${line}`, "every club's name", `an empty name at ${k + 1}`);
    else if (seen.has(name)) refuse(`line ${line}`, 'a different name for each club', name);
    seen.add(name);
  });
  if (issues.length > 0) throw new InputError(issues);
  return { distances, ...(names ? { names } : {}) };
}
