/**
 * @module Server and storage benchmarks, run by `npm run bench` after the engine's: table reads
 * under load from a second process (the server runs as a child process, autocannon here) while a
 * result is written every second, on SQLite and on PostgreSQL side by side; and a federation-scale
 * import (2,300 leagues of 8–16 clubs, full double round robins) into each. Nothing here asserts
 * on time.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import pg from 'pg';
import { openStore } from '#adapters/storage/open-store.ts';
import type { EditionFormat } from '#core/format/edition-format.ts';
import { resolveRulePreset } from '#core/rules/rule-preset.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const LEAGUES = Number(process.env.BENCH_LEAGUES ?? 2300);
const PG_BASE = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const PASSWORD = 'bench password, not a secret';

async function postgresUrl(): Promise<string | undefined> {
  const client = new pg.Client({ connectionString: PG_BASE, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    const schema = `torneo_bench_${randomUUID().replace(/-/g, '')}`;
    await client.query(`create schema ${schema}`);
    return `${PG_BASE}?options=${encodeURIComponent(`-c search_path=${schema}`)}`;
  } catch {
    return undefined;
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function dropBenchSchemas(): Promise<void> {
  const client = new pg.Client({ connectionString: PG_BASE });
  try {
    await client.connect();
    const { rows } = await client.query<{ name: string }>(
      "select schema_name as name from information_schema.schemata where schema_name like 'torneo_bench_%'",
    );
    for (const row of rows) await client.query(`drop schema ${row.name} cascade`);
  } catch {
    // No server: nothing to drop.
  } finally {
    await client.end().catch(() => undefined);
  }
}

function startChild(databaseUrl: string, port: number): Promise<ChildProcess> {
  const child = spawn(
    process.execPath,
    [join(ROOT, 'bin/torneo.js'), 'start', '--port', String(port)],
    {
      cwd: ROOT,
      env: {
        ...process.env,
        DATABASE_URL: databaseUrl,
        TORNEO_ADMIN_PASSWORD: PASSWORD,
        LOG_LEVEL: 'silent',
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout?.on('data', (chunk) => {
      output += String(chunk);
      if (output.includes('Torneo is running')) resolve(child);
    });
    child.on('exit', (code) =>
      reject(new Error(`the server stopped with code ${code}: ${output}`)),
    );
  });
}

/** Signs in as the bench's admin and writes a result every second until stopped. */
async function writeEverySecond(
  base: string,
  edition: string,
): Promise<{ stop: () => Promise<number> }> {
  const login = await fetch(`${base}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name: 'admin', password: PASSWORD }),
  });
  const { csrf } = (await login.json()) as { csrf: string };
  const cookie = login.headers.get('set-cookie')?.split(';')[0] ?? '';
  const matches = (await (await fetch(`${base}/api/editions/${edition}/matches`)).json()) as {
    id: string;
  }[];
  let writes = 0;
  let running = true;
  const loop = (async () => {
    let i = 0;
    while (running) {
      const { version } = (await (await fetch(`${base}/api/editions/${edition}`)).json()) as {
        version: number;
      };
      const match = matches[i % matches.length];
      i += 1;
      const response = await fetch(`${base}/api/editions/${edition}/matches/${match?.id}`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrf },
        body: JSON.stringify({ version, score: `${i % 4}-${i % 3}` }),
      });
      if (response.ok) writes += 1;
      await new Promise((done) => setTimeout(done, 1000));
    }
  })();
  return {
    stop: async () => {
      running = false;
      await loop;
      return writes;
    },
  };
}

async function readsUnderLoad(
  label: string,
  databaseUrl: string,
  port: number,
): Promise<{ rps: number; p99: number }> {
  const child = await startChild(databaseUrl, port);
  const base = `http://127.0.0.1:${port}`;
  const edition = 'copa-peru-2019-style-example';
  try {
    const writer = await writeEverySecond(base, edition);
    const result = await autocannon({
      url: `${base}/api/editions/${edition}/tables`,
      connections: 20,
      duration: SECONDS,
    });
    const writes = await writer.stop();
    console.log(
      `  ${label.padEnd(12)} ${result.requests.average.toFixed(0).padStart(7)} req/s   p99 ${String(result.latency.p99).padStart(4)} ms   (${writes} results written meanwhile)`,
    );
    return { rps: result.requests.average, p99: result.latency.p99 };
  } finally {
    child.kill();
  }
}

/** A made-up league: a double round robin of `size` clubs with random scores. */
function makeLeague(index: number, size: number, random: () => number): EditionFormat {
  const clubs = Array.from({ length: size }, (_, i) => ({
    id: `l${index}-c${i + 1}`,
    name: `Club ${i + 1} of league ${index}`,
  }));
  const rounds = [];
  for (let r = 0; r < 2 * (size - 1); r += 1) {
    const matches = [];
    for (let i = 0; i < size / 2; i += 1) {
      const a = clubs[(r + i) % size];
      const b = clubs[(r + size - 1 - i) % size];
      if (!a || !b || a === b) continue;
      const [home, away] = r % 2 === 0 ? [a, b] : [b, a];
      matches.push({
        home: home.id,
        away: away.id,
        status: 'played' as const,
        score: { home: Math.floor(random() * 4), away: Math.floor(random() * 3) },
      });
    }
    rounds.push({ name: `Round ${r + 1}`, matches });
  }
  return {
    competition: `Liga Distrital ${index}`,
    edition: '2026',
    sources: [],
    rules: resolveRulePreset('copa-peru', { season: 2026 }),
    clubs,
    stages: [
      {
        id: 'league',
        name: 'League',
        kind: 'league',
        entrants: clubs.map((club) => ({ kind: 'club' as const, club: club.id })),
        rounds,
        outcomes: [{ positions: [1, 2], outcome: 'qualified' }],
      },
    ],
    rulings: [],
  };
}

async function federationImport(label: string, databaseUrl: string): Promise<number> {
  let state = 2026;
  const random = () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
  const leagues = Array.from({ length: LEAGUES }, (_, i) => ({
    id: `liga-distrital-${i + 1}-2026`,
    format: makeLeague(i + 1, 8 + Math.floor(random() * 9), random),
  }));
  const matches = leagues.reduce(
    (sum, league) =>
      sum +
      (league.format.stages[0]?.kind === 'league'
        ? league.format.stages[0].rounds.reduce((n, round) => n + round.matches.length, 0)
        : 0),
    0,
  );
  const store = await openStore(databaseUrl);
  const start = performance.now();
  try {
    await store.importEditions(leagues, 'bench');
  } finally {
    await store.close();
  }
  const seconds = (performance.now() - start) / 1000;
  console.log(
    `  ${label.padEnd(12)} ${LEAGUES} leagues, ${matches} matches in ${seconds.toFixed(1)} s; peak resident memory ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB`,
  );
  return seconds;
}

/**
 * The pages every fan opens, over a federation's editions: the home page (every competition, the
 * latest results) and a club's page. The first of each reads every edition once; the rest check
 * the editions' versions in one query. Gives the home pages served a second.
 */
async function federationReads(label: string, databaseUrl: string, port: number): Promise<number> {
  const child = await startChild(databaseUrl, port);
  const base = `http://127.0.0.1:${port}`;
  try {
    // As a browser asks: gzipped.
    const headers = { 'accept-encoding': 'gzip' };
    const first = async (path: string) => {
      const start = performance.now();
      await (await fetch(`${base}${path}`, { headers })).arrayBuffer();
      return performance.now() - start;
    };
    const club = '/clubs/l5-c1';
    const [homeCold, clubCold] = [await first('/'), await first(club)];
    const home = await autocannon({ url: `${base}/`, connections: 20, duration: SECONDS, headers });
    const clubs = await autocannon({
      url: `${base}${club}`,
      connections: 20,
      duration: SECONDS,
      headers,
    });
    const kib = (result: autocannon.Result) =>
      (result.throughput.total / Math.max(result.requests.total, 1) / 1024).toFixed(0);
    console.log(
      `  ${label.padEnd(12)} home ${home.requests.average.toFixed(0).padStart(5)} req/s, p99 ${String(home.latency.p99).padStart(4)} ms, ${kib(home)} KiB (first ${homeCold.toFixed(0)} ms); a club ${clubs.requests.average.toFixed(0).padStart(5)} req/s, p99 ${String(clubs.latency.p99).padStart(4)} ms (first ${clubCold.toFixed(0)} ms)`,
    );
    return home.requests.average;
  } finally {
    child.kill();
  }
}

const folder = await mkdtemp(join(tmpdir(), 'torneo-bench-'));
const sqlite = `sqlite:${join(folder, 'reads.db')}`;
const postgres = await postgresUrl();

console.log('');
console.log(
  `Table reads under load (autocannon, 20 connections, ${SECONDS} s; a result written every second)`,
);
const onSqlite = await readsUnderLoad('SQLite', sqlite, 3301);
if (postgres) {
  const onPostgres = await readsUnderLoad('PostgreSQL', postgres, 3302);
  console.log(
    `  ratio        SQLite serves ${(onSqlite.rps / onPostgres.rps).toFixed(2)}x the reads of PostgreSQL`,
  );
} else {
  console.log(`  PostgreSQL   skipped: no server at ${PG_BASE}`);
}

console.log('');
console.log('Federation-scale import (one transaction)');
const federationSqlite = `sqlite:${join(folder, 'federation.db')}`;
const sqliteImport = await federationImport('SQLite', federationSqlite);
const postgresForImport = await postgresUrl();
if (postgresForImport) {
  const postgresImport = await federationImport('PostgreSQL', postgresForImport);
  console.log(
    `  ratio        SQLite imports ${(postgresImport / sqliteImport).toFixed(2)}x as fast as PostgreSQL`,
  );
}

console.log('');
console.log(
  `Public pages over the federation (${LEAGUES} editions; autocannon, 20 connections, ${SECONDS} s each)`,
);
const homeOnSqlite = await federationReads('SQLite', federationSqlite, 3303);
if (postgresForImport) {
  const homeOnPostgres = await federationReads('PostgreSQL', postgresForImport, 3304);
  console.log(
    `  ratio        SQLite serves ${(homeOnSqlite / homeOnPostgres).toFixed(2)}x the home pages of PostgreSQL`,
  );
}
await dropBenchSchemas();
