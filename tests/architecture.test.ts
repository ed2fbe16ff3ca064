import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

async function sourceFiles(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => join(entry.parentPath, entry.name));
}

test('the core imports no adapter, no app and no node module', async () => {
  const offenders: string[] = [];
  for (const file of await sourceFiles(join(ROOT, 'src/core'))) {
    if (file.endsWith('.test.ts')) continue;
    const text = await readFile(file, 'utf8');
    for (const [, specifier] of text.matchAll(/from '([^']+)'/g)) {
      if (
        specifier?.startsWith('node:') ||
        specifier?.startsWith('#adapters') ||
        specifier?.includes('/adapters/') ||
        specifier?.includes('/app/') ||
        !(specifier?.startsWith('.') || specifier?.startsWith('#core'))
      ) {
        offenders.push(`${relative(ROOT, file)} imports ${specifier}`);
      }
    }
  }
  expect(offenders).toEqual([]);
});

test('adapters do not import the app', async () => {
  const offenders: string[] = [];
  for (const file of await sourceFiles(join(ROOT, 'src/adapters'))) {
    const text = await readFile(file, 'utf8');
    if (/from '[^']*\/app\//.test(text)) offenders.push(relative(ROOT, file));
  }
  expect(offenders).toEqual([]);
});
