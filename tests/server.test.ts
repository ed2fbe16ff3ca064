import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { openStore } from '#adapters/storage/open-store.ts';
import { loadExamples, startServer } from '../src/app/server.ts';
import { runTorneo } from './run-torneo.ts';

describe('the server and the database commands', () => {
  test('serves the 1993 edition from a fresh database, refuses anonymous writes, and keeps its data across a restart', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'torneo-'));
    const databaseUrl = `sqlite:${join(folder, 'torneo.db')}`;
    const lines: string[] = [];
    const chosen = process.env.TORNEO_ADMIN_PASSWORD;
    delete process.env.TORNEO_ADMIN_PASSWORD;
    const first = await startServer({
      port: 0,
      databaseUrl,
      log: (line) => lines.push(line),
      requestLog: false,
    }).finally(() => {
      if (chosen !== undefined) process.env.TORNEO_ADMIN_PASSWORD = chosen;
    });
    try {
      expect(lines[0]).toMatch(/^Loaded 4 example editions: copa-peru-1993/);
      const state = (await (await fetch(`${first.url}/api/editions/copa-peru-1993`)).json()) as {
        champion: string;
      };
      expect(state.champion).toBe('Aurich-Cañaña');
      const write = await fetch(`${first.url}/api/editions/copa-peru-1993/matches/final-r1-m1`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ version: 1, score: '0-0' }),
      });
      expect(write.status).toBe(401);
      // A first start with no admin chosen makes one and says once how to sign in.
      const shown = lines.find((line) => line.startsWith('First start: sign in at'));
      const password = / with the password (\S+) /.exec(shown ?? '')?.[1];
      expect(password).toMatch(/^[\w-]{20}$/);
      const signIn = await fetch(`${first.url}/api/session`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ name: 'admin', password }),
      });
      expect(signIn.status).toBe(200);
    } finally {
      await first.close();
    }
    const again: string[] = [];
    const second = await startServer({
      port: 0,
      databaseUrl,
      log: (line) => again.push(line),
      requestLog: false,
    });
    try {
      expect(again.some((line) => line.startsWith('Loaded'))).toBe(false);
      expect(again.some((line) => line.startsWith('First start'))).toBe(false);
      expect(((await (await fetch(`${second.url}/api/editions`)).json()) as unknown[]).length).toBe(
        4,
      );
    } finally {
      await second.close();
    }
  });

  test('backs the database up to JSON and restores it, equal', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'torneo-'));
    const source = `sqlite:${join(folder, 'source.db')}`;
    const target = `sqlite:${join(folder, 'target.db')}`;
    const store = await openStore(source);
    await loadExamples(store, () => {});
    await store.close();
    const backup = join(folder, 'backup.json');
    expect(
      (await runTorneo(['db', 'export', '--out', backup], { DATABASE_URL: source })).code,
    ).toBe(0);
    const restored = await runTorneo(['db', 'import', backup], { DATABASE_URL: target });
    expect(restored).toMatchObject({ code: 0, stdout: 'Imported 4 editions\n' });
    const [a, b] = [await openStore(source), await openStore(target)];
    try {
      for (const { id } of await a.listEditions()) {
        expect((await b.getEdition(id))?.format).toEqual((await a.getEdition(id))?.format);
      }
    } finally {
      await a.close();
      await b.close();
    }
    expect(JSON.parse(await readFile(backup, 'utf8')).editions).toHaveLength(4);
  });

  test('adds an admin without ever printing the password', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'torneo-'));
    const url = `sqlite:${join(folder, 'users.db')}`;
    const added = await runTorneo(['user', 'add', '--admin', 'root'], {
      DATABASE_URL: url,
      TORNEO_PASSWORD: 'a long enough secret',
    });
    expect(added).toEqual({ code: 0, stdout: 'Added the admin "root"\n', stderr: '' });
    const again = await runTorneo(['user', 'add', '--admin', 'root'], {
      DATABASE_URL: url,
      TORNEO_PASSWORD: 'a long enough secret',
    });
    expect(again.code).toBe(2);
    expect(again.stderr).toBe('torneo: a user named "root" exists already\n');
    const store = await openStore(url);
    try {
      expect((await store.findUser('root'))?.passwordHash).toMatch(/^\$argon2id\$/);
    } finally {
      await store.close();
    }
  });
});
