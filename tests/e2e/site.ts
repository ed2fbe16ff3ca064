import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { startSite } from './browser.ts';

/** How long a suite's site and browser may take to start or to stop. */
const siteStartup = 60_000;

/**
 * A fresh site and Chromium for one suite: started before its tests, stopped after. The handle's
 * `url` and `browser` are there once the suite's tests run.
 */
export function useSite(password: string): { url: string; browser: Browser } {
  const handle = {} as { url: string; browser: Browser };
  let close: (() => Promise<void>) | undefined;
  // Starting a server with its examples and a browser, while other suites fill both cores, once
  // took longer than a hook's 10 s by default (a fresh clone's CI run): a test's minute instead.
  beforeAll(async () => {
    const site = await startSite(password);
    handle.url = site.url;
    handle.browser = site.browser;
    close = site.close;
  }, siteStartup);
  afterAll(async () => {
    await close?.();
  }, siteStartup);
  return handle;
}
