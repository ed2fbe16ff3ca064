import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { drawInputOfEdition } from '#adapters/formats/draw/read-draw-input.ts';
import { readEditionPath } from '#adapters/formats/edition/read-edition.ts';
import { openStore } from '#adapters/storage/open-store.ts';
import { checkTravelSchedule } from '#core/fixtures/check-schedule.ts';
import type { EditionFormat } from '#core/format/edition-format.ts';
import { buildEditionFromPreset } from '#core/format/edition-presets.ts';
import { withMatchIds } from '#core/format/match-ids.ts';
import { resolveRulePreset } from '#core/rules/rule-preset.ts';
import { type CreateAppOptions, createApp, editionId } from './create-app.ts';
import { hashPassword, newToken } from './credentials.ts';
import { OPENAPI } from './openapi.ts';

type EditionJson = {
  version: number;
  champion: string | null;
  stages: { groups: { table: unknown[] }[] }[];
};

const EXAMPLE = new URL('../../../examples/copa-peru-1993', import.meta.url).pathname;

/** A fresh app on an in-memory database with the 1993 edition, an admin, and two editors. */
async function makeApp(options: Omit<CreateAppOptions, 'store'> = {}) {
  const store = await openStore('sqlite::memory:');
  const { edition } = await readEditionPath(EXAMPLE);
  await store.saveEdition(editionId(edition), withMatchIds(edition), { actor: 'test' });
  const tokens: Record<string, string> = {};
  const password = await hashPassword('correct horse battery');
  for (const [name, role, competitions] of [
    ['root', 'admin', []],
    ['ana', 'editor', ['Copa Perú']],
    ['bob', 'editor', ['Liga de Ejemplo']],
  ] as const) {
    const user = await store.createUser({ name, role, competitions: [...competitions] }, password);
    const { token, tokenHash } = newToken();
    await store.saveCredential({
      tokenHash,
      userId: user.id,
      kind: 'api',
      csrf: null,
      expiresAt: null,
    });
    tokens[name] = token;
  }
  const app = createApp({ store, ...options });
  const as = (name?: string): Record<string, string> =>
    name
      ? { authorization: `Bearer ${tokens[name]}`, 'content-type': 'application/json' }
      : { 'content-type': 'application/json' };
  return { app, store, as };
}

/** A four-club Copa Perú league of 2040 whose matches are all still to be played. */
async function saveLeagueToPlay(store: Awaited<ReturnType<typeof openStore>>, double: boolean) {
  await store.saveEdition(
    'copa-peru-2040',
    withMatchIds(
      buildEditionFromPreset({
        preset: 'league',
        competition: 'Copa Perú',
        edition: '2040',
        rules: resolveRulePreset('copa-peru', { season: 2040 }),
        clubs: ['Alfa', 'Beta', 'Gama', 'Delta'].map((name) => ({ id: name.toLowerCase(), name })),
        double,
      }),
    ),
    { actor: 'test' },
  );
}

describe('public reads', () => {
  test('list the editions and give the 1993 state with its champion and final table', async () => {
    const { app } = await makeApp();
    expect(await (await app.request('/api/editions')).json()).toEqual([
      { id: 'copa-peru-1993', competition: 'Copa Perú', season: '1993', version: 1 },
    ]);
    const state = await (await app.request('/api/editions/copa-peru-1993')).json();
    expect(state).toMatchObject({ id: 'copa-peru-1993', version: 1, champion: 'Aurich-Cañaña' });
    const tables = (await (
      await app.request('/api/editions/copa-peru-1993/tables?asOf=2')
    ).json()) as EditionJson;
    expect(tables.stages.at(-1)?.groups[0]?.table[0]).toMatchObject({
      club: 'Aurich-Cañaña',
      played: 2,
      points: 4,
    });
    const matches = (await (
      await app.request('/api/editions/copa-peru-1993/matches')
    ).json()) as unknown[];
    expect(matches[0]).toMatchObject({
      id: 'final-r1-m1',
      home: 'Deportivo Garcilaso',
      away: 'CNI',
      status: 'played',
    });
    expect((await app.request('/api/editions/nope')).status).toBe(404);
    expect((await app.request('/api/editions/copa-peru-1993/tables?asOf=yesterday')).status).toBe(
      400,
    );
    expect((await app.request('/api/health')).status).toBe(200);
    const openapi = (await (await app.request('/api/openapi.json')).json()) as {
      openapi: string;
      paths: Record<string, unknown>;
    };
    expect(openapi.openapi).toBe('3.1.0');
    expect(Object.keys(openapi.paths)).toContain('/api/editions/{id}/tables');
    expect(await (await app.request('/api/competitions')).json()).toEqual([
      { name: 'Copa Perú', editions: [{ id: 'copa-peru-1993', season: '1993' }] },
    ]);
    expect(await (await app.request('/api/editions/copa-peru-1993/stages')).json()).toEqual([
      { name: 'Departmental Stage', kind: 'qualification', status: 'unknown' },
      { name: 'Regional Stage', kind: 'qualification', status: 'complete' },
      { name: 'Final Stage', kind: 'league', status: 'complete' },
    ]);
    expect((await app.request('/api/docs')).headers.get('content-type')).toContain('text/html');
  });
});

