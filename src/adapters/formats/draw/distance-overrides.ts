import { readTextFile } from '#adapters/files/read-text-file.ts';
import { InputError, type Issue, makeIssue } from '#core/errors.ts';
import { MAX_DISTANCE, MAX_DISTANCE_TEXT } from '#core/places/distance.ts';
import { nameKey } from '#core/records/club-names.ts';
import { readCsv } from '../csv/read-csv.ts';
import type { DrawInput } from './read-draw-input.ts';

/**
 * One pair of a user's own distances, and where each of its parts was given (a file's line, a
 * request body's path), for the messages.
 */
export interface DistancePair {
  readonly from: string;
  readonly to: string;
  /** A number of 0 or more (text from a file is checked here). */
  readonly distance: number | string;
  /** Where `part` of this pair was given. */
  readonly at: (part: 'from' | 'to' | 'distance') => string;
}

/** A user's own distances: the pairs, the measure they are in, and where they were given. */
export interface DistanceTable {
  readonly pairs: readonly DistancePair[];
  /**
   * `km`, `h` or `min`, as a file's header names its column; empty when it does not say
   * (`distance`, `cost`) or for pairs given without a header.
   */
  readonly unit: string;
  /** Where the table was given as a whole (a file's path, a request body's field). */
  readonly source: string;
}

/**
 * A draw's distances with a user's own where given: pairs of clubs by name or id (or index, for
 * an instance that names its clubs by index) and their distance in any measure, as long as it is
 * one measure for them all. A pair given one way counts both ways; given both ways (uphill hours,
 * a one-way road), each way counts its own. Pairs not given keep the great-circle distance — so
 * give every pair when the measure is not km: in hours or minutes a pair left out is refused. A
 * way given twice with two distances is refused, as is every other problem, `subject` its
 * subject; nothing is used when any is wrong.
 */
export function withDistancePairs(
  input: DrawInput,
  { pairs, unit, source }: DistanceTable,
  subject: string,
): DrawInput {
  const index = new Map<string, number>();
  input.names.forEach((name, club) => {
    index.set(nameKey(name), club);
    const id = input.ids?.[club];
    if (id) index.set(nameKey(id), club);
    if (input.byIndex) index.set(String(club), club);
  });
  const n = input.distances.length;
  const distances = input.distances.map((row) => [...row]);
  const issues: Issue[] = [];
  const known = input.elsewhere ? 'a club of the edition' : 'a club of the draw';
  // A pair with a club of the edition outside this stage or group belongs to another.
  const outside = (name: string) => input.elsewhere?.has(nameKey(name)) === true;
  // given[a * n + b]: the pair that gave the way from a to b.
  const given = new Map<number, { pair: DistancePair; amount: number }>();
  for (const pair of pairs) {
    const a = index.get(nameKey(pair.from));
    const b = index.get(nameKey(pair.to));
    const text = String(pair.distance).trim();
    const amount = text === '' ? Number.NaN : Number(text);
    for (const [club, part] of [
      [a, 'from'],
      [b, 'to'],
    ] as const) {
      if (club === undefined && !outside(pair[part]))
        issues.push(makeIssue(subject, pair.at(part), known, `"${pair[part]}"`));
    }
    const valid = Number.isFinite(amount) && amount >= 0 && amount <= MAX_DISTANCE;
    if (!valid)
      issues.push(
        makeIssue(
          subject,
          pair.at('distance'),
          `a distance of 0 or more${amount > MAX_DISTANCE ? `, up to ${MAX_DISTANCE_TEXT}` : ''}`,
          `"${text}"`,
        ),
      );
    if (a === undefined || b === undefined || !valid) continue;
    if (a === b) {
      issues.push(makeIssue(subject, pair.at('to'), 'another club', `"${pair.from}" twice`));
      continue;
    }
    const before = given.get(a * n + b);
    if (before && before.amount !== amount) {
      issues.push(
        makeIssue(
          subject,
          pair.at('distance'),
          `the distance from ${input.names[a]} to ${input.names[b]} given once (${before.pair.at('distance')} gives ${before.amount})`,
          String(amount),
        ),
      );
      continue;
    }
    given.set(a * n + b, { pair, amount });
  }
  for (const [way, { amount }] of given) {
    const a = Math.floor(way / n);
    const b = way % n;
    (distances[a] as number[])[b] = amount;
    if (!given.has(b * n + a)) (distances[b] as number[])[a] = amount;
  }
  // Hours or minutes do not add up with the km of the pairs left out (a club without a place
  // has its own message below).
  if (unit !== '' && unit !== 'km') {
    const missing: string[] = [];
    for (let a = 0; a < n; a += 1) {
      for (let b = a + 1; b < n; b += 1) {
        const placed = !Number.isNaN(distances[a]?.[b]);
        if (placed && !given.has(a * n + b) && !given.has(b * n + a))
          missing.push(`${input.names[a]}–${input.names[b]}`);
      }
    }
    if (missing.length > 0) {
      const more = missing.length > 5 ? ` and ${missing.length - 5} more` : '';
      issues.push(
        makeIssue(
          subject,
          source,
          `a distance in ${unit === 'h' ? 'hours' : unit === 'min' ? 'minutes' : unit} for every pair of clubs (a pair left out would keep its km)`,
          `none for ${missing.slice(0, 5).join(', ')}${more}`,
        ),
      );
    }
  }
  // A club without a place must have been given its distance to every other club.
  for (const { club, issue } of input.unplaced ?? []) {
    const missing = (distances[club] ?? []).flatMap((km, other) =>
      Number.isNaN(km) ? [input.names[other] ?? String(other)] : [],
    );
    if (missing.length > 0) issues.push(issue(missing));
  }
  if (issues.length > 0) throw new InputError(issues);
  const { unplaced: _measured, ...measured } = input;
  return { ...measured, distances, unit };
}

