import type { RecordTableRow } from '#core/records/record-tables.ts';
import type { Standings } from '#core/standings/compute-standings.ts';
import type { Language } from '#core/standings/tiebreaker-values.ts';

/** Options of {@link formatStandingsText}. */
export interface FormatStandingsTextOptions {
  /** A title printed above the table. */
  readonly title?: string;
  /** The language of the headings and notes (English); the explanations come in the table's. */
  readonly language?: Language;
}

/** The words of a table laid out for a terminal, by language. @internal */
const WORDS = {
  en: {
    header: ['#', 'Club', 'P', 'W', 'D', 'L', 'GF', 'GA', 'GD', 'Pts'],
    adjustment: 'Adj',
    withdrawn: 'withdrawn',
    above: 'above',
    and: 'and',
    sharePlace: 'share place',
    levelOn: 'level on',
    points: 'points',
    withdrew: 'withdrew, results',
    tookOver: 'took over the record of',
    awarded: 'result awarded',
    shareAPlace: 'share a place',
    playOff: 'play-off',
    lots: 'drawing of lots',
    ruling: 'Ruling',
    warning: 'Warning',
  },
  es: {
    header: ['#', 'Club', 'PJ', 'PG', 'PE', 'PP', 'GF', 'GC', 'DG', 'Pts'],
    adjustment: 'Aj',
    withdrawn: 'retirado',
    above: 'por encima de',
    and: 'y',
    sharePlace: 'comparten el puesto',
    levelOn: 'igualados en',
    points: 'puntos',
    withdrew: 'se retiró, resultados',
    tookOver: 'tomó el registro de',
    awarded: 'resultado adjudicado',
    shareAPlace: 'comparten un puesto',
    playOff: 'desempate',
    lots: 'sorteo',
    ruling: 'Resolución',
    warning: 'Advertencia',
  },
} as const;

/**
 * Lays a table out for a terminal: aligned columns, shared places marked `=`, adjustments in their
 * own column, then a note for every tie that a criterion after points broke, every shared place,
 * every ruling in force and every warning.
 *
 * @example
 * formatStandingsText(standings)
 * //=> ' #  Club        P  W  D  L  GF  GA   GD  Pts\n 1  Aurich-Cañaña  5  4  1  0  11   5   +6    9\n…'
 */
export function formatStandingsText(
  standings: Standings,
  options: FormatStandingsTextOptions = {},
): string {
  const words = WORDS[options.language ?? 'en'];
  const hasAdjustments = standings.rows.some((row) => row.pointAdjustment !== 0);
  const header: string[] = [...words.header];
  if (hasAdjustments) header.push(words.adjustment);
  const body = standings.rows.map((row) => {
    const cells = rowCells(row, `${row.name}${row.withdrawn ? ` (${words.withdrawn})` : ''}`);
    if (hasAdjustments) cells.push(row.pointAdjustment === 0 ? '' : String(row.pointAdjustment));
    return cells;
  });
  const out: string[] = [];
  if (options.title) out.push(options.title, '');
  out.push(...grid(header, body));

  const notes: string[] = [];
  const nameOf = new Map(standings.rows.map((row) => [row.club, row.name]));
  for (const row of standings.rows) {
    const explanation = row.explanation;
    if (explanation && standings.tiesBroken.includes(explanation)) {
      notes.push(
        `${row.name} ${words.above} ${nameOf.get(explanation.below) ?? explanation.below}: ${explanation.text}.`,
      );
    }
  }
  // Before a match is played every club shares first place: nothing to explain.
  const sharedBands = new Map<number, string[]>();
  const started = standings.rows.some((row) => row.played > 0);
  for (const row of standings.rows) {
    if (row.shared && started)
      sharedBands.set(row.position, [...(sharedBands.get(row.position) ?? []), row.name]);
  }
  for (const [position, names] of sharedBands) {
    const on = standings.rows.find((row) => row.position === position)?.sharedOn ?? [];
    // "A, B and C share place 3".
    const who =
      names.length > 2
        ? `${names.slice(0, -1).join(', ')} ${words.and} ${names.at(-1)}`
        : names.join(` ${words.and} `);
    notes.push(
      `${who} ${words.sharePlace} ${position}${on.length > 0 ? `: ${words.levelOn} ${on.join(', ')}` : ''}.`,
    );
  }
  for (const ruling of standings.rulings) {
    const who = 'club' in ruling ? (nameOf.get(ruling.club) ?? ruling.club) : undefined;
    const what =
      ruling.kind === 'pointAdjustment'
        ? `${who}: ${ruling.points > 0 ? '+' : ''}${ruling.points} ${words.points}`
        : ruling.kind === 'withdrawal'
          ? `${who}: ${words.withdrew} ${ruling.results}`
          : ruling.kind === 'recordTransfer'
            ? `${nameOf.get(ruling.to) ?? ruling.to} ${words.tookOver} ${ruling.from}`
            : ruling.kind === 'awardedResult'
              ? `${words.awarded} ${ruling.score.home}-${ruling.score.away}`
              : ruling.kind === 'sharedPlace'
                ? `${ruling.clubs.map((club) => nameOf.get(club) ?? club).join(` ${words.and} `)} ${words.shareAPlace}`
                : `${ruling.kind === 'playOff' ? words.playOff : words.lots}: ${ruling.order.map((club) => nameOf.get(club) ?? club).join(', ')}`;
    notes.push(
      `${words.ruling}${ruling.date ? ` (${ruling.date})` : ''}: ${what} (${ruling.reason}).`,
    );
  }
  for (const warning of standings.warnings) notes.push(`${words.warning}: ${warning}.`);
  if (notes.length > 0) out.push('', ...notes);
  return `${out.join('\n')}\n`;
}