describe('writes', () => {
  test('record a result for an editor of the competition, with a new version, the table following', async () => {
    const { app, as, store } = await makeApp();
    const response = await app.request('/api/editions/copa-peru-1993/matches/final-r5-m3', {
      method: 'PUT',
      headers: as('ana'),
      body: JSON.stringify({
        version: 1,
        score: '0-2',
        reason: 'correction from the match report',
      }),
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      version: 2,
      match: { score: { home: 0, away: 2 } },
    });
    // The correction flows downstream: Aurora now win the final round on goal difference.
    const state = (await (await app.request('/api/editions/copa-peru-1993')).json()) as EditionJson;
    expect(state.champion).toBe('Aurora');
    expect(state.stages.at(-1)?.groups[0]?.table[1]).toMatchObject({
      club: 'Aurich-Cañaña',
      points: 8,
    });
    expect((await store.auditLog('copa-peru-1993')).at(-1)).toMatchObject({
      actor: 'ana',
      action: 'result',
      reason: 'correction from the match report',
    });
  });

  test('count the scorers of the goals recorded with results', async () => {
    const { app, as } = await makeApp();
    const goals = [
      { side: 'home', player: 'Richard Vinatea', minute: 10 },
      { side: 'home', player: 'Richard Vinatea', minute: 55, penalty: true },
      { side: 'away', player: 'Luis Torres', minute: 80 },
      { side: 'away', player: 'Aurich defender', ownGoal: true },
    ];
    const response = await app.request('/api/editions/copa-peru-1993/matches/final-r5-m3', {
      method: 'PUT',
      headers: as('ana'),
      body: JSON.stringify({ version: 1, score: '2-2', goals }),
    });
    expect(response.status).toBe(200);
    expect(await (await app.request('/api/editions/copa-peru-1993/scorers')).json()).toEqual([
      {
        player: 'Richard Vinatea',
        club: 'Aurich-Cañaña',
        clubId: 'aurich-canana',
        goals: 2,
        penalties: 1,
      },
      { player: 'Luis Torres', club: 'Aurora', clubId: 'aurora', goals: 1, penalties: 0 },
    ]);
  });

  test('refuse a stale version: two editors, one result, one conflict, nothing lost', async () => {
    const { app, as } = await makeApp();
    const put = (name: string, score: string) =>
      app.request('/api/editions/copa-peru-1993/matches/final-r1-m1', {
        method: 'PUT',
        headers: as(name),
        body: JSON.stringify({ version: 1, score }),
      });
    const [first, second] = await Promise.all([put('ana', '2-0'), put('root', '0-2')]);
    expect([first.status, second.status].sort()).toEqual([200, 409]);
    const state = (await (await app.request('/api/editions/copa-peru-1993')).json()) as EditionJson;
    expect(state.version).toBe(2);
  });

  test('answer a bad body with every problem and its path, and change nothing', async () => {
    const { app, as } = await makeApp();
    const response = await app.request('/api/editions/copa-peru-1993/matches/final-r1-m1', {
      method: 'PUT',
      headers: as('ana'),
      body: JSON.stringify({ version: 0, score: '2-x', extra: true }),
    });
    expect(response.status).toBe(400);
    const { issues } = (await response.json()) as { issues: { path: string; message: string }[] };
    expect(issues.map((issue) => issue.path)).toEqual(['body version', 'body score', 'body extra']);
    // A key the body should not have is named at its own path, in the words of every message.
    expect(issues[2]?.message).toBe(
      'Invalid value at body extra: expected no such key here, received true',
    );
    expect(
      ((await (await app.request('/api/editions/copa-peru-1993')).json()) as EditionJson).version,
    ).toBe(1);
  });

  test('need the CSRF token for a browser session, and rate-limit sign-ins', async () => {
    const { app } = await makeApp();
    const login = await app.request('/api/session', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'ana', password: 'correct horse battery' }),
    });
    expect(login.status).toBe(200);
    const { csrf } = (await login.json()) as { csrf: string };
    const cookie = login.headers.get('set-cookie')?.split(';')[0] ?? '';
    expect(login.headers.get('set-cookie')).toContain('HttpOnly');
    const write = (headers: Record<string, string>) =>
      app.request('/api/editions/copa-peru-1993/matches/final-r1-m1', {
        method: 'PUT',
        headers: { 'content-type': 'application/json', cookie, ...headers },
        body: JSON.stringify({ version: 1, score: '1-1' }),
      });
    expect((await write({})).status).toBe(403);
    expect((await write({ 'x-csrf-token': csrf })).status).toBe(200);
    const wrong = () =>
      app.request('/api/session', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ name: 'bob', password: 'wrong password!' }),
      });
    const statuses = [];
    for (let i = 0; i < 6; i += 1) statuses.push((await wrong()).status);
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
  });

  test('merge two clubs that are one, keeping the name of the one merged', async () => {
    const { app, as } = await makeApp();
    const response = await app.request('/api/editions/copa-peru-1993/clubs/merge', {
      method: 'POST',
      headers: as('ana'),
      body: JSON.stringify({
        version: 1,
        from: 'cni',
        into: 'aurora',
        reason: 'a test of merging',
      }),
    });
    expect(response.status).toBe(200);
    const clubs = (await (await app.request('/api/editions/copa-peru-1993/clubs')).json()) as {
      id: string;
      names?: { name: string }[];
    }[];
    expect(clubs.some((club) => club.id === 'cni')).toBe(false);
    expect(clubs.find((club) => club.id === 'aurora')?.names?.map((name) => name.name)).toContain(
      'CNI',
    );
    const matches = (await (await app.request('/api/editions/copa-peru-1993/matches')).json()) as {
      homeId: string;
      awayId: string;
    }[];
    expect(matches.some((match) => match.homeId === 'cni' || match.awayId === 'cni')).toBe(false);
  });

  test('import an RSSSF page as a new edition, its table computed', async () => {
    const { app, as } = await makeApp();
    const page = await readFile(
      new URL('../../../../shared/data/rsssf/copaperu-1979.txt', import.meta.url),
      'utf8',
    );
    const response = await app.request('/api/imports', {
      method: 'POST',
      headers: { ...as('ana'), 'content-type': 'text/plain' },
      body: page,
    });
    expect(response.status).toBe(201);
    const { id } = (await response.json()) as { id: string };
    expect(id).toBe('copa-peru-1979');
    type Row = { club: string; position: number; shared: boolean };
    const state = (await (await app.request(`/api/editions/${id}`)).json()) as {
      champion: string;
      promoted: { club: string; to: string }[];
      stages: { groups: { table: Row[] }[] }[];
    };
    expect(state.champion).toBe('Asociación Deportiva');
    // "[Promoted]" beside its row: up, the competition not named, and the page says no more.
    expect(state.promoted).toEqual([{ club: 'Asociación Deportiva', to: '' }]);
    const html = await (await app.request(`/editions/${id}?lang=en`)).text();
    expect(html).toMatch(/<dt>Promoted<\/dt><dd>Asociación Deportiva<\/dd>/);
    expect(
      state.stages[0]?.groups[0]?.table.slice(2, 4).map((row) => [row.position, row.shared]),
    ).toEqual([
      [3, true],
      [3, true],
    ]);
  });

  test('import an article whose final stage is known only by its table: its champion, its page', async () => {
    const { app, as } = await makeApp();
    const page = await readFile(
      new URL('../../../tests/fixtures/copa-ejemplo-printed.article.txt', import.meta.url),
      'utf8',
    );
    const response = await app.request('/api/imports', {
      method: 'POST',
      headers: { ...as('root'), 'content-type': 'text/plain' },
      body: page,
    });
    expect(response.status).toBe(201);
    const { id } = (await response.json()) as { id: string };
    const state = (await (await app.request(`/api/editions/${id}`)).json()) as {
      champion: string;
      stages: { status: string; groups: { printed?: boolean; table: { points: number }[] }[] }[];
    };
    expect(state.champion).toBe('Union Andina');
    expect(state.stages[0]?.status).toBe('complete');
    expect(state.stages[0]?.groups[0]?.printed).toBe(true);
    expect(state.stages[0]?.groups[0]?.table.map((row) => row.points)).toEqual([7, 4, 4, 1]);
    const html = await (await app.request(`/editions/${id}?lang=en`)).text();
    expect(html).toContain('As the source prints it: the matches of this stage are not known.');
    expect(html).not.toContain('to be decided');
    const spanish = await (await app.request(`/editions/${id}?lang=es`)).text();
    expect(spanish).toContain('Tal como la fuente la publica');
  });

  test('refuse an edition file sent as a season to import, pointing to where editions go', async () => {
    const { app, as } = await makeApp();
    const edition = await readFile(
      new URL('../../../examples/copa-peru-1993/edition.yaml', import.meta.url),
      'utf8',
    );
    const response = await app.request('/api/imports', {
      method: 'POST',
      headers: { ...as('ana'), 'content-type': 'text/plain' },
      body: edition,
    });
    expect(response.status).toBe(400);
    expect(JSON.stringify(await response.json())).toContain('POST /api/editions stores it');
  });

  test('build an edition from a preset, fixtures generated, and refuse a group of unknown clubs', async () => {
    const { app, as } = await makeApp();
    const clubs = ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => ({ id, name: id.toUpperCase() }));
    const created = await app.request('/api/editions/from-preset', {
      method: 'POST',
      headers: as('ana'),
      body: JSON.stringify({
        preset: 'groups-and-final',
        competition: 'Copa Perú',
        edition: '1995',
        rules: 'copa-peru',
        clubs,
        groups: [
          ['a', 'b', 'c'],
          ['d', 'e', 'f'],
        ],
        startDate: '1995-09-03',
        finalHost: 'Lima',
        promoted: 1,
        promotedTo: { competition: 'Torneo Descentralizado', edition: '1996' },
      }),
    });
    expect(created.status).toBe(201);
    const matches = (await (await app.request('/api/editions/copa-peru-1995/matches')).json()) as {
      where: string;
      date: string;
    }[];
    expect(matches).toHaveLength(6);
    expect(matches[0]).toMatchObject({ where: 'Group 1, Round 1', date: '1995-09-03' });
    const stages = (await (await app.request('/api/editions/copa-peru-1995/stages')).json()) as {
      name: string;
      status: string;
    }[];
    expect(stages).toEqual([
      { name: 'Group Stage', kind: 'groups', status: 'not started' },
      { name: 'Final Round', kind: 'league', status: 'not started' },
    ]);
    // The final round is played in Lima: its page says so.
    const page = await (await app.request('/editions/copa-peru-1995?lang=en')).text();
    expect(page).toContain('Final Round <small>(league, not started, in Lima)</small>');
    const refused = await app.request('/api/editions/from-preset', {
      method: 'POST',
      headers: as('ana'),
      body: JSON.stringify({
        preset: 'groups-and-final',
        competition: 'Copa Perú',
        edition: '1996',
        clubs,
        groups: [
          ['a', 'x'],
          ['d', 'e'],
        ],
      }),
    });
    expect(refused.status).toBe(400);
    expect(
      ((await refused.json()) as { issues: { path: string; message: string }[] }).issues[0],
    ).toMatchObject({ path: 'body groups' });
  });

  test('refuse a host that is no place it can find, in an edition and in a preset, storing nothing', async () => {
    const { app, as } = await makeApp();
    const edition = (host: string) =>
      `competition: Copa Perú\nedition: "2031"\nclubs: [{ id: a, name: A }, { id: b, name: B }]\nstages: [{ id: f, name: F, kind: league, host: "${host}", entrants: [A, B] }]\n`;
    const refused = await app.request('/api/editions', {
      method: 'POST',
      headers: { ...as('ana'), 'content-type': 'text/plain' },
      body: edition('Lmia'),
    });
    expect(refused.status).toBe(400);
    expect(
      ((await refused.json()) as { issues: { path: string; expected: string }[] }).issues,
    ).toMatchObject([
      { path: 'body stages[0].host', expected: expect.stringContaining('a city the gazetteer') },
    ]);
    expect((await app.request('/api/editions/copa-peru-2031')).status).toBe(404);
    const preset = await app.request('/api/editions/from-preset', {
      method: 'POST',
      headers: as('ana'),
      body: JSON.stringify({
        preset: 'groups-and-final',
        competition: 'Copa Perú',
        edition: '2031',
        clubs: ['a', 'b', 'c', 'd'].map((id) => ({ id, name: id.toUpperCase() })),
        groups: [
          ['a', 'b'],
          ['c', 'd'],
        ],
        finalHost: 'Lmia',
      }),
    });
    expect(preset.status).toBe(400);
    expect(((await preset.json()) as { issues: { path: string }[] }).issues[0]).toMatchObject({
      path: 'body finalHost',
    });
    // A league has no final round to host.
    const league = await app.request('/api/editions/from-preset', {
      method: 'POST',
      headers: as('ana'),
      body: JSON.stringify({
        preset: 'league',
        competition: 'Copa Perú',
        edition: '2031',
        clubs: [
          { id: 'a', name: 'A' },
          { id: 'b', name: 'B' },
        ],
        finalHost: 'Lima',
      }),
    });
    expect(league.status).toBe(400);
    expect(
      ((await league.json()) as { issues: { path: string; expected: string }[] }).issues,
    ).toMatchObject([{ path: 'body finalHost', expected: expect.stringContaining('no final') }]);
    expect((await app.request('/api/editions/copa-peru-2031')).status).toBe(404);
    const stored = await app.request('/api/editions', {
      method: 'POST',
      headers: { ...as('ana'), 'content-type': 'text/plain' },
      body: edition('Trujillo'),
    });
    expect(stored.status).toBe(201);
  });

  test("an edition's page is made once per version: a result written shows at once", async () => {
    const { app, as } = await makeApp();
    const page = async (query = '') =>
      (await app.request(`/editions/copa-peru-1993?lang=en${query}`)).text();
    const first = await page();
    expect(await page()).toBe(first);
    expect(first).not.toContain('class="score">7-0<');
    const write = await app.request('/api/editions/copa-peru-1993/matches/final-r1-m1', {
      method: 'PUT',
      headers: as('root'),
      body: JSON.stringify({ version: 1, score: '7-0' }),
    });
    expect(write.status).toBe(200);
    expect(await page()).toContain('class="score">7-0<');
    // As it stood after a round: its own page, not the one kept.
    expect(await page('&asOf=1')).toContain('As it stood after round 1');
    expect(await page()).not.toContain('As it stood after round 1');
  });

  test('gzip pages and JSON for whoever asks, and leave the live stream as it is', async () => {
    const { app } = await makeApp();
    for (const path of [
      '/?lang=en',
      '/editions/copa-peru-1993?lang=en',
      '/api/editions/copa-peru-1993',
    ]) {
      const plain = await app.request(path);
      expect(plain.headers.get('content-encoding')).toBeNull();
      const zipped = await app.request(path, { headers: { 'accept-encoding': 'gzip' } });
      expect(zipped.headers.get('content-encoding')).toBe('gzip');
      expect(zipped.headers.get('vary')).toContain('Accept-Encoding');
      const bytes = new Uint8Array(await zipped.arrayBuffer());
      const text = gunzipSync(bytes).toString('utf8');
      expect(text).toBe(await plain.text());
      expect(bytes.length).toBeLessThan(text.length / 3);
    }
    const stream = await app.request('/api/editions/copa-peru-1993/events', {
      headers: { 'accept-encoding': 'gzip' },
    });
    expect(stream.headers.get('content-type')).toContain('text/event-stream');
    expect(stream.headers.get('content-encoding')).toBeNull();
    await stream.body?.cancel();
  });

  test('announce a result on the live stream of its edition', async () => {
    const { app, as } = await makeApp();
    const stream = await app.request('/api/editions/copa-peru-1993/events');
    const reader = stream.body?.getReader();
    if (!reader) throw new Error('no stream');
    const decoder = new TextDecoder();
    let text = '';
    const readUntil = async (marker: string) => {
      while (!text.includes(marker)) {
        const { value, done } = await reader.read();
        if (done) break;
        text += decoder.decode(value);
      }
    };
    await readUntil('event: hello');
    await app.request('/api/editions/copa-peru-1993/matches/final-r1-m1', {
      method: 'PUT',
      headers: as('root'),
      body: JSON.stringify({ version: 1, score: '3-3' }),
    });
    await readUntil('event: result');
    expect(text).toContain('"version":2');
    await reader.cancel();
  });
});

