import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { readEditionFile } from '#adapters/formats/edition/read-edition.ts';
import { createApp } from '#adapters/http/create-app.ts';
import { hashPassword } from '#adapters/http/credentials.ts';
import { openStore } from '#adapters/storage/open-store.ts';
import {
  editionPage,
  GROUPS_ON_PAGE,
  GROUPS_PER_LIST,
  groupPage,
  stagePage,
} from '#adapters/web/pages.ts';
import { groupHistory, positionHistories } from '#adapters/web/position-chart.ts';
import { positionRanges } from '#core/forecast/certainties.ts';
import { planForecast, ratedMatches, simulateRange, summarize } from '#core/forecast/forecast.ts';
import { fitScoreModel } from '#core/forecast/score-model.ts';
import type { EditionFormat } from '#core/format/edition-format.ts';
import { mapMatches, withMatchIds } from '#core/format/match-ids.ts';
import { runEdition } from '#core/format/run-edition.ts';
import { manyLeagues } from './many-leagues.ts';

const example = (name: string) =>
  fileURLToPath(new URL(`../examples/${name}/edition.yaml`, import.meta.url));

describe('a stage of many groups', () => {
  const format = manyLeagues(120);
  const state = runEdition(format, { language: 'es' });

  test('is a list on the edition page, not every table: each group linked to its own page', async () => {
    const page = String(await editionPage('es', 'fed', format, state));
    expect(page).not.toContain('<caption class="muted">Tabla:');
    expect(
      page.match(/<a href="\/editions\/fed\/stages\/distrital\/groups\/liga-\d+\?lang=es">/g),
    ).toHaveLength(GROUPS_PER_LIST);
    expect(page).toContain('Grupos 1–50 de 120');
    expect(page).toContain(
      '<a href="/editions/fed/stages/distrital?lang=es&amp;page=2" rel="next">',
    );
    expect(page).toContain(
      '<form class="find-group" method="get" action="/editions/fed/stages/distrital"',
    );
    // League 120 has two rounds to play; league 3's leader is not the club six points down.
    const last = state.stages[0]?.groups[119];
    expect(last?.pending).toBe(4);
    const stagePart = String(stagePage('es', 'fed', format, state, 'distrital', { page: 3 }));
    expect(stagePart).toMatch(/Liga Distrital 120<\/a><\/th><td>8 de 12<\/td>/);
    expect(stagePart).toContain('Grupos 101–120 de 120');
    expect(stagePart).toContain('rel="prev"');
    expect(stagePart).not.toContain('rel="next"');
  });

  test('finds a group by its name or a club of it, case and accents aside; pages past the end show the last', () => {
    const byClub = String(stagePage('en', 'fed', format, state, 'distrital', { find: 'CANETE 3' }));
    expect(byClub).toContain('1 of 120 groups match “CANETE 3”');
    expect(byClub).toContain('>Liga Distrital 7</a>');
    const byName = String(
      stagePage('en', 'fed', format, state, 'distrital', { find: 'distrital 11' }),
    );
    // 11 and 110–119.
    expect(byName.match(/<th scope="row">/g)).toHaveLength(11);
    const past = String(stagePage('en', 'fed', format, state, 'distrital', { page: 99 }));
    expect(past).toContain('Groups 101–120 of 120');
    const none = String(stagePage('en', 'fed', format, state, 'distrital', { find: '<b>Lima' }));
    expect(none).toContain('No group or club matches “&lt;b&gt;Lima”.');
    expect(none).not.toContain('<b>Lima');
    expect(stagePage('en', 'fed', format, state, 'nowhere')).toBeUndefined();
  });

  test("a group's page has its table, chart, notes and results, under links to its edition and stage", async () => {
    const history = groupHistory(format, 'en', 'distrital', 2);
    const page = String(
      groupPage('en', 'fed', format, state, 'distrital', 'liga-3', history ? { history } : {}),
    );
    expect(page).toContain('<h1>Liga Distrital 3</h1>');
    expect(page).toContain('<a href="/editions/fed/stages/distrital?lang=en">Etapa Distrital</a>');
    expect(page).toContain('Table: Etapa Distrital — Liga Distrital 3');
    expect(page).toContain('<svg');
    expect(page.match(/<ul class="matches">/g)).toHaveLength(6);
    expect(groupPage('en', 'fed', format, state, 'distrital', 'liga-999')).toBeUndefined();
  });

  test("a group's chart, made from the group alone, is the one the whole edition gives", async () => {
    const whole = positionHistories(format, 'es');
    expect(whole).toHaveLength(120);
    for (const index of [0, 2, 4, 6, 119]) {
      expect(groupHistory(format, 'es', 'distrital', index)).toEqual(
        whole.find((history) => history.group === index),
      );
    }
    // A group fed by an earlier stage is charted from the whole edition.
    const winners = [0, 1, 2, 3].map(
      (index) => state.stages[0]?.groups[index]?.table[0]?.clubId ?? '',
    );
    const fed: EditionFormat = {
      ...format,
      stages: [
        ...format.stages,
        {
          id: 'regional',
          name: 'Etapa Regional',
          kind: 'groups',
          groups: [
            {
              id: 'a',
              name: 'Grupo A',
              entrants: [1, 2, 3, 4].map((league) => ({
                kind: 'position' as const,
                stage: 'distrital',
                group: `liga-${league}`,
                position: 1,
              })),
              rounds: [
                [
                  [0, 1],
                  [2, 3],
                ],
                [
                  [0, 2],
                  [3, 1],
                ],
                [
                  [3, 0],
                  [1, 2],
                ],
              ].map((pairs, r) => ({
                name: `Fecha ${r + 1}`,
                matches: pairs.map(([home, away], k) => ({
                  home: winners[home ?? 0] ?? '',
                  away: winners[away ?? 0] ?? '',
                  status: 'played' as const,
                  score: { home: (r + k) % 3, away: 1 },
                })),
              })),
            },
          ],
          outcomes: [{ positions: [1], outcome: 'champion' }],
        },
      ],
    };
    const regional = groupHistory(fed, 'es', 'regional', 0);
    expect(regional?.clubs).toHaveLength(4);
    expect(regional).toEqual(
      positionHistories(fed, 'es').find((history) => history.stage === 'regional'),
    );
    const nineties = await readEditionFile(example('copa-peru-2009-style'));
    const all = positionHistories(nineties, 'es');
    const stage = nineties.stages.find((candidate) => candidate.kind === 'groups');
    expect(stage?.kind).toBe('groups');
    if (stage?.kind !== 'groups') return;
    stage.groups.forEach((_, index) => {
      expect(groupHistory(nineties, 'es', stage.id, index)).toEqual(
        all.find((history) => history.stage === stage.id && history.group === index),
      );
    });
  });

  test(`a stage of ${GROUPS_ON_PAGE} groups or fewer shows every table`, async () => {
    const few = manyLeagues(GROUPS_ON_PAGE);
    const page = String(await editionPage('es', 'x', few, runEdition(few, { language: 'es' })));
    expect(page).not.toContain('find-group');
    expect(page.match(/<caption class="muted">Tabla:/g)).toHaveLength(GROUPS_ON_PAGE);
  });
});

