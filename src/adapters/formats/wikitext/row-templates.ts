/**
 * @module Tables and grids written a template per row, as older season articles and Spanish
 * Wikipedia's write them: a league table (`{{Fb cl header}}`, a `{{Fb cl team|…}}` per club,
 * `{{Fb cl2 qr|…}}` beside the rows a place sends on, `{{Fb cl footer}}`; or `{{Tabla de
 * posiciones inicio}}`, a `{{Tabla de posiciones equipo|…}}` per club, `{{Tabla de posiciones
 * fin}}`) and a results grid (`{{Fb r header|…}}`, `{{Fb r team|t=…}}` opening each home club's
 * row, a `{{Fb r|…}}` per cell, `{{Fb r footer}}`). Each is held until it ends and then written as
 * the article's printed table or grid.
 */
import type { Template } from './wiki-markup.ts';
import { plainText } from './wiki-markup.ts';

/** Writes one row of cells (the article layout's `| a | b |`) from a source line. */
export type RowWriter = (cells: readonly string[], at: number) => void;

/** A table being read: its clubs' rows and what each place leads to. @internal */
interface HeldTable {
  readonly rows: { cells: string[]; at: number }[];
  /** The qualification text of each row, filled by `qr` templates over several rows. */
  readonly notes: string[][];
}

/** A results grid being read: its columns' labels and the rows so far. @internal */
interface HeldGrid {
  readonly labels: readonly string[];
  readonly rows: { cells: string[]; at: number }[];
  readonly at: number;
}

/** The templates of a table written a row each, and the parameters each row's figures are in. */
const TABLE_FAMILIES = [
  {
    open: /^fb cl\d? header\b/,
    row: /^fb cl\d? team\b/,
    close: /^fb cl\d? footer\b/,
    keys: {
      position: 'p',
      team: 't',
      won: 'w',
      drawn: 'd',
      lost: 'l',
      for: 'gf',
      against: 'ga',
      deducted: 'dp',
      perWin: '',
    },
  },
  {
    // `pv` the points for a win (2 in older seasons), `desc` those taken off.
    open: /^tabla de posiciones (inicio|encabezado|cabecera)\b/,
    row: /^tabla de posiciones equipo\b/,
    close: /^tabla de posiciones (fin|pie)\b/,
    keys: {
      position: 'pos',
      team: 'eq',
      won: 'g',
      drawn: 'e',
      lost: 'p',
      for: 'gf',
      against: 'gc',
      deducted: 'desc',
      perWin: 'pv',
    },
  },
] as const;

/** The header of a printed table as the article reader reads it, its notes last. */
export const PRINTED_HEADER = [
  'Pos',
  'Team',
  'Pld',
  'W',
  'D',
  'L',
  'GF',
  'GA',
  'GD',
  'Pts',
  'Qualification',
];

/** A club's figures in a table written from a template's parameters. */
export interface ClubFigures {
  readonly won: number;
  readonly drawn: number;
  readonly lost: number;
  readonly for: number;
  readonly against: number;
}

/** A printed table's row under {@link PRINTED_HEADER}: games played and goal difference added. */
export function printedRow(
  position: string,
  team: string,
  figures: ClubFigures,
  points: number,
  notes: string,
): string[] {
  const { won, drawn, lost } = figures;
  const difference = figures.for - figures.against;
  return [
    position,
    team,
    String(won + drawn + lost),
    String(won),
    String(drawn),
    String(lost),
    String(figures.for),
    String(figures.against),
    difference > 0 ? `+${difference}` : String(difference),
    String(points),
    notes,
  ];
}

/** Words a team row's flags stand for, as the qualification column writes them. @internal */
const FLAG_WORDS: readonly (readonly [string, string])[] = [
  ['champion', 'Champions'],
  ['promoted', 'Promoted'],
  ['relegated', 'Relegated'],
];

/**
 * Reads a table's or a grid's templates as they come, one at a time
 * ({@link RowTemplates.take}), and writes each table or grid whole when it ends: at its footer, or
 * before any other line.
 */
export class RowTemplates {
  #table: HeldTable | undefined;
  #grid: HeldGrid | undefined;
  readonly #row: RowWriter;
  readonly #blank: (at: number) => void;

  constructor(row: RowWriter, blank: (at: number) => void) {
    this.#row = row;
    this.#blank = blank;
  }