describe('the authorization matrix', () => {
  test('every write route of the OpenAPI document: 401 anonymous, 403 out of scope, allowed for an admin', async () => {
    const { app, as, store } = await makeApp();
    // An edition whose fixtures are still to be played, for the routes that make fixtures.
    await saveLeagueToPlay(store, true);
    const routes = Object.entries(OPENAPI.paths).flatMap(([path, methods]) =>
      Object.entries(methods)
        .filter(([, operation]) => 'security' in operation)
        .map(([method]) => ({
          method: method.toUpperCase(),
          path: path
            .replace('{id}', path.endsWith('/fixtures') ? 'copa-peru-2040' : 'copa-peru-1993')
            .replace('{matchId}', 'final-r1-m1'),
        })),
    );
    expect(routes.length).toBeGreaterThanOrEqual(4);
    const version = async (): Promise<number> =>
      ((await (await app.request('/api/editions/copa-peru-1993')).json()) as EditionJson).version;
    const bodies: Record<string, () => Promise<string>> = {
      '/api/editions/copa-peru-1993/matches/final-r1-m1': async () =>
        JSON.stringify({ version: await version(), score: '1-0' }),
      '/api/editions/copa-peru-1993/rulings': async () =>
        JSON.stringify({
          version: await version(),
          ruling: { kind: 'pointAdjustment', club: 'cni', points: -1, reason: 'test' },
        }),
      '/api/editions': async () =>
        'competition: Copa Perú\nedition: "2030"\nclubs: [{ id: aurora, name: Aurora }]\nstages: [{ id: q, name: Q, kind: qualification, qualified: [{ label: Arequipa, club: Aurora }] }]\n',
      '/api/tokens': async () => '{}',
      '/api/editions/from-preset': async () =>
        JSON.stringify({
          preset: 'league',
          competition: 'Copa Perú',
          edition: '2031',
          clubs: [
            { id: 'alfa', name: 'Alfa' },
            { id: 'beta', name: 'Beta' },
          ],
        }),
      '/api/editions/copa-peru-1993': async () => readFile(join(EXAMPLE, 'edition.yaml'), 'utf8'),
      '/api/editions/copa-peru-1993/clubs': async () =>
        JSON.stringify({
          version: await version(),
          club: { id: 'sport-nuevo', name: 'Sport Nuevo' },
        }),
      '/api/editions/copa-peru-1993/clubs/merge': async () =>
        JSON.stringify({
          version: await version(),
          from: 'sport-nuevo',
          into: 'cni',
          reason: 'the same club',
        }),
      '/api/editions/copa-peru-1993/clubs/split': async () =>
        JSON.stringify({
          version: await version(),
          from: 'cni',
          club: { id: 'cni-b', name: 'CNI B' },
          matches: ['final-r1-m1'],
          reason: 'two clubs',
        }),
      '/api/editions/copa-peru-1993/draw': async () =>
        JSON.stringify({ stage: 'final', groups: 2, method: 'fast' }),
      '/api/editions/copa-peru-2040/fixtures': async () =>
        JSON.stringify({
          version: 1,
          stage: 'league',
          regenerate: true,
          calendar: { start: '2040-03-01', weekdays: [0] },
        }),
      '/api/imports': async () =>
        'Peru - Copa Perú 2099\n\nRound 1 [Mar 1]\nAlfa         1-0 Beta\nGama         2-2 Alfa\nBeta         0-1 Gama\n',
    };
    const query = async (path: string): Promise<string> =>
      path === '/api/editions/copa-peru-1993' ? `?version=${await version()}` : '';
    for (const route of routes) {
      const request = async (name?: string) =>
        app.request(`${route.path}${await query(route.path)}`, {
          method: route.method,
          headers: as(name),
          body: (await bodies[route.path]?.()) ?? '{}',
        });
      expect({ route, status: (await request()).status }).toEqual({ route, status: 401 });
      if (route.path !== '/api/tokens') {
        expect({ route, status: (await request('bob')).status }).toEqual({ route, status: 403 });
      }
      const admin = (await request('root')).status;
      expect({ route, allowed: admin < 400 }).toEqual({ route, allowed: true });
    }
  });
});

