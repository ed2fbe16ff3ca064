import { InputError, makeIssue } from '#core/errors.ts';

/** One record of a CSV file, with where it starts. */
export interface CsvRecord {
  /** 1-based line of the file where the record starts. */
  readonly line: number;
  readonly cells: readonly string[];
}

/** Options of {@link readCsv}. */
export interface ReadCsvOptions {
  /** The file's name, for messages. */
  readonly file: string;
  /** The cell separator; `,` unless given. */
  readonly separator?: string;
}

/**
 * Splits CSV text (RFC 4180: quoted cells, doubled quotes, line breaks inside quotes, CRLF or LF,
 * an optional byte-order mark) into records. Blank lines are skipped.
 *
 * @example
 * readCsv('a,b\n"x, y",2\n', { file: 'f.csv' })
 * //=> [{ line: 1, cells: ['a', 'b'] }, { line: 2, cells: ['x, y', '2'] }]
 */
export function readCsv(text: string, options: ReadCsvOptions): CsvRecord[] {
  const records: CsvRecord[] = [];
  visitCsv(text, options, (cells, line) => {
    records.push({ line, cells });
  });
  return records;
}

/**
 * Calls `visit` with each record of CSV text, in order, without keeping them: for large files.
 * Reads the same dialect as {@link readCsv}.
 *
 * @example
 * let count = 0;
 * visitCsv('a,b\n1,2\n', { file: 'f.csv' }, () => { count += 1; });
 * count //=> 2
 */
export function visitCsv(
  text: string,
  options: ReadCsvOptions,
  visit: (cells: string[], line: number) => void,
): void {
  const separator = options.separator ?? ',';
  let position = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;
  while (position < text.length) {
    let end = text.indexOf('\n', position);
    if (end === -1) end = text.length;
    const raw = text.slice(position, end);
    const content = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (!content.includes('"')) {
      // The common case: no quotes, so the line is the record.
      if (content !== '') visit(content.split(separator), line);
      position = end + 1;
      line += 1;
      continue;
    }
    const quoted = readQuotedRecord(text, position, separator, options.file, line);
    visit(quoted.cells, line);
    line += quoted.lines;
    position = quoted.end;
  }
}

/**
 * Reads one record that has quotes, which may run over several lines.
 * @internal
 */
function readQuotedRecord(
  text: string,
  start: number,
  separator: string,
  file: string,
  line: number,
): { cells: string[]; end: number; lines: number } {
  const cells: string[] = [];
  let cell = '';
  let lines = 1;
  let i = start;
  let inQuotes = false;
  let cellStart = true;
  while (i < text.length) {
    const char = text[i];
    if (inQuotes) {
      if (char === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i += 2;
          continue;
        }
        inQuotes = false;
      } else {
        if (char === '\n') lines += 1;
        cell += char;
      }
      i += 1;
      continue;
    }
    if (char === '"' && cellStart) {
      inQuotes = true;
      cellStart = false;
      i += 1;
      continue;
    }
    if (char === separator) {
      cells.push(cell);
      cell = '';
      cellStart = true;
      i += 1;
      continue;
    }
    if (char === '\n' || char === '\r') {
      cells.push(cell);
      const end = char === '\r' && text[i + 1] === '\n' ? i + 2 : i + 1;
      return { cells, end, lines };
    }
    cell += char;
    cellStart = false;
    i += 1;
  }
  if (inQuotes) {
    throw new InputError([
      makeIssue('CSV', `${file} line ${line}`, 'a closing quote (")', 'the end of the file'),
    ]);
  }
  cells.push(cell);
  return { cells, end: i, lines };
}
