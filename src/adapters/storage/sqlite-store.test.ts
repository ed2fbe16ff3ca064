import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { makeFormat, runStoreContract } from './edition-store.contract.ts';
import { nodeSqliteModule } from './node-sqlite.ts';
import { defaultSqliteDriver, openStore } from './open-store.ts';

runStoreContract('SQLite', async () =>
  openStore(`sqlite:${join(await mkdtemp(join(tmpdir(), 'torneo-')), 'test.db')}`, {
    sqlite: 'better-sqlite3',
  }),
);

// Node 24 and later open SQLite with their own module: the same contract, wherever it is there.
if (nodeSqliteModule()) {
  runStoreContract('SQLite through node:sqlite', async () =>
    openStore(`sqlite:${join(await mkdtemp(join(tmpdir(), 'torneo-')), 'test.db')}`, {
      sqlite: 'node:sqlite',
    }),
  );
} else {
  test.skip(`the store through node:sqlite: skipped, since Node ${process.version} has no node:sqlite (Node 22.13 and later have it; Node 24 and later use it)`, () => {});
}

test('Node 24 and later open SQLite with their own module, earlier ones with better-sqlite3', () => {
  expect(['20.19.0', '22.13.0', '23.11.1'].map((version) => defaultSqliteDriver(version))).toEqual([
    'better-sqlite3',
    'better-sqlite3',
    'better-sqlite3',
  ]);
  expect(defaultSqliteDriver('24.0.0')).toBe('node:sqlite');
  expect(defaultSqliteDriver('26.1.0')).toBe('node:sqlite');
});

test('SQLite keeps its data across a restart', async () => {
  const path = join(await mkdtemp(join(tmpdir(), 'torneo-')), 'restart.db');
  const first = await openStore(`sqlite:${path}`);
  await first.saveEdition('test-2020', makeFormat(), { actor: 'admin' });
  await first.close();
  const second = await openStore(`sqlite:${path}`);
  try {
    expect((await second.getEdition('test-2020'))?.version).toBe(1);
  } finally {
    await second.close();
  }
});
