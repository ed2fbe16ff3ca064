import { describe, expect, test } from 'vitest';
import { homePage } from '../../src/adapters/web/pages.ts';
import { WEB_WORDS } from '../../src/adapters/web/web-words.ts';
import { chromiumMissing, WINDOWS } from './browser.ts';
import { useSite } from './site.ts';

const missing = await chromiumMissing();
if (missing && process.env.CI) throw new Error(`End-to-end tests must run under CI: ${missing}`);

const PASSWORD = 'a long enough password';

describe.skipIf(missing !== undefined)('the public pages in a real browser', () => {
  const site = useSite(PASSWORD);

  /** Signs the admin in: a function that records a match's score, answering the HTTP status. */
  const editor = async () => {
    const signIn = await fetch(`${site.url}/api/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'admin', password: PASSWORD }),
    });
    expect(signIn.status).toBe(200);
    const { csrf } = (await signIn.json()) as { csrf: string };
    const cookie = (signIn.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    return async (edition: string, match: string, score: string): Promise<number> => {
      const { version } = (await (await fetch(`${site.url}/api/editions/${edition}`)).json()) as {
        version: number;
      };
      const write = await fetch(`${site.url}/api/editions/${edition}/matches/${match}`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrf },
        body: JSON.stringify({ version, score, reason: 'the match report' }),
      });
      return write.status;
    };
  };

  const cases = WINDOWS.flatMap((window) =>
    (['es', 'en'] as const).map((language) => ({ ...window, language })),
  );
  test.each(cases)(
    'a fan opens the 1993 edition ($language, $name window) and sees Aurich-Cañaña champion at the top of the final table',
    async ({ viewport, isMobile, hasTouch, language }) => {
      const context = await site.browser.newContext({ viewport, isMobile, hasTouch });
      const page = await context.newPage();
      await page.goto(`${site.url}/editions/copa-peru-1993?lang=${language}`);
      expect(await page.getAttribute('html', 'lang')).toBe(language);
      expect(await page.locator('#champion').textContent()).toBe('Aurich-Cañaña');
      const finalTable = page.locator('#stage-final ~ div table').first();
      await expect
        .poll(async () => (await finalTable.locator('tbody tr').first().textContent()) ?? '')
        .toContain('Aurich-Cañaña');
      const header = await finalTable.locator('thead').textContent();
      expect(header).toContain(language === 'es' ? 'PJ' : 'P');
      // The map of the final round: the six finalists where they come from, on Peru's outline.
      const map = page.locator('#stage-final ~ details.map-of-stage svg[role=img]');
      await map.scrollIntoViewIfNeeded();
      expect(await map.isVisible()).toBe(true);
      expect(await map.locator('.club-dot').count()).toBe(6);
      expect(await map.locator('.club-dot title').allTextContents()).toContain('Aurich-Cañaña');
      // Positions by round: a line per club of the final round.
      expect(await page.locator('#stage-final ~ figure.chart svg .line').count()).toBe(6);
      await context.close();
    },
  );

  test("a fan finds a league among a federation's many by typing part of its name", async () => {
    // Thirty district leagues: more than the home page lists without a search field.
    const provinces = ['Arequipa', 'Cañete', 'Huánuco'];
    const editions = Array.from({ length: 30 }, (_, index) => {
      const competition = `Liga Distrital ${index + 1} de ${provinces[index % 3]}`;
      return { id: `liga-${index + 1}`, competition, season: '2026', version: 1 };
    });
    const page = await site.browser.newPage();
    // As the database lists them: by name, character by character (10 before 2).
    editions.sort((a, b) => (a.competition < b.competition ? -1 : 1));
    await page.setContent(String(await homePage('es', editions)));
    const items = page.locator('#competitions li');
    const visible = () => items.filter({ visible: true }).count();
    expect(await visible()).toBe(30);
    // Numbers in their order: 2 comes before 10.
    expect((await items.allTextContents()).slice(0, 3)).toEqual([
      'Liga Distrital 1 de Arequipa: 2026',
      'Liga Distrital 2 de Cañete: 2026',
      'Liga Distrital 3 de Huánuco: 2026',
    ]);
    // Case, accents and punctuation aside: "canete" finds Cañete's ten.
    await page.getByLabel('Buscar una competición').fill('CANETE');
    expect(await visible()).toBe(10);
    await page.getByLabel('Buscar una competición').fill('11 de  Cañete.');
    expect(await items.filter({ visible: true }).allTextContents()).toEqual([
      'Liga Distrital 11 de Cañete: 2026',
    ]);
    await page.getByLabel('Buscar una competición').fill('');
    expect(await visible()).toBe(30);
    await page.close();
  });

  test('a fan sees the groups of a regional stage on the map, numbered and coloured, with their kilometres', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.url}/editions/copa-peru-2009-style-example?lang=es`);
    const map = page.locator('#stage-regional ~ details.map-of-stage').first();
    expect(await map.locator('svg .club-dot').count()).toBe(24);
    const rows = map.locator('figcaption tbody tr');
    expect(await rows.count()).toBe(8);
    expect(await rows.first().locator('th').textContent()).toContain('1. Región I');
    expect(await map.locator('tfoot').textContent()).toMatch(/Total\s*[\d.,\s]+ km/);
    await page.close();
  });

  test('a fan opens the 1993 edition as it stood after round 3 and sees the forecast, marks in words too', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.url}/editions/copa-peru-1993?asOf=3&lang=en`);
    expect(await page.locator('.as-of').textContent()).toContain('As it stood after round 3');
    const forecast = page.locator('#forecast table.forecast');
    await forecast.waitFor({ timeout: 30_000 });
    const rows = forecast.locator('tbody tr');
    expect(await rows.count()).toBe(6);
    const champions = await forecast.locator('tbody tr td:nth-of-type(1)').allTextContents();
    const total = champions.reduce(
      (sum, text) => sum + Number.parseFloat(text.replace('<', '')),
      0,
    );
    expect(total).toBeGreaterThan(99);
    expect(total).toBeLessThan(101);
    // CNI, Deportivo Garcilaso and Unión Juventud could no longer win the final round.
    const out = await forecast
      .locator('tbody tr', { hasText: 'out of reach' })
      .locator('th')
      .allTextContents();
    expect(out.sort()).toEqual(['CNI', 'Deportivo Garcilaso', 'Unión Juventud']);
    await page.close();
  });

  test('the Spanish page has no English leftovers, and a browser asking for Spanish gets it', async () => {
    const context = await site.browser.newContext({ locale: 'es-PE' });
    const page = await context.newPage();
    await page.goto(`${site.url}/editions/copa-peru-1993`);
    expect(await page.getAttribute('html', 'lang')).toBe('es');
    const text = (await page.locator('main').innerText()).replace(/\s+/g, ' ');
    // Every word the pages say in English that Spanish says otherwise, and the engine's phrases.
    const english = new Set<string>();
    const collect = (en: unknown, es: unknown): void => {
      if (typeof en === 'string' && typeof es === 'string') {
        if (en !== es && en.length >= 4) english.add(en);
      } else if (en && typeof en === 'object' && es && typeof es === 'object') {
        for (const key of Object.keys(en)) {
          collect((en as Record<string, unknown>)[key], (es as Record<string, unknown>)[key]);
        }
      }
    };
    collect(WEB_WORDS.en, WEB_WORDS.es);
    for (const phrase of [
      'Winner of',
      'Runner-up',
      'Stage',
      'Round ',
      'Group of',
      'level on',
      'ahead on',
      'on aggregate',
      'promoted to',
      'Relegated from',
    ]) {
      english.add(phrase);
    }
    const leftovers = [...english].filter((word) =>
      new RegExp(`\\b${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`).test(text),
    );
    expect(leftovers).toEqual([]);
    await context.close();
  });

  test('an editor enters a result, and a second open page updates without a reload', async () => {
    const fan = await site.browser.newPage();
    await fan.goto(`${site.url}/editions/copa-peru-1993?lang=en`);
    await fan.evaluate(() => {
      (globalThis as unknown as { marker: number }).marker = 42;
    });
    const garcilaso = fan
      .locator('#stage-final ~ div table tbody tr', { hasText: 'Deportivo Garcilaso' })
      .first();
    expect(await garcilaso.locator('td').last().textContent()).toBe('3');
    // The editor signs in and records Deportivo Garcilaso 3-1 CNI in round 1 (it was 1-1): a draw
    // becomes a win, 2 points in 1993 instead of 1.
    const write = await editor();
    // Give the page's live stream a moment to connect before the result lands.
    await fan.waitForTimeout(500);
    expect(await write('copa-peru-1993', 'final-r1-m1', '3-1')).toBe(200);
    await expect
      .poll(
        async () =>
          fan
            .locator('#stage-final ~ div table tbody tr', { hasText: 'Deportivo Garcilaso' })
            .first()
            .locator('td')
            .last()
            .textContent(),
        { timeout: 10_000 },
      )
      .toBe('4');
    expect(await fan.locator('#live-status').textContent()).toBe(WEB_WORDS.en.updated);
    expect(await fan.evaluate(() => (globalThis as unknown as { marker: number }).marker)).toBe(42);
    await fan.close();
  });

  test("a group's page updates for its own results, not for another group's", async () => {
    const fan = await site.browser.newPage();
    await fan.goto(
      `${site.url}/editions/copa-peru-2009-style-example/stages/regional/groups/region-i?lang=en`,
    );
    expect(await fan.locator('h1').textContent()).toBe('Región I');
    await fan.evaluate(() => {
      (globalThis as unknown as { marker: number }).marker = 7;
    });
    const points = (club: string) =>
      fan.locator('table tbody tr', { hasText: club }).first().locator('td').last().textContent();
    const before = Number(await points('Sport Región I'));
    const write = await editor();
    await fan.waitForTimeout(500);
    // Another group's result: the page stays as it is.
    expect(await write('copa-peru-2009-style-example', 'regional-region-ii-r1-m1', '5-1')).toBe(
      200,
    );
    await fan.waitForTimeout(1500);
    expect(await fan.locator('#live-status').textContent()).toBe('');
    // Its own: Sport Región I wins 3-1 at home, where it had lost 0-1.
    expect(await write('copa-peru-2009-style-example', 'regional-region-i-r1-m1', '3-1')).toBe(200);
    await expect
      .poll(async () => Number(await points('Sport Región I')), { timeout: 10_000 })
      .toBe(before + 3);
    expect(await fan.locator('#live-status').textContent()).toBe(WEB_WORDS.en.updated);
    expect(await fan.evaluate(() => (globalThis as unknown as { marker: number }).marker)).toBe(7);
    await fan.close();
  });
});

if (missing) test.skip(`skipped: ${missing}`, () => {});