describe('the pages of a stage and of its groups, through the server', () => {
  const serve = async () => {
    const store = await openStore('sqlite::memory:');
    await store.saveEdition('fed', withMatchIds(manyLeagues(60)), { actor: 'test' });
    await store.saveEdition('few', withMatchIds(manyLeagues(4)), { actor: 'test' });
    return { store, app: createApp({ store }) };
  };

  test('a stage lists and finds its groups, and a group has its page; what is not there is 404', async () => {
    const { app } = await serve();
    const list = await app.request(
      '/editions/fed/stages/distrital?lang=en&find=ca%C3%B1ete&page=1',
    );
    expect(list.status).toBe(200);
    const text = await list.text();
    expect(text).toContain('1 of 60 groups match “cañete”');
    expect(text).toContain('href="/editions/fed/stages/distrital/groups/liga-7?lang=en"');
    // A page number that is not one shows the first page.
    expect(
      await (await app.request('/editions/fed/stages/distrital?lang=en&page=x')).text(),
    ).toContain('Groups 1–50 of 60');
    const group = await app.request('/editions/fed/stages/distrital/groups/liga-7?lang=en');
    expect(group.status).toBe(200);
    expect(await group.text()).toContain('<h1>Liga Distrital 7</h1>');
    for (const missing of [
      '/editions/nothing/stages/distrital',
      '/editions/fed/stages/nowhere',
      '/editions/fed/stages/distrital/groups/liga-61',
      '/editions/fed/stages/nowhere/groups/liga-1',
    ]) {
      const response = await app.request(`${missing}?lang=en`);
      expect(response.status).toBe(404);
      expect(await response.text()).toContain('<html lang="en">');
    }
    // A club's page links to its group's.
    expect(await (await app.request('/clubs/l7c1?lang=en')).text()).toContain(
      'Etapa Distrital — <a href="/editions/fed/stages/distrital/groups/liga-7?lang=en">Liga Distrital 7</a>',
    );
    // A stage of few groups is on its edition's page.
    const few = await app.request('/editions/few/stages/distrital?lang=en');
    expect(few.status).toBe(302);
    expect(few.headers.get('location')).toBe('/editions/few?lang=en#stage-distrital');
    expect((await app.request('/editions/few/stages/distrital/groups/liga-2?lang=en')).status).toBe(
      200,
    );
  });

  test("a group's page shows its clubs on the map, and the edition's headings of a few groups lead there", async () => {
    const store = await openStore('sqlite::memory:');
    const edition = await readEditionFile(example('copa-peru-2009-style'));
    await store.saveEdition('regions', withMatchIds(edition), { actor: 'test' });
    const app = createApp({ store });
    const page = await (await app.request('/editions/regions?lang=es')).text();
    expect(page).toContain(
      '<h3><a href="/editions/regions/stages/regional/groups/region-i?lang=es">Región I</a></h3>',
    );
    const group = await (
      await app.request('/editions/regions/stages/regional/groups/region-i?lang=es')
    ).text();
    expect(group).toContain('<details open class="map-of-stage">');
    expect(group.match(/class="club-dot"/g)).toHaveLength(3);
    expect(group).toContain('<title>Atlético Región I</title>');
    expect(group).not.toContain('Sport Región II');
  });

  test("a result written shows at once on its group's page and in the stage's list", async () => {
    const { app, store } = await serve();
    const before = await (
      await app.request('/editions/fed/stages/distrital/groups/liga-60?lang=en')
    ).text();
    expect(before).not.toContain('<span class="score">9-0</span>');
    const stored = await store.getEdition('fed');
    if (!stored) throw new Error('the edition expected');
    const played = mapMatches(stored.format, (match) =>
      match.status === 'scheduled'
        ? { ...match, status: 'played', score: { home: 9, away: 0 } }
        : match,
    );
    await store.saveEdition('fed', played, { actor: 'test', expectedVersion: stored.version });
    const after = await (
      await app.request('/editions/fed/stages/distrital/groups/liga-60?lang=en')
    ).text();
    expect(after.match(/<span class="score">9-0<\/span>/g)).toHaveLength(4);
    const list = await (await app.request('/editions/fed/stages/distrital?lang=en&page=2')).text();
    expect(list).toMatch(/Liga Distrital 60<\/a><\/th><td>12 of 12<\/td>/);
  });
});

