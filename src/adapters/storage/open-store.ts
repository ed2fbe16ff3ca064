import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import type { EditionStore } from '#core/ports/edition-store.ts';
import { KyselyEditionStore } from './kysely/kysely-edition-store.ts';
import { migrateToLatest } from './kysely/migrations.ts';
import type { Database } from './kysely/schema.ts';

/** Where the data lives unless configured. */
export const DEFAULT_SQLITE_PATH = './data/torneo.db';

/**
 * Opens the store a URL names and brings its schema up to date: `postgres://…` or
 * `postgresql://…` for PostgreSQL, `sqlite:PATH` for a SQLite file (`sqlite::memory:` for one in
 * memory); nothing for `./data/torneo.db`. SQLite runs in WAL mode with foreign keys on.
 *
 * @example
 * const store = await openStore(process.env.DATABASE_URL);
 */
export async function openStore(url: string | undefined = undefined): Promise<EditionStore> {
  const db = await openDatabase(url);
  await migrateToLatest(db as Kysely<unknown>, searchPathOf(url));
  return new KyselyEditionStore(db);
}

/** @internal */
async function openDatabase(url: string | undefined): Promise<Kysely<Database>> {
  if (url !== undefined && /^postgres(ql)?:\/\//.test(url)) {
    const pool = new pg.Pool({ connectionString: url, max: 10 });
    return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  }
  const path = url === undefined || url === '' ? DEFAULT_SQLITE_PATH : url.replace(/^sqlite:/, '');
  if (path !== ':memory:') await mkdir(dirname(path), { recursive: true });
  const sqlite = new BetterSqlite3(path);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  return new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
}

/** The schema a PostgreSQL URL sets with `options=-c search_path=…`, if any. @internal */
function searchPathOf(url: string | undefined): string | undefined {
  if (url === undefined || !/^postgres(ql)?:\/\//.test(url)) return undefined;
  const options = new URL(url).searchParams.get('options') ?? '';
  return /search_path=([A-Za-z0-9_]+)/.exec(options)?.[1];
}