  /** Takes the template when it is one of these (true), holding what it adds. */
  take(template: Template, at: number): boolean {
    const { name, params } = template;
    const text = (key: string): string => plainText(params.get(key) ?? '');
    const family = TABLE_FAMILIES.find((one) => one.open.test(name) || one.row.test(name));
    if (family?.open.test(name)) {
      this.flush();
      this.#table = { rows: [], notes: [] };
      return true;
    }
    if (family) {
      const keys = family.keys;
      this.#flushGrid();
      this.#table ??= { rows: [], notes: [] };
      const figure = (key: string): number => {
        const value = Number(text(key).replace('−', '-'));
        return Number.isFinite(value) ? value : 0;
      };
      const [w, d, l, gf, ga] = [keys.won, keys.drawn, keys.lost, keys.for, keys.against].map(
        figure,
      ) as [number, number, number, number, number];
      const deducted = figure(keys.deducted);
      const win = figure(keys.perWin) || (/\b2 ?pts?\b/.test(name) ? 2 : 3);
      const printed = text('pts');
      const points = /^-?\d+$/.test(printed) ? Number(printed) : w * win + d - deducted;
      const position =
        text(keys.position).replace(/^0+(?=\d)/, '') || String(this.#table.rows.length + 1);
      const flags = FLAG_WORDS.filter(([key]) => /^(y|yes|true|1)$/i.test(text(key))).map(
        ([, words]) => words,
      );
      this.#table.rows.push({
        at,
        // The notes, last, are filled when the table ends.
        cells: printedRow(
          position,
          teamName(params.get(keys.team) ?? params.get('1') ?? ''),
          { won: w, drawn: d, lost: l, for: gf, against: ga },
          points,
          '',
        ).slice(0, -1),
      });
      // A `qr` above may have filled this row's place already.
      const index = this.#table.rows.length - 1;
      this.#table.notes[index] = [
        ...flags,
        ...(this.#table.notes[index] ?? []),
        ...(deducted > 0 ? [`-${deducted}`] : []),
      ];
      return true;
    }
    if (/^fb cl\d? qr\b/.test(name)) {
      // Beside the last row written and as many rows under it as `rows` says.
      const table = this.#table;
      if (!table || table.rows.length === 0) return true;
      const words = [text('s'), text('c'), text('r')].filter(Boolean).join(' ');
      const first = table.rows.length - 1;
      const count = Math.max(1, Number(text('rows')) || 1);
      for (let index = first; index < first + count; index += 1) {
        table.notes[index] = [...(table.notes[index] ?? []), ...(words ? [words] : [])];
      }
      return true;
    }
    if (TABLE_FAMILIES.some((one) => one.close.test(name))) {
      this.flush();
      return true;
    }
    if (/^fb r\d? header\b/.test(name)) {
      this.flush();
      // Labels as `t1=`, `t2=`… or one after another.
      const named = [...params.entries()]
        .flatMap(([key, value]) => {
          const found = /^t(\d+)$/.exec(key);
          return found ? [[Number(found[1]), plainText(value)] as const] : [];
        })
        .sort((a, b) => a[0] - b[0])
        .map(([, label]) => label);
      const positional = [...params.entries()]
        .filter(([key]) => /^\d+$/.test(key))
        .map(([, value]) => plainText(value));
      this.#grid = { labels: named.length > 0 ? named : positional, rows: [], at };
      return true;
    }
    if (/^fb r\d? team\b/.test(name)) {
      this.#flushTable();
      this.#grid ??= { labels: [], rows: [], at };
      this.#grid.rows.push({ at, cells: [teamName(params.get('t') ?? params.get('1') ?? '')] });
      return true;
    }
    if (/^fb r\d?$/.test(name)) {
      const row = this.#grid?.rows.at(-1);
      if (!row) return true;
      row.cells.push(resultCell(params));
      return true;
    }
    if (/^fb r\d? footer\b/.test(name)) {
      this.flush();
      return true;
    }
    return false;
  }

  /** Writes what is held: a table or grid ends at its footer or before anything else. */
  flush(): void {
    this.#flushTable();
    this.#flushGrid();
  }

  #flushTable(): void {
    const table = this.#table;
    this.#table = undefined;
    if (!table || table.rows.length === 0) return;
    const at = table.rows[0]?.at ?? 0;
    this.#row(PRINTED_HEADER, at);
    table.rows.forEach(({ cells, at: line }, index) => {
      this.#row([...cells, (table.notes[index] ?? []).join('; ')], line);
    });
    this.#blank(table.rows.at(-1)?.at ?? at);
  }

  #flushGrid(): void {
    const grid = this.#grid;
    this.#grid = undefined;
    if (!grid || grid.rows.length === 0) return;
    // Without labels, the rows' own names stand over the columns, in the same order.
    const labels = grid.labels.length > 0 ? grid.labels : grid.rows.map((row) => row.cells[0]);
    this.#row(['Home \\ Away', ...labels.map((label) => label ?? '')], grid.at);
    for (const { cells, at } of grid.rows) this.#row(cells, at);
    this.#blank(grid.rows.at(-1)?.at ?? grid.at);
  }
}

/**
 * A team as the templates write it: its words, or where a template of a country or club code
 * stands for it (`{{fb|ARS}}`), that code rather than nothing.
 */
function teamName(written: string): string {
  return plainText(written) || (/\{\{[^|{}]+\|\s*([^|{}=]+?)\s*[|}]/.exec(written)?.[1] ?? '');
}

/**
 * One cell of a `Fb r` grid: `gf=`/`ga=` or the score as its first parameter (`1–0`, or `1|0`);
 * `r=null` or a dash on the diagonal; nothing where the match was not played.
 */
function resultCell(params: ReadonlyMap<string, string>): string {
  const get = (key: string): string => plainText(params.get(key) ?? '');
  if (/^null$/i.test(get('r'))) return '—';
  const gf = get('gf');
  const ga = get('ga');
  if (/^\d+$/.test(gf) && /^\d+$/.test(ga)) return `${gf}–${ga}`;
  const first = get('1');
  const second = get('2');
  if (/^\d+$/.test(first) && /^\d+$/.test(second)) return `${first}–${second}`;
  return first;
}
