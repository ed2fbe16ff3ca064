import { rename, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** Writes beside the target and renames, so that a failure never leaves half a file. */
export async function writeAtomically(target: string, text: string): Promise<void> {
  const temporary = join(dirname(target), `.${basename(target)}.${process.pid}.tmp`);
  await writeFile(temporary, text);
  await rename(temporary, target);
}
