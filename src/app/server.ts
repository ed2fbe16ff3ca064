/**
 * @module The server: opens the store (SQLite by default, PostgreSQL with DATABASE_URL), migrates
 * it, loads the example editions into an empty database, creates the first admin when there is
 * none, and serves the API and the pages.
 */
import { randomBytes } from 'node:crypto';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { pino } from 'pino';
import { readEditionPath } from '#adapters/formats/edition/read-edition.ts';
import { createApp, editionId } from '#adapters/http/create-app.ts';
import { hashPassword } from '#adapters/http/credentials.ts';
import { openStore } from '#adapters/storage/open-store.ts';
import { withMatchIds } from '#core/format/match-ids.ts';
import type { EditionStore } from '#core/ports/edition-store.ts';

const EXAMPLES = fileURLToPath(new URL('../../examples/', import.meta.url));

/** Options of {@link startServer}. */
export interface StartServerOptions {
  readonly port: number;
  readonly databaseUrl?: string;
  readonly log?: (line: string) => void;
  /** Log every request as a JSON line (on by default). */
  readonly requestLog?: boolean;
  /** Travel searches that may run at once ({@link createApp}'s `searchLimit`). */
  readonly searchLimit?: number;
}

/** Loads the example editions into a store that has none. */
export async function loadExamples(
  store: EditionStore,
  log: (line: string) => void,
): Promise<void> {
  if ((await store.listEditions()).length > 0) return;
  const folders = (await readdir(EXAMPLES, { withFileTypes: true })).filter((entry) =>
    entry.isDirectory(),
  );
  const editions = [];
  for (const folder of folders.sort((a, b) => a.name.localeCompare(b.name))) {
    const { edition } = await readEditionPath(join(EXAMPLES, folder.name));
    editions.push({ id: editionId(edition), format: withMatchIds(edition) });
  }
  await store.importEditions(editions, 'torneo (examples)');
  log(
    `Loaded ${editions.length} example editions: ${editions.map((edition) => edition.id).join(', ')}`,
  );
}

/**
 * Creates the first admin when there is no user: named by TORNEO_ADMIN_NAME ("admin"), with the
 * password of TORNEO_ADMIN_PASSWORD, or else a new random one that the caller shows once — so
 * that `npm start` on a fresh machine gives someone who can sign in and edit.
 */
export async function createFirstAdmin(
  store: EditionStore,
  log: (line: string) => void,
): Promise<{ readonly name: string; readonly password: string } | undefined> {
  if ((await store.countUsers()) > 0) return undefined;
  const name = process.env.TORNEO_ADMIN_NAME ?? 'admin';
  const given = process.env.TORNEO_ADMIN_PASSWORD;
  const password = given ?? randomBytes(15).toString('base64url');
  await store.createUser({ name, role: 'admin', competitions: [] }, await hashPassword(password));
  if (given) {
    log(`Created the admin "${name}" from TORNEO_ADMIN_PASSWORD`);
    return undefined;
  }
  return { name, password };
}

/** Starts the server; resolves once it listens, with a function that stops it. */
export async function startServer(
  options: StartServerOptions,
): Promise<{ url: string; close: () => Promise<void> }> {
  const log = options.log ?? ((line: string) => process.stdout.write(`${line}\n`));
  const store = await openStore(options.databaseUrl);
  await loadExamples(store, log);
  const firstAdmin = await createFirstAdmin(store, log);
  // One JSON line per request and per unexpected error: never a header, a body or a secret.
  const logger = pino({
    base: null,
    level: process.env.LOG_LEVEL ?? 'info',
    enabled: options.requestLog ?? true,
  });
  const app = createApp({
    store,
    ...(options.searchLimit ? { searchLimit: options.searchLimit } : {}),
    log: (entry) => logger.info(entry, 'request'),
    onUnexpected: (error) =>
      logger.error(
        { error: error instanceof Error ? error.message : String(error) },
        'unexpected error',
      ),
  });
  return new Promise((resolve) => {
    const server = serve({ fetch: app.fetch, port: options.port }, (info) => {
      const url = `http://localhost:${info.port}`;
      if (firstAdmin) {
        log(
          `First start: sign in at ${url}/sign-in as "${firstAdmin.name}" with the password ${firstAdmin.password} (shown this once; set TORNEO_ADMIN_PASSWORD before a first start to choose it, add people with \`npm run -s torneo -- user add\`)`,
        );
      }
      resolve({
        url,
        close: async () => {
          await new Promise<void>((done) => server.close(() => done()));
          await store.close();
        },
      });
    });
  });
}
