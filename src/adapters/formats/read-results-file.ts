import { readTextFile } from '#adapters/files/read-text-file.ts';
import type { Ruling } from '#core/model/ruling.ts';
import { parseResultsCsv } from './csv/parse-results-csv.ts';
import { parseResultsJson } from './json/parse-results-json.ts';
import type { ResultsFile } from './results-file.ts';

/**
 * Reads a results file, JSON or CSV, told apart by its content (a JSON document starts with `{` or
 * `[`), whatever its extension.
 *
 * @example
 * const { matches, clubs } = await readResultsFile('final-round.csv');
 */
export async function readResultsFile(
  path: string,
): Promise<ResultsFile & { readonly rulings: readonly Ruling[] }> {
  const text = await readTextFile(path, 'no such file can be read');
  const start = text.replace(/^\uFEFF/, '').trimStart()[0];
  if (start === '{' || start === '[') return parseResultsJson(text, path);
  return { ...parseResultsCsv(text, path), rulings: [] };
}