describe("the editor's page of a stage of many groups", () => {
  test('lists the groups and shows the table and match fields of the one chosen; a typed score previews its own table only', async () => {
    const store = await openStore('sqlite::memory:');
    await store.saveEdition('fed', withMatchIds(manyLeagues(60)), { actor: 'test' });
    await store.createUser(
      { name: 'root', role: 'admin', competitions: [] },
      await hashPassword('correct horse battery'),
    );
    const app = createApp({ store });
    // Signed in as a browser is: a session cookie, and the token its writes carry.
    const session = await app.request('/api/session', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'root', password: 'correct horse battery' }),
    });
    const { csrf } = (await session.json()) as { csrf: string };
    const headers = { cookie: (session.headers.get('set-cookie') ?? '').split(';')[0] ?? '' };
    const listed = await (await app.request('/editions/fed/edit?lang=en', { headers })).text();
    expect(listed).not.toContain('class="score"');
    // The rulings and clubs forms offer the clubs of the group chosen: none yet.
    const clubSelect = (page: string) =>
      (/<select id="ruling-club"[^>]*>(.*?)<\/select>/.exec(page)?.[1] ?? '').match(
        /<option value="[^"]/g,
      ) ?? [];
    expect(clubSelect(listed)).toHaveLength(0);
    expect(listed).toContain(
      'The clubs and matches offered here are those of the group chosen above',
    );
    expect(listed).toContain('Groups 1–50 of 60');
    expect(listed).toContain(
      'href="/editions/fed/edit?lang=en&amp;stage=distrital&amp;group=liga-7#edit-distrital"',
    );
    const found = await (
      await app.request('/editions/fed/edit?lang=en&stage=distrital&find=ca%C3%B1ete', { headers })
    ).text();
    expect(found).toContain('1 of 60 groups match “cañete”');
    const chosen = await (
      await app.request('/editions/fed/edit?lang=en&stage=distrital&group=liga-7', { headers })
    ).text();
    expect(chosen.match(/class="score"/g)).toHaveLength(12);
    expect(clubSelect(chosen)).toHaveLength(4);
    expect(
      (/<select id="ruling-match"[^>]*>(.*?)<\/select>/.exec(chosen)?.[1] ?? '').match(
        /<option value="[^"]/g,
      ),
    ).toHaveLength(12);
    expect(chosen.match(/<div class="preview" id="table-distrital-(\d+)"/g)).toEqual([
      '<div class="preview" id="table-distrital-6"',
    ]);
    expect(chosen).toContain('Deportivo Cañete 1');
    const preview = await app.request('/editions/fed/edit/preview?lang=en', {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/json', 'x-csrf-token': csrf },
      body: JSON.stringify({ match: 'distrital-liga-7-r1-m1', score: '5-0' }),
    });
    expect(preview.status).toBe(200);
    const { tables } = (await preview.json()) as { tables: Record<string, string> };
    expect(Object.keys(tables)).toEqual(['table-distrital-6']);
  });
});

