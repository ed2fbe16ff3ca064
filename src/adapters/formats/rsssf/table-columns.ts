import type { PublishedRow } from '#core/model/season-record.ts';
import { digitsFitClubName, NUMBERED_OPENING } from '../text/club-name-digits.ts';

/** A printed column: a figure of a row, or one Torneo reads past (goal difference). */
export type TableColumn =
  | 'played'
  | 'won'
  | 'drawn'
  | 'lost'
  | 'goalsFor'
  | 'goalsAgainst'
  | 'points'
  | 'ignored';

const NAMES: Readonly<Record<string, TableColumn>> = {
  p: 'played',
  pl: 'played',
  pld: 'played',
  gp: 'played',
  mp: 'played',
  pj: 'played',
  j: 'played',
  jj: 'played',
  m: 'played',
  w: 'won',
  pg: 'won',
  g: 'won',
  v: 'won',
  gw: 'won',
  d: 'drawn',
  pe: 'drawn',
  e: 'drawn',
  n: 'drawn',
  t: 'drawn',
  l: 'lost',
  pp: 'lost',
  per: 'lost',
  gf: 'goalsFor',
  f: 'goalsFor',
  gs: 'goalsFor',
  gm: 'goalsFor',
  ga: 'goalsAgainst',
  a: 'goalsAgainst',
  gc: 'goalsAgainst',
  ge: 'goalsAgainst',
  gr: 'goalsAgainst',
  pts: 'points',
  pt: 'points',
  ptos: 'points',
  puntos: 'points',
  pnts: 'points',
  points: 'points',
  gd: 'ignored',
  dg: 'ignored',
  dif: 'ignored',
  diff: 'ignored',
  sg: 'ignored',
  '+/-': 'ignored',
};

/** The column a header cell names (`Pld`, `PJ`, `GF`, `Pts`…), or `undefined`. */
function columnNamed(cell: string): TableColumn | undefined {
  return NAMES[cell.trim().toLowerCase().replace(/\.$/, '')];
}

/**
 * The columns a header's cells name, read together, where one letter means two things: Spanish
 * tables write `PJ G E P` (jugados, ganados, empatados, perdidos), where `P` is the games lost
 * since `PJ` is the games played; Portuguese ones `J V E D GP GC` (jogos, vitórias, empates,
 * derrotas, gols pró, gols contra), where `D` is the games lost and `GP` the goals scored.
 *
 * @example
 * columnsNamed(['PJ', 'G', 'E', 'P', 'GF', 'GC', 'Pts']) //=> ['played', 'won', 'drawn', 'lost', …]
 */
export function columnsNamed(cells: readonly string[]): (TableColumn | undefined)[] {
  const columns = cells.map(columnNamed);
  const token = (index: number) => (cells[index] ?? '').trim().toLowerCase().replace(/\.$/, '');
  const twice = (column: TableColumn) => columns.filter((other) => other === column).length > 1;
  const read = (from: TableColumn, written: string, to: TableColumn) => {
    if (!twice(from) || columns.includes(to)) return;
    columns.forEach((column, index) => {
      if (column === from && token(index) === written) columns[index] = to;
    });
  };
  read('played', 'p', 'lost');
  read('played', 'gp', 'goalsFor');
  read('drawn', 'd', 'lost');
  return columns;
}

/** The columns RSSSF prints when a table has no header: `P W D L GF-GA Pts`. */
export const DEFAULT_COLUMNS: readonly TableColumn[] = [
  'played',
  'won',
  'drawn',
  'lost',
  'goalsFor',
  'goalsAgainst',
  'points',
];

/**
 * The columns of a table header (`Pts - P - W - D - L - GF - GA`, `PJ PG PE PP GF GC PTS`,
 * `P W D L GF-GA Pts`), or `undefined` when the line is not a header.
 *
 * @example
 * readHeader('Pts - P - W - D - L - GF - GA')
 * //=> ['points', 'played', 'won', 'drawn', 'lost', 'goalsFor', 'goalsAgainst']
 */
