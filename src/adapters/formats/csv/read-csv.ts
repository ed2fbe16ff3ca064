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
  const separator = options.separator ?? ',';
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let cell = '';
  let line = 1;
  let recordLine = 1;
  let quoted = false;
  let wasQuoted = false;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;

  const endCell = (): void => {
    cells.push(cell);
    cell = '';
    wasQuoted = false;
  };
  const endRecord = (): void => {
    endCell();
    if (!(cells.length === 1 && cells[0] === '')) records.push({ line: recordLine, cells });
    cells = [];
  };

  while (i < text.length) {
    const char = text[i];
    if (quoted) {
      if (char === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i += 1;
        continue;
      }
      if (char === '\n') line += 1;
      cell += char;
      i += 1;
      continue;
    }
    if (char === '"' && cell === '' && !wasQuoted) {
      quoted = true;
      wasQuoted = true;
      i += 1;
      continue;
    }
    if (char === separator) {
      endCell();
      i += 1;
      continue;
    }
    if (char === '\r' || char === '\n') {
      endRecord();
      i += char === '\r' && text[i + 1] === '\n' ? 2 : 1;
      line += 1;
      recordLine = line;
      continue;
    }
    cell += char;
    i += 1;
  }
  if (quoted) {
    throw new InputError([
      makeIssue(
        'CSV',
        `${options.file} line ${recordLine}`,
        'a closing quote (")',
        'the end of the file',
      ),
    ]);
  }
  if (cell !== '' || cells.length > 0) endRecord();
  return records;
}
