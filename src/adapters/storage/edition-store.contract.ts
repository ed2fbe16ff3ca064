import { describe, expect, test } from 'vitest';
import { ConflictError } from '#core/errors.ts';
import type { EditionFormat } from '#core/format/edition-format.ts';
import type { EditionStore } from '#core/ports/edition-store.ts';
import { resolveRulePreset } from '#core/rules/rule-preset.ts';

/** A small edition: one league of two clubs, one match not yet played. */
export function makeFormat(edition = '2020'): EditionFormat {
  return {
    competition: 'Test Cup',
    edition,
    sources: [],
    rules: resolveRulePreset('generic'),
    clubs: [
      { id: 'a', name: 'A' },
      { id: 'b', name: 'B' },
    ],
    stages: [
      {
        id: 'league',
        name: 'League',
        kind: 'league',
        entrants: [
          { kind: 'club', club: 'a' },
          { kind: 'club', club: 'b' },
        ],
        rounds: [
          { name: 'Round 1', matches: [{ id: 'm1', home: 'a', away: 'b', status: 'scheduled' }] },
        ],
        outcomes: [],
      },
    ],
    rulings: [],
  };
}

/** A change that records the result of match m1. */
function recordM1(expectedVersion: number, home: number, away: number, actor = 'editor') {
  return {
    action: 'result',
    actor,
    expectedVersion,
    apply: (format: EditionFormat) => {
      const stage = format.stages[0];
      if (stage?.kind !== 'league') throw new Error('expected the league stage');
      const round = stage.rounds[0];
      const before = round?.matches[0];
      const after = { ...before, status: 'played', score: { home, away } };
      return {
        format: {
          ...format,
          stages: [{ ...stage, rounds: [{ ...round, name: round?.name ?? '', matches: [after] }] }],
        } as EditionFormat,
        before,
        after,
      };
    },
  };
}

/**
 * The one behaviour every store must have, run against each real database: `makeStore` gives a
 * fresh, empty, migrated store.
 */
export function runStoreContract(name: string, makeStore: () => Promise<EditionStore>): void {
  describe(`EditionStore on ${name}`, () => {
    test('keeps an edition and lists it', async () => {
      const store = await makeStore();
      try {
        const saved = await store.saveEdition('test-2020', makeFormat(), { actor: 'admin' });
        expect(saved.version).toBe(1);
        expect(await store.listEditions()).toEqual([
          { id: 'test-2020', competition: 'Test Cup', season: '2020', version: 1 },
        ]);
        expect((await store.getEdition('test-2020'))?.format).toEqual(makeFormat());
        expect(await store.getEdition('nope')).toBeUndefined();
      } finally {
        await store.close();
      }
    });

    test('records a change with a new version and an audit entry, before and after', async () => {
      const store = await makeStore();
      try {
        await store.saveEdition('test-2020', makeFormat(), { actor: 'admin' });
        const changed = await store.changeEdition('test-2020', {
          ...recordM1(1, 2, 1),
          reason: 'referee report',
        });
        expect(changed.version).toBe(2);
        const log = await store.auditLog('test-2020');
        expect(log.map((entry) => [entry.action, entry.actor, entry.reason])).toEqual([
          ['create', 'admin', null],
          ['result', 'editor', 'referee report'],
        ]);
        expect(JSON.parse(log[1]?.before ?? 'null')).toMatchObject({ status: 'scheduled' });
        expect(JSON.parse(log[1]?.after ?? 'null')).toMatchObject({
          status: 'played',
          score: { home: 2, away: 1 },
        });
      } finally {
        await store.close();
      }
    });

    test('refuses a change made to a version that is no longer current, and loses nothing', async () => {
      const store = await makeStore();
      try {
        await store.saveEdition('test-2020', makeFormat(), { actor: 'admin' });
        const [first, second] = await Promise.allSettled([
          store.changeEdition('test-2020', recordM1(1, 1, 0, 'first editor')),
          store.changeEdition('test-2020', recordM1(1, 0, 3, 'second editor')),
        ]);
        const outcomes = [first, second].map((outcome) => outcome?.status);
        expect(outcomes.sort()).toEqual(['fulfilled', 'rejected']);
        const rejected = [first, second].find((outcome) => outcome?.status === 'rejected');
        expect(rejected?.status === 'rejected' ? rejected.reason : undefined).toBeInstanceOf(
          ConflictError,
        );
        const stored = await store.getEdition('test-2020');
        expect(stored?.version).toBe(2);
        expect(
          (await store.auditLog('test-2020')).filter((entry) => entry.action === 'result'),
        ).toHaveLength(1);
      } finally {
        await store.close();
      }
    });

    test('leaves the database as it was when an import fails halfway', async () => {
      const store = await makeStore();
      try {
        const broken = { ...makeFormat('2021'), size: 1n } as unknown as EditionFormat;
        await expect(
          store.importEditions(
            [
              { id: 'test-2020', format: makeFormat() },
              { id: 'test-2021', format: broken },
            ],
            'admin',
          ),
        ).rejects.toThrow();
        expect(await store.listEditions()).toEqual([]);
        expect(await store.auditLog()).toEqual([]);
      } finally {
        await store.close();
      }
    });

    test('keeps users and their credentials, and forgets expired ones', async () => {
      const store = await makeStore();
      try {
        expect(await store.countUsers()).toBe(0);
        const editor = await store.createUser(
          { name: 'ana', role: 'editor', competitions: ['Copa Perú'] },
          'hash',
        );
        expect(await store.findUser('ana')).toEqual({ ...editor, passwordHash: 'hash' });
        await store.saveCredential({
          tokenHash: 't1',
          userId: editor.id,
          kind: 'api',
          csrf: null,
          expiresAt: null,
        });
        await store.saveCredential({
          tokenHash: 't2',
          userId: editor.id,
          kind: 'session',
          csrf: 'c',
          expiresAt: '2000-01-01T00:00:00.000Z',
        });
        expect((await store.findCredential('t1'))?.user.competitions).toEqual(['Copa Perú']);
        expect(await store.findCredential('t2')).toBeUndefined();
        await store.deleteCredential('t1');
        expect(await store.findCredential('t1')).toBeUndefined();
      } finally {
        await store.close();
      }
    });
  });
}