export function readHeader(line: string): TableColumn[] | undefined {
  const tokens = line
    .trim()
    .split(/[\s-]+|(?<=[a-z])\/(?=[a-z])/i)
    .filter((token) => token !== '');
  // `Equipo PJ PG PE PP GF GC DG Pts`: the team's column, then the figures.
  if (/^(?:equipos?|teams?|club(?:e?s)?)$/i.test(tokens[0] ?? '')) tokens.shift();
  if (tokens.length < 4) return undefined;
  const named = columnsNamed(tokens);
  if (named.some((column) => column === undefined)) return undefined;
  const columns = named as TableColumn[];
  const figures = new Set(columns.filter((column) => column !== 'ignored'));
  return figures.has('played') && (figures.has('points') || figures.has('won'))
    ? columns
    : undefined;
}

/**
 * The figure columns of a header that also names the position, the team and a trailing column of
 * notes, as Wikipedia's tables come out in plain text (`Pos Team Pld W D L GF GA GD Pts
 * Promotion`); `undefined` for any other line. Its rows are read by {@link readNamedRow}.
 *
 * @example
 * readNamedHeader('Pos Team Pld W D L GF GA GD Pts Qualification')?.length //=> 8
 */
export function readNamedHeader(line: string): TableColumn[] | undefined {
  const found =
    /^\s*(?:pos\.?|#|position)\s+(?:team|club|equipo)\s+(.+?)(?:\s+(?:qualification|promotion|relegation|notes?|status|(?:qualification|promotion) or relegation|clasificaci[oó]n|ascenso|descenso))?\s*$/i.exec(
      line,
    );
  if (!found) return undefined;
  const columns = columnsNamed((found[1] ?? '').split(/\s+/));
  if (columns.some((column) => column === undefined)) return undefined;
  const figures = new Set(columns);
  return figures.has('played') && figures.has('points') ? (columns as TableColumn[]) : undefined;
}

/** A figure of a copied table: a number, with its sign (`+2`, `−1`) where it has one. */
const FIGURE_TEXT = String.raw`[+\u2212-]?\d+`;
const FIGURE = new RegExp(`^${FIGURE_TEXT}$`, 'u');

/** A figure's value, its sign dropped (copies lose minus signs: the goal difference is read past). */
export function numberIn(cell: string): number {
  return Math.abs(Number(cell.replace('\u2212', '-')));
}

/**
 * A row under {@link readNamedHeader}: a position, the team, `columns.length` figures and any text
 * after them as a note (`1 La Loretana 5 2 3 0 7 5 +2 9 Promoted to 1996 Torneo Descentralizado`).
 * Plain-text copies of Wikipedia drop the minus sign of a goal difference, and some the space
 * before it (`6 71` for 6 scored, 7 conceded, −1): the goal difference is read past, and a goals
 * against run into it is split where the goals add up.
 */
