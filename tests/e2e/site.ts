import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { startSite } from './browser.ts';

/**
 * A fresh site and Chromium for one suite: started before its tests, stopped after. The handle's
 * `url` and `browser` are there once the suite's tests run.
 */
export function useSite(password: string): { url: string; browser: Browser } {
  const handle = {} as { url: string; browser: Browser };
  let close: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    const site = await startSite(password);
    handle.url = site.url;
    handle.browser = site.browser;
    close = site.close;
  });
  afterAll(async () => {
    await close?.();
  });
  return handle;
}
