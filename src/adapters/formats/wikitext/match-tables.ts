/**
 * @module A wikitable of matches, one a row under `Local | Resultado | Visitante` (or `Home |
 * Score | Away`), as Spanish Wikipedia's season articles list each matchday: a title row over the
 * header (`Fecha 2`) names the round, a date column dates the matches. Turned into the article
 * layout's round headings, date lines and match lines.
 */

/** A row of a wikitable: its cells' texts and the line it starts on. */
export interface TableRow {
  readonly cells: readonly string[];
  readonly line: number;
}

const HOME = /^(local|equipo local|home|home team)$/i;
const AWAY = /^(visitante|visita|equipo visitante|away|away team)$/i;
const SCORE = /^(resultado|marcador|score|result)$/i;
const DATE = /^(fecha|date|día)$/i;

/**
 * The article-layout lines of a table of matches, each with its source line, or `undefined` when
 * the table is not one. Title rows (one text across the table) become headings one level under
 * `depth`, the heading the table stands under.
 */
export function matchTableLines(
  rows: readonly TableRow[],
  depth: number,
): { text: string; line: number }[] | undefined {
  const isHeader = (row: TableRow) =>
    row.cells.some((cell) => HOME.test(cell)) &&
    row.cells.some((cell) => AWAY.test(cell)) &&
    row.cells.some((cell) => SCORE.test(cell));
  const header = rows.find(isHeader);
  if (!header) return undefined;
  const column = (pattern: RegExp) => header.cells.findIndex((cell) => pattern.test(cell));
  const home = column(HOME);
  const away = column(AWAY);
  const score = column(SCORE);
  const date = column(DATE);
  const marks = '='.repeat(Math.min(6, depth + 1));
  const out: { text: string; line: number }[] = [];
  let titles: string[] = [];
  let lastDate: string | undefined;
  for (const row of rows) {
    if (isHeader(row)) continue;
    const distinct = new Set(row.cells.filter((cell) => cell !== ''));
    if (distinct.size <= 1 && row.cells.length < header.cells.length) {
      // Title rows (`Fecha 2`, then `Zona A`) over the matches: one round, named by them all.
      const title = [...distinct][0];
      if (title) titles.push(title);
      continue;
    }
    const one = row.cells[home] ?? '';
    const two = row.cells[away] ?? '';
    if (one === '' || two === '') continue;
    if (titles.length > 0) {
      out.push({ text: `${marks} ${titles.join(', ')} ${marks}`, line: row.line });
      titles = [];
      lastDate = undefined;
    }
    const day = date >= 0 ? dayOnly(row.cells[date] ?? '') : '';
    if (day !== '' && day !== lastDate) {
      out.push({ text: day, line: row.line });
      lastDate = day;
    }
    out.push({ text: matchText(one, row.cells[score] ?? '', two), line: row.line });
  }
  out.push({ text: '', line: rows.at(-1)?.line ?? header.line });
  return out;
}

/** A day as a match's date cell writes it, without the kick-off after it (`3 de marzo, 15:30`). */
export function dayOnly(text: string): string {
  return text.replace(/,?\s+\d{1,2}[:.h]\d{2}.*$/, '');
}

/**
 * `Home 2–0 Away` from a result as the tables write it: `2 - 0`, `2:0`, a shoot-out's goals
 * beside the score (`(5) 1 - 1 (6)`), words after it as a note; no score, a fixture.
 */
function matchText(home: string, result: string, away: string): string {
  const shootout = /^\((\d+)\)\s*(\d+)\s*[-–:]\s*(\d+)\s*\((\d+)\)/.exec(result);
  if (shootout) {
    return `${home} ${shootout[2]}–${shootout[3]} ${away} (${shootout[1]}–${shootout[4]} p)`;
  }
  const played = /^(\d+)\s*[-–:]\s*(\d+)\s*(.*)$/.exec(result);
  if (!played) return `${home} v ${away}`;
  // A score in brackets after it is the half-time score: no part of the record.
  const rest = (played[3] ?? '')
    .replace(/^\(\s*\d+\s*[-–:]\s*\d+\s*\)/, '')
    .trim()
    .replace(/^\((.*)\)$/, '$1')
    .trim();
  return `${home} ${played[1]}–${played[2]}${rest ? ` (${rest})` : ''} ${away}`;
}
