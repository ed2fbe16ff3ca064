/**
 * @module An edition to run, from an edition file or folder, or from a season record (an article,
 * its wikitext or page copy, RSSSF text, Football.TXT, CSV, JSON) run as the edition it records, as
 * `POST /api/imports` stores it.
 */
import { stat } from 'node:fs/promises';
import { InputError } from '#core/errors.ts';
import { withMatchIds } from '#core/format/match-ids.ts';
import { rulesForRecord } from '#core/records/record-rules.ts';
import { recordToEdition } from '#core/records/record-to-edition.ts';
import { readSeasonFile } from '../read-season-file.ts';
import { type EditionFiles, readEditionPath } from './read-edition.ts';

/**
 * Reads an edition to run: an edition file or folder ({@link readEditionPath}); failing that, a
 * season record made into its edition. When the file is neither, the edition's own messages are
 * the ones given, since an edition is what was asked for.
 *
 * @example
 * const { edition } = await readEditionOrRecord('../shared/seed/copa-peru-1993.txt');
 * edition.stages.length //=> 2
 */
export async function readEditionOrRecord(path: string): Promise<EditionFiles> {
  try {
    return await readEditionPath(path);
  } catch (error) {
    if (!(error instanceof InputError) || (await stat(path)).isDirectory()) throw error;
    let record: Awaited<ReturnType<typeof readSeasonFile>>;
    try {
      record = await readSeasonFile(path);
    } catch {
      throw error;
    }
    return { edition: withMatchIds(recordToEdition(record, rulesForRecord(record))), others: [] };
  }
}