export function readNamedRow(line: string, columns: readonly TableColumn[]): RowText | undefined {
  const figure = FIGURE_TEXT;
  for (const count of [columns.length, columns.length - 1]) {
    // With every figure printed the note may open with a number (`3 points deducted`); run
    // together, it may not, or its number would stand in for the missing figure.
    const found = new RegExp(
      `^\\s*(\\d{1,3})?\\s*(\\S.*?)\\s+((?:${figure}\\s+){${count - 1}}${figure})(?:\\s+(${count === columns.length ? '\\S' : '\\D'}.*))?$`,
      'u',
    ).exec(line);
    let name = found?.[2]?.trim() ?? '';
    if (!found || !/\p{L}/u.test(name)) continue;
    let cells = (found[3] ?? '').split(/\s+/);
    let note = found[4]?.trim() ?? '';
    if (count === columns.length) {
      // A number that ends the club's name (`Hannover 96 2 2 0 0 …`) is the name's unless the games
      // add up only with it as a figure (as when notes never opened with a number).
      const [next, ...rest] = note.split(/\s+/);
      const shifted = [...cells.slice(1), next ?? ''];
      if (
        FIGURE.test(next ?? '') &&
        numberSide(name, cells[0] ?? '', cells.map(numberIn), shifted.map(numberIn), columns) !==
          'figure'
      ) {
        name = `${name} ${cells[0]}`;
        cells = shifted;
        note = rest.join(' ');
      }
    }
    let figures = cells.map(numberIn);
    if (count < columns.length) {
      const split = splitRunTogether(figures, columns);
      if (!split) continue;
      figures = split;
    }
    return {
      ...(found[1] ? { position: Number(found[1]) } : {}),
      unranked: false,
      name,
      figures,
      notes: note ? [note] : [],
    };
  }
  return undefined;
}

/**
 * The figures of a row whose goals against and goal difference were printed as one number: the
 * split where goals for minus goals against is the difference, either sign. @internal
 */
function splitRunTogether(
  figures: readonly number[],
  columns: readonly TableColumn[],
): number[] | undefined {
  const against = columns.indexOf('goalsAgainst');
  const goalsFor = columns.indexOf('goalsFor');
  if (against < 0 || goalsFor < 0 || columns[against + 1] !== 'ignored') return undefined;
  const run = String(figures[against] ?? '');
  for (let cut = 1; cut < run.length; cut += 1) {
    const conceded = Number(run.slice(0, cut));
    const difference = Number(run.slice(cut));
    if (Math.abs((figures[goalsFor] ?? 0) - conceded) === difference) {
      return [...figures.slice(0, against), conceded, difference, ...figures.slice(against + 1)];
    }
  }
  return undefined;
}

/**
 * A row whose figures a copy ran together into one run of digits, a sign left where the goal
 * difference starts (`Club Alfa 6501101+915`: 6 played, 5 won, 0 drawn, 1 lost, 10 for, 1 against,
 * +9, 15 points): the one way to cut the run into the header's columns where the games add up to
 * those played, the goals to the difference and the results to the points (3 or 2 a win, 1 a
 * draw, a few points off at most). `undefined` when no cut, or more than one, fits.
 *
 * @example
 * readGluedRow('Club Gama 6303129+39', ['played', 'won', 'drawn', 'lost', 'goalsFor', 'goalsAgainst', 'ignored', 'points'])?.figures
 * //=> [6, 3, 0, 3, 12, 9, 3, 9]
 */