describe('draws and fixtures through the API', () => {
  test("an editor draws the 1993 final round's clubs into two groups of nearby clubs", async () => {
    const { app, as } = await makeApp();
    const response = await app.request('/api/editions/copa-peru-1993/draw', {
      method: 'POST',
      headers: as('ana'),
      body: JSON.stringify({ stage: 'final', groups: 2 }),
    });
    expect(response.status).toBe(200);
    const draw = (await response.json()) as {
      groups: string[][];
      optimal: boolean;
      method: string;
    };
    expect(draw.groups.map((group) => [...group].sort())).toEqual([
      ['Aurich-Cañaña', 'CNI', 'Unión Juventud'],
      ['Aurora', 'Deportivo Garcilaso', 'Mariano Santos'],
    ]);
    expect(draw).toMatchObject({ optimal: true, method: 'exact' });
    const refused = await app.request('/api/editions/copa-peru-1993/draw', {
      method: 'POST',
      headers: as('ana'),
      body: JSON.stringify({ stage: 'final', groups: 2, write: true, version: 1 }),
    });
    expect(refused.status).toBe(422);
    expect(await refused.json()).toEqual({
      error: 'a draw is written into a groups stage with as many groups (2)',
    });
    // A group named on a stage that has none is refused, not taken for the whole stage.
    const grouped = await app.request('/api/editions/copa-peru-1993/draw', {
      method: 'POST',
      headers: as('ana'),
      body: JSON.stringify({ stage: 'final', groups: 2, group: 'a' }),
    });
    expect(grouped.status).toBe(404);
    expect(await grouped.json()).toEqual({
      error:
        'Unknown group "a": Final Stage is a league stage, without groups: leave the group out',
    });
    const bad = await app.request('/api/editions/copa-peru-1993/draw', {
      method: 'POST',
      headers: as('ana'),
      body: JSON.stringify({ stage: 'final', method: 'ceremony', write: true }),
    });
    expect(bad.status).toBe(400);
    expect(
      ((await bad.json()) as { issues: { path: string }[] }).issues.map((issue) => issue.path),
    ).toEqual(['body version', 'body pots']);
  });

  test('an editor puts a club somewhere else for a draw, and a place nobody can find is refused', async () => {
    const { app, as } = await makeApp();
    const draw = (places: Record<string, string>) =>
      app.request('/api/editions/copa-peru-1993/draw', {
        method: 'POST',
        headers: as('ana'),
        body: JSON.stringify({ stage: 'final', groups: 2, places }),
      });
    // CNI moved from Iquitos to Puno joins the south.
    const moved = await draw({ CNI: 'Puno' });
    expect(moved.status).toBe(200);
    const groups = ((await moved.json()) as { groups: string[][] }).groups;
    expect(groups.map((group) => [...group].sort())).toEqual([
      ['Aurich-Cañaña', 'Mariano Santos', 'Unión Juventud'],
      ['Aurora', 'CNI', 'Deportivo Garcilaso'],
    ]);
    for (const [places, path] of [
      [{ CNI: 'Atlantis' }, 'body places.CNI'],
      [{ Nobody: 'Lima' }, 'body places.Nobody'],
    ] as const) {
      const refused = await draw(places);
      expect(refused.status).toBe(400);
      const { issues } = (await refused.json()) as { issues: { path: string }[] };
      expect(issues.map((issue) => issue.path)).toEqual([path]);
    }
  });

  test('an editor makes a league calendar: dated, placed, and the matches list shows it', async () => {
    const { app, as, store } = await makeApp();
    await saveLeagueToPlay(store, false);
    const response = await app.request('/api/editions/copa-peru-2040/fixtures', {
      method: 'POST',
      headers: as('ana'),
      body: JSON.stringify({
        version: 1,
        stage: 'league',
        calendar: {
          start: '2040-03-04',
          weekdays: [0, 3],
          venues: ['Estadio Nacional'],
          kickoffs: ['15:00', '17:30'],
        },
      }),
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ version: 2 });
    const matches = (await (await app.request('/api/editions/copa-peru-2040/matches')).json()) as {
      date: string;
      time: string;
      venue: string;
    }[];
    expect(matches.map(({ date, time }) => `${date} ${time}`)).toEqual([
      '2040-03-04 15:00',
      '2040-03-04 17:30',
      '2040-03-07 15:00',
      '2040-03-07 17:30',
      '2040-03-11 15:00',
      '2040-03-11 17:30',
    ]);
    expect(new Set(matches.map((match) => match.venue))).toEqual(new Set(['Estadio Nacional']));
    const played = await app.request('/api/editions/copa-peru-1993/fixtures', {
      method: 'POST',
      headers: as('ana'),
      body: JSON.stringify({ version: 1, stage: 'final', regenerate: true }),
    });
    expect(played.status).toBe(422);
  });

  test('an editor makes travel-aware fixtures for clubs put on the map; what cannot be is refused', async () => {
    const { app, as, store } = await makeApp();
    await saveLeagueToPlay(store, false);
    const places = { Alfa: 'Lima', Beta: 'Cusco', Gama: 'Arequipa', Delta: 'Piura' };
    const listed = async () =>
      (await (await app.request('/api/editions/copa-peru-2040/matches')).json()) as {
        home: string;
      }[];
    // The preset's single round robin, to be replaced.
    const before = await listed();
    expect(before).toHaveLength(6);
    const fixtures = (extra: Record<string, unknown>) =>
      app.request('/api/editions/copa-peru-2040/fixtures', {
        method: 'POST',
        headers: as('ana'),
        body: JSON.stringify({ version: 1, stage: 'league', ...extra }),
      });
    for (const [extra, path] of [
      [{ travel: {}, mirrored: true, places }, 'body travel'],
      [{ places }, 'body places'],
      [{ travel: { seconds: 61 } }, 'body travel.seconds'],
      [{ travel: {}, places: { ...places, Omega: 'Lima' } }, 'body places.Omega'],
      // Clubs nobody has put anywhere, the edition saying nothing of where they are.
      [{ travel: {} }, 'edition copa-peru-2040 stage league'],
    ] as const) {
      const refused = await fixtures(extra);
      expect(refused.status).toBe(400);
      const { issues } = (await refused.json()) as { issues: { path: string }[] };
      expect(issues.map((issue) => issue.path)).toEqual([path]);
    }
    // Nothing was written by the refusals.
    expect(await listed()).toEqual(before);
    // Played matches are refused at once, before any search.
    const played = await app.request('/api/editions/copa-peru-1993/fixtures', {
      method: 'POST',
      headers: as('ana'),
      body: JSON.stringify({ version: 1, stage: 'final', travel: { seconds: 60 } }),
    });
    expect(played.status).toBe(422);
    // A groups stage is scheduled for travel one group at a time.
    await store.saveEdition(
      'copa-peru-2041',
      withMatchIds(
        buildEditionFromPreset({
          preset: 'groups-and-final',
          competition: 'Copa Perú',
          edition: '2041',
          rules: resolveRulePreset('copa-peru', { season: 2041 }),
          clubs: ['Alfa', 'Beta', 'Gama', 'Delta'].map((name) => ({
            id: name.toLowerCase(),
            name,
          })),
          groups: [
            ['alfa', 'beta'],
            ['gama', 'delta'],
          ],
        }),
      ),
      { actor: 'test' },
    );
    const grouped = await app.request('/api/editions/copa-peru-2041/fixtures', {
      method: 'POST',
      headers: as('ana'),
      body: JSON.stringify({ version: 1, stage: 'groups', travel: {} }),
    });
    expect(grouped.status).toBe(400);
    const { issues } = (await grouped.json()) as { issues: { path: string; expected: string }[] };
    expect(issues).toMatchObject([
      { path: 'body group', expected: expect.stringContaining('one group at a time') },
    ]);
    const response = await fixtures({ travel: { seconds: 2 }, places });
    expect(response.status).toBe(200);
    const made = (await response.json()) as {
      version: number;
      travel: { distance: number; optimal: boolean; seed: number };
      fixtures: { rounds: { matches: { home: string; away: string }[] }[] }[];
    };
    // Four clubs: the search proves its six rounds the shortest there are.
    expect(made).toMatchObject({ version: 2, travel: { optimal: true, seed: 1, seconds: 2 } });
    const rounds = made.fixtures[0]?.rounds ?? [];
    expect(rounds).toHaveLength(6);
    // The independent checker, on the distances the draw would use: valid, and as long as said.
    const where = await drawInputOfEdition(
      (await store.getEdition('copa-peru-2040'))?.format as EditionFormat,
      [],
      'league',
      undefined,
      'test',
      { placed: new Map(Object.entries(places)) },
    );
    const index = (id: string) => where.ids?.indexOf(id) ?? -1;
    const check = checkTravelSchedule(
      rounds.map((round) =>
        round.matches.map((match) => [index(match.home), index(match.away)] as [number, number]),
      ),
      where.distances,
    );
    expect(check.problems).toEqual([]);
    expect(check.distance).toBeCloseTo(made.travel.distance, 6);
    expect(await listed()).toHaveLength(12);
  });

  test("an editor's own distances steer a draw and travel fixtures; a bad pair is refused with its path", async () => {
    const { app, as, store } = await makeApp();
    const post = (path: string, body: Record<string, unknown>) =>
      app.request(path, { method: 'POST', headers: as('ana'), body: JSON.stringify(body) });
    // Aurora and Deportivo Garcilaso, drawn together by km, a day apart by road.
    const drawn = await post('/api/editions/copa-peru-1993/draw', {
      stage: 'final',
      groups: 2,
      distances: [{ from: 'Aurora', to: 'deportivo-garcilaso', distance: 50_000 }],
    });
    expect(drawn.status).toBe(200);
    const { groups, unit } = (await drawn.json()) as { groups: string[][]; unit: string };
    // Pairs in JSON name no measure, and the answer says none.
    expect(unit).toBe('');
    expect(
      groups.some((group) => group.includes('Aurora') && group.includes('Deportivo Garcilaso')),
    ).toBe(false);
    // Pairs in minutes must cover every pair: those left out would stay in km.
    const minutes = await post('/api/editions/copa-peru-1993/draw', {
      stage: 'final',
      groups: 2,
      distances: [{ from: 'Aurora', to: 'CNI', distance: 90 }],
      distanceUnit: 'min',
    });
    expect(minutes.status).toBe(400);
    expect(await minutes.json()).toMatchObject({
      issues: [
        {
          path: 'body distances',
          expected:
            'a distance in minutes for every pair of clubs (a pair left out would keep its km)',
          received: expect.stringMatching(/^none for .* and 9 more$/),
        },
      ],
    });
    const unmeasured = await post('/api/editions/copa-peru-1993/draw', {
      stage: 'final',
      groups: 2,
      distanceUnit: 'h',
    });
    expect(unmeasured.status).toBe(400);
    expect(await unmeasured.json()).toMatchObject({ issues: [{ path: 'body distanceUnit' }] });
    for (const [distances, paths] of [
      [[{ from: 'Aurora', to: 'Atlantis', distance: 1 }], ['body distances[0].to']],
      [[{ from: 'CNI', to: 'CNI', distance: 1 }], ['body distances[0].to']],
      [[{ from: 'CNI', to: 'Aurora', distance: -1 }], ['body distances[0].distance']],
      [[{ from: 'CNI', to: 'Aurora', distance: 2e9 }], ['body distances[0].distance']],
      ['from,to,km\nCNI,Aurora,2e9\n', ['body distances line 2']],
    ] as const) {
      const refused = await post('/api/editions/copa-peru-1993/draw', {
        stage: 'final',
        groups: 2,
        distances,
      });
      expect(refused.status).toBe(400);
      const { issues } = (await refused.json()) as { issues: { path: string }[] };
      expect(issues.map((issue) => issue.path)).toEqual(paths);
    }
    const vast = await post('/api/editions/copa-peru-1993/draw', {
      stage: 'final',
      groups: 2,
      distances: [{ from: 'CNI', to: 'Aurora', distance: 2e9 }],
    });
    expect(await vast.json()).toMatchObject({
      issues: [
        {
          message:
            'Invalid value at body distances[0].distance: expected a distance of at most 1,000,000,000, received 2000000000',
        },
      ],
    });
    // Travel hours between four clubs, every pair given: the schedule is measured in them.
    await saveLeagueToPlay(store, false);
    const ids = ['alfa', 'beta', 'gama', 'delta'];
    const hours = [
      [0, 2, 9, 4],
      [2, 0, 5, 7],
      [9, 5, 0, 3],
      [4, 7, 3, 0],
    ];
    const distances = ids.flatMap((from, a) =>
      ids.slice(a + 1).map((to, offset) => ({ from, to, distance: hours[a]?.[a + 1 + offset] })),
    );
    const fixtures = (extra: Record<string, unknown>) =>
      post('/api/editions/copa-peru-2040/fixtures', { version: 1, stage: 'league', ...extra });
    const alone = await fixtures({ distances });
    expect(alone.status).toBe(400);
    expect(await alone.json()).toMatchObject({ issues: [{ path: 'body distances' }] });
    // The clubs are nowhere on the map: a pair left out leaves two of them unmeasured.
    const short = await fixtures({ travel: { seconds: 2 }, distances: distances.slice(1) });
    expect(short.status).toBe(400);
    const { issues } = (await short.json()) as { issues: { path: string; expected: string }[] };
    expect(issues).toMatchObject([
      {
        path: 'edition copa-peru-2040 stage league',
        expected: expect.stringContaining(
          'its distance to every other club, which is missing to Beta',
        ),
      },
      { expected: expect.stringContaining('missing to Alfa') },
    ]);
    const response = await fixtures({ travel: { seconds: 2 }, distances });
    expect(response.status).toBe(200);
    const made = (await response.json()) as {
      travel: { distance: number; optimal: boolean };
      fixtures: { rounds: { matches: { home: string; away: string }[] }[] }[];
    };
    expect(made.travel.optimal).toBe(true);
    const check = checkTravelSchedule(
      (made.fixtures[0]?.rounds ?? []).map((round) =>
        round.matches.map(
          (match) => [ids.indexOf(match.home), ids.indexOf(match.away)] as [number, number],
        ),
      ),
      hours,
    );
    expect(check.problems).toEqual([]);
    expect(check.distance).toBe(made.travel.distance);
    expect(made.travel.distance).toBeLessThan(100);
    // The same hours as the text of a CSV file, as the workspace sends an uploaded one.
    const csv = [
      'from,to,hours',
      ...distances.map((pair) => `${pair.from},${pair.to},${pair.distance}`),
    ];
    const fromText = await post('/api/editions/copa-peru-2040/fixtures', {
      version: 2,
      stage: 'league',
      travel: { seconds: 2 },
      distances: csv.join('\n'),
    });
    expect(fromText.status).toBe(200);
    // Its header names the measure, which the answer gives back; pairs in JSON name none.
    expect(await fromText.json()).toMatchObject({
      travel: { distance: made.travel.distance, unit: 'h' },
    });
    expect(made.travel).toMatchObject({ unit: '' });
    const named = await post('/api/editions/copa-peru-2040/fixtures', {
      version: 3,
      stage: 'league',
      travel: { seconds: 2 },
      distances,
      distanceUnit: 'h',
    });
    expect(await named.json()).toMatchObject({
      travel: { distance: made.travel.distance, unit: 'h' },
    });
    // Uphill to Gama: every way there given 10 hours longer than the way back. The three others
    // go there once each and Gama comes home at least once: 40 hours more at least, and the
    // search proves it needs no more.
    const uphill = distances.flatMap((pair) =>
      pair.to === 'gama'
        ? [
            { ...pair, distance: (pair.distance ?? 0) + 10 },
            { from: 'gama', to: pair.from, distance: pair.distance },
          ]
        : pair.from === 'gama'
          ? [pair, { from: pair.to, to: 'gama', distance: (pair.distance ?? 0) + 10 }]
          : [pair],
    );
    const climbing = await post('/api/editions/copa-peru-2040/fixtures', {
      version: 4,
      stage: 'league',
      travel: { seconds: 2 },
      distances: uphill,
    });
    expect(climbing.status).toBe(200);
    const climbed = (await climbing.json()) as typeof made;
    expect(climbed.travel).toMatchObject({ distance: made.travel.distance + 40, optimal: true });
    const directed = hours.map((row, from) =>
      row.map((value, to) => value + (to === 2 && from !== 2 ? 10 : 0)),
    );
    const measured = checkTravelSchedule(
      (climbed.fixtures[0]?.rounds ?? []).map((round) =>
        round.matches.map(
          (match) => [ids.indexOf(match.home), ids.indexOf(match.away)] as [number, number],
        ),
      ),
      directed,
    );
    expect(measured).toMatchObject({ problems: [], distance: made.travel.distance + 40 });
    // One way given twice, with two different distances, is refused where the second is.
    const twice = await fixtures({
      travel: { seconds: 2 },
      distances: [...distances, { from: 'alfa', to: 'beta', distance: 3 }],
    });
    expect(twice.status).toBe(400);
    expect(await twice.json()).toMatchObject({
      issues: [
        {
          path: 'body distances[6].distance',
          expected:
            'the distance from Alfa to Beta given once (body distances[0].distance gives 2)',
        },
      ],
    });
    const headless = await fixtures({ travel: {}, distances: csv.slice(1).join('\n') });
    expect(headless.status).toBe(400);
    expect(await headless.json()).toMatchObject({
      issues: [{ path: 'body distances line 1', expected: expect.stringContaining('a header') }],
    });
  });

  test('a draw that would wait too long behind the others HiGHS proves is refused with when to try again', async () => {
    const { app, as } = await makeApp({ proofWaitSeconds: 0 });
    const draw = () =>
      app.request('/api/editions/copa-peru-1993/draw', {
        method: 'POST',
        headers: as('ana'),
        // A budget well beyond the proof's second or two, so that a busy machine still proves it.
        body: JSON.stringify({ stage: 'regional', groups: 6, method: 'exact', seconds: 20 }),
      });
    // Sent together: one goes to HiGHS, the other would wait behind it.
    const both = await Promise.all([draw(), draw()]);
    expect(both.map((response) => response.status).sort()).toEqual([200, 503]);
    const busy = both.find((response) => response.status === 503) as Response;
    const refusal = (await busy.json()) as { error: string; retryAfter: number };
    expect(refusal.error).toMatch(
      /^HiGHS is already proving 1 draw, one after another, for up to \d+ s more; try again in \d+ s$/,
    );
    expect(refusal.retryAfter).toBeGreaterThanOrEqual(1);
    expect(refusal.retryAfter).toBeLessThanOrEqual(21);
    expect(busy.headers.get('retry-after')).toBe(String(refusal.retryAfter));
    const done = both.find((response) => response.status === 200) as Response;
    expect(await done.json()).toMatchObject({ optimal: true, method: 'exact' });
    // Once HiGHS is done the next draw goes through.
    expect((await draw()).status).toBe(200);
  });

  test('a travel search beyond what the server runs at once is refused with when to try again', async () => {
    const { app, as, store } = await makeApp({ searchLimit: 1 });
    await saveLeagueToPlay(store, false);
    const places = { Alfa: 'Lima', Beta: 'Cusco', Gama: 'Arequipa', Delta: 'Piura' };
    const fixtures = (version: number) =>
      app.request('/api/editions/copa-peru-2040/fixtures', {
        method: 'POST',
        headers: as('ana'),
        body: JSON.stringify({ version, stage: 'league', travel: { seconds: 5 }, places }),
      });
    // Sent together: one search starts on its worker, the other finds the one slot taken.
    const both = await Promise.all([fixtures(1), fixtures(1)]);
    expect(both.map((response) => response.status).sort()).toEqual([200, 503]);
    const busy = both.find((response) => response.status === 503) as Response;
    const refusal = (await busy.json()) as { error: string; retryAfter: number };
    expect(refusal.error).toMatch(/already searching 1 travel schedule, .* try again in \d+ s/);
    // Five seconds of search, plus the worker's start, from when the other request came in.
    expect(refusal.retryAfter).toBeGreaterThanOrEqual(1);
    expect(refusal.retryAfter).toBeLessThanOrEqual(7);
    expect(busy.headers.get('retry-after')).toBe(String(refusal.retryAfter));
    // The refused request wrote nothing: the edition is at the version the other one made.
    expect(await store.editionVersion('copa-peru-2040')).toBe(2);
    // Once the search is over its slot is free again.
    const again = await fixtures(2);
    expect(again.status).toBe(200);
    expect(await again.json()).toMatchObject({ version: 3, travel: { optimal: true } });
  });
});