describe('the forecast of a stage of many groups', () => {
  test('follows the groups still playing, with the chances they would have alone', () => {
    const format = manyLeagues(30);
    const { model } = fitScoreModel(ratedMatches(format));
    const plan = planForecast(format, model, { seed: 5 });
    expect(plan.settledGroups).toBe(29);
    expect(plan.clubs).toEqual(['l30c1', 'l30c2', 'l30c3', 'l30c4']);
    const result = summarize(plan, simulateRange(plan, 0, 400), positionRanges(plan));
    expect(result.settledGroups).toBe(29);
    // The same league as the only group of its edition, the same model and seed: the same chances.
    const stage = format.stages[0];
    if (stage?.kind !== 'groups') throw new Error('a groups stage expected');
    const last = stage.groups[29];
    if (!last) throw new Error('league 30 expected');
    const alone: EditionFormat = { ...format, stages: [{ ...stage, groups: [last] }] };
    const own = planForecast(alone, model, { seed: 5 });
    expect(own.settledGroups).toBeUndefined();
    const ownResult = summarize(own, simulateRange(own, 0, 400), positionRanges(own));
    expect(result.clubs).toEqual(ownResult.clubs);
  });

  test('follows every group when a later stage draws on the stage, or a club of a settled group asks', () => {
    const format = manyLeagues(30);
    const { model } = fitScoreModel(ratedMatches(format));
    const fed: EditionFormat = {
      ...format,
      stages: [
        ...format.stages,
        {
          id: 'final',
          name: 'Final',
          kind: 'league',
          entrants: [1, 2].map((league) => ({
            kind: 'position' as const,
            stage: 'distrital',
            group: `liga-${league}`,
            position: 1,
          })),
          rounds: [],
          outcomes: [{ positions: [1], outcome: 'champion' }],
        },
      ],
    };
    const whole = planForecast(fed, model, { seed: 1, engineOnly: true });
    expect(whole.settledGroups).toBeUndefined();
    expect(whole.clubs).toHaveLength(120);
    const asked = planForecast(format, model, { seed: 1, club: 'l7c2' });
    expect(asked.settledGroups).toBe(28);
    expect(asked.clubs).toContain('l7c2');
    // One group asked for: its clubs, played alone, or with the whole edition when drawn on.
    const one = planForecast(format, model, { seed: 1, group: 'liga-30' });
    expect(one.group).toBe('liga-30');
    expect(one.clubs).toEqual(['l30c1', 'l30c2', 'l30c3', 'l30c4']);
    const drawn = planForecast(fed, model, { seed: 1, engineOnly: true, group: 'liga-2' });
    expect(drawn.clubs).toEqual(['l2c1', 'l2c2', 'l2c3', 'l2c4']);
    const played = drawn.format.stages[0];
    expect(played?.kind === 'groups' ? played.groups.length : 0).toBe(30);
    expect(() => planForecast(format, model, { group: 'liga-99' })).toThrow(
      'no group "liga-99" in Etapa Distrital',
    );
    // Beyond a limit on the groups played: one group of a stage drawn on plays them all.
    expect(() => planForecast(fed, model, { group: 'liga-2', maxGroups: 20 })).toThrow(
      "Etapa Distrital's 30 groups feed a later stage, so a forecast plays them all, even for one group",
    );
    expect(planForecast(format, model, { group: 'liga-2', maxGroups: 20 }).clubs).toHaveLength(4);
  });

  test("a stage of many groups in play has each group's forecast on the group's page", async () => {
    const store = await openStore('sqlite::memory:');
    await store.saveEdition('fed', withMatchIds(manyLeagues(60)), { actor: 'test' });
    const app = createApp({ store });
    const edition = await (await app.request('/editions/fed?lang=en')).text();
    expect(edition).not.toContain('id="forecast"');
    const open = await (
      await app.request('/editions/fed/stages/distrital/groups/liga-60?lang=en')
    ).text();
    const src = /<section id="forecast" data-src="([^"]+)"/
      .exec(open)?.[1]
      ?.replaceAll('&amp;', '&');
    expect(src).toBe('/editions/fed/forecast?lang=en&stage=distrital&group=liga-60');
    const settled = await (
      await app.request('/editions/fed/stages/distrital/groups/liga-1?lang=en')
    ).text();
    expect(settled).not.toContain('id="forecast"');
    const section = await (await app.request(src ?? '')).text();
    expect(section.match(/<tr><th scope="row">/g)).toHaveLength(4);
    const api = (await (await app.request('/api/editions/fed/forecast?group=liga-60')).json()) as {
      group: string;
      clubs: unknown[];
    };
    expect(api.group).toBe('liga-60');
    expect(api.clubs).toHaveLength(4);
    // Every league still playing: more than the server follows at once, unless one is asked for.
    const playing = mapMatches(manyLeagues(60, { rulings: false }), (match, _id, _date, round) =>
      round === 6 ? { home: match.home, away: match.away, status: 'scheduled' } : match,
    );
    await store.saveEdition('busy', playing, { actor: 'test' });
    const busy = await app.request('/api/editions/busy/forecast');
    expect(busy.status).toBe(422);
    expect(((await busy.json()) as { error: string }).error).toContain(
      'Etapa Distrital has 60 groups still playing, more than the 50 a forecast plays at once',
    );
    expect((await app.request('/api/editions/busy/forecast?group=liga-9')).status).toBe(200);
    const wrong = await app.request('/api/editions/fed/forecast?group=nope');
    expect(wrong.status).toBe(422);
    expect(((await wrong.json()) as { error: string }).error).toContain('no group "nope"');
  });
});
