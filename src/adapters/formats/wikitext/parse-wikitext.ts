/**
 * @module A season article's wikitext, as Wikipedia's editor holds it: read by turning it into the
 * season-article layout (`../article/parse-article.ts`) line by line, each line remembering the
 * source line it came from, so that every message points into the wikitext itself.
 */
import type { RecordWarning, SeasonRecord } from '#core/model/season-record.ts';
import { type ParseArticleOptions, parseArticle } from '../article/parse-article.ts';
import { parseDate } from '../text/dates.ts';
import { dayOnly, matchTableLines } from './match-tables.ts';
import { PRINTED_HEADER, printedRow, RowTemplates } from './row-templates.ts';
import {
  plainText,
  readTemplate,
  splitOutside,
  type Template,
  templateEnd,
} from './wiki-markup.ts';

/** The article layout's lines, and for each the wikitext line (1-based) it came from. */
export interface ConvertedText {
  readonly lines: readonly string[];
  readonly from: readonly number[];
  /** Markup left open: a template or a table that is never closed. */
  readonly warnings: readonly RecordWarning[];
}

/**
 * Reads a season article's wikitext: its infobox (`{{Infobox football league season|…}}`, Spanish
 * Wikipedia's `{{Ficha de competición deportiva|…}}`), headings, prose, `{| class="wikitable" … |}`
 * tables (cells that span rows filled in below; a table of matches under `Local | Resultado |
 * Visitante`: `./match-tables.ts`), `{{#invoke:Sports table|…}}` tables (with their results when
 * `show_matches` is set) and `{{#invoke:Sports results|…}}` grids, `{{Football box|…}}` and
 * `{{Partido|…}}` matches, `{{TwoLegResult|…}}` and `{{OneLegResult|…}}` ties, tables and grids
 * of a template per row (`{{Fb cl team|…}}`, `{{Fb r|…}}`, `{{Tabla de posiciones equipo|…}}`:
 * `./row-templates.ts`), and match lines in lists (`* 2 January 1994: A 1–1 B`).
 *
 * @example
 * parseWikitext(text, { file: '2010 Copa Perú.wiki' }).format //=> 'wikitext'
 */
export function parseWikitext(text: string, options: ParseArticleOptions): SeasonRecord {
  return readConverted(wikitextToArticle(text), options, 'wikitext');
}

/**
 * Reads text turned into the season-article layout as an article, every line number in the record
 * (tables, rows, warnings) put back to the line of the source it came from.
 */
export function readConverted(
  converted: ConvertedText,
  options: ParseArticleOptions,
  format: string,
): SeasonRecord {
  const record = parseArticle(converted.lines.join('\n'), options);
  const line = (at: number): number => converted.from[at - 1] ?? at;
  return {
    ...record,
    format,
    stages: record.stages.map((stage) => ({
      ...stage,
      groups: stage.groups.map((group) =>
        group.published
          ? {
              ...group,
              published: {
                line: line(group.published.line),
                rows: group.published.rows.map((row) => ({ ...row, line: line(row.line) })),
              },
            }
          : group,
      ),
    })),
    warnings: [
      ...converted.warnings,
      ...record.warnings.map((warning) =>
        warning.line === undefined ? warning : { ...warning, line: line(warning.line) },
      ),
    ],
  };
}

/** The ties' headers the article reader knows. @internal */
const TWO_LEGS_HEADER = ['Team 1', 'Agg.', 'Team 2', '1st leg', '2nd leg'];
const ONE_LEG_HEADER = ['Team 1', 'Score', 'Team 2'];

