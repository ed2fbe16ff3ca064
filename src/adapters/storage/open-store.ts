import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { Kysely, PostgresDialect, type SqliteDatabase, SqliteDialect } from 'kysely';
import pg from 'pg';
import type { EditionStore } from '#core/ports/edition-store.ts';
import { KyselyEditionStore } from './kysely/kysely-edition-store.ts';
import { migrateToLatest } from './kysely/migrations.ts';
import type { Database } from './kysely/schema.ts';
import { openNodeSqlite } from './node-sqlite.ts';

/** Where the data lives unless configured. */
export const DEFAULT_SQLITE_PATH = './data/torneo.db';

/**
 * What opens a SQLite file: better-sqlite3, or Node's own `node:sqlite`. From Node 24 on,
 * better-sqlite3 12 aborts the process when a statement is collected (its wrapper asks Node for
 * an environment that is not there), and 13, which mends it, does not run on Node 20: Node 24 and
 * later use their own module, earlier ones better-sqlite3 (Node 22's own module still warns that
 * it is experimental).
 */
export type SqliteDriver = 'better-sqlite3' | 'node:sqlite';

/** The driver for this Node ({@link SqliteDriver}). */
export function defaultSqliteDriver(version = process.versions.node): SqliteDriver {
  return Number(version.split('.')[0]) >= 24 ? 'node:sqlite' : 'better-sqlite3';
}

/**
 * Opens the store a URL names and brings its schema up to date: `postgres://…` or
 * `postgresql://…` for PostgreSQL, `sqlite:PATH` for a SQLite file (`sqlite::memory:` for one in
 * memory); nothing for `./data/torneo.db`. SQLite runs in WAL mode with foreign keys on.
 *
 * @example
 * const store = await openStore(process.env.DATABASE_URL);
 */
export async function openStore(
  url: string | undefined = undefined,
  { sqlite = defaultSqliteDriver() }: { readonly sqlite?: SqliteDriver } = {},
): Promise<EditionStore> {
  const db = await openDatabase(url, sqlite);
  await migrateToLatest(db as Kysely<unknown>, searchPathOf(url));
  return new KyselyEditionStore(db);
}

/** @internal */
async function openDatabase(
  url: string | undefined,
  driver: SqliteDriver,
): Promise<Kysely<Database>> {
  if (url !== undefined && /^postgres(ql)?:\/\//.test(url)) {
    const pool = new pg.Pool({ connectionString: url, max: 10 });
    return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  }
  const path = url === undefined || url === '' ? DEFAULT_SQLITE_PATH : url.replace(/^sqlite:/, '');
  if (path !== ':memory:') await mkdir(dirname(path), { recursive: true });
  // better-sqlite3 is loaded only when it is the driver: on Node 24 it is never touched.
  const sqlite: SqliteDatabase & { exec(sql: string): unknown } =
    driver === 'node:sqlite'
      ? openNodeSqlite(path)
      : new (await import('better-sqlite3')).default(path);
  sqlite.exec('PRAGMA journal_mode = WAL');
  sqlite.exec('PRAGMA foreign_keys = ON');
  sqlite.exec('PRAGMA busy_timeout = 5000');
  return new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
}

/** The schema a PostgreSQL URL sets with `options=-c search_path=…`, if any. @internal */
function searchPathOf(url: string | undefined): string | undefined {
  if (url === undefined || !/^postgres(ql)?:\/\//.test(url)) return undefined;
  const options = new URL(url).searchParams.get('options') ?? '';
  return /search_path=([A-Za-z0-9_]+)/.exec(options)?.[1];
}
