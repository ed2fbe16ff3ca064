import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { JSON_SCHEMAS } from '#adapters/formats/json/json-schemas.ts';

describe('published JSON Schemas', () => {
  test.each(Object.keys(JSON_SCHEMAS))(
    'docs/formats/%s.schema.json is the schema the reader validates with (run `npm run schemas` after a change)',
    async (name) => {
      const path = fileURLToPath(new URL(`../docs/formats/${name}.schema.json`, import.meta.url));
      const published = JSON.parse(await readFile(path, 'utf8'));
      expect(published).toEqual(
        JSON.parse(JSON.stringify(JSON_SCHEMAS[name as keyof typeof JSON_SCHEMAS])),
      );
    },
  );
});