/**
 * The pairs of a CSV text with a header naming the columns `from`, `to` and `distance` (or `km`,
 * `hours`, `minutes`; in Spanish `desde`, `hasta`, `distancia`, `horas`…), one pair a line, cells
 * separated by commas, or by semicolons with decimal commas. `source` names the text in messages
 * (a file's path, a request body's field), each pair's with its line; `subject` is their subject.
 *
 * @example
 * // from,to,km
 * // Aurora,Deportivo Garcilaso,520
 */
export function distancePairsOfCsv(
  text: string,
  source: string,
  subject = 'distances',
): DistanceTable {
  // A spreadsheet set to Spanish writes `;` between cells and a comma before the decimals.
  const first = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  const separator = !first.includes(',') && first.includes(';') ? ';' : ',';
  const [header, ...rows] = readCsv(text, { file: source, separator });
  const columns = (header?.cells ?? []).map((cell) => nameKey(cell));
  // English or Spanish column names.
  const from = columns.findIndex((column) => ['from', 'desde', 'origen'].includes(column));
  const to = columns.findIndex((column) => ['to', 'hasta', 'destino'].includes(column));
  const value = columns.findIndex((column) => Object.hasOwn(MEASURES, column));
  if (from < 0 || to < 0 || value < 0) {
    throw new InputError([
      makeIssue(
        subject,
        `${source} line 1`,
        'a header with from, to and distance (or km, hours, minutes)',
        `"${header?.cells.join(',') ?? ''}"`,
      ),
    ]);
  }
  const pairs = rows.map(({ line, cells }) => ({
    from: cells[from] ?? '',
    to: cells[to] ?? '',
    distance: separator === ';' ? (cells[value] ?? '').replace(',', '.') : (cells[value] ?? ''),
    at: () => `${source} line ${line}`,
  }));
  return { pairs, unit: MEASURES[columns[value] ?? ''] ?? '', source };
}

/**
 * The names a distance column may have, by key ({@link nameKey}), English or Spanish, and the
 * measure each says (empty: it does not say).
 */
const MEASURES: Readonly<Record<string, string>> = {
  km: 'km',
  kilometres: 'km',
  kilometers: 'km',
  kilometros: 'km',
  hours: 'h',
  horas: 'h',
  minutes: 'min',
  minutos: 'min',
  distance: '',
  distancia: '',
  time: '',
  tiempo: '',
  cost: '',
  costo: '',
};

/** {@link withDistancePairs} from a CSV file ({@link distancePairsOfCsv}). */
export async function withDistanceOverrides(input: DrawInput, path: string): Promise<DrawInput> {
  const text = await readTextFile(path, 'expected a CSV of distances');
  const subject = 'distances file';
  return withDistancePairs(input, distancePairsOfCsv(text, path, subject), subject);
}