export function readGluedRow(line: string, columns: readonly TableColumn[]): RowText | undefined {
  const found = /^\s*(\p{L}.*?[\p{L}.)])\s*(\d[\d+\u2212-]*\d)\s*$/u.exec(line);
  if (!found) return undefined;
  const run = (found[2] ?? '').replace('\u2212', '-');
  const sign = run.search(/[+-]/);
  if (run.indexOf('+', sign + 1) > 0 || run.indexOf('-', sign + 1) > 0) return undefined;
  const digits = run.replace(/[+-]/, '');
  const difference = columns.findIndex(
    (column, index) => column === 'ignored' && columns[index - 1] === 'goalsAgainst',
  );
  const at = (column: TableColumn, figures: readonly number[]) => figures[columns.indexOf(column)];
  const fits: number[][] = [];
  const cut = (from: number, figures: number[]): void => {
    const index = figures.length;
    if (index === columns.length) {
      if (from === digits.length && holds(figures)) fits.push([...figures]);
      return;
    }
    // The sign, where there is one, opens the goal difference.
    if (sign >= 0 && (index === difference) !== (from === sign)) return;
    for (let length = 1; length <= 3 && from + length <= digits.length; length += 1) {
      const cell = digits.slice(from, from + length);
      if (cell.length > 1 && cell.startsWith('0')) break;
      figures.push(Number(cell));
      cut(from + length, figures);
      figures.pop();
    }
  };
  const holds = (figures: readonly number[]): boolean => {
    const [played, won, drawn, lost] = (['played', 'won', 'drawn', 'lost'] as const).map((column) =>
      at(column, figures),
    );
    const [scored, conceded, points] = (['goalsFor', 'goalsAgainst', 'points'] as const).map(
      (column) => at(column, figures),
    );
    if (won === undefined || drawn === undefined || lost === undefined) return false;
    if (played !== undefined && played !== won + drawn + lost) return false;
    if (difference >= 0 && scored !== undefined && conceded !== undefined) {
      // Without a sign, the difference either way (some copies drop the minus).
      const printed = figures[difference] ?? 0;
      const ok =
        sign < 0
          ? Math.abs(scored - conceded) === printed
          : scored - conceded === (run[sign] === '-' ? -printed : printed);
      if (!ok) return false;
    }
    if (points === undefined) return true;
    return [3, 2].some((win) => {
      const earned = win * won + drawn;
      return points <= earned && earned - points <= 3;
    });
  };
  cut(0, []);
  const only = fits[0];
  if (fits.length !== 1 || !only) return undefined;
  return {
    unranked: false,
    name: (found[1] ?? '').trim(),
    figures: only,
    notes: [],
  };
}

/** A table row as printed, before its club is known. */
export interface RowText {
  readonly position?: number;
  /** Printed `-.`: not ranked (a club that withdrew). */
  readonly unranked: boolean;
  readonly name: string;
  readonly figures: readonly number[];
  readonly notes: readonly string[];
}

/**
 * A printed row: a position (or `-.` for a club not ranked), the name, the figures after dots or
 * spaces, bracketed notes. The name may open with a number where clubs' names do
 * ({@link NUMBERED_OPENING}).
 */
const ROW = new RegExp(
  String.raw`^\s*(?:(\d{1,3})\s*[.)]\s*|(-)\.\s*)?((?:${NUMBERED_OPENING})?[^\d\s.[][^[]*?(?:[^\s.]|(?<=\.\p{L})\.))(?:\s*\.{2,}\s*|\s{2,}|\s+(?=\d))((?:[+-]?\d+\s*(?:-\s*)?)+?)\s*((?:\[[^\]]*\]\s*)*)$`,
  'u',
);

/**
 * Reads a printed table row: `1. Asociación Deportiva ....   8 - 5 - 3 - 2 - 0 -  5 -  1   [Promoted]`,
 * `1.ARGENTINA        3  3  0  0  10- 4  6`, `   Garcilaso ....  5 - 5 - ...` (no position: shared),
 * `2. U.P.A.O. .......  12 - 5 - ...` (a name of initials keeps its last dot), `4.1.FC Köln    3  0
 * 2  1   3- 4   2` (a name with digits). A number after the name (`Schalke 04   3  0 …`, or the
 * games played?) joins the name when the row then fills the header's `columns` (without one, the 7
 * or 8 figures RSSSF prints) or its games add up, and the row read the other way does not.
 *
 * @example
 * readRow('2.Chile            3  2  0  1   5- 3  4')?.figures //=> [3, 2, 0, 1, 5, 3, 4]
 */
export function readRow(line: string, columns?: readonly TableColumn[]): RowText | undefined {
  const found = ROW.exec(line);
  if (!found) return undefined;
  const row = rowOf(found[1], found[2], found[3] ?? '', found[4] ?? '', found[5] ?? '');
  const number = /^(\d{2,4})\s+(\d.*)$/s.exec(found[4] ?? '');
  const longer = number
    ? rowOf(found[1], found[2], `${found[3]} ${number[1]}`, number[2] ?? '', found[5] ?? '')
    : undefined;
  if (!row || !longer) return row ?? longer;
  // The reading that fills the header (without one, the 7 or 8 figures RSSSF prints) first, then
  // the one whose games add up; the number stays a figure on a tie.
  const fills = (read: RowText) =>
    columns ? read.figures.length === columns.length : [7, 8].includes(read.figures.length);
  if (fills(row) !== fills(longer)) return fills(longer) ? longer : row;
  const side = numberSide(
    row.name,
    number?.[1] ?? '',
    row.figures,
    longer.figures,
    columns ?? defaultColumns(row.figures.length),
  );
  return side === 'name' ? longer : row;
}

