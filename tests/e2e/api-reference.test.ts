import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { chromiumMissing, startSite, WINDOWS } from './browser.ts';

const missing = await chromiumMissing();
if (missing && process.env.CI) {
  throw new Error(`End-to-end tests must run under CI: ${missing}`);
}
if (missing) process.stderr.write(`End-to-end tests skipped: ${missing}\n`);

describe.skipIf(missing !== undefined)('in a real browser (Debian Chromium)', () => {
  let site: Awaited<ReturnType<typeof startSite>>;
  let server: { readonly url: string };
  let browser: Awaited<ReturnType<typeof startSite>>['browser'];
  beforeAll(async () => {
    site = await startSite('an admin the reference does not need');
    server = site;
    browser = site.browser;
  });
  afterAll(async () => {
    await site?.close();
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
