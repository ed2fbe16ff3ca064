import type { PublishedRow } from '#core/model/season-record.ts';

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
export function columnNamed(cell: string): TableColumn | undefined {
  return NAMES[cell.trim().toLowerCase().replace(/\.$/, '')];
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
  if (tokens.length < 4) return undefined;
  const columns: TableColumn[] = [];
  for (const token of tokens) {
    const column = NAMES[token.toLowerCase().replace(/\.$/, '')];
    if (!column) return undefined;
    columns.push(column);
  }
  const figures = new Set(columns.filter((column) => column !== 'ignored'));
  return figures.has('played') && (figures.has('points') || figures.has('won'))
    ? columns
    : undefined;
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

const ROW =
  /^\s*(?:(\d{1,3})\s*[.)]\s*|(-)\.\s*)?([^\d\s.[][^[]*?(?:[^\s.]|(?<=\.\p{L})\.))(?:\s*\.{2,}\s*|\s{2,}|\s+(?=\d))((?:[+-]?\d+\s*(?:-\s*)?)+?)\s*((?:\[[^\]]*\]\s*)*)$/u;

/**
 * Reads a printed table row: `1. Asociación Deportiva ....   8 - 5 - 3 - 2 - 0 -  5 -  1   [Promoted]`,
 * `1.ARGENTINA        3  3  0  0  10- 4  6`, `   Garcilaso ....  5 - 5 - ...` (no position: shared),
 * `2. U.P.A.O. .......  12 - 5 - ...` (a name of initials keeps its last dot).
 *
 * @example
 * readRow('2.Chile            3  2  0  1   5- 3  4')?.figures //=> [3, 2, 0, 1, 5, 3, 4]
 */
export function readRow(line: string): RowText | undefined {
  const found = ROW.exec(line);
  if (!found) return undefined;
  const name = (found[3] ?? '').trim();
  if (!/\p{L}/u.test(name) || name.split(/\s+/).length > 8) return undefined;
  const figures = (found[4] ?? '').match(/\d+/g)?.map(Number) ?? [];
  if (figures.length < 4) return undefined;
  const notes = [...(found[5] ?? '').matchAll(/\[([^\]]*)\]/g)].map((note) =>
    (note[1] ?? '').trim(),
  );
  return {
    ...(found[1] ? { position: Number(found[1]) } : {}),
    unranked: found[2] === '-',
    name,
    figures,
    notes: notes.flatMap((note) => note.split(/\]\s*\[/)),
  };
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