describe('the public pages', () => {
  test("serve the edition in the visitor's language, remember a choice, and answer 404 in it", async () => {
    const { app } = await makeApp();
    const spanish = await app.request('/editions/copa-peru-1993', {
      headers: { 'accept-language': 'es-PE,es;q=0.9,en;q=0.8' },
    });
    expect(spanish.status).toBe(200);
    const page = await spanish.text();
    expect(page).toContain('<html lang="es">');
    expect(page).toContain('<dd id="champion">Aurich-Cañaña</dd>');
    expect(page).toContain('Etapa Final');
    const english = await app.request('/editions/copa-peru-1993?lang=en', {
      headers: { 'accept-language': 'es-PE' },
    });
    expect(await english.text()).toContain('<html lang="en">');
    expect(english.headers.get('set-cookie')).toMatch(/^torneo_lang=en;/);
    const remembered = await app.request('/', {
      headers: { cookie: 'torneo_lang=en', 'accept-language': 'es' },
    });
    expect(await remembered.text()).toContain('<html lang="en">');
    const missing = await app.request('/editions/nothing-here', {
      headers: { 'accept-language': 'es' },
    });
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain('No existe esa página.');
  });

  test("a club's page: its place in each stage and every match, linked from the edition's tables", async () => {
    const { app, store } = await makeApp();
    const edition = await (await app.request('/editions/copa-peru-1993?lang=en')).text();
    expect(edition).toContain('<a href="/clubs/cni">CNI</a>');
    const page = await (await app.request('/clubs/cni?lang=en')).text();
    expect(page).toContain('<h1>CNI</h1>');
    expect(page).toContain('Also known as: Colegio Nacional Iquitos');
    expect(page).toContain('Final Stage: 6th, 1 Pts');
    expect(page.match(/<li><small>/g)).toHaveLength(5);
    expect((await app.request('/clubs/nobody')).status).toBe(404);
    // The page reads only the editions a club is in, known by version: a club added to an
    // edition, or renamed, shows at once.
    const stored = await store.getEdition('copa-peru-1993');
    if (!stored) throw new Error('the 1993 edition expected');
    const without = {
      ...stored.format,
      edition: '1994',
      clubs: stored.format.clubs.filter((club) => club.id !== 'cni'),
    };
    await store.saveEdition('copa-peru-1994', without, { actor: 'test' });
    expect(await (await app.request('/clubs/cni?lang=en')).text()).not.toContain('Copa Perú 1994');
    await store.saveEdition(
      'copa-peru-1994',
      { ...stored.format, edition: '1994' },
      { actor: 'test', expectedVersion: 1 },
    );
    expect(await (await app.request('/clubs/cni?lang=en')).text()).toContain('Copa Perú 1994');
    const renamed = {
      ...stored.format,
      clubs: stored.format.clubs.map((club) =>
        club.id === 'cni' ? { ...club, name: 'Colegio Nacional de Iquitos' } : club,
      ),
    };
    await store.saveEdition('copa-peru-1993', renamed, { actor: 'test', expectedVersion: 1 });
    expect(await (await app.request('/clubs/cni?lang=en')).text()).toContain(
      'Colegio Nacional de Iquitos',
    );
  });

  test('escape what editions say: a club name cannot inject markup', async () => {
    const { app, store } = await makeApp();
    await store.saveEdition(
      'copa-peru-2041',
      withMatchIds(
        buildEditionFromPreset({
          preset: 'league',
          competition: 'Copa Perú',
          edition: '2041',
          rules: resolveRulePreset('copa-peru', { season: 2041 }),
          clubs: [
            { id: 'a', name: '<script>alert(1)</script>' },
            { id: 'b', name: 'Beta' },
          ],
        }),
      ),
      { actor: 'test' },
    );
    const page = await (await app.request('/editions/copa-peru-2041?lang=en')).text();
    expect(page).not.toContain('<script>alert(1)</script>');
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });
});