/** Turns wikitext into the season-article layout; see {@link parseWikitext}. */
export function wikitextToArticle(text: string): ConvertedText {
  // Comments and references go, their line breaks stay: lines keep their numbers.
  const breaks = (found: string): string => found.replace(/[^\n]/g, '');
  const source = text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .replace(/<!--[\s\S]*?-->/g, breaks)
    .replace(/<ref[^>/]*\/>/gi, '')
    .replace(/<ref[^>]*>[\s\S]*?<\/ref>/gi, breaks);
  const lineStarts = [0];
  for (let index = 0; index < source.length; index += 1) {
    if (source[index] === '\n') lineStarts.push(index + 1);
  }
  const lineAt = (index: number): number => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((lineStarts[middle] ?? 0) <= index) low = middle;
      else high = middle - 1;
    }
    return low + 1;
  };
  const lines: string[] = [];
  const from: number[] = [];
  const warnings: RecordWarning[] = [];
  /** The header of the ties table now open, if the last lines written are its rows. */
  let openTies: readonly string[] | undefined;
  const write = (line: string, at: number): void => {
    lines.push(line);
    from.push(at);
    if (!line.startsWith('|')) openTies = undefined;
  };
  const cellsLine = (cells: readonly string[]): string =>
    `| ${cells.map((cell) => cell.replace(/\|/g, '/')).join(' | ')} |`;
  // Tables and grids of templates written one per row are held until they end.
  const perRow = new RowTemplates(
    (cells, at) => write(cellsLine(cells), at),
    (at) => write('', at),
  );
  /** The depth of the last heading written: a table's title rows go one level under it. */
  let depth = 1;
  const emit = (line: string, at: number): void => {
    // Blank lines between their rows do not end them.
    if (line !== '') perRow.flush();
    const heading = /^(=+) .* \1$/.exec(line);
    if (heading) depth = heading[1]?.length ?? depth;
    write(line, at);
  };
  const row = (cells: readonly string[], at: number): void => emit(cellsLine(cells), at);
  const tiesRow = (header: readonly string[], cells: readonly string[], at: number): void => {
    if (openTies !== header) {
      if (lines.at(-1)?.startsWith('|')) emit('', at);
      row(header, at);
    }
    row(cells, at);
    openTies = header;
  };

  const block = (template: Template, at: number, written: string): boolean => {
    const { name, params } = template;
    const param = (key: string): string => plainText(params.get(key) ?? '');
    if (perRow.take(template, at)) return true;
    // Spanish Wikipedia's `{{Ficha de competición deportiva}}` as well, whose `nombre` holds the
    // season too (`Copa Perú 2010`).
    if (name.startsWith('infobox') || name.startsWith('ficha')) {
      const season = param('season') || param('temporada');
      const named = param('competition') || param('tournament') || param('torneo');
      const nombre = param('nombre');
      const competition =
        named ||
        (season && nombre.endsWith(` ${season}`) ? nombre.slice(0, -season.length).trim() : nombre);
      if (season && competition && !lines.some((line) => /^=[^=]/.test(line)))
        emit(`= ${season} ${competition} =`, at);
      emit('Infobox', at);
      for (const [key, value] of params) {
        const text = plainText(value.replace(/\n/g, ' '));
        if (/^\d+$/.test(key) || text === '') continue;
        emit(`- ${key}: ${text}`, lineOfParam(written, key, at));
      }
      emit('', at);
      return true;
    }
    if (name === '#invoke:sports table') {
      // Each team's row points at the line of its figures (`|win_SME=2 |draw_SME=1 …`).
      for (const { cells, code } of sportsTable(params)) {
        row(cells, code === undefined ? at : lineOfParam(written, `win_${code}`, at));
      }
      emit('', at);
      return true;
    }
    if (name === '#invoke:sports results') {
      const codes = numbered(params, 'team');
      const nameOf = (code: string) => plainText(params.get(`name_${code.toLowerCase()}`) ?? code);
      row(['Home \\ Away', ...codes], at);
      for (const home of codes) {
        row(
          [
            nameOf(home),
            ...codes.map((away) =>
              away === home
                ? '—'
                : plainText(params.get(`match_${home}_${away}`.toLowerCase()) ?? ''),
            ),
          ],
          at,
        );
      }
      emit('', at);
      return true;
    }
    if (/^football ?box( collapsible)?$/.test(name)) {
      const date = param('date');
      if (date !== '') emit(date, at);
      const score = param('score');
      const notes = [
        /^(y|yes|true|\d+)$/i.test(param('aet')) ? '(a.e.t.)' : '',
        param('penaltyscore') ? `(${param('penaltyscore')} p)` : '',
      ]
        .filter(Boolean)
        .join(' ');
      const played = /^\d+\s*[-–]\s*\d+/.test(score);
      emit(
        `${param('team1')} ${played ? score : 'v'} ${param('team2')}${notes ? ` ${notes}` : ''}`,
        at,
      );
      emit('', at);
      return true;
    }
    if (/^partidos?$/.test(name)) {
      // Spanish Wikipedia's match box: `resultado = 2:0 (1:0)` holds the half-time score in
      // brackets; a shoot-out is under `resultado penalti`.
      const date = dayOnly(param('fecha'));
      if (date !== '') emit(date, at);
      const score = /^(\d+)\s*[-–:]\s*(\d+)/.exec(param('resultado'));
      const shootout = /^(\d+)\s*[-–:]\s*(\d+)/.exec(
        param('resultado penalti') || param('penaltis') || param('penales'),
      );
      const extra = /^(s[ií]|yes|y|true)$/i.test(param('prórroga') || param('prorroga'));
      const notes = [extra ? '(a.e.t.)' : '', shootout ? `(${shootout[1]}–${shootout[2]} p)` : '']
        .filter(Boolean)
        .join(' ');
      emit(
        `${param('local')} ${score ? `${score[1]}–${score[2]}` : 'v'} ${param('visita') || param('visitante')}${notes ? ` ${notes}` : ''}`,
        at,
      );
      emit('', at);
      return true;
    }
    if (name === 'twolegstart') {
      openTies = undefined;
      return true;
    }
    if (name === 'twolegresult') {
      tiesRow(TWO_LEGS_HEADER, [param('1'), param('3'), param('4'), param('6'), param('7')], at);
      return true;
    }
    if (name === 'onelegstart') {
      openTies = undefined;
      return true;
    }
    if (name === 'onelegresult') {
      tiesRow(ONE_LEG_HEADER, [param('1'), param('3'), param('4')], at);
      return true;
    }
    return false;
  };

  let at = 0;
  while (at < source.length) {
    const newline = source.indexOf('\n', at);
    const lineEnd = newline < 0 ? source.length : newline;
    const raw = source.slice(at, lineEnd);
    const trimmed = raw.trim();
    const start = at + (raw.length - raw.trimStart().length);
    if (trimmed.startsWith('{{')) {
      const end = templateEnd(source, start);
      if (end !== undefined) {
        const template = readTemplate(source.slice(start, end));
        const restEnd = source.indexOf('\n', end);
        const rest = source.slice(end, restEnd < 0 ? source.length : restEnd).trim();
        if (block(template, lineAt(start), source.slice(start, end))) {
          at = end;
          continue;
        }
        // A template alone on its lines (a navigation box, a column layout): nothing to read, but
        // for one that holds results or a table in a way Torneo does not read, which is said.
        if (rest === '' || /^\{\{/.test(rest)) {
          if (/^(fb[ _]|footballbox|football|sports|#invoke:)/.test(template.name)) {
            warnings.push({
              line: lineAt(start),
              message: `The template {{${template.name}}} is not one Torneo reads: what it holds is not in the record`,
            });
          }
          at = end;
          continue;
        }
      } else {
        warnings.push({
          line: lineAt(start),
          message: `The template ${(trimmed.split('|')[0] ?? '').trim()} is never closed with }}: read as text`,
        });
      }
    }
    if (trimmed.startsWith('{|')) {
      const closed = tableEnd(source, start);
      if (!/^[ \t]*\|\}/m.test(source.slice(start, closed))) {
        warnings.push({
          line: lineAt(start),
          message: 'The table opened here is never closed with |}: read to the end of the text',
        });
      }
      const rows = wikiTable(source.slice(start, closed), lineAt(start));
      const matches = matchTableLines(rows, depth);
      if (matches) {
        // Its rounds' headings are its own: the next table stands under the same heading.
        const under = depth;
        for (const { text, line } of matches) emit(text, line);
        depth = under;
        at = closed;
        continue;
      }
      if (lines.at(-1)?.startsWith('|')) emit('', lineAt(start));
      for (const { cells, line } of rows) row(cells, line);
      emit('', lineAt(closed));
      at = closed;
      continue;
    }
    textLine(trimmed, lineAt(start), emit);
    at = lineEnd + 1;
  }
  perRow.flush();
  return { lines, from, warnings };
}

/** The line of a template's parameter `key`, the template written from line `at`. @internal */
function lineOfParam(written: string, key: string, at: number): number {
  const escaped = key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const found = new RegExp(`\\|\\s*${escaped}\\s*=`, 'i').exec(written);
  return found ? at + (written.slice(0, found.index).match(/\n/g)?.length ?? 0) : at;
}

/** A line of text: a heading, a list item (`* 2 January 1994: A 1–1 B`) or prose. @internal */
function textLine(line: string, at: number, emit: (line: string, at: number) => void): void {
  if (line === '|}' || /^__[A-Z]+__$/.test(line)) return;
  const heading = /^(={1,6})(.+?)\1$/.exec(line);
  if (heading) {
    emit(`${heading[1]} ${plainText(heading[2] ?? '')} ${heading[1]}`, at);
    return;
  }
  const item = /^[*#:;]+\s*(.*)$/.exec(line);
  const text = plainText(item ? (item[1] ?? '') : line);
  const dated = item ? /^(.+?):\s+(.+)$/.exec(text) : null;
  if (dated && parseDate(dated[1] ?? '') !== undefined) {
    emit(dated[1] ?? '', at);
    emit(dated[2] ?? '', at);
    return;
  }
  emit(text, at);
}

/** The parameters `team1`, `team2`… of a module, in their order. @internal */
function numbered(params: ReadonlyMap<string, string>, prefix: string): string[] {
  return [...params.entries()]
    .flatMap(([key, value]) => {
      const found = new RegExp(`^${prefix}(\\d+)$`).exec(key);
      return found ? [[Number(found[1]), plainText(value)] as const] : [];
    })
    .sort((a, b) => a[0] - b[0])
    .map(([, value]) => value)
    .filter((value) => value !== '');
}

/** Module:Sports table's status letters that say where a club goes. @internal */
const STATUS_WORDS: Readonly<Record<string, string>> = { P: 'Promoted', R: 'Relegated' };

/**
 * A `{{#invoke:Sports table|…}}` as a printed table: the teams in their order, their figures,
 * points from `win_points`, `draw_points`, `loss_points` (3, 1, 0) and `adjust_points_X` (written
 * beside the row as a deduction is), the result column's words, and the results after the
 * table's columns where `show_matches` is set. @internal
 */
function sportsTable(params: ReadonlyMap<string, string>): { cells: string[]; code?: string }[] {
  const get = (key: string): string => plainText(params.get(key.toLowerCase()) ?? '');
  const number = (key: string, fallback: number): number => {
    const value = Number(get(key).replace('−', '-'));
    return get(key) === '' || Number.isNaN(value) ? fallback : value;
  };
  const codes = numbered(params, 'team');
  const win = number('win_points', 3);
  const draw = number('draw_points', 1);
  const loss = number('loss_points', 0);
  const matches = /^(y|yes|true|1)$/i.test(get('show_matches'));
  const rows: { cells: string[]; code?: string }[] = [
    { cells: matches ? [...PRINTED_HEADER, ...codes] : PRINTED_HEADER },
  ];
  codes.forEach((code, index) => {
    const w = number(`win_${code}`, 0);
    const d = number(`draw_${code}`, 0);
    const l = number(`loss_${code}`, 0);
    const gf = number(`gf_${code}`, 0);
    const ga = number(`ga_${code}`, 0);
    const adjust = number(`adjust_points_${code}`, 0);
    const result = get(`result${index + 1}`);
    const words = result ? get(`text_${result}`) : '';
    const status = STATUS_WORDS[get(`status_${code}`).toUpperCase()] ?? '';
    const notes = [words || status, adjust === 0 ? '' : `${adjust > 0 ? '+' : ''}${adjust}`]
      .filter(Boolean)
      .join('; ');
    rows.push({
      code,
      cells: [
        ...printedRow(
          String(index + 1),
          get(`name_${code}`) || code,
          { won: w, drawn: d, lost: l, for: gf, against: ga },
          w * win + d * draw + l * loss + adjust,
          notes,
        ),
        ...(matches
          ? codes.map((other) => (other === code ? '—' : get(`match_${code}_${other}`)))
          : []),
      ],
    });
  });
  return rows;
}

/** The index just past a `{| … |}` table that starts at `at` (nested tables inside it). @internal */
function tableEnd(source: string, at: number): number {
  let depth = 0;
  const pattern = /^[ \t]*(\{\||\|\})/gm;
  pattern.lastIndex = at;
  for (let found = pattern.exec(source); found; found = pattern.exec(source)) {
    if (found[1] === '{|') depth += 1;
    else depth -= 1;
    if (depth === 0) {
      const end = source.indexOf('\n', found.index);
      return end < 0 ? source.length : end + 1;
    }
  }
  return source.length;
}

/** A cell as written: its attributes (`rowspan="2"`) apart from its text. @internal */
interface WikiCell {
  readonly text: string;
  readonly rowspan: number;
  readonly colspan: number;
}

/** @internal */
function wikiCell(written: string): WikiCell {
  const parts = splitOutside(written, '|');
  const attributes =
    parts.length > 1 && /^\s*([\w-]+\s*=\s*("[^"]*"|'[^']*'|[^\s"']+)\s*)+$/.test(parts[0] ?? '')
      ? (parts[0] ?? '')
      : '';
  const text = attributes === '' ? written : parts.slice(1).join('|');
  const span = (name: string): number =>
    Number(new RegExp(`${name}\\s*=\\s*["']?(\\d+)`, 'i').exec(attributes)?.[1] ?? 1) || 1;
  return { text: plainText(text), rowspan: span('rowspan'), colspan: span('colspan') };
}

/**
 * The rows of a `{| … |}` table, header rows too, each a list of cell texts; a cell that spans
 * rows is repeated in the rows under it, where the source leaves it out. @internal
 */
function wikiTable(table: string, firstLine: number): { cells: string[]; line: number }[] {
  const written: { cells: WikiCell[]; line: number }[] = [];
  let current: { cells: WikiCell[]; line: number } | undefined;
  let pending: string[] = [];
  const flushCells = (): void => {
    if (!current) return;
    current.cells.push(...pending.map(wikiCell));
    pending = [];
  };
  const lines = table.split('\n');
  lines.forEach((raw, index) => {
    const line = raw.trim();
    const at = firstLine + index;
    if (index === 0 || line.startsWith('|+') || line === '') return;
    if (line.startsWith('|}')) return;
    if (line.startsWith('|-')) {
      flushCells();
      if (current && current.cells.length > 0) written.push(current);
      current = { cells: [], line: at + 1 };
      return;
    }
    if (line.startsWith('!') || line.startsWith('|')) {
      flushCells();
      if (!current) current = { cells: [], line: at };
      if (current.cells.length === 0) current = { cells: [], line: at };
      const body = line.slice(1);
      pending = line.startsWith('!')
        ? splitOutside(body, '!!').flatMap((part) => splitOutside(part, '||'))
        : splitOutside(body, '||');
      return;
    }
    // A cell's text that goes on over the next line.
    if (pending.length > 0) pending[pending.length - 1] = `${pending.at(-1)} ${line}`;
  });
  flushCells();
  if (current && current.cells.length > 0) written.push(current);

  const carried = new Map<number, { text: string; left: number }>();
  return written.map(({ cells, line }) => {
    const out: string[] = [];
    let column = 0;
    const takeCarried = (): void => {
      for (let held = carried.get(column); held && held.left > 0; held = carried.get(column)) {
        out.push(held.text);
        held.left -= 1;
        if (held.left === 0) carried.delete(column);
        column += 1;
      }
    };
    for (const cell of cells) {
      takeCarried();
      out.push(cell.text);
      if (cell.rowspan > 1) carried.set(column, { text: cell.text, left: cell.rowspan - 1 });
      column += cell.colspan;
    }
    takeCarried();
    return { cells: out, line };
  });
}
