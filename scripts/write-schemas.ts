/**
 * @module Writes the JSON Schemas of Torneo's documents into docs/formats (`npm run schemas`).
 */
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { JSON_SCHEMAS } from '#adapters/formats/json/json-schemas.ts';

for (const [name, schema] of Object.entries(JSON_SCHEMAS)) {
  const path = fileURLToPath(new URL(`../docs/formats/${name}.schema.json`, import.meta.url));
  await writeFile(path, `${JSON.stringify(schema, null, 2)}\n`);
  process.stdout.write(`wrote ${path}\n`);
}
