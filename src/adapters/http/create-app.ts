import { availableParallelism } from 'node:os';
import { type Context, Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { compress } from 'hono/compress';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { secureHeaders } from 'hono/secure-headers';
import { streamSSE } from 'hono/streaming';
import type { z } from 'zod';
import { evenSizes } from '#core/draw/group-by-distance.ts';
import {
  AccessError,
  ConflictError,
  InputError,
  type Issue,
  makeIssue,
  NotFoundError,
  RuleError,
} from '#core/errors.ts';
import { planFixtures, roundsToFormat } from '#core/fixtures/plan-fixtures.ts';
import type { ForecastResult } from '#core/forecast/forecast.ts';
import type { Needs } from '#core/forecast/needs.ts';
import {
  findClub,
  mergeClubs,
  resolveClubReferences,
  splitClub,
} from '#core/format/club-identity.ts';
import type { EditionFormat } from '#core/format/edition-format.ts';
import { buildEditionFromPreset } from '#core/format/edition-presets.ts';
import type { EditionState } from '#core/format/edition-state.ts';
import { localizeEdition } from '#core/format/localize-edition.ts';
import { changeMatch, listMatches, withMatchIds } from '#core/format/match-ids.ts';
import { runEdition } from '#core/format/run-edition.ts';
import { topScorers } from '#core/format/top-scorers.ts';
import type { Club } from '#core/model/club.ts';
import type { RuleSet } from '#core/model/rule-set.ts';
import type { EditionStore, StoredEdition, User } from '#core/ports/edition-store.ts';
import { nameKey } from '#core/records/club-names.ts';
import { rulesForRecord } from '#core/records/record-rules.ts';
import { recordToEdition } from '#core/records/record-to-edition.ts';
import { resolveRulePreset } from '#core/rules/rule-preset.ts';
import type { AsOf } from '#core/standings/apply-rulings.ts';
import type { Language } from '#core/standings/tiebreaker-values.ts';
import { clubNeeds, forecastEdition } from '../forecast/run-forecast.ts';
import { distancePairsOfCsv, withDistancePairs } from '../formats/draw/distance-overrides.ts';
import { drawInputOfEdition } from '../formats/draw/read-draw-input.ts';
import { editionJson } from '../formats/edition/edition-json.ts';
import { parseEdition } from '../formats/edition/read-edition.ts';
import { renderIcs } from '../formats/ics/render-ics.ts';
import { checkedParse } from '../formats/json/checked-parse.ts';
import { parseSeasonText, SEASON_FORMATS, type SeasonFormat } from '../formats/read-season-file.ts';
import { checkHosts, placeNamed } from '../places/place-named.ts';
import { drawGroups } from '../solvers/draw-groups.ts';
import { scheduleOnWorkers } from '../solvers/parallel-schedule.ts';
import { forecastSection } from '../web/forecast-section.ts';
import {
  clubPage,
  editionPage,
  groupPage,
  homePage,
  type LatestResult,
  listsGroups,
  notFoundPage,
  stagePage,
} from '../web/pages.ts';
import { groupHistory, type PositionHistory, positionHistories } from '../web/position-chart.ts';
import { type StageMap, stageMaps } from '../web/stage-maps.ts';
import { pickLanguage } from '../web/web-words.ts';
import {
  ClubBodySchema,
  DrawBodySchema,
  FixturesBodySchema,
  LoginBodySchema,
  MergeBodySchema,
  PresetBodySchema,
  ResultBodySchema,
  RulingBodySchema,
  SplitBodySchema,
} from './body-schemas.ts';
import { checkPassword, hashToken, mayWrite, newToken } from './credentials.ts';
import { type EditionEvent, LiveEvents } from './live-events.ts';
import { dropUndefinedKeys, withResult } from './match-result.ts';
import { OPENAPI, referencePage } from './openapi.ts';
import { addWorkspaceRoutes } from './workspace-routes.ts';

/** What the app needs: the store, and the live-events bus (one per process). */
export interface CreateAppOptions {
  readonly store: EditionStore;
  readonly events?: LiveEvents;
  /** Sessions last this long. */
  readonly sessionHours?: number;
  /** Where a line per request goes (method, path, status, time); never headers, bodies or queries. */
  readonly log?: (entry: RequestLogEntry) => void;
  /** What to do with an error nobody expected (log it); the client gets a plain 500. */
  readonly onUnexpected?: (error: unknown) => void;
  /**
   * Travel searches (`POST …/fixtures` with `travel`) that may run at once, each on a core of its
   * own; one more is refused with 503 and when to try again. Default: the cores but one, at
   * least one, so that the server keeps a core to answer readers.
   */
  readonly searchLimit?: number;
  /**
   * Draws that HiGHS proves (`POST …/draw`, and the workspace's draw) run one after another on
   * its one worker: a draw that would wait longer than this many seconds behind the others (by
   * their time limits) is refused with 503 and when to try again. Default: 30, the longest draw
   * one may ask for.
   */
  readonly proofWaitSeconds?: number;
}

/** A request the server has no room for now: answered 503 with `Retry-After`. */
class BusyError extends Error {
  constructor(
    message: string,
    /** Seconds after which the client may try again. */
    readonly retryAfter: number,
  ) {
    super(message);
  }
}

/** What the request log keeps of a request: nothing secret. */
export interface RequestLogEntry {
  readonly method: string;
  readonly path: string;
  readonly status: number;
  readonly ms: number;
  readonly user?: string;
}

type Env = { Variables: { user: User | null; viaCookie: boolean; csrf: string | null } };

const SESSION_COOKIE = 'torneo_session';
const LANGUAGE_COOKIE = 'torneo_lang';
/**
 * Edition pages kept made at once (about 70 KB each for an edition of the examples' size), and
 * editions' maps and charts.
 */
const KEPT_PAGES = 200;
/**
 * Groups of a stage that a forecast the server makes plays at most: 50 leagues of 8 clubs with a
 * round to play took 9 s on two workers (100 took 24 s).
 */
const FORECAST_GROUPS = 50;
/** Editions' states kept at once, for the pages of stages and groups. */
const KEPT_STATES = 16;

/** Sets `key` as the most recent entry of `kept`, dropping the oldest beyond `limit`. */
function keepRecent<V>(kept: Map<string, V>, key: string, value: V, limit: number): void {
  kept.delete(key);
  kept.set(key, value);
  for (const oldest of kept.keys()) {
    if (kept.size <= limit) break;
    kept.delete(oldest);
  }
}

/**
 * The HTTP API: public reads of editions, tables, matches and clubs; writes for signed-in users
 * with the right role (an admin, or an editor of the edition's competition); live updates over
 * Server-Sent Events. Every body is checked at the door and answered with every problem and its
 * path; no stack trace ever leaves the server.
 */
export function createApp(options: CreateAppOptions): Hono<Env> {
  const { store } = options;
  const events = options.events ?? new LiveEvents();
  const sessionHours = options.sessionHours ?? 12;
  const cache = new Map<string, { version: number; body: unknown }>();
  const attempts = new Map<string, number[]>();
  const pageExtras = new Map<
    string,
    { version: number; maps: StageMap[]; histories: PositionHistory[] }
  >();
  // Edition pages as they stand, by edition and language, the most recently read kept: a crawler
  // reading a federation's thousands of editions must not keep every page in memory.
  const keptPages = new Map<string, { version: number; page: string }>();
  const editionStates = new Map<
    string,
    { version: number; format: EditionFormat; state: EditionState }
  >();
  const latestByEdition = new Map<string, { version: number; results: LatestResult[] }>();
  const homePages = new Map<string, { signature: string; page: string }>();
  // Which clubs each edition holds, by version: a club's page reads only the editions it played.
  const clubsByEdition = new Map<string, { version: number; clubs: ReadonlySet<string> }>();
  const app = new Hono<Env>();

  app.use('*', secureHeaders());
  // Pages and JSON gzipped for whoever asks (a fan's phone on a mobile network): a federation's
  // home page goes from about 300 KB to a tenth of that. Live events stream as they are.
  app.use('*', compress());
  const log = options.log;
  if (log) {
    app.use('*', async (c, next) => {
      const started = performance.now();
      await next();
      const user = c.get('user')?.name;
      log({
        method: c.req.method,
        path: c.req.path,
        status: c.res.status,
        ms: Math.round(performance.now() - started),
        ...(user ? { user } : {}),
      });
    });
  }
  app.use(
    '/api/*',
    bodyLimit({
      maxSize: 5 * 1024 * 1024,
      onError: (c) => c.json({ error: 'The request body is larger than 5 MiB' }, 413),
    }),
  );
  app.use('*', async (c, next) => {
    c.set('user', null);
    c.set('viaCookie', false);
    c.set('csrf', null);
    const bearer = /^Bearer\s+(\S+)$/i.exec(c.req.header('authorization') ?? '')?.[1];
    const cookie = getCookie(c, SESSION_COOKIE);
    const token = bearer ?? cookie;
    if (token) {
      const credential = await store.findCredential(hashToken(token));
      if (credential) {
        c.set('user', credential.user);
        c.set('viaCookie', bearer === undefined);
        c.set('csrf', credential.csrf);
      }
    }
    await next();
  });

  app.onError((error, c) => {
    if (error instanceof InputError)
      return c.json({ error: 'Invalid request', issues: error.issues }, 400);
    if (error instanceof NotFoundError) return c.json({ error: error.message }, 404);
    if (error instanceof ConflictError)
      return c.json({ error: error.message, currentVersion: error.current }, 409);
    if (error instanceof AccessError) return c.json({ error: error.message }, error.status);
    if (error instanceof RuleError) return c.json({ error: error.message }, 422);
    if (error instanceof BusyError) {
      c.header('Retry-After', String(error.retryAfter));
      return c.json({ error: error.message, retryAfter: error.retryAfter }, 503);
    }
    options.onUnexpected?.(error);
    return c.json({ error: 'Something went wrong on the server; it has been logged' }, 500);
  });
  app.notFound((c) => c.json({ error: `No route for ${c.req.method} ${c.req.path}` }, 404));

  const editionOr404 = async (id: string): Promise<StoredEdition> => {
    const stored = await store.getEdition(id);
    if (!stored) throw new NotFoundError('edition', id, { hint: 'see GET /api/editions' });
    return stored;
  };
  /**
   * A read computed once per version of its edition (and as-of moment), then served from memory
   * as ready JSON: a read costs a version lookup while nothing changes.
   */
  const cachedJson = async (
    id: string,
    view: string,
    build: (stored: StoredEdition) => unknown,
  ): Promise<string> => {
    const cached = cache.get(`${id}#${view}`);
    if (cached && cached.version === (await store.editionVersion(id))) return cached.body as string;
    const stored = await editionOr404(id);
    const text = JSON.stringify(build(stored));
    cache.set(`${id}#${view}`, { version: stored.version, body: text });
    return text;
  };
  /**
   * An edition as it stands in a language, with its state: made once per version, the most
   * recently read kept (a stage's list and a group's page are read far more often than written).
   */
  const editionState = async (
    id: string,
    language: Language,
  ): Promise<{ version: number; format: EditionFormat; state: EditionState } | undefined> => {
    const key = `${id}#${language}`;
    const kept = editionStates.get(key);
    if (kept && kept.version === (await store.editionVersion(id))) {
      keepRecent(editionStates, key, kept, KEPT_STATES);
      return kept;
    }
    const stored = await store.getEdition(id);
    if (!stored) return undefined;
    const format = localizeEdition(stored.format, language);
    const made = { version: stored.version, format, state: runEdition(format, { language }) };
    keepRecent(editionStates, key, made, KEPT_STATES);
    return made;
  };
  /** An edition's maps and charts: they cost more than its page, so kept per version and language. */
  const extrasOf = async (
    id: string,
    edition: { readonly version: number; readonly format: EditionFormat },
    language: Language,
  ): Promise<{ maps: StageMap[]; histories: PositionHistory[] }> => {
    const key = `${id}#${language}`;
    const kept = pageExtras.get(key);
    if (kept?.version === edition.version) {
      keepRecent(pageExtras, key, kept, KEPT_PAGES);
      return kept;
    }
    const made = {
      version: edition.version,
      maps: await stageMaps(edition.format),
      // A stage of many groups lists them: their charts are on the groups' own pages.
      histories: positionHistories(edition.format, language, (stage) => !listsGroups(stage)),
    };
    keepRecent(pageExtras, key, made, KEPT_PAGES);
    return made;
  };
  /** `?stage=` and `?group=`: the stage a forecast follows, and one group of it. */
  const focusQuery = (c: Context<Env>): { stage?: string; group?: string } => {
    const stage = c.req.query('stage');
    const group = c.req.query('group');
    return { ...(stage ? { stage } : {}), ...(group ? { group } : {}) };
  };
  const stateOf = (stored: StoredEdition, asOf?: AsOf) => ({
    id: stored.id,
    version: stored.version,
    ...(editionJson(stored.format, runEdition(stored.format, asOf ? { asOf } : {})) as {
      stages: { name: string; groups: unknown[] }[];
    }),
  });
  const json = (c: Context<Env>, text: string) =>
    c.body(text, 200, { 'content-type': 'application/json; charset=UTF-8' });
  const writer = (c: Context<Env>, competition: string): User => {
    const user = c.get('user');
    if (!user)
      throw new AccessError(
        401,
        'Sign in first: POST /api/session, or send an API token as "Authorization: Bearer …"',
      );
    if (c.get('viaCookie') && c.req.header('x-csrf-token') !== c.get('csrf')) {
      throw new AccessError(403, 'A browser write needs the X-CSRF-Token header given at sign-in');
    }
    if (!mayWrite(user, competition)) {
      throw new AccessError(403, `${user.name} may not write to ${competition}`);
    }
    return user;
  };
  const body = async <T>(c: Context<Env>, schema: z.ZodType<T>): Promise<T> => {
    let data: unknown;
    try {
      data = await c.req.json();
    } catch {
      throw new InputError([
        makeIssue('request body', 'body', 'a JSON document', 'text that is not JSON'),
      ]);
    }
    return checkedParse(schema, data, 'body');
  };
  const publish = (event: EditionEvent): void => {
    events.publish(event);
  };

  // The public pages: server-rendered, in the visitor's language (decision 016).
  const languageOf = (c: Context<Env>): Language => {
    const query = c.req.query('lang');
    const language = pickLanguage(
      query,
      getCookie(c, LANGUAGE_COOKIE),
      c.req.header('accept-language'),
    );
    if (query === language) {
      setCookie(c, LANGUAGE_COOKIE, language, {
        path: '/',
        sameSite: 'Lax',
        maxAge: 365 * 24 * 3600,
      });
    }
    return language;
  };
  app.get('/', async (c) => {
    const language = languageOf(c);
    const editions = await store.listEditions();
    // The page as it was made last, while no edition was added, removed or changed: with a
    // federation's thousands of editions, making it again is most of the work.
    const signature = editions.map((edition) => `${edition.id}@${edition.version}`).join(' ');
    const made = homePages.get(language);
    if (made?.signature === signature) return c.html(made.page);
    // The ten latest results with a date, across every edition; each edition's own ten are kept
    // in memory until its version changes.
    const latest: LatestResult[] = [];
    for (const edition of editions) {
      let cached = latestByEdition.get(edition.id);
      if (!cached || cached.version !== edition.version) {
        const stored = await store.getEdition(edition.id);
        if (!stored) continue;
        const nameOf = (club: string) =>
          stored.format.clubs.find((candidate) => candidate.id === club)?.name ?? club;
        const results = listMatches(stored.format)
          .flatMap(({ match }) =>
            match.status === 'scheduled' || match.date === undefined
              ? []
              : [
                  {
                    edition,
                    date: match.date,
                    home: nameOf(match.home),
                    away: nameOf(match.away),
                    match,
                  },
                ],
          )
          .sort((a, b) => b.date.localeCompare(a.date))
          .slice(0, 10);
        cached = { version: stored.version, results };
        latestByEdition.set(edition.id, cached);
      }
      latest.push(...cached.results);
    }
    latest.sort((a, b) => b.date.localeCompare(a.date));
    const page = String(await homePage(language, editions, latest.slice(0, 10)));
    homePages.set(language, { signature, page });
    return c.html(page);
  });
  app.get('/editions/:id', async (c) => {
    const language = languageOf(c);
    const id = c.req.param('id');
    // The page of an edition as it stands is kept per version and language: fans read it far more
    // often than a result lands, and a version is all it takes to know it is still right.
    const current = c.req.query('asOf') === undefined;
    const made = current ? keptPages.get(`${id}#${language}`) : undefined;
    if (made && made.version === (await store.editionVersion(id))) {
      // Read again: the last to be dropped.
      keepRecent(keptPages, `${id}#${language}`, made, KEPT_PAGES);
      return c.html(made.page);
    }
    const stored = await store.getEdition(id);
    if (!stored) return c.html(notFoundPage(language), 404);
    // The edition in the page's language: its own words where its document gives them.
    const format = localizeEdition(stored.format, language);
    // ?asOf= shows the edition as it stood after a round or on a date (a wrong one is ignored).
    let asOf: AsOf | undefined;
    try {
      asOf = asOfQuery(c);
    } catch {
      asOf = undefined;
    }
    const state = runEdition(format, { language, ...(asOf ? { asOf } : {}) });
    // A stage of many groups in play: each group's forecast is on its own page.
    const playing = state.stages.find(
      (stage) => stage.kind !== 'qualification' && stage.status === 'in progress',
    );
    const inPlay = playing !== undefined && !listsGroups(playing);
    const asOfParameter = asOf ? `&asOf=${asOf.round ?? asOf.date}` : '';
    const key = `${stored.id}#${language}`;
    const extras = await extrasOf(stored.id, { version: stored.version, format }, language);
    const page = String(
      await editionPage(language, stored.id, format, state, extras.maps, extras.histories, {
        ...(asOf ? { asOf } : {}),
        ...(inPlay
          ? { forecast: `/editions/${stored.id}/forecast?lang=${language}${asOfParameter}` }
          : {}),
      }),
    );
    if (current) keepRecent(keptPages, key, { version: stored.version, page }, KEPT_PAGES);
    return c.html(page);
  });
  // A stage of many groups lists them on a page of its own, and each group has its own.
  app.get('/editions/:id/stages/:stage', async (c) => {
    const language = languageOf(c);
    const id = c.req.param('id');
    const edition = await editionState(id, language);
    const stage = edition?.format.stages.find((candidate) => candidate.id === c.req.param('stage'));
    if (!edition || !stage) return c.html(notFoundPage(language), 404);
    if (!listsGroups(stage)) {
      return c.redirect(`/editions/${id}?lang=${language}#stage-${stage.id}`);
    }
    // A page number that is not one shows the first; the text sought is cut to a name's length.
    const page = Number.parseInt(c.req.query('page') ?? '1', 10);
    const view = {
      find: (c.req.query('find') ?? '').slice(0, 100),
      page: Number.isFinite(page) ? page : 1,
    };
    return c.html(
      stagePage(language, id, edition.format, edition.state, stage.id, view) ??
        notFoundPage(language),
    );
  });
  app.get('/editions/:id/stages/:stage/groups/:group', async (c) => {
    const language = languageOf(c);
    const id = c.req.param('id');
    const stageId = c.req.param('stage');
    const groupId = c.req.param('group');
    const edition = await editionState(id, language);
    const stage = edition?.format.stages.find((candidate) => candidate.id === stageId);
    const index = stage?.kind === 'groups' ? stage.groups.findIndex((g) => g.id === groupId) : -1;
    if (!edition || index < 0) return c.html(notFoundPage(language), 404);
    const history = groupHistory(edition.format, language, stageId, index);
    const { maps } = await extrasOf(id, edition, language);
    const map = maps.find((candidate) => candidate.stage === stageId);
    // A group with matches left has its forecast, worked out after the page has painted.
    const group = edition.state.stages.find((stage) => stage.id === stageId)?.groups[index];
    const forecast =
      group && group.pending > 0
        ? `/editions/${id}/forecast?${new URLSearchParams({ lang: language, stage: stageId, group: groupId })}`
        : undefined;
    const page = groupPage(language, id, edition.format, edition.state, stageId, groupId, {
      ...(history ? { history } : {}),
      ...(map ? { map } : {}),
      ...(forecast ? { forecast } : {}),
    });
    return page ? c.html(page) : c.html(notFoundPage(language), 404);
  });
  app.get('/editions/:id/forecast', async (c) => {
    const language = languageOf(c);
    const stored = await editionOr404(c.req.param('id'));
    // A group's page asks for its group's forecast.
    const result = await forecastOf(stored, asOfQuery(c), 2000, 1, focusQuery(c));
    if (result.matches.length === 0) return c.body(null, 204);
    const format = localizeEdition(stored.format, language);
    const names = Object.fromEntries(format.stages.map((stage) => [stage.id, stage.name]));
    const followed = format.stages.find((stage) => stage.id === result.stage);
    const localized = {
      ...result,
      ...(result.rounds && followed?.kind === 'knockout'
        ? { rounds: followed.rounds.map((round) => ({ id: round.id, name: round.name })) }
        : {}),
      clubs: result.clubs.map((club) => ({
        ...club,
        club: format.clubs.find((candidate) => candidate.id === club.clubId)?.name ?? club.club,
      })),
    };
    return c.html(forecastSection(language, localized, names));
  });
  app.get('/clubs/:id', async (c) => {
    const language = languageOf(c);
    const clubId = c.req.param('id');
    const editions = [];
    for (const summary of await store.listEditions()) {
      const known = clubsByEdition.get(summary.id);
      if (known?.version === summary.version && !known.clubs.has(clubId)) continue;
      const stored = await store.getEdition(summary.id);
      if (!stored) continue;
      clubsByEdition.set(stored.id, {
        version: stored.version,
        clubs: new Set(stored.format.clubs.map((club) => club.id)),
      });
      if (!stored.format.clubs.some((club) => club.id === clubId)) continue;
      const format = localizeEdition(stored.format, language);
      editions.push({ id: stored.id, format, state: runEdition(format, { language }) });
    }
    if (editions.length === 0) return c.html(notFoundPage(language), 404);
    return c.html(clubPage(language, clubId, editions));
  });
  app.get('/favicon.ico', (c) => c.body(null, 204));
  app.get('/api/health', (c) => c.json({ status: 'ok' }));
  app.get('/api/openapi.json', (c) => c.json(OPENAPI));
  app.get('/api/docs', (c) => c.html(referencePage()));

  app.get('/api/competitions', async (c) => {
    const byName = new Map<string, { name: string; editions: { id: string; season: string }[] }>();
    for (const edition of await store.listEditions()) {
      const entry = byName.get(edition.competition) ?? { name: edition.competition, editions: [] };
      entry.editions.push({ id: edition.id, season: edition.season });
      byName.set(edition.competition, entry);
    }
    return c.json([...byName.values()]);
  });
  app.get('/api/editions', async (c) => c.json(await store.listEditions()));
  app.get('/api/editions/:id', async (c) => {
    const asOf = asOfQuery(c);
    return json(
      c,
      await cachedJson(
        c.req.param('id'),
        `state@${asOf?.date ?? ''}/${asOf?.round ?? ''}`,
        (stored) => stateOf(stored, asOf),
      ),
    );
  });
  app.get('/api/editions/:id/tables', async (c) => {
    const asOf = asOfQuery(c);
    const text = await cachedJson(
      c.req.param('id'),
      `tables@${asOf?.date ?? ''}/${asOf?.round ?? ''}`,
      (stored) => ({
        stages: stateOf(stored, asOf).stages.map((stage) => ({
          name: stage.name,
          groups: stage.groups,
        })),
      }),
    );
    return json(c, text);
  });
  app.get('/api/editions/:id/stages', async (c) => {
    const asOf = asOfQuery(c);
    const text = await cachedJson(
      c.req.param('id'),
      `stages@${asOf?.date ?? ''}/${asOf?.round ?? ''}`,
      (stored) =>
        (
          stateOf(stored, asOf).stages as unknown as {
            name: string;
            kind: string;
            status: string;
          }[]
        ).map((stage) => ({
          name: stage.name,
          kind: stage.kind,
          status: stage.status,
        })),
    );
    return json(c, text);
  });
  app.get('/api/editions/:id/scorers', async (c) => {
    const stored = await editionOr404(c.req.param('id'));
    const nameOf = (club: string) =>
      stored.format.clubs.find((candidate) => candidate.id === club)?.name ?? club;
    return c.json(
      topScorers(stored.format).map((tally) => ({
        ...tally,
        club: nameOf(tally.club),
        clubId: tally.club,
      })),
    );
  });
  /** The other editions of the competition Torneo holds: what ratings learn from, slots read. */
  const otherFormats = async (stored: StoredEdition): Promise<EditionFormat[]> => {
    const others = (await store.listEditions()).filter(
      (edition) => edition.competition === stored.competition && edition.id !== stored.id,
    );
    return (await Promise.all(others.map((edition) => store.getEdition(edition.id)))).flatMap(
      (edition) => (edition ? [edition.format] : []),
    );
  };
  // Forecasts: computed on worker threads once per version of the edition, moment, size and seed.
  const forecasts = new Map<string, Promise<ForecastResult>>();
  const needsCache = new Map<string, Promise<Needs>>();
  const forecastOf = async (
    stored: StoredEdition,
    asOf: AsOf | undefined,
    simulations: number,
    seed: number,
    focus: { readonly stage?: string; readonly group?: string } = {},
  ) => {
    const key = `${stored.id}#${stored.version}#${asOf?.date ?? ''}/${asOf?.round ?? ''}#${simulations}#${seed}#${focus.stage ?? ''}/${focus.group ?? ''}`;
    let found = forecasts.get(key);
    if (!found) {
      // Ratings learn from every edition of the competition Torneo holds.
      const history = await otherFormats(stored);
      found = forecastEdition(stored.format, {
        ...(asOf ? { asOf } : {}),
        ...(focus.stage ? { stage: focus.stage } : {}),
        ...(focus.group ? { group: focus.group } : {}),
        // A federation's stage of thousands of leagues in play is asked for a group at a time.
        maxGroups: FORECAST_GROUPS,
        simulations,
        seed,
        workers: 2,
        history,
      });
      forecasts.set(key, found);
      found.catch(() => forecasts.delete(key));
      // Keep the latest few: a forecast is recomputed when its edition changes.
      for (const old of [...forecasts.keys()].slice(0, Math.max(0, forecasts.size - 32)))
        forecasts.delete(old);
    }
    return found;
  };
  app.get('/api/editions/:id/forecast', async (c) => {
    const stored = await editionOr404(c.req.param('id'));
    const asOf = asOfQuery(c);
    const count = (name: string, fallback: number, max: number): number => {
      const text = c.req.query(name);
      if (text === undefined) return fallback;
      if (!/^[1-9]\d*$/.test(text) || Number(text) > max) {
        throw new InputError([
          makeIssue('query', name, `a whole number from 1 to ${max}`, `"${text}"`),
        ]);
      }
      return Number(text);
    };
    return c.json(
      await forecastOf(
        stored,
        asOf,
        count('simulations', 2000, 20_000),
        count('seed', 1, 2 ** 31),
        focusQuery(c),
      ),
    );
  });
  app.get('/api/editions/:id/needs', async (c) => {
    const stored = await editionOr404(c.req.param('id'));
    const club = c.req.query('club') ?? '';
    const outcome = c.req.query('outcome') ?? 'champion';
    const found = clubOr400(stored.format, club);
    const asOf = asOfQuery(c);
    const language = c.req.query('lang') === 'es' ? 'es' : 'en';
    const key = `${stored.id}#${stored.version}#${asOf?.date ?? ''}/${asOf?.round ?? ''}#${found.id}#${outcome}#${language}`;
    let answer = needsCache.get(key);
    if (!answer) {
      answer = clubNeeds(stored.format, found.id, outcome, {
        ...(asOf ? { asOf } : {}),
        language,
      });
      needsCache.set(key, answer);
      answer.catch(() => needsCache.delete(key));
      for (const old of [...needsCache.keys()].slice(0, Math.max(0, needsCache.size - 64)))
        needsCache.delete(old);
    }
    return c.json(await answer);
  });
  app.get('/api/editions/:id/calendar.ics', async (c) => {
    const stored = await editionOr404(c.req.param('id'));
    const club = c.req.query('club');
    // A club by id or name; one the edition does not have is refused, not answered empty.
    const found = club === undefined ? undefined : clubOr400(stored.format, club);
    return c.body(renderIcs(stored.format, found ? { club: found.id } : {}), 200, {
      'content-type': 'text/calendar; charset=utf-8',
    });
  });
  app.get('/api/editions/:id/matches', async (c) => {
    const stored = await editionOr404(c.req.param('id'));
    const nameOf = (club: string) =>
      stored.format.clubs.find((candidate) => candidate.id === club)?.name ?? club;
    return c.json(
      listMatches(stored.format).map(({ id, stage, where, match }) => ({
        id,
        stage,
        where,
        ...match,
        home: nameOf(match.home),
        away: nameOf(match.away),
        homeId: match.home,
        awayId: match.away,
      })),
    );
  });
  app.get('/api/editions/:id/clubs', async (c) =>
    c.json((await editionOr404(c.req.param('id'))).format.clubs),
  );
  app.get('/api/editions/:id/events', async (c) => {
    const stored = await editionOr404(c.req.param('id'));
    return streamSSE(c, async (stream) => {
      await stream.writeSSE({
        event: 'hello',
        data: JSON.stringify({ editionId: stored.id, version: stored.version }),
      });
      let closed = false;
      const unsubscribe = events.subscribe(stored.id, (event) => {
        void stream.writeSSE({ event: event.type, data: JSON.stringify(event) });
      });
      stream.onAbort(() => {
        closed = true;
        unsubscribe();
      });
      while (!closed)
        await stream
          .sleep(15_000)
          .then(() => (closed ? undefined : stream.writeSSE({ event: 'ping', data: '{}' })));
    });
  });

  /** Signs a user in: a session cookie, and the token browser writes must echo. */
  const startSession = async (
    c: Context<Env>,
    name: string,
    password: string,
  ): Promise<
    | { readonly user: User; readonly csrf: string }
    | { readonly status: 401 | 429; readonly error: string }
  > => {
    const key = `${c.req.header('x-forwarded-for') ?? 'local'}:${nameKey(name)}`;
    const now = Date.now();
    const recent = (attempts.get(key) ?? []).filter((at) => now - at < 60_000);
    if (recent.length >= 5)
      return { status: 429, error: 'Too many sign-in attempts; wait a minute' };
    attempts.set(key, [...recent, now]);
    const user = await store.findUser(name);
    if (!user || !(await checkPassword(password, user.passwordHash))) {
      return { status: 401, error: 'Unknown name or wrong password' };
    }
    attempts.delete(key);
    const { token, tokenHash } = newToken();
    const csrf = newToken().token;
    await store.saveCredential({
      tokenHash,
      userId: user.id,
      kind: 'session',
      csrf,
      expiresAt: new Date(now + sessionHours * 3_600_000).toISOString(),
    });
    const secure =
      new URL(c.req.url).protocol === 'https:' || c.req.header('x-forwarded-proto') === 'https';
    setCookie(c, SESSION_COOKIE, token, {
      httpOnly: true,
      sameSite: 'Lax',
      secure,
      path: '/',
      maxAge: sessionHours * 3600,
    });
    return { user, csrf };
  };
  const endSession = async (c: Context<Env>): Promise<void> => {
    const token = getCookie(c, SESSION_COOKIE);
    if (token) await store.deleteCredential(hashToken(token));
    deleteCookie(c, SESSION_COOKIE, { path: '/' });
  };
  app.post('/api/session', async (c) => {
    const { name, password } = await body(c, LoginBodySchema);
    const session = await startSession(c, name, password);
    if ('error' in session) return c.json({ error: session.error }, session.status);
    const { user, csrf } = session;
    return c.json({
      user: { name: user.name, role: user.role, competitions: user.competitions },
      csrf,
    });
  });
  app.delete('/api/session', async (c) => {
    await endSession(c);
    return c.body(null, 204);
  });
  app.post('/api/tokens', async (c) => {
    const user = c.get('user');
    if (!user) throw new AccessError(401, 'Sign in first to create an API token');
    if (c.get('viaCookie') && c.req.header('x-csrf-token') !== c.get('csrf'))
      throw new AccessError(403, 'A browser write needs the X-CSRF-Token header given at sign-in');
    const { token, tokenHash } = newToken();
    await store.saveCredential({
      tokenHash,
      userId: user.id,
      kind: 'api',
      csrf: null,
      expiresAt: null,
    });
    return c.json({ token }, 201);
  });

  app.post('/api/editions', async (c) => {
    const text = await c.req.text();
    const format = withMatchIds(parseEdition(text, 'body'));
    const user = writer(c, format.competition);
    await checkHosts(format, 'body');
    const id = editionId(format);
    if (await store.getEdition(id))
      throw new InputError([
        makeIssue(
          'edition',
          'body',
          `an edition not stored yet (PUT /api/editions/${id} replaces one)`,
          `"${id}"`,
        ),
      ]);
    const saved = await store.saveEdition(id, format, {
      actor: user.name,
      reason: 'created through the API',
    });
    publish({ type: 'edition', editionId: id, version: saved.version });
    return c.json({ id, version: saved.version }, 201);
  });

  app.post('/api/editions/from-preset', async (c) => {
    const input = await body(c, PresetBodySchema);
    const user = writer(c, input.competition);
    const season = Number.parseInt(input.edition, 10);
    let rules: RuleSet;
    try {
      rules = resolveRulePreset(input.rules ?? 'generic', Number.isNaN(season) ? {} : { season });
    } catch (error) {
      if (!(error instanceof NotFoundError)) throw error;
      throw new InputError([
        makeIssue(
          'rule preset',
          'body rules',
          'a rule preset such as copa-peru or generic',
          `"${input.rules}"`,
        ),
      ]);
    }
    if (input.finalHost) await placeNamed(input.finalHost, 'body finalHost');
    const clubs = input.clubs.map((club) => clubOf(club));
    const movements = {
      ...(input.promoted !== undefined ? { promoted: input.promoted } : {}),
      ...(input.promotedTo ? { promotedTo: dropUndefinedKeys(input.promotedTo) } : {}),
      ...(input.relegated !== undefined ? { relegated: input.relegated } : {}),
      ...(input.relegatedTo ? { relegatedTo: dropUndefinedKeys(input.relegatedTo) } : {}),
    };
    const common = {
      competition: input.competition,
      edition: input.edition,
      rules,
      clubs,
      movements,
      ...(input.startDate ? { startDate: input.startDate } : {}),
      ...(input.daysBetweenRounds ? { daysBetweenRounds: input.daysBetweenRounds } : {}),
    };
    const format = withMatchIds(
      input.preset === 'league'
        ? buildEditionFromPreset({
            ...common,
            preset: 'league',
            ...(input.double !== undefined ? { double: input.double } : {}),
          })
        : buildEditionFromPreset({
            ...common,
            preset: 'groups-and-final',
            groups: input.groups ?? [],
            ...(input.double !== undefined ? { double: input.double } : {}),
            ...(input.finalAtOneVenue ? { finalAtOneVenue: true } : {}),
            ...(input.finalHost ? { finalHost: input.finalHost } : {}),
          }),
    );
    const id = editionId(format);
    if (await store.getEdition(id))
      throw new InputError([makeIssue('edition', 'body', 'an edition not stored yet', `"${id}"`)]);
    const saved = await store.saveEdition(id, format, {
      actor: user.name,
      reason: `built from the ${input.preset} preset`,
    });
    publish({ type: 'edition', editionId: id, version: saved.version });
    return c.json({ id, version: saved.version }, 201);
  });

  app.put('/api/editions/:id', async (c) => {
    const stored = await editionOr404(c.req.param('id'));
    writer(c, stored.competition);
    const expected = Number(c.req.query('version'));
    if (!Number.isInteger(expected) || expected < 1) {
      throw new InputError([
        makeIssue(
          'query',
          'version',
          'the version of the edition you edited',
          `"${c.req.query('version') ?? ''}"`,
        ),
      ]);
    }
    const format = withMatchIds(parseEdition(await c.req.text(), 'body'));
    const user = writer(c, format.competition);
    await checkHosts(format, 'body');
    const saved = await store.saveEdition(stored.id, format, {
      actor: user.name,
      expectedVersion: expected,
      reason: 'replaced through the API',
    });
    publish({ type: 'edition', editionId: stored.id, version: saved.version });
    return c.json({ id: stored.id, version: saved.version });
  });

  app.post('/api/editions/:id/clubs', async (c) => {
    const stored = await editionOr404(c.req.param('id'));
    const user = writer(c, stored.competition);
    const input = await body(c, ClubBodySchema);
    if (stored.format.clubs.some((club) => club.id === input.club.id)) {
      throw new InputError([
        makeIssue('club', 'body club.id', 'an id no club of the edition has', `"${input.club.id}"`),
      ]);
    }
    const club = clubOf(input.club);
    const saved = await store.changeEdition(stored.id, {
      action: 'club',
      actor: user.name,
      expectedVersion: input.version,
      apply: (format) => ({
        format: { ...format, clubs: [...format.clubs, club] },
        before: null,
        after: club,
      }),
    });
    publish({ type: 'edition', editionId: stored.id, version: saved.version });
    return c.json({ id: stored.id, version: saved.version }, 201);
  });

  app.post('/api/editions/:id/clubs/merge', async (c) => {
    const stored = await editionOr404(c.req.param('id'));
    const user = writer(c, stored.competition);
    const input = await body(c, MergeBodySchema);
    for (const [field, id] of [
      ['from', input.from],
      ['into', input.into],
    ] as const) {
      if (!stored.format.clubs.some((club) => club.id === id)) {
        throw new InputError([
          makeIssue('club', `body ${field}`, "one of the edition's club ids", `"${id}"`),
        ]);
      }
    }
    const saved = await store.changeEdition(stored.id, {
      action: 'merge',
      actor: user.name,
      expectedVersion: input.version,
      reason: input.reason,
      apply: (format) => ({
        format: mergeClubs(format, input.from, input.into),
        before: { from: input.from },
        after: { into: input.into },
      }),
    });
    publish({ type: 'edition', editionId: stored.id, version: saved.version });
    return c.json({ id: stored.id, version: saved.version });
  });

  app.post('/api/editions/:id/clubs/split', async (c) => {
    const stored = await editionOr404(c.req.param('id'));
    const user = writer(c, stored.competition);
    const input = await body(c, SplitBodySchema);
    if (!stored.format.clubs.some((club) => club.id === input.from)) {
      throw new InputError([
        makeIssue('club', 'body from', "one of the edition's club ids", `"${input.from}"`),
      ]);
    }
    if (stored.format.clubs.some((club) => club.id === input.club.id)) {
      throw new InputError([
        makeIssue('club', 'body club.id', 'an id no club of the edition has', `"${input.club.id}"`),
      ]);
    }
    const club = clubOf(input.club);
    const saved = await store.changeEdition(stored.id, {
      action: 'split',
      actor: user.name,
      expectedVersion: input.version,
      reason: input.reason,
      apply: (format) => {
        const split = splitClub(format, input.from, club, input.matches);
        if ('notOfClub' in split) {
          throw new InputError(
            split.notOfClub.map((id) =>
              makeIssue(
                'match',
                `body matches[${input.matches.indexOf(id)}]`,
                `a match of ${input.from}`,
                `"${id}"`,
              ),
            ),
          );
        }
        return {
          format: split.format,
          before: { club: input.from },
          after: { club: club.id, matches: input.matches },
        };
      },
    });
    publish({ type: 'edition', editionId: stored.id, version: saved.version });
    return c.json({ id: stored.id, version: saved.version }, 201);
  });

  app.post('/api/imports', async (c) => {
    if (!c.get('user')) writer(c, '');
    const from = c.req.query('from');
    const format =
      from === undefined || (SEASON_FORMATS as readonly string[]).includes(from) ? from : undefined;
    if (from !== undefined && format === undefined) {
      throw new InputError([
        makeIssue('query', 'from', `one of ${SEASON_FORMATS.join(', ')}`, `"${from}"`),
      ]);
    }
    const record = parseSeasonText(
      await c.req.text(),
      'body',
      format ? { from: format as SeasonFormat } : {},
    );
    const edition = withMatchIds(recordToEdition(record, rulesForRecord(record)));
    const user = writer(c, edition.competition);
    const id = editionId(edition);
    const exists = (await store.getEdition(id)) !== undefined;
    if (c.req.query('review') === 'true') {
      // What the importer understood and reported, for an editor to read before accepting.
      const state = runEdition(edition);
      return c.json({
        id,
        exists,
        format: record.format,
        competition: edition.competition,
        edition: String(edition.edition),
        clubs: edition.clubs.map((club) => club.name),
        stages: edition.stages.map((stage, index) => ({
          name: stage.name,
          kind: stage.kind,
          matches: listMatches({ ...edition, stages: [stage] }).length,
          status: state.stages[index]?.status,
        })),
        champion: state.champion
          ? (edition.clubs.find((club) => club.id === state.champion)?.name ?? state.champion)
          : null,
        merges: record.merges,
        warnings: record.warnings,
      });
    }
    if (exists) {
      throw new InputError([makeIssue('edition', 'body', 'an edition not stored yet', `"${id}"`)]);
    }
    const saved = await store.saveEdition(id, edition, {
      actor: user.name,
      reason: `imported from ${record.format}`,
    });
    publish({ type: 'edition', editionId: id, version: saved.version });
    return c.json(
      { id, version: saved.version, merges: record.merges, warnings: record.warnings },
      201,
    );
  });

  app.put('/api/editions/:id/matches/:matchId', async (c) => {
    const stored = await editionOr404(c.req.param('id'));
    const user = writer(c, stored.competition);
    const input = await body(c, ResultBodySchema);
    const matchId = c.req.param('matchId');
    const saved = await store.changeEdition(stored.id, {
      action: 'result',
      actor: user.name,
      expectedVersion: input.version,
      ...(input.reason ? { reason: input.reason } : {}),
      apply: (format) => {
        const changed = changeMatch(format, matchId, (match) => withResult(match, input));
        if (!changed)
          throw new NotFoundError('match', matchId, {
            hint: `see GET /api/editions/${stored.id}/matches`,
          });
        return changed;
      },
    });
    const match = listMatches(saved.format).find((candidate) => candidate.id === matchId)?.match;
    publish({ type: 'result', editionId: stored.id, version: saved.version, detail: match });
    return c.json({ id: stored.id, version: saved.version, match });
  });

  /**
   * The clubs of a stage (or of one group) of a stored edition, with where they are and the
   * distances between them; `places` in the body put clubs or slots elsewhere, and `distances`
   * give the user's own measure where given.
   */
  const stageClubs = async (
    stored: StoredEdition,
    // The fields a draw's body and a fixtures body share, as their schemas define them.
    input: Pick<
      z.infer<typeof DrawBodySchema>,
      'stage' | 'group' | 'places' | 'distances' | 'distanceUnit'
    >,
  ) => {
    const clubs = await drawInputOfEdition(
      stored.format,
      await otherFormats(stored),
      input.stage,
      input.group,
      `edition ${stored.id}`,
      {
        placed: input.places ? new Map(Object.entries(input.places)) : undefined,
        placeAt: (who) => `body places.${who}`,
        distancesToCome: input.distances !== undefined,
      },
    );
    if (input.distances === undefined) return clubs;
    // Pairs in JSON are in the measure distanceUnit names; a CSV's header names its own.
    const table =
      typeof input.distances === 'string'
        ? distancePairsOfCsv(input.distances, 'body distances')
        : {
            pairs: input.distances.map((pair, index) => ({
              ...pair,
              at: (part: 'from' | 'to' | 'distance') => `body distances[${index}].${part}`,
            })),
            unit: '',
            source: 'body distances',
          };
    const unit = table.unit || input.distanceUnit || '';
    return withDistancePairs(clubs, { ...table, unit }, 'distances');
  };

  /**
   * The draws HiGHS is proving, in the order its one worker takes them: each one's time limit,
   * and when the first began (`Date.now()`).
   */
  const proofs: { seconds: number; began: number }[] = [];
  const proofWait = options.proofWaitSeconds ?? 30;
  /** Queues a draw for HiGHS, or refuses it when the draws before it would keep it waiting. */
  const queueProof = (seconds: number) => {
    const now = Date.now();
    let waiting = 0;
    for (const [k, proof] of proofs.entries()) {
      waiting +=
        k === 0 ? Math.max(0, proof.began + proof.seconds * 1000 - now) : proof.seconds * 1000;
    }
    if (waiting > proofWait * 1000) {
      const retryAfter = Math.ceil((waiting - proofWait * 1000) / 1000) + 1;
      throw new BusyError(
        `HiGHS is already proving ${proofs.length} draw${proofs.length === 1 ? '' : 's'}, one after another, for up to ${Math.ceil(waiting / 1000)} s more; try again in ${retryAfter} s`,
        retryAfter,
      );
    }
    const proof = { seconds, began: now };
    proofs.push(proof);
    return () => {
      const at = proofs.indexOf(proof);
      if (at >= 0) proofs.splice(at, 1);
      // The next in line starts now.
      if (at === 0 && proofs[0]) proofs[0].began = Date.now();
    };
  };

  /** A draw of a stage of a stored edition, computed (not written). */
  const computeDraw = async (stored: StoredEdition, input: z.infer<typeof DrawBodySchema>) => {
    const drawInput = await stageClubs(stored, input);
    const n = drawInput.distances.length;
    const sizes = input.sizes ?? (input.groups ? evenSizes(n, input.groups) : drawInput.sizes);
    if (!sizes || sizes.reduce((sum, size) => sum + size, 0) !== n) {
      throw new InputError([
        makeIssue(
          'draw',
          'body sizes',
          `group sizes that add up to the ${n} clubs`,
          JSON.stringify(sizes ?? null),
        ),
      ]);
    }
    let proved: (() => void) | undefined;
    const draw = await drawGroups(drawInput, {
      sizes,
      method: input.method ?? 'auto',
      seconds: input.seconds ?? 10,
      // Readers are answered while HiGHS proves the draw.
      onWorker: true,
      onExact: (seconds) => {
        proved = queueProof(seconds);
      },
      ...(input.seed ? { seed: input.seed } : {}),
      ...(input.pots ? { pots: input.pots } : {}),
      ...(input.hosts ? { hosts: input.hosts } : {}),
      ...(input.fixed ? { fixed: input.fixed } : {}),
      ...(input.apart ? { apart: input.apart } : {}),
      ...(input.apartByRegion ? { apartByRegion: true } : {}),
    }).finally(() => proved?.());
    const result = {
      groups: draw.groups.map((group) =>
        group.map((club) => drawInput.names[club] ?? String(club)),
      ),
      ids: draw.groups.map((group) => group.map((club) => drawInput.ids?.[club] ?? String(club))),
      cost: draw.cost,
      bound: draw.bound,
      optimal: draw.optimal,
      gap: draw.gap,
      method: draw.method,
      groupCosts: draw.groupCosts,
      unit: drawInput.unit ?? 'km',
      notes: drawInput.notes ?? [],
      ...(draw.steps
        ? {
            steps: draw.steps.map((step) => ({
              club: drawInput.names[step.club],
              pot: step.pot < 0 ? null : step.pot + 1,
              group: step.group + 1,
            })),
          }
        : {}),
    };
    return { drawInput, draw, result };
  };

  app.post('/api/editions/:id/draw', async (c) => {
    const stored = await editionOr404(c.req.param('id'));
    const user = writer(c, stored.competition);
    const input = await body(c, DrawBodySchema);
    const { draw, result } = await computeDraw(stored, input);
    if (!input.write) return c.json(result);
    const saved = await store.changeEdition(stored.id, {
      action: 'draw',
      actor: user.name,
      expectedVersion: input.version ?? 0,
      reason: `draw of ${input.stage} (${draw.method})`,
      apply: (format) => {
        const index = format.stages.findIndex((stage) => stage.id === input.stage);
        const stage = format.stages[index];
        if (stage?.kind !== 'groups' || stage.groups.length !== draw.groups.length) {
          throw new RuleError(
            'draw',
            `a draw is written into a groups stage with as many groups (${draw.groups.length})`,
          );
        }
        if (
          stage.groups.some((group) =>
            group.rounds.some((round) =>
              round.matches.some((match) => match.status !== 'scheduled'),
            ),
          )
        ) {
          throw new RuleError(
            'draw',
            `${stage.name} has played matches: its groups are kept as drawn`,
          );
        }
        const slots = stage.groups.flatMap((group) => group.entrants);
        const groups = stage.groups.map((group, g) => ({
          ...group,
          entrants: (draw.groups[g] ?? []).flatMap((club) => (slots[club] ? [slots[club]] : [])),
          rounds: [],
        }));
        const stages = format.stages.map((candidate, at) =>
          at === index ? { ...stage, groups, assignedBy: 'draw' as const } : candidate,
        );
        return {
          format: { ...format, stages },
          before: stage.groups.map((group) => group.entrants),
          after: groups.map((group) => group.entrants),
        };
      },
    });
    publish({ type: 'edition', editionId: stored.id, version: saved.version });
    return c.json({ ...result, version: saved.version });
  });

  /** When each travel search running now is due to end (`Date.now()`), at most `searchLimit`. */
  const searchesEnding: number[] = [];
  const searchLimit = options.searchLimit ?? Math.max(1, availableParallelism() - 1);
  /**
   * The travel-aware double round robin of a league stage or of one group, searched on a worker
   * thread (the server answers other requests meanwhile): its rounds by club id, and its travel.
   */
  const travelSchedule = async (
    stored: StoredEdition,
    input: z.infer<typeof FixturesBodySchema>,
  ) => {
    const stage = stored.format.stages.find((candidate) => candidate.id === input.stage);
    if (stage?.kind === 'groups' && input.group === undefined) {
      throw new InputError([
        makeIssue(
          'fixtures',
          'body group',
          `the group of ${stage.name} to schedule (travel is scheduled one group at a time: ${stage.groups.map((group) => group.id).join(', ')})`,
          'nothing',
        ),
      ]);
    }
    const where = await stageClubs(stored, input);
    const n = where.distances.length;
    if (n < 3) {
      throw new RuleError(
        'fixtures',
        `travel-aware fixtures need 3 clubs or more, and ${stage?.name ?? input.stage} has ${n}`,
      );
    }
    const seconds = input.travel?.seconds ?? 10;
    const now = Date.now();
    if (searchesEnding.length >= searchLimit) {
      // A worker takes a second or two to start on top of the search's own time.
      const wait = Math.max(1, Math.ceil((Math.min(...searchesEnding) + 2000 - now) / 1000));
      throw new BusyError(
        `The server is already searching ${searchesEnding.length} travel schedule${searchesEnding.length === 1 ? '' : 's'}, as many as it runs at once; try again in ${wait} s`,
        wait,
      );
    }
    const ending = now + seconds * 1000;
    searchesEnding.push(ending);
    const schedule = await scheduleOnWorkers(where.distances, {
      seed: input.travel?.seed ?? 1,
      iterations: Number.MAX_SAFE_INTEGER,
      milliseconds: seconds * 1000,
      thread: true,
    }).finally(() => searchesEnding.splice(searchesEnding.indexOf(ending), 1));
    const id = (club: number) => where.ids?.[club] ?? '';
    return {
      rounds: schedule.rounds.map((round) =>
        round.map(([home, away]) => ({ home: id(home), away: id(away) })),
      ),
      summary: {
        distance: schedule.distance,
        optimal: schedule.optimal,
        ...(schedule.lowerBound !== undefined ? { bound: schedule.lowerBound } : {}),
        seed: schedule.seed,
        seconds,
        unit: where.unit ?? 'km',
      },
    };
  };

  app.post('/api/editions/:id/fixtures', async (c) => {
    const stored = await editionOr404(c.req.param('id'));
    const user = writer(c, stored.competition);
    const input = await body(c, FixturesBodySchema);
    const state = runEdition(stored.format);
    const plan = (generate?: () => { home: string; away: string }[][]) =>
      planFixtures(stored.format, state, {
        stage: input.stage,
        ...(input.group ? { group: input.group } : {}),
        ...(input.double ? { double: true } : {}),
        ...(input.mirrored === false ? { mirrored: false } : {}),
        // Travel-aware fixtures replace the stage's own (none of them played).
        ...(input.regenerate || generate ? { regenerate: true } : {}),
        ...(input.calendar ? { calendar: dropUndefinedKeys(input.calendar) } : {}),
        ...(generate ? { generate } : {}),
      });
    // A stage that cannot take fixtures (its kind, clubs not settled, matches played) is refused
    // before the search, not after it.
    if (input.travel) plan(() => []);
    const travel = input.travel ? await travelSchedule(stored, input) : undefined;
    const planned = plan(travel ? () => travel.rounds : undefined);
    const invalid = planned.find((plan) => !plan.check.valid);
    if (invalid) {
      throw new RuleError('fixtures', `${invalid.label}: ${invalid.check.problems.join('; ')}`);
    }
    const saved = await store.changeEdition(stored.id, {
      action: 'fixtures',
      actor: user.name,
      expectedVersion: input.version,
      reason: `fixtures of ${input.stage}${input.calendar ? ` from ${input.calendar.start}` : ''}`,
      apply: (format) => {
        const stages = format.stages.map((stage, index) => {
          const plans = planned.filter((plan) => plan.stage === index);
          if (plans.length === 0) return stage;
          if (stage.kind === 'league' || stage.kind === 'table') {
            return { ...stage, rounds: roundsToFormat(plans[0]?.rounds ?? []) };
          }
          if (stage.kind === 'groups') {
            return {
              ...stage,
              groups: stage.groups.map((group, g) => {
                const plan = plans.find((candidate) => candidate.group === g);
                return plan ? { ...group, rounds: roundsToFormat(plan.rounds) } : group;
              }),
            };
          }
          return stage;
        });
        return {
          format: withMatchIds({ ...format, stages }),
          before: null,
          after: planned.map((plan) => ({ label: plan.label, rounds: plan.rounds.length })),
        };
      },
    });
    publish({ type: 'edition', editionId: stored.id, version: saved.version });
    return c.json({
      id: stored.id,
      version: saved.version,
      ...(travel ? { travel: travel.summary } : {}),
      fixtures: planned.map((plan) => ({
        label: plan.label,
        generated: plan.generated,
        breaks: plan.check.breaks,
        rounds: plan.rounds,
      })),
    });
  });

  app.post('/api/editions/:id/rulings', async (c) => {
    const stored = await editionOr404(c.req.param('id'));
    const user = writer(c, stored.competition);
    const input = await body(c, RulingBodySchema);
    // Clubs by id or by any of their names; an unknown one is refused with its path.
    const clubs = stored.format.clubs;
    const resolved = resolveClubReferences(
      input.ruling,
      (reference) => findClub(clubs, reference)?.id,
    );
    if (resolved.unknown.length > 0) {
      throw new InputError(
        resolved.unknown.map(({ path, reference }) =>
          makeIssue(
            'club',
            `body ruling.${path}`,
            `one of the edition's clubs (${clubs.map((club) => club.name).join(', ')})`,
            `"${reference}"`,
          ),
        ),
      );
    }
    const ruling = { ...resolved.value, ...(input.stage ? { stage: input.stage } : {}) };
    const saved = await store.changeEdition(stored.id, {
      action: 'ruling',
      actor: user.name,
      expectedVersion: input.version,
      reason: input.ruling.reason,
      apply: (format) => ({
        format: { ...format, rulings: [...format.rulings, ruling] } as EditionFormat,
        before: null,
        after: ruling,
      }),
    });
    publish({ type: 'ruling', editionId: stored.id, version: saved.version, detail: ruling });
    return c.json({ id: stored.id, version: saved.version }, 201);
  });

  addWorkspaceRoutes(app, {
    store,
    languageOf,
    startSession,
    endSession,
    writer,
    editionOr404,
    body,
    computeDraw,
  });

  return app;
}

/** An edition's id: its competition and label, "copa-peru-1993". */
export function editionId(format: EditionFormat): string {
  return nameKey(`${format.competition} ${format.edition}`).replace(/ /g, '-');
}

/**
 * The club the query's `club` names, by id or any of its names; one the edition does not have is
 * refused (400) with the clubs it has. @internal
 */
function clubOr400(format: EditionFormat, club: string): Club {
  const found = findClub(format.clubs, club);
  if (found) return found;
  throw new InputError([
    makeIssue(
      'query',
      'club',
      `one of the edition's clubs, by id or name (${format.clubs.map((candidate) => candidate.name).join(', ')})`,
      `"${club}"`,
    ),
  ]);
}

/** A club as the model holds it, from the body. @internal */
function clubOf(input: {
  id: string;
  name: string;
  names?: string[] | undefined;
  city?: string | undefined;
  region?: string | undefined;
  lat?: number | undefined;
  lon?: number | undefined;
}): Club {
  const location = {
    ...(input.city ? { city: input.city } : {}),
    ...(input.region ? { region: input.region } : {}),
    ...(input.lat !== undefined ? { lat: input.lat } : {}),
    ...(input.lon !== undefined ? { lon: input.lon } : {}),
  };
  return {
    id: input.id,
    name: input.name,
    ...(input.names ? { names: input.names.map((name) => ({ name })) } : {}),
    ...(Object.keys(location).length > 0 ? { location } : {}),
  };
}

/** @internal */
function asOfQuery(c: Context<Env>): AsOf | undefined {
  const asOf = c.req.query('asOf');
  if (asOf === undefined) return undefined;
  if (/^\d{1,3}$/.test(asOf)) return { round: Number(asOf) };
  if (/^\d{4}-\d{2}-\d{2}$/.test(asOf)) return { date: asOf };
  const issue: Issue = makeIssue(
    'query',
    'asOf',
    'a round number or a date as YYYY-MM-DD',
    `"${asOf}"`,
  );
  throw new InputError([issue]);
}
