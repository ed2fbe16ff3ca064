import { readTextFile } from '#adapters/files/read-text-file.ts';
import { InputError, type Issue, makeIssue } from '#core/errors.ts';
import { nameKey } from '#core/records/club-names.ts';
import { readCsv } from '../csv/read-csv.ts';
import type { DrawInput } from './read-draw-input.ts';

/**
 * A draw's distances with a user's own where given: a CSV file with a header naming the columns
 * `from`, `to` and `distance` (or `km`, `hours`, `minutes`: any measure, as long as it is one
 * measure for the whole file), one pair a line, clubs by name or id. A pair given once counts both
 * ways; pairs not given keep the great-circle distance — so give every pair when the measure is not
 * km. Every problem is reported with its line; nothing is used when any is wrong.
 *
 * @example
 * // from,to,km
 * // Aurora,Deportivo Garcilaso,520
 */
export async function withDistanceOverrides(input: DrawInput, path: string): Promise<DrawInput> {
  const text = await readTextFile(path, 'expected a CSV of distances');
  const [header, ...rows] = readCsv(text, { file: path });
  const columns = (header?.cells ?? []).map((cell) => nameKey(cell));
  const from = columns.indexOf('from');
  const to = columns.indexOf('to');
  const value = columns.findIndex((column) =>
    ['distance', 'km', 'kilometres', 'kilometers', 'hours', 'minutes', 'time', 'cost'].includes(
      column,
    ),
  );
  if (from < 0 || to < 0 || value < 0) {
    throw new InputError([
      makeIssue(
        'distances file',
        `${path} line 1`,
        'a header with from, to and distance (or km, hours, minutes)',
        `"${header?.cells.join(',') ?? ''}"`,
      ),
    ]);
  }
  const index = new Map<string, number>();
  input.names.forEach((name, club) => {
    index.set(nameKey(name), club);
    const id = input.ids?.[club];
    if (id) index.set(nameKey(id), club);
    if (input.byIndex) index.set(String(club), club);
  });
  const distances = input.distances.map((row) => [...row]);
  const issues: Issue[] = [];
  for (const { line, cells } of rows) {
    const where = `${path} line ${line}`;
    const a = index.get(nameKey(cells[from] ?? ''));
    const b = index.get(nameKey(cells[to] ?? ''));
    const amount = Number(cells[value]);
    for (const [club, cell] of [
      [a, cells[from]],
      [b, cells[to]],
    ] as const) {
      if (club === undefined)
        issues.push(makeIssue('distances file', where, 'a club of the draw', `"${cell ?? ''}"`));
    }
    if (!Number.isFinite(amount) || amount < 0 || (cells[value] ?? '').trim() === '') {
      issues.push(
        makeIssue('distances file', where, 'a distance of 0 or more', `"${cells[value] ?? ''}"`),
      );
    }
    if (a === undefined || b === undefined || !Number.isFinite(amount) || amount < 0) continue;
    if (a === b) {
      issues.push(
        makeIssue('distances file', where, 'two different clubs', `"${cells[from]}" twice`),
      );
      continue;
    }
    (distances[a] as number[])[b] = amount;
    (distances[b] as number[])[a] = amount;
  }
  if (issues.length > 0) throw new InputError(issues);
  return { ...input, distances };
}
