import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { WORKSPACE_WORDS } from '../../src/adapters/web/workspace-words.ts';
import { chromiumMissing, WINDOWS } from './browser.ts';
import { useSite } from './site.ts';

const missing = await chromiumMissing();
if (missing && process.env.CI) throw new Error(`End-to-end tests must run under CI: ${missing}`);

const PASSWORD = 'a long enough password';
const SEED = fileURLToPath(new URL('../../../shared/seed/copa-peru-1993.txt', import.meta.url));
const RSSSF = fileURLToPath(new URL('../fixtures/liga-ejemplo.rsssf.txt', import.meta.url));

describe.skipIf(missing !== undefined)("the editor's workspace in a real browser", () => {
  const site = useSite(PASSWORD);

  /** Signs in through the form, from the page the editor wanted. */
  const signIn = async (page: Page, path: string) => {
    await page.goto(`${site.url}${path}`);
    expect(new URL(page.url()).pathname).toBe('/sign-in');
    await page.fill('input[name=name]', 'admin');
    await page.fill('input[name=password]', PASSWORD);
    await page.click('form[action="/sign-in"] button[type=submit]');
    await page.waitForURL((url) => url.pathname === path.split('?')[0]);
  };
  /**
   * Signs in from the workspace's front page and makes an edition from a preset there, its clubs
   * one a line (`name; city; region`); `more` fills the preset's other fields.
   */
  const fromPreset = async (
    page: Page,
    language: 'en' | 'es',
    preset: { competition: string; edition: string; kind: string; clubs: readonly string[] },
    more: (form: ReturnType<Page['locator']>) => Promise<void>,
  ) => {
    await page.goto(`${site.url}/?lang=${language}`);
    await signIn(page, '/editor');
    const form = page.locator('form.preset');
    await form.locator('[name=competition]').fill(preset.competition);
    await form.locator('[name=edition]').fill(preset.edition);
    await form.locator('[name=preset]').selectOption(preset.kind);
    await more(form);
    await form.locator('[name=clubs]').fill(preset.clubs.join('\n'));
    await form.locator('button[type=submit]').click();
  };
  const edition = async (id: string) =>
    (await (await fetch(`${site.url}/api/editions/${id}`)).json()) as {
      version: number;
      stages: { groups: { table: { club: string; points: number }[] }[] }[];
    };
  const matchOf = async (id: string, matchId: string) =>
    (
      (await (await fetch(`${site.url}/api/editions/${id}/matches`)).json()) as {
        id: string;
        score?: { home: number; away: number };
      }[]
    ).find((match) => match.id === matchId);

  // Each window and language enters a different match of the 1993 final round.
  const cases = WINDOWS.flatMap((window) =>
    (['es', 'en'] as const).map((language) => ({ ...window, language })),
  ).map((entry, index) => ({
    ...entry,
    match: ['final-r1-m1', 'final-r1-m3', 'final-r2-m1', 'final-r2-m2'][index] ?? '',
  }));
  test.each(cases)(
    'an editor signs in ($language, $name window), enters a result, and a second open page updates',
    async ({ viewport, isMobile, hasTouch, language, match }) => {
      const fan = await site.browser.newPage();
      await fan.goto(`${site.url}/editions/copa-peru-1993?lang=${language}`);
      const context = await site.browser.newContext({ viewport, isMobile, hasTouch });
      const page = await context.newPage();
      await page.goto(`${site.url}/?lang=${language}`);
      await signIn(page, '/editions/copa-peru-1993/edit');
      expect(await page.getAttribute('html', 'lang')).toBe(language);
      const words = WORKSPACE_WORDS[language];
      const input = page.locator(`input.score[data-match="${match}"]`);
      const before = await input.inputValue();
      const [home = 0, away = 0] = before.split('-').map(Number);
      const typed = `${home + 4}-${away}`;
      await input.fill(typed);
      // The table follows as the editor types, before anything is saved.
      await expect
        .poll(() => page.locator('.preview.previewing').count(), { timeout: 10_000 })
        .toBe(1);
      expect((await matchOf('copa-peru-1993', match))?.score).toEqual({ home, away });
      const version = (await edition('copa-peru-1993')).version;
      await fan.waitForTimeout(300);
      await input.press('Enter');
      await expect
        .poll(() => page.locator(`#message-${match}`).textContent(), { timeout: 10_000 })
        .toBe(words.saved);
      expect((await matchOf('copa-peru-1993', match))?.score).toEqual({ home: home + 4, away });
      expect((await edition('copa-peru-1993')).version).toBe(version + 1);
      // The fan's page has the new score without a reload.
      await expect
        .poll(() => fan.locator('ul.matches').allTextContents(), { timeout: 10_000 })
        .toEqual(expect.arrayContaining([expect.stringContaining(typed)]));
      await context.close();
      await fan.close();
    },
  );

  test('an editor marks a match not played in Spanish, the field and the page say so, and a score puts it back', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.url}/?lang=es`);
    await signIn(page, '/editions/copa-peru-1993/edit');
    const input = page.locator('input.score[data-match="final-r3-m2"]');
    const saved = await input.inputValue();
    await input.fill('no jugado');
    await input.press('Enter');
    const message = page.locator('#message-final-r3-m2');
    await expect.poll(() => message.textContent()).toBe(WORKSPACE_WORDS.es.saved);
    const marked = (await matchOf('copa-peru-1993', 'final-r3-m2')) as {
      status?: string;
      score?: unknown;
    };
    expect(marked).toMatchObject({ status: 'cancelled' });
    expect(marked.score).toBeUndefined();
    // The editing page shows the word in the field; the edition page beside the match.
    await page.reload();
    expect(await page.locator('input.score[data-match="final-r3-m2"]').inputValue()).toBe(
      'no jugado',
    );
    const fan = await site.browser.newPage();
    await fan.goto(`${site.url}/editions/copa-peru-1993?lang=es`);
    expect(await fan.locator('ul.matches').allTextContents()).toEqual(
      expect.arrayContaining([expect.stringContaining('(no jugado)')]),
    );
    await fan.close();
    // The score typed again: played, as before.
    const field = page.locator('input.score[data-match="final-r3-m2"]');
    await field.fill(saved);
    await field.press('Enter');
    await expect
      .poll(() => page.locator('#message-final-r3-m2').textContent())
      .toBe(WORKSPACE_WORDS.es.saved);
    expect(await matchOf('copa-peru-1993', 'final-r3-m2')).toMatchObject({ status: 'played' });
    await page.close();
  });

  test.each(['es', 'en'] as const)(
    'a wrong score shows a message beside its field and changes nothing (%s)',
    async (language) => {
      const page = await site.browser.newPage();
      await page.goto(`${site.url}/?lang=${language}`);
      await signIn(page, '/editions/copa-peru-1993/edit');
      const before = await edition('copa-peru-1993');
      const input = page.locator('input.score[data-match="final-r3-m1"]');
      const saved = await input.inputValue();
      await input.fill('2-x');
      await input.press('Enter');
      const message = page.locator('#message-final-r3-m1');
      await expect.poll(() => message.textContent()).toContain(WORKSPACE_WORDS[language].badScore);
      expect(await message.textContent()).toContain('2-x');
      expect(await input.getAttribute('aria-invalid')).toBe('true');
      const after = await edition('copa-peru-1993');
      expect(after.version).toBe(before.version);
      expect(after.stages).toEqual(before.stages);
      // Escape puts the saved score back.
      await input.press('Escape');
      expect(await input.inputValue()).toBe(saved);
      await page.close();
    },
  );

  test('an editor runs a draw, sees it on the map, keeps it, and generates the fixtures', async () => {
    // An edition of twelve clubs in three groups, registered with their cities.
    const towns = [
      ['Tumbes', 'Tumbes'],
      ['Piura', 'Piura'],
      ['Chiclayo', 'Lambayeque'],
      ['Trujillo', 'La Libertad'],
      ['Arequipa', 'Arequipa'],
      ['Tacna', 'Tacna'],
      ['Moquegua', 'Moquegua'],
      ['Puno', 'Puno'],
      ['Iquitos', 'Loreto'],
      ['Pucallpa', 'Ucayali'],
      ['Tarapoto', 'San Martín'],
      ['Moyobamba', 'San Martín'],
    ] as const;
    const clubs = towns.map(([city, region]) => ({ name: `Club ${city}`, city, region }));
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
    // The edition is made from a preset on the workspace's page: three groups in the clubs' order,
    // which puts far-apart clubs together — the draw should do better.
    await fromPreset(
      page,
      'es',
      {
        competition: 'Liga de prueba',
        edition: '2026',
        kind: 'groups-and-final',
        clubs: clubs.map((club) => `${club.name}; ${club.city}; ${club.region}`),
      },
      async (form) => {
        await form.locator('[name=groups]').fill('3');
        await form.locator('[name=finalHost]').fill('Trujillo');
      },
    );
    await page.waitForURL((url) => url.pathname === '/editions/liga-de-prueba-2026/edit');
    // The final round is played in the city the form named: its public page says so.
    const publicPage = await (
      await fetch(`${site.url}/editions/liga-de-prueba-2026?lang=es`)
    ).text();
    expect(publicPage).toMatch(/<small>\([^)]*, en Trujillo\)<\/small>/);
    const stage = page.locator('section.stage').filter({ has: page.locator('form.draw') });
    await stage.locator('details.panel summary').first().click();
    const versionBefore = (await edition('liga-de-prueba-2026')).version;
    const result = stage.locator('.draw-result');
    // With a file of the editor's own (Spanish headers), Tumbes and Piura a day's road apart are
    // drawn apart.
    const ownDistances = stage.locator('form.draw input[name=distances]');
    await ownDistances.setInputFiles({
      name: 'carreteras.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('desde,hasta,km\nClub Tumbes,Club Piura,5000\n'),
    });
    await stage.locator('form.draw button[type=submit]').click();
    await expect.poll(() => result.locator('svg .club-dot').count(), { timeout: 30_000 }).toBe(12);
    const rows = await result.locator('table tbody tr').allTextContents();
    expect(rows).toHaveLength(3);
    expect(rows.filter((row) => row.includes('Club Tumbes') && row.includes('Club Piura'))).toEqual(
      [],
    );
    // Without it, the kilometres as the crow flies.
    await ownDistances.setInputFiles([]);
    await result.evaluate((element) => {
      element.textContent = '';
    });
    await stage.locator('form.draw button[type=submit]').click();
    await expect.poll(() => result.locator('svg .club-dot').count(), { timeout: 30_000 }).toBe(12);
    expect(await result.textContent()).toContain(WORKSPACE_WORDS.es.optimal);
    // Nothing is written until the editor keeps it.
    expect((await edition('liga-de-prueba-2026')).version).toBe(versionBefore);
    await result.locator('button.keep-draw').click();
    await page.waitForEvent('load', { timeout: 10_000 });
    expect((await edition('liga-de-prueba-2026')).version).toBe(versionBefore + 1);
    // Tumbes, Piura, Chiclayo and Trujillo are neighbours: the draw puts them together.
    const groups = await page.evaluate(async () => {
      const response = await fetch('/api/editions/liga-de-prueba-2026');
      const state = (await response.json()) as {
        stages: { groups: { table: { club: string }[] }[] }[];
      };
      return state.stages[0]?.groups.map((group) => group.table.map((row) => row.club).sort());
    });
    expect(groups).toContainEqual(['Club Chiclayo', 'Club Piura', 'Club Trujillo', 'Club Tumbes']);
    // The drawn groups have no matches yet: generate them.
    const fresh = page.locator('section.stage').filter({ has: page.locator('form.fixtures') });
    await fresh
      .locator('form.fixtures')
      .first()
      .evaluate((form) => {
        form.closest('details')?.setAttribute('open', '');
      });
    const fixtures = fresh.locator('form.fixtures').first();
    await fixtures.locator('input[name=start]').fill('2026-03-01');
    // A kick-off that is no time of day: the message stands beside the field, nothing is written.
    await fixtures.locator('input[name=venues]').fill('Estadio Monumental');
    const kickoffs = fixtures.locator('input[name=kickoffs]');
    await kickoffs.fill('25:00');
    const versionBeforeFixtures = (await edition('liga-de-prueba-2026')).version;
    await fixtures.locator('button[type=submit]').click();
    const kickoffMessage = page.locator(`#${await kickoffs.getAttribute('aria-describedby')}`);
    await expect.poll(() => kickoffMessage.textContent()).toContain('a kick-off such as 15:30');
    expect((await edition('liga-de-prueba-2026')).version).toBe(versionBeforeFixtures);
    await kickoffs.fill('15:30, 18:00');
    await fixtures.locator('button[type=submit]').click();
    await page.waitForEvent('load', { timeout: 10_000 });
    expect(await page.locator('section.stage').first().locator('input.score').count()).toBe(36);
    await page.goto(`${site.url}/editions/liga-de-prueba-2026/audit?lang=es`);
    const log = await page.locator('table.audit tbody').textContent();
    expect(log).toContain(WORKSPACE_WORDS.es.actions.draw);
    expect(log).toContain(WORKSPACE_WORDS.es.actions.fixtures);
    await page.close();
  });

  test('an editor asks for the fixtures with the least travel of a league of clubs with places', async () => {
    // Two tabs of one browser, signed in once.
    const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await fromPreset(
      page,
      'en',
      {
        competition: 'Liga del sur',
        edition: '2027',
        kind: 'league',
        // Ten clubs: a search the site cannot prove optimal, so that it runs its 10 s while the
        // other tab asks.
        clubs: [
          ['Arequipa', 'Arequipa'],
          ['Tacna', 'Tacna'],
          ['Moquegua', 'Moquegua'],
          ['Puno', 'Puno'],
          ['Juliaca', 'Puno'],
          ['Cusco', 'Cusco'],
          ['Abancay', 'Apurímac'],
          ['Ayacucho', 'Ayacucho'],
          ['Ica', 'Ica'],
          ['Huancavelica', 'Huancavelica'],
        ].map(([city, region]) => `Club ${city}; ${city}; ${region}`),
      },
      (form) => form.locator('[name=double]').uncheck(),
    );
    await page.waitForURL((url) => url.pathname === '/editions/liga-del-sur-2027/edit');
    // The preset's single round robin: 45 matches, replaced by the search's two legs.
    expect(await page.locator('section.stage').first().locator('input.score').count()).toBe(45);
    // A second tab asks at the same moment; the site runs one search at a time.
    const other = await context.newPage();
    await other.goto(page.url());
    const tabs = [page, other];
    for (const tab of tabs) {
      const fixtures = tab.locator('form.fixtures').first();
      await fixtures.evaluate((element) => element.closest('details')?.setAttribute('open', ''));
      // Two legs whatever the other box says: the least travel is searched for a double round
      // robin.
      await fixtures.locator('input[name=double]').uncheck();
      await fixtures.locator('input[name=travel]').check();
    }
    await Promise.all(
      tabs.map((tab) =>
        tab.locator('form.fixtures').first().locator('button[type=submit]').click(),
      ),
    );
    // One tab is told to try again in a few seconds; the other's search is written.
    const busy = WORKSPACE_WORDS.en.busy.split('{seconds}')[0] as string;
    const said = () =>
      Promise.all(
        tabs.map((tab) =>
          tab
            .locator('form.fixtures')
            .first()
            .locator('.form-message')
            .textContent({ timeout: 1000 })
            .catch(() => ''),
        ),
      );
    await expect
      .poll(async () => (await said()).filter((text) => text?.includes(busy)).length, {
        timeout: 30_000,
      })
      .toBe(1);
    const told = (await said()).findIndex((text) => text?.includes(busy));
    const searched = tabs[1 - told] as Page;
    await expect
      .poll(() => searched.locator('section.stage').first().locator('input.score').count(), {
        timeout: 60_000,
      })
      .toBe(90);
    // Reloaded, the page still says how far the schedule goes and how near the least possible.
    await expect
      .poll(() => searched.locator('#page-status').textContent(), { timeout: 10_000 })
      .toMatch(
        /^The fixtures are written: [\d,]+ km of travel, (the proven optimum|at most [\d.]+ % above the best possible)\.$/,
      );
    // Every club meets every other once at home and once away.
    const pairs = await page.evaluate(async () => {
      const response = await fetch('/api/editions/liga-del-sur-2027/matches');
      const matches = (await response.json()) as { home: string; away: string }[];
      return new Set(matches.map((match) => `${match.home} v ${match.away}`)).size;
    });
    expect(pairs).toBe(90);
    await context.close();
  });

  test('an editor imports a season record after reading what the importer understood and reported', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.url}/?lang=en`);
    await signIn(page, '/editor');
    const form = page.locator('form.import');
    const report = page.locator('#import-report');
    // The seed article: read, its spellings merged and its warning shown, but 1993 is stored.
    await form.locator('[name=file]').setInputFiles(SEED);
    await form.locator('button[type=submit]').click();
    await expect.poll(() => report.textContent()).toContain('Aurich-Cañaña = Aurich–Cañaña');
    expect(await report.locator('ul.warnings').textContent()).toContain('Lambayaque');
    expect(await report.textContent()).toContain(WORKSPACE_WORDS.en.alreadyStored);
    expect(await report.locator('button').count()).toBe(0);
    // A record not stored yet: accepted, it becomes an edition to edit.
    const before = ((await (await fetch(`${site.url}/api/editions`)).json()) as unknown[]).length;
    await form.locator('[name=file]').setInputFiles([]);
    await form.locator('[name=text]').fill(await readFile(RSSSF, 'utf8'));
    await form.locator('button[type=submit]').click();
    const accept = report.getByRole('button', { name: WORKSPACE_WORDS.en.accept });
    await accept.waitFor();
    expect(((await (await fetch(`${site.url}/api/editions`)).json()) as unknown[]).length).toBe(
      before,
    );
    await accept.click();
    await page.waitForURL((url) => url.pathname.endsWith('/edit'));
    expect(((await (await fetch(`${site.url}/api/editions`)).json()) as unknown[]).length).toBe(
      before + 1,
    );
    expect(await page.locator('input.score').count()).toBeGreaterThan(0);
    await page.close();
  });

  test('an editor records a points deduction with its reason, and the table shows it', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.url}/?lang=en`);
    await signIn(page, '/editions/copa-peru-1993/edit');
    const pointsOf = async () =>
      (await edition('copa-peru-1993')).stages[2]?.groups[0]?.table.find(
        (row) => row.club === 'CNI',
      )?.points;
    const before = (await pointsOf()) ?? 0;
    const form = page.locator('form.ruling');
    await form.locator('select[name=kind]').selectOption('pointAdjustment');
    await form.locator('select[name=club]').selectOption('cni');
    await form.locator('input[name=points]').fill('-2');
    // No reason: the server says so beside the field, and nothing is written.
    await form.locator('button[type=submit]').click();
    await expect
      .poll(() => page.locator('#ruling-reason-message').textContent())
      .toContain('reason');
    expect(await pointsOf()).toBe(before);
    await form.locator('input[name=reason]').fill('fielded an ineligible player (made up)');
    await form.locator('button[type=submit]').click();
    await page.waitForEvent('load', { timeout: 10_000 });
    expect(await pointsOf()).toBe(before - 2);
    await page.close();
  });

  test('an editor splits a club that was two, choosing among its own matches only', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.url}/?lang=en`);
    await signIn(page, '/editions/copa-peru-1993/edit');
    const form = page.locator('form.split');
    await form.evaluate((element) => element.closest('details')?.setAttribute('open', ''));
    await form.locator('select[name=from]').selectOption('mariano-santos');
    const offered = await form
      .locator('select[name=matches] option:not([hidden])')
      .evaluateAll((options) => options.map((option) => option.textContent ?? ''));
    expect(offered).toHaveLength(5);
    expect(offered.every((text) => text.includes('Mariano Santos'))).toBe(true);
    await form.locator('[name=name]').fill('Mariano Santos B');
    expect(await form.locator('[name=id]').inputValue()).toBe('mariano-santos-b');
    await form.locator('select[name=matches]').selectOption([{ index: 1 }]);
    await form.locator('[name=reason]').fill('two clubs of one name (made up)');
    await form.locator('button[type=submit]').click();
    await page.waitForEvent('load', { timeout: 10_000 });
    const clubs = (await (await fetch(`${site.url}/api/editions/copa-peru-1993/clubs`)).json()) as {
      name: string;
    }[];
    expect(clubs.map((club) => club.name)).toContain('Mariano Santos B');
    await page.close();
  });

  test('the Spanish workspace has no English leftovers (the editing page and the front page)', async () => {
    const context = await site.browser.newContext({ locale: 'es-PE' });
    const page = await context.newPage();
    await signIn(page, '/editions/copa-peru-1993/edit');
    const editing = await page.locator('main').innerText();
    await page.goto(`${site.url}/editor`);
    const text = `${editing} ${await page.locator('main').innerText()}`.replace(/\s+/g, ' ');
    const english = new Set<string>();
    const collect = (en: unknown, es: unknown): void => {
      if (typeof en === 'string' && typeof es === 'string') {
        if (en !== es && en.length >= 5) english.add(en);
      } else if (en && typeof en === 'object' && es && typeof es === 'object') {
        for (const key of Object.keys(en)) {
          collect((en as Record<string, unknown>)[key], (es as Record<string, unknown>)[key]);
        }
      }
    };
    collect(WORKSPACE_WORDS.en, WORKSPACE_WORDS.es);
    const leftovers = [...english].filter((word) =>
      new RegExp(
        `(^|[^\\p{L}])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}])`,
        'u',
      ).test(text),
    );
    expect(leftovers).toEqual([]);
    await context.close();
  });
});

if (missing) test.skip(`skipped: ${missing}`, () => {});
