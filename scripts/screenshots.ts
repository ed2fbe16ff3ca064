/**
 * @module Screenshots of the main pages for the README (`npm run screenshots`): the server on a
 * fresh database with the examples, Debian's Chromium, a phone-sized and a desktop window.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromiumMissing, startSite } from '../tests/e2e/browser.ts';

const missing = await chromiumMissing();
if (missing) {
  process.stderr.write(`screenshots: ${missing}\n`);
  process.exit(2);
}
const password = 'screenshots only, a throwaway database';
const server = await startSite(password);
const { browser } = server;
const out = fileURLToPath(new URL('../docs/screenshots/', import.meta.url));
const shots = [
  {
    file: 'edition-es-phone.png',
    path: '/editions/copa-peru-1993?lang=es',
    viewport: { width: 360, height: 740 },
    at: '#stage-final',
  },
  {
    file: 'edition-en-desktop.png',
    path: '/editions/copa-peru-1993?lang=en',
    viewport: { width: 1280, height: 800 },
    at: '#stage-final',
  },
  {
    file: 'edition-2019-style-es-desktop.png',
    path: '/editions/copa-peru-2019-style-example?lang=es',
    viewport: { width: 1280, height: 800 },
    at: 'h2:nth-of-type(3)',
  },
  {
    file: 'map-2009-style-es-desktop.png',
    path: '/editions/copa-peru-2009-style-example?lang=es',
    viewport: { width: 1280, height: 900 },
    at: '#stage-regional ~ details.map-of-stage',
  },
  {
    file: 'group-2009-style-es-phone.png',
    path: '/editions/copa-peru-2009-style-example/stages/regional/groups/region-i?lang=es',
    viewport: { width: 360, height: 740 },
  },
  { file: 'home-es-phone.png', path: '/?lang=es', viewport: { width: 360, height: 740 } },
];
try {
  for (const shot of shots) {
    const page = await browser.newPage({ viewport: shot.viewport });
    await page.goto(`${server.url}${shot.path}`);
    if (shot.at) await page.locator(shot.at).first().scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(out, shot.file) });
    await page.close();
    process.stdout.write(`wrote docs/screenshots/${shot.file}\n`);
  }
  // The editor's page, signed in, a score typed and not saved yet: the table already shows it.
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${server.url}/sign-in?lang=es&next=/editions/copa-peru-1993/edit`);
  await page.fill('input[name=name]', 'admin');
  await page.fill('input[name=password]', password);
  await page.click('form[action="/sign-in"] button[type=submit]');
  await page.waitForURL(/\/edit$/);
  const input = page.locator('input.score[data-match="final-r1-m1"]');
  await input.fill('3-1');
  await page.locator('.preview.previewing').waitFor();
  await page.locator('#edit-final h2').scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(out, 'editor-es-desktop.png') });
  await page.close();
  process.stdout.write('wrote docs/screenshots/editor-es-desktop.png\n');
} finally {
  await server.close();
}
