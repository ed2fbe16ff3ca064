/**
 * @module Debian's Chromium for end-to-end tests, driven by playwright-core (never a downloaded
 * browser). Where Chromium is missing the suites say they were skipped and why; under CI they must
 * run (`.ci/run` installs Chromium first).
 */
import { access, constants, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, chromium } from 'playwright-core';
import { startServer } from '../../src/app/server.ts';

/** Where Chromium is: CHROMIUM_PATH, else Debian's /usr/bin/chromium. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The flags every run uses: headless, no sandbox, nothing fetched from the network. */
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Why Chromium cannot be used here, or undefined when it can. */
export async function chromiumMissing(): Promise<string | undefined> {
  try {
    await access(CHROMIUM_PATH, constants.X_OK);
    return undefined;
  } catch {
    return `no Chromium at ${CHROMIUM_PATH} (apt-get install -y chromium, or set CHROMIUM_PATH)`;
  }
}

/** Launches Chromium headless with the project's flags. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: FLAGS, headless: true });
}

/** A phone-sized and a desktop window, as the pages must work in both. */
export const WINDOWS = [
  { name: 'phone', viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true },
  { name: 'desktop', viewport: { width: 1280, height: 800 }, isMobile: false, hasTouch: false },
] as const;

/**
 * A server on a fresh SQLite database with the examples, whose first admin has `password`, and
 * Chromium: what every end-to-end suite starts from. `close` stops both.
 */
export async function startSite(password: string): Promise<{
  readonly url: string;
  readonly browser: Browser;
  readonly close: () => Promise<void>;
}> {
  const folder = await mkdtemp(join(tmpdir(), 'torneo-e2e-'));
  process.env.TORNEO_ADMIN_PASSWORD = password;
  let server: Awaited<ReturnType<typeof startServer>>;
  try {
    server = await startServer({
      port: 0,
      databaseUrl: `sqlite:${join(folder, 'torneo.db')}`,
      log: () => {},
      requestLog: false,
      // One travel search at a time, whatever the machine's cores.
      searchLimit: 1,
    });
  } finally {
    delete process.env.TORNEO_ADMIN_PASSWORD;
  }
  const browser = await launchChromium();
  return {
    url: server.url,
    browser,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}
