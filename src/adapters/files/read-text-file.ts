import { readFile } from 'node:fs/promises';
import { NotFoundError } from '#core/errors.ts';

/**
 * A file's text (UTF-8), or a NotFoundError that names the file and says what was expected there.
 *
 * @example
 * const text = await readTextFile('roads.csv', 'expected a CSV of distances');
 */
export async function readTextFile(path: string, hint: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    throw new NotFoundError('file', path, { cause: error, hint });
  }
}
