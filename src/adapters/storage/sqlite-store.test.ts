import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { makeFormat, runStoreContract } from './edition-store.contract.ts';
import { openStore } from './open-store.ts';

runStoreContract('SQLite', async () =>
  openStore(`sqlite:${join(await mkdtemp(join(tmpdir(), 'torneo-')), 'test.db')}`),
);

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