/** A row's cells under the header's columns: place (`=` when shared), name, figures. @internal */
function rowCells(
  row: Pick<
    RecordTableRow,
    | 'position'
    | 'shared'
    | 'played'
    | 'won'
    | 'drawn'
    | 'lost'
    | 'goalsFor'
    | 'goalsAgainst'
    | 'goalDifference'
    | 'points'
  >,
  name: string,
): string[] {
  return [
    `${row.position}${row.shared ? '=' : ''}`,
    name,
    String(row.played),
    String(row.won),
    String(row.drawn),
    String(row.lost),
    String(row.goalsFor),
    String(row.goalsAgainst),
    row.goalDifference > 0 ? `+${row.goalDifference}` : String(row.goalDifference),
    String(row.points),
  ];
}

/** Rows of cells in aligned columns: the club's name (the second column) to the left. @internal */
function grid(header: readonly string[], body: readonly (readonly string[])[]): string[] {
  const widths = header.map((title, column) =>
    Math.max(title.length, ...body.map((cells) => (cells[column] ?? '').length)),
  );
  const line = (cells: readonly string[]): string =>
    cells
      .map((cell, column) => {
        const width = widths[column] ?? 0;
        return column === 1 ? cell.padEnd(width) : cell.padStart(width);
      })
      .join('  ')
      .trimEnd();
  return [line(header), ...body.map(line)];
}

/**
 * A table as the source printed it, for a group without results to compute it from: the same
 * columns as {@link formatStandingsText}, then each row's printed notes, under a title that says
 * the table is the source's.
 */
export function formatPrintedTableText(
  rows: readonly RecordTableRow[],
  options: FormatStandingsTextOptions = {},
): string {
  const language = options.language ?? 'en';
  const words = WORDS[language];
  const body = rows.map((row) => rowCells(row, row.club));
  const out: string[] = [];
  if (options.title) out.push(options.title, '');
  out.push(...grid(words.header, body), '', PRINTED[language]);
  for (const row of rows) if (row.note) out.push(`${row.club}: ${row.note}.`);
  return `${out.join('\n')}\n`;
}

/** What a printed table says of itself, by language. @internal */
const PRINTED: Record<Language, string> = {
  en: 'As the source prints it: it has no results to compute the table from.',
  es: 'Tal como la fuente la publica: no trae resultados con que calcular la tabla.',
};
