import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, describe, test } from 'vitest';
import { runStoreContract } from './edition-store.contract.ts';
import { openStore } from './open-store.ts';

/**
 * The contract suite on PostgreSQL: the machine's server (127.0.0.1:5432, database `test`) unless
 * TEST_DATABASE_URL says otherwise. Each test gets a schema of its own. Under CI the server must be
 * there; elsewhere, without one, the suite says it was skipped and why.
 */
const URL_BASE = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

async function reachable(): Promise<string | undefined> {
  const client = new pg.Client({ connectionString: URL_BASE, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query('select 1');
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  } finally {
    await client.end().catch(() => undefined);
  }
}

const problem = await reachable();
if (problem !== undefined && process.env.CI === 'true') {
  throw new Error(
    `PostgreSQL is required under CI but cannot be reached at ${URL_BASE}: ${problem}`,
  );
}

const schemas: string[] = [];

if (problem === undefined) {
  afterAll(async () => {
    const admin = new pg.Client({ connectionString: URL_BASE });
    await admin.connect();
    for (const schema of schemas) await admin.query(`drop schema if exists ${schema} cascade`);
    await admin.end();
  });
  runStoreContract('PostgreSQL', async () => {
    const schema = `torneo_${randomUUID().replace(/-/g, '')}`;
    schemas.push(schema);
    const admin = new pg.Client({ connectionString: URL_BASE });
    await admin.connect();
    await admin.query(`create schema ${schema}`);
    await admin.end();
    const separator = URL_BASE.includes('?') ? '&' : '?';
    return openStore(
      `${URL_BASE}${separator}options=${encodeURIComponent(`-c search_path=${schema}`)}`,
    );
  });
} else {
  describe('EditionStore on PostgreSQL', () => {
    test.skip(`skipped: no PostgreSQL at ${URL_BASE} (${problem}); set TEST_DATABASE_URL or start the server`, () => {});
  });
  process.stderr.write(
    `PostgreSQL contract tests skipped: no server at ${URL_BASE} (${problem})\n`,
  );
}