/** @internal */
function rowOf(
  position: string | undefined,
  unranked: string | undefined,
  written: string,
  figuresText: string,
  notesText: string,
): RowText | undefined {
  const name = written.trim();
  if (!/\p{L}/u.test(name) || name.split(/\s+/).length > 8 || !digitsFitClubName(name)) {
    return undefined;
  }
  const figures = figuresText.match(/\d+/g)?.map(Number) ?? [];
  if (figures.length < 4) return undefined;
  const notes = [...notesText.matchAll(/\[([^\]]*)\]/g)].map((note) => (note[1] ?? '').trim());
  return {
    ...(position ? { position: Number(position) } : {}),
    unranked: unranked === '-',
    name,
    figures,
    notes: notes.flatMap((note) => note.split(/\]\s*\[/)),
  };
}

/** Whether a row's games won, drawn and lost make those played, read in `columns`. */
export function figuresAddUp(figures: readonly number[], columns: readonly TableColumn[]): boolean {
  const at = (column: TableColumn) => figures[columns.indexOf(column)];
  const [played, won, drawn, lost] = (['played', 'won', 'drawn', 'lost'] as const).map(at);
  return (
    played !== undefined &&
    won !== undefined &&
    drawn !== undefined &&
    lost !== undefined &&
    played === won + drawn + lost
  );
}

/**
 * Where a number printed between a club's name and its figures belongs (`Schalke 04 3 0 2 1 …`,
 * `Sport Boys 10 6 2 2 …`), by the games adding up: `name` or `figure` when they add up only read
 * that way, `undefined` when both ways or neither (each reader then keeps its own reading). Only a
 * number of 2–4 digits that a club's name may end with ({@link digitsFitClubName}) can be the
 * name's.
 *
 * @example
 * numberSide('Schalke', '04', [4, 3, 0, 2, 1, 1, 4], [3, 0, 2, 1, 1, 4, 2], DEFAULT_COLUMNS) //=> 'name'
 */
export function numberSide(
  name: string,
  number: string,
  asFigure: readonly number[],
  asName: readonly number[],
  columns: readonly TableColumn[],
): 'name' | 'figure' | undefined {
  if (!/^\d{2,4}$/.test(number) || !digitsFitClubName(`${name} ${number}`)) return 'figure';
  const figure = figuresAddUp(asFigure, columns);
  const named = figuresAddUp(asName, columns);
  return figure === named ? undefined : named ? 'name' : 'figure';
}

/** The figures of a row put into their columns. */
export function assignFigures(
  figures: readonly number[],
  columns: readonly TableColumn[],
): Partial<
  Pick<PublishedRow, 'played' | 'won' | 'drawn' | 'lost' | 'goalsFor' | 'goalsAgainst' | 'points'>
> {
  const row: Record<string, number> = {};
  columns.forEach((column, index) => {
    const figure = figures[index];
    if (column !== 'ignored' && figure !== undefined) row[column] = figure;
  });
  return row;
}

/**
 * The columns of a row printed without a header, by how many figures it has: `P W D L GF-GA Pts`,
 * or with the goal difference before the points.
 */
export function defaultColumns(figures: number): readonly TableColumn[] {
  return figures === 8
    ? ['played', 'won', 'drawn', 'lost', 'goalsFor', 'goalsAgainst', 'ignored', 'points']
    : DEFAULT_COLUMNS;
}
