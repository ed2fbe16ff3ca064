import { describe, expect, test } from 'vitest';
import { chromiumMissing, WINDOWS } from './browser.ts';
import { useSite } from './site.ts';

const missing = await chromiumMissing();
if (missing && process.env.CI) {
  throw new Error(`End-to-end tests must run under CI: ${missing}`);
}
if (missing) process.stderr.write(`End-to-end tests skipped: ${missing}\n`);

describe.skipIf(missing !== undefined)('in a real browser (Debian Chromium)', () => {
  const site = useSite('an admin the reference does not need');

  test.each(WINDOWS)(
    'a developer opens the API reference in a $name window and finds the draw and the fixtures',
    async ({ viewport, isMobile, hasTouch }) => {
      const context = await site.browser.newContext({ viewport, isMobile, hasTouch });
      const page = await context.newPage();
      await page.goto(`${site.url}/api/docs`);
      expect(await page.title()).toBe('Torneo API');
      const paths = await page.locator('tbody tr td:nth-child(2)').allTextContents();
      expect(paths).toContain('/api/editions/{id}/draw');
      expect(paths).toContain('/api/editions/{id}/fixtures');
      const state = await (
        await page.request.get(`${site.url}/api/editions/copa-peru-1993`)
      ).json();
      expect(state.champion).toBe('Aurich-Cañaña');
      await context.close();
    },
  );
});

if (missing) test.skip(`skipped: ${missing}`, () => {});
