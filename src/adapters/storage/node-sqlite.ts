import type { SqliteDatabase } from 'kysely';

/** What this adapter uses of `node:sqlite` (its types are not in the Node 20 typings we build on). */
interface NodeSqliteModule {
  readonly DatabaseSync: new (
    path: string,
  ) => {
    exec(sql: string): void;
    prepare(sql: string): {
      columns(): readonly unknown[];
      all(...parameters: unknown[]): unknown[];
      run(...parameters: unknown[]): { changes: number | bigint; lastInsertRowid: number | bigint };
      iterate(...parameters: unknown[]): IterableIterator<unknown>;
    };
    close(): void;
  };
}

/**
 * Node's own SQLite module, where it is there without a flag (Node 22.13 and later; undefined
 * before).
 */
export function nodeSqliteModule(): NodeSqliteModule | undefined {
  return process.getBuiltinModule?.('node:sqlite') as NodeSqliteModule | undefined;
}

/**
 * A SQLite file opened with Node's own module, in the shape Kysely's SQLite dialect takes (that of
 * better-sqlite3): each statement says whether it returns rows, and takes its parameters as one
 * list.
 *
 * @throws Error when this Node has no `node:sqlite`.
 */
export function openNodeSqlite(path: string): SqliteDatabase & { exec(sql: string): void } {
  const sqlite = nodeSqliteModule();
  if (!sqlite) throw new Error(`node:sqlite needs Node 22.13 or later, not ${process.version}`);
  const db = new sqlite.DatabaseSync(path);
  return {
    exec: (sql) => db.exec(sql),
    close: () => db.close(),
    prepare(sql) {
      const statement = db.prepare(sql);
      return {
        reader: statement.columns().length > 0,
        all: (parameters) => statement.all(...parameters),
        run: (parameters) => statement.run(...parameters),
        iterate: (parameters) => statement.iterate(...parameters),
      };
    },
  };
}