describe("the editor's workspace", () => {
  /** Signs in through the form; the session cookie. */
  const signIn = async (app: Awaited<ReturnType<typeof makeApp>>['app'], name: string) => {
    const response = await app.request('/sign-in', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        name,
        password: 'correct horse battery',
        next: '/editions/copa-peru-1993/edit',
      }).toString(),
    });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/editions/copa-peru-1993/edit');
    return (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  };

  test('signs in by form, refuses a wrong password in the page language, and sends strangers to sign in', async () => {
    const { app } = await makeApp();
    const away = await app.request('/editions/copa-peru-1993/edit');
    expect(away.status).toBe(303);
    expect(away.headers.get('location')).toBe('/sign-in?next=%2Feditions%2Fcopa-peru-1993%2Fedit');
    const wrong = await app.request('/sign-in?lang=es', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'name=ana&password=nope&next=%2F%2Fevil.example',
    });
    expect(wrong.status).toBe(401);
    const page = await wrong.text();
    expect(page).toContain('Nombre desconocido o contraseña incorrecta.');
    expect(page).toContain('value="ana"');
    // Only a path of this site is a place to go after signing in.
    expect(page).toContain('name="next" value="/editor"');
    const cookie = await signIn(app, 'ana');
    const edit = await app.request('/editions/copa-peru-1993/edit?lang=en', {
      headers: { cookie },
    });
    expect(edit.status).toBe(200);
    const html = await edit.text();
    expect(html).toContain('data-match="final-r1-m1"');
    expect(html).toMatch(/data-csrf="[^"]{20,}"/);
    expect(html).toContain('Signed in as <strong>ana</strong>');
    const audit = await app.request('/editions/copa-peru-1993/audit?lang=en', {
      headers: { cookie },
    });
    expect(await audit.text()).toContain('<td class="club">test</td>');
    expect((await app.request('/editions/copa-peru-1993/audit')).status).toBe(303);
    const out = await app.request('/sign-out', { method: 'POST', headers: { cookie } });
    expect(out.status).toBe(303);
    expect(
      (await app.request('/editions/copa-peru-1993/edit', { headers: { cookie } })).status,
    ).toBe(303);
  });

  test('an editor of another competition may not open the editing page', async () => {
    const { app } = await makeApp();
    const response = await app.request('/sign-in', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'name=bob&password=correct+horse+battery',
    });
    const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    expect(response.headers.get('location')).toBe('/editor');
    const workspace = await app.request('/editor?lang=en', { headers: { cookie } });
    expect(await workspace.text()).toContain('No edition is open to you yet');
    const edit = await app.request('/editions/copa-peru-1993/edit', { headers: { cookie } });
    expect(edit.status).toBe(403);
  });

  test('the table as typed: computed by the engine, nothing written; a bad score is refused', async () => {
    const { app, store } = await makeApp();
    const cookie = await signIn(app, 'ana');
    const csrf = /data-csrf="([^"]+)"/.exec(
      await (await app.request('/editions/copa-peru-1993/edit', { headers: { cookie } })).text(),
    )?.[1];
    const headers = { cookie, 'x-csrf-token': csrf ?? '', 'content-type': 'application/json' };
    const preview = await app.request('/editions/copa-peru-1993/edit/preview?lang=en', {
      method: 'POST',
      headers,
      body: JSON.stringify({ match: 'final-r1-m1', score: '3-1' }),
    });
    expect(preview.status).toBe(200);
    const { tables } = (await preview.json()) as { tables: Record<string, string> };
    // Deportivo Garcilaso 3-1 CNI instead of 1-1: 4 points instead of 3.
    const row = /<tr[^>]*>(?:(?!<\/tr>).)*Deportivo Garcilaso(?:(?!<\/tr>).)*<\/tr>/s.exec(
      tables['table-final-0'] ?? '',
    )?.[0];
    expect(row).toMatch(/<strong>4<\/strong>/);
    expect((await store.getEdition('copa-peru-1993'))?.version).toBe(1);
    const bad = await app.request('/editions/copa-peru-1993/edit/preview', {
      method: 'POST',
      headers,
      body: JSON.stringify({ match: 'final-r1-m1', score: '3-x' }),
    });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { issues: { path: string }[] }).issues[0]?.path).toBe(
      'body score',
    );
    const anonymous = await app.request('/editions/copa-peru-1993/edit/preview', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ match: 'final-r1-m1', score: '3-1' }),
    });
    expect(anonymous.status).toBe(401);
  });
});

