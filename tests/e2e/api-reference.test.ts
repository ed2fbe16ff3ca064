import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startServer } from '../../src/app/server.ts';
import { chromiumMissing, launchChromium, WINDOWS } from './browser.ts';

const missing = await chromiumMissing();
if (missing && process.env.CI) {
  throw new Error(`End-to-end tests must run under CI: ${missing}`);
}
if (missing) process.stderr.write(`End-to-end tests skipped: ${missing}\n`);

describe.skipIf(missing !== undefined)('in a real browser (Debian Chromium)', () => {
  let server: Awaited<ReturnType<typeof startServer>>;
  let browser: Awaited<ReturnType<typeof launchChromium>>;
  beforeAll(async () => {
    const folder = await mkdtemp(join(tmpdir(), 'torneo-e2e-'));
    server = await startServer({
      port: 0,
      databaseUrl: `sqlite:${join(folder, 'torneo.db')}`,
      log: () => {},
      requestLog: false,
    });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  test.each(WINDOWS)(
    'a developer opens the API reference in a $name window and finds the draw and the fixtures',
    async ({ viewport, isMobile, hasTouch }) => {
      const context = await browser.newContext({ viewport, isMobile, hasTouch });
      const page = await context.newPage();
      await page.goto(`${server.url}/api/docs`);
      expect(await page.title()).toBe('Torneo API');
      const paths = await page.locator('tbody tr td:nth-child(2)').allTextContents();
      expect(paths).toContain('/api/editions/{id}/draw');
      expect(paths).toContain('/api/editions/{id}/fixtures');
      const state = await (
        await page.request.get(`${server.url}/api/editions/copa-peru-1993`)
      ).json();
      expect(state.champion).toBe('Aurich-Cañaña');
      await context.close();
    },
  );
});

if (missing) test.skip(`skipped: ${missing}`, () => {});
