import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from './src/app/server.ts';
import { launchChromium } from './tests/e2e/browser.ts';

const folder = await mkdtemp(join(tmpdir(), 'torneo-shots-'));
const server = await startServer({
  port: 0,
  databaseUrl: `sqlite:${join(folder, 'torneo.db')}`,
  log: () => {},
  requestLog: false,
});
const browser = await launchChromium();
const page = await browser.newPage({ viewport: { width: 1100, height: 1000 } });
page.on('pageerror', (e) => console.log('pageerror', e.message));
const t0 = Date.now();
await page.goto(`${server.url}/editions/copa-peru-1993?asOf=3&lang=es`);
await page.locator('table.forecast').waitFor({ timeout: 20000 });
console.log('forecast in', Date.now() - t0, 'ms');
await page.screenshot({ path: '/tmp/fc.png' });
await browser.close();
await server.close();