describe('the home page', () => {
  test('lists the latest results, newest first, and follows a new result', async () => {
    const { app, as } = await makeApp();
    const latest = async () => {
      const page = await (await app.request('/?lang=en')).text();
      expect(page).toContain('<h2>Latest results</h2>');
      return [...page.matchAll(/<li><small>([^<]+) ·/g)].map((found) => found[1]?.trim());
    };
    const before = await latest();
    expect(before[0]).toBe('16 January 1994');
    expect(before).toHaveLength(10);
    expect(await (await app.request('/?lang=en')).text()).not.toContain('class="score">7-0<');
    const write = await app.request('/api/editions/copa-peru-1993/matches/final-r5-m1', {
      method: 'PUT',
      headers: as('ana'),
      body: JSON.stringify({ version: 1, score: '7-0' }),
    });
    expect(write.status).toBe(200);
    // The last round's match keeps its place and shows its new score.
    expect(await (await app.request('/?lang=en')).text()).toContain('class="score">7-0<');
    expect(await latest()).toEqual(before);
  });
});

describe('imports reviewed before they are accepted', () => {
  test('review=true answers what was understood and reported, and writes nothing', async () => {
    const { app, store, as } = await makeApp();
    const text = await readFile(
      new URL('../../../tests/fixtures/liga-ejemplo.rsssf.txt', import.meta.url),
      'utf8',
    );
    const anonymous = await app.request('/api/imports?review=true', {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: text,
    });
    expect(anonymous.status).toBe(401);
    const review = await app.request('/api/imports?review=true', {
      method: 'POST',
      headers: { ...as('root'), 'content-type': 'text/plain' },
      body: text,
    });
    expect(review.status).toBe(200);
    const report = (await review.json()) as {
      id: string;
      exists: boolean;
      format: string;
      clubs: string[];
      stages: { matches: number }[];
      warnings: unknown[];
    };
    expect(report.exists).toBe(false);
    expect(report.format).toBe('rsssf');
    expect(report.clubs.length).toBeGreaterThan(1);
    expect(report.stages.reduce((sum, stage) => sum + stage.matches, 0)).toBeGreaterThan(0);
    expect(await store.getEdition(report.id)).toBeUndefined();
    expect((await store.auditLog()).filter((entry) => entry.action === 'import')).toHaveLength(0);
  });
});

describe('a club that is two', () => {
  test('an editor splits a club: the matches listed move, a wrong one is named, nothing half done', async () => {
    const { app, as } = await makeApp();
    const bad = await app.request('/api/editions/copa-peru-1993/clubs/split', {
      method: 'POST',
      headers: as('ana'),
      body: JSON.stringify({
        version: 1,
        from: 'cni',
        club: { id: 'cni-b', name: 'CNI B' },
        matches: ['final-r1-m1', 'final-r1-m2'],
        reason: 'two clubs of one name (made up)',
      }),
    });
    expect(bad.status).toBe(400);
    const { issues } = (await bad.json()) as { issues: { path: string }[] };
    // Deportivo Garcilaso 1-1 CNI is CNI's; Aurich-Cañaña 2-1 Mariano Santos is not.
    expect(issues.map((issue) => issue.path)).toEqual(['body matches[1]']);
    const split = await app.request('/api/editions/copa-peru-1993/clubs/split', {
      method: 'POST',
      headers: as('ana'),
      body: JSON.stringify({
        version: 1,
        from: 'cni',
        club: { id: 'cni-b', name: 'CNI B' },
        matches: ['final-r1-m1'],
        reason: 'two clubs of one name (made up)',
      }),
    });
    expect(split.status).toBe(201);
    const matches = (await (await app.request('/api/editions/copa-peru-1993/matches')).json()) as {
      id: string;
      away: string;
    }[];
    expect(matches.find((match) => match.id === 'final-r1-m1')?.away).toBe('CNI B');
    expect(matches.find((match) => match.id === 'final-r2-m2')?.away).toBe('CNI');
  });
});

describe('forecasts through the API', () => {
  test('forecast the 1993 final round as of round 4, the same twice, and refuse a bad size', async () => {
    const { app } = await makeApp();
    const first = await app.request(
      '/api/editions/copa-peru-1993/forecast?asOf=4&simulations=1000&seed=3',
    );
    expect(first.status).toBe(200);
    const result = (await first.json()) as {
      simulations: number;
      clubs: { club: string; eliminated: string[]; positions: number[] }[];
    };
    expect(result.simulations).toBe(1000);
    expect(result.clubs).toHaveLength(6);
    expect(
      result.clubs.filter((club) => club.eliminated.includes('champion')).map((club) => club.club),
    ).toHaveLength(3);
    const again = await app.request(
      '/api/editions/copa-peru-1993/forecast?asOf=4&simulations=1000&seed=3',
    );
    expect(await again.json()).toEqual(result);
    const bad = await app.request('/api/editions/copa-peru-1993/forecast?simulations=0');
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { issues: { path: string }[] }).issues[0]?.path).toBe(
      'simulations',
    );
  });
});

describe('rulings through the API', () => {
  test('name a club by its id or any of its names, and refuse an unknown one with its path', async () => {
    const { app, as } = await makeApp();
    const cniPoints = async () =>
      (
        (await (await app.request('/api/editions/copa-peru-1993')).json()) as {
          stages: { groups: { table: { club: string; points: number }[] }[] }[];
        }
      ).stages[2]?.groups[0]?.table.find((row) => row.club === 'CNI')?.points;
    const before = await cniPoints();
    const unknown = await app.request('/api/editions/copa-peru-1993/rulings', {
      method: 'POST',
      headers: as('ana'),
      body: JSON.stringify({
        version: 1,
        ruling: { kind: 'pointAdjustment', club: 'Melgar', points: -2, reason: 'made up' },
      }),
    });
    expect(unknown.status).toBe(400);
    const { issues } = (await unknown.json()) as { issues: { path: string; message: string }[] };
    expect(issues.map((issue) => issue.path)).toEqual(['body ruling.club']);
    expect(issues[0]?.message).toContain("expected one of the edition's clubs");
    expect(await cniPoints()).toBe(before);
    const byOtherName = await app.request('/api/editions/copa-peru-1993/rulings', {
      method: 'POST',
      headers: as('ana'),
      body: JSON.stringify({
        version: 1,
        ruling: {
          kind: 'pointAdjustment',
          club: 'Colegio Nacional Iquitos',
          points: -2,
          reason: 'made up',
        },
      }),
    });
    expect(byOtherName.status).toBe(201);
    expect(await cniPoints()).toBe((before ?? 0) - 2);
  });
});

describe('what a club needs, through the API', () => {
  test('answers in the language asked, and refuses an unknown club with its path', async () => {
    const { app } = await makeApp();
    const answer = await app.request(
      '/api/editions/copa-peru-1993/needs?club=Aurich-Ca%C3%B1a%C3%B1a&outcome=champion&asOf=4&lang=es',
    );
    expect(answer.status).toBe(200);
    expect(await answer.json()).toMatchObject({ status: 'open', text: ['no perder ante Aurora'] });
    const unknown = await app.request('/api/editions/copa-peru-1993/needs?club=Melgar');
    expect(unknown.status).toBe(400);
    expect(((await unknown.json()) as { issues: { path: string }[] }).issues[0]?.path).toBe('club');
  });
});

describe("a club's calendar, through the API", () => {
  test('takes the club by id or name, and refuses one the edition does not have', async () => {
    const { app } = await makeApp();
    const byName = await app.request('/api/editions/copa-peru-1993/calendar.ics?club=Aurora');
    expect(byName.status).toBe(200);
    expect(byName.headers.get('content-type')).toContain('text/calendar');
    const events = (await byName.text()).split('\r\n').filter((line) => line === 'BEGIN:VEVENT');
    expect(events).toHaveLength(5);
    const unknown = await app.request('/api/editions/copa-peru-1993/calendar.ics?club=Melgar');
    expect(unknown.status).toBe(400);
    expect(((await unknown.json()) as { issues: { path: string }[] }).issues[0]?.path).toBe('club');
  });
});
