import { z } from 'zod';
import { MATCH_STATUSES } from '#core/model/match.ts';
import { JSON_SCHEMAS } from '../formats/json/json-schemas.ts';
import { RulingSchema } from '../formats/json/schemas.ts';
import {
  ClubBodySchema,
  DrawBodySchema,
  FixturesBodySchema,
  MergeBodySchema,
  PresetBodySchema,
  SplitBodySchema,
} from './body-schemas.ts';

/** The write routes' bodies, described once for the document and the checks. */
const ScoreInput = {
  oneOf: [
    { type: 'string', pattern: '^\\s*\\d+\\s*[-–]\\s*\\d+\\s*$' },
    {
      type: 'object',
      properties: { home: { type: 'integer', minimum: 0 }, away: { type: 'integer', minimum: 0 } },
      required: ['home', 'away'],
    },
  ],
};

const idParameter = {
  name: 'id',
  in: 'path',
  required: true,
  schema: { type: 'string' },
  description: 'The edition id, such as copa-peru-1993',
};
const asOfParameter = {
  name: 'asOf',
  in: 'query',
  required: false,
  schema: { type: 'string' },
  description: 'A round number or a date as YYYY-MM-DD: the state as it stood then',
};
const writeSecurity = [{ bearer: [] }, { session: [] }];
const errors = {
  '400': { description: 'Invalid request: every problem with its path' },
  '401': { description: 'Not signed in' },
  '403': {
    description:
      'Signed in, but not allowed (an editor outside their competitions, or a browser write without X-CSRF-Token)',
  },
  '404': { description: 'No such edition or match' },
};

/** The API described by OpenAPI 3.1, served at `/api/openapi.json`. */
export const OPENAPI = {
  openapi: '3.1.0',
  info: {
    title: 'Torneo API',
    version: '0.1.0',
    description:
      'Competitions, editions, tables and results of multi-stage football competitions. Reads are public; writes need a signed-in admin, or an editor of the edition’s competition.',
  },
  components: {
    securitySchemes: {
      bearer: { type: 'http', scheme: 'bearer', description: 'An API token from POST /api/tokens' },
      session: {
        type: 'apiKey',
        in: 'cookie',
        name: 'torneo_session',
        description:
          'A browser session from POST /api/session; writes also need the X-CSRF-Token header',
      },
    },
  },
  paths: {
    '/api/health': {
      get: {
        summary: 'Whether the server is up',
        responses: { '200': { description: '{ "status": "ok" }' } },
      },
    },
    '/api/competitions': {
      get: {
        summary: 'Every competition with its editions',
        responses: { '200': { description: '[{ name, editions: [{ id, season }] }]' } },
      },
    },
    '/api/editions/from-preset': {
      post: {
        summary:
          'Create an edition from a preset (a league, or groups and a final round), its fixtures generated',
        security: writeSecurity,
        requestBody: {
          required: true,
          content: {
            'application/json': { schema: z.toJSONSchema(PresetBodySchema, { io: 'input' }) },
          },
        },
        responses: { '201': { description: '{ id, version }' }, ...errors },
      },
    },
    '/api/editions/{id}/scorers': {
      get: {
        summary: 'Top scorers, from the goals recorded with the matches',
        parameters: [idParameter],
        responses: {
          '200': { description: '[{ player, club, goals, penalties }]' },
          '404': errors['404'],
        },
      },
    },
    '/api/editions/{id}/calendar.ics': {
      get: {
        summary: 'The dated matches as iCalendar (?club= for one club)',
        parameters: [
          idParameter,
          {
            name: 'club',
            in: 'query',
            required: false,
            description: "one club's matches: its id or any of its names",
            schema: { type: 'string' },
          },
        ],
        responses: {
          '200': { description: 'text/calendar' },
          '400': errors['400'],
          '404': errors['404'],
        },
      },
    },
    '/api/editions/{id}/stages': {
      get: {
        summary: 'The stages of an edition: name, kind, status',
        parameters: [idParameter, asOfParameter],
        responses: { '200': { description: 'The stages' }, '404': errors['404'] },
      },
    },
    '/api/editions': {
      get: {
        summary: 'Every edition: id, competition, season, version',
        responses: { '200': { description: 'The list' } },
      },
      post: {
        summary: 'Create an edition from its format (YAML or JSON)',
        security: writeSecurity,
        requestBody: {
          required: true,
          content: {
            'application/json': { schema: JSON_SCHEMAS.edition },
            'application/yaml': { schema: { type: 'string' } },
          },
        },
        responses: { '201': { description: '{ id, version }' }, ...errors },
      },
    },
    '/api/editions/{id}': {
      put: {
        summary:
          'Replace an edition with a new format document (register clubs, set groups, fix fixtures); the version you edited goes in ?version=',
        security: writeSecurity,
        parameters: [
          idParameter,
          { name: 'version', in: 'query', required: true, schema: { type: 'integer', minimum: 1 } },
        ],
        requestBody: {
          required: true,
          content: {
            'application/json': { schema: JSON_SCHEMAS.edition },
            'application/yaml': { schema: { type: 'string' } },
          },
        },
        responses: {
          '200': { description: '{ id, version }' },
          '409': { description: 'Conflict' },
          ...errors,
        },
      },
      get: {
        summary:
          'The state of an edition, in the shape of `torneo edition --json`, with its version',
        parameters: [idParameter, asOfParameter],
        responses: { '200': { description: 'The state' }, '404': errors['404'] },
      },
    },
    '/api/editions/{id}/tables': {
      get: {
        summary: 'The tables of every stage and group',
        parameters: [idParameter, asOfParameter],
        responses: {
          '200': { description: '{ stages: [{ name, groups: [{ name, table }] }] }' },
          '404': errors['404'],
        },
      },
    },
    '/api/editions/{id}/matches': {
      get: {
        summary: 'Every match with its id, stage and place',
        parameters: [idParameter],
        responses: { '200': { description: 'The matches' }, '404': errors['404'] },
      },
    },
    '/api/editions/{id}/clubs': {
      post: {
        summary: 'Register a club in an edition',
        security: writeSecurity,
        parameters: [idParameter],
        requestBody: {
          required: true,
          content: {
            'application/json': { schema: z.toJSONSchema(ClubBodySchema, { io: 'input' }) },
          },
        },
        responses: {
          '201': { description: '{ id, version }' },
          '409': { description: 'Conflict' },
          ...errors,
        },
      },
      get: {
        summary: 'The clubs of an edition',
        parameters: [idParameter],
        responses: { '200': { description: 'The clubs' }, '404': errors['404'] },
      },
    },
    '/api/editions/{id}/clubs/merge': {
      post: {
        summary:
          'Merge two clubs that are one: every reference to `from` becomes `into`, its names kept',
        security: writeSecurity,
        parameters: [idParameter],
        requestBody: {
          required: true,
          content: {
            'application/json': { schema: z.toJSONSchema(MergeBodySchema, { io: 'input' }) },
          },
        },
        responses: {
          '200': { description: '{ id, version }' },
          '409': { description: 'Conflict' },
          ...errors,
        },
      },
    },
    '/api/editions/{id}/clubs/split': {
      post: {
        summary:
          'Split a club that is two: the matches listed go to a new club, and its places in the stages it no longer plays',
        security: writeSecurity,
        parameters: [idParameter],
        requestBody: {
          required: true,
          content: {
            'application/json': { schema: z.toJSONSchema(SplitBodySchema, { io: 'input' }) },
          },
        },
        responses: {
          '201': { description: '{ id, version }' },
          '409': { description: 'Conflict' },
          ...errors,
        },
      },
    },
    '/api/imports': {
      post: {
        summary:
          'Import a season file (article, RSSSF, Football.TXT, CSV, JSON) as a new edition; ?from= names the format',
        security: writeSecurity,
        parameters: [
          {
            name: 'from',
            in: 'query',
            required: false,
            schema: {
              enum: ['article', 'wikitext', 'copy', 'rsssf', 'footballtxt', 'csv', 'json'],
            },
          },
          {
            name: 'review',
            in: 'query',
            required: false,
            description:
              'true: write nothing; answer what the importer understood (clubs, stages, matches, champion) and reported (merged spellings, warnings), and whether the edition exists',
            schema: { enum: ['true'] },
          },
        ],
        requestBody: { required: true, content: { 'text/plain': { schema: { type: 'string' } } } },
        responses: {
          '200': {
            description:
              'With review=true: { id, exists, format, competition, edition, clubs, stages, champion, merges, warnings }',
          },
          '201': { description: '{ id, version, merges, warnings }' },
          ...errors,
        },
      },
    },
    '/api/editions/{id}/forecast': {
      get: {
        summary:
          "A forecast of the edition from where it stood: each club's chance of every place and outcome, the places it can still reach, clinched and out of reach (docs/forecasts.md); computed once per version",
        parameters: [
          idParameter,
          { name: 'asOf', in: 'query', required: false, schema: { type: 'string' } },
          {
            name: 'simulations',
            in: 'query',
            required: false,
            schema: { type: 'integer', minimum: 1, maximum: 20000, default: 2000 },
          },
          {
            name: 'seed',
            in: 'query',
            required: false,
            schema: { type: 'integer', minimum: 1, default: 1 },
          },
          {
            name: 'stage',
            in: 'query',
            required: false,
            description: 'the stage followed (the first still being played by default)',
            schema: { type: 'string' },
          },
          {
            name: 'group',
            in: 'query',
            required: false,
            description: "one group of that stage: its clubs' chances alone",
            schema: { type: 'string' },
          },
        ],
        responses: {
          '200': {
            description:
              '{ simulations, exact, seed, stage, undecided, matches, clubs, settledGroups?, group? }',
          },
          ...errors,
        },
      },
    },
    '/api/editions/{id}/needs': {
      get: {
        summary:
          'What a club needs for an outcome: the simplest results of the matches left that make it certain on points (docs/forecasts.md)',
        parameters: [
          idParameter,
          { name: 'club', in: 'query', required: true, schema: { type: 'string' } },
          {
            name: 'outcome',
            in: 'query',
            required: false,
            schema: { type: 'string', default: 'champion' },
          },
          { name: 'asOf', in: 'query', required: false, schema: { type: 'string' } },
          { name: 'lang', in: 'query', required: false, schema: { enum: ['en', 'es'] } },
        ],
        responses: {
          '200': {
            description: '{ club, language, outcome, status, conditions, goalsCanDecide, text }',
          },
          ...errors,
        },
      },
    },
    '/api/editions/{id}/events': {
      get: {
        summary: 'Live updates: a Server-Sent Events stream of results and rulings as they land',
        parameters: [idParameter],
        responses: { '200': { description: 'text/event-stream' } },
      },
    },
    '/api/editions/{id}/matches/{matchId}': {
      put: {
        summary:
          'Record a result; refused with 409 when the edition changed since the version you saw',
        security: writeSecurity,
        parameters: [
          idParameter,
          { name: 'matchId', in: 'path', required: true, schema: { type: 'string' } },
        ],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                required: ['version'],
                additionalProperties: false,
                properties: {
                  version: { type: 'integer', minimum: 1 },
                  status: { enum: [...MATCH_STATUSES] },
                  score: ScoreInput,
                  extraTime: ScoreInput,
                  penalties: ScoreInput,
                  awarded: ScoreInput,
                  forfeitedBy: { enum: ['home', 'away', 'both'] },
                  reason: { type: 'string', maxLength: 500 },
                },
              },
            },
          },
        },
        responses: {
          '200': { description: '{ id, version, match }' },
          '409': { description: 'Conflict: the edition changed since that version' },
          ...errors,
        },
      },
    },
    '/api/editions/{id}/draw': {
      post: {
        summary:
          "Draw a stage's clubs into groups of nearby clubs (the local search, then HiGHS for `seconds`, 10 unless given, to prove it optimal, beat it or bound it) or by lot from pots, with any club or slot put elsewhere by `places`; with write and version, fill the groups stage",
        security: writeSecurity,
        parameters: [idParameter],
        requestBody: {
          required: true,
          content: {
            'application/json': { schema: z.toJSONSchema(DrawBodySchema, { io: 'input' }) },
          },
        },
        responses: {
          '200': {
            description:
              '{ groups, ids, cost, bound, optimal, gap, method, groupCosts, unit, notes, steps?, version? }',
          },
          '409': { description: 'Conflict' },
          '422': { description: 'The draw cannot be made or written as asked' },
          '503': {
            description:
              'HiGHS proves draws one after another, and this one would wait more than 30 s behind them: { error, retryAfter } and a Retry-After header (seconds)',
          },
          ...errors,
        },
      },
    },
    '/api/editions/{id}/fixtures': {
      post: {
        summary:
          'Make the fixtures of a league, table or groups stage (round robin, fewest breaks; or, with travel, the double round robin with the least travel the search finds) and their calendar, written into the edition',
        security: writeSecurity,
        parameters: [idParameter],
        requestBody: {
          required: true,
          content: {
            'application/json': { schema: z.toJSONSchema(FixturesBodySchema, { io: 'input' }) },
          },
        },
        responses: {
          '200': {
            description:
              '{ id, version, travel?: { distance, optimal, bound, seed, seconds, unit }, fixtures: [{ label, generated, breaks, rounds }] }',
          },
          '409': { description: 'Conflict' },
          '422': { description: 'Played matches, or clubs not settled yet' },
          '503': {
            description:
              'As many travel searches running as the server runs at once: { error, retryAfter } and a Retry-After header (seconds)',
          },
          ...errors,
        },
      },
    },
    '/api/editions/{id}/rulings': {
      post: {
        summary:
          'Record a ruling (deduction, awarded result, withdrawal, record transfer, play-off, lots, shared place)',
        security: writeSecurity,
        parameters: [idParameter],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                required: ['version', 'ruling'],
                properties: {
                  version: { type: 'integer', minimum: 1 },
                  stage: { type: 'string' },
                  ruling: z.toJSONSchema(RulingSchema, { io: 'input' }),
                },
              },
            },
          },
        },
        responses: {
          '201': { description: '{ id, version }' },
          '409': { description: 'Conflict' },
          ...errors,
        },
      },
    },
    '/api/session': {
      post: {
        summary:
          'Sign in (rate-limited): sets an HttpOnly session cookie and returns the CSRF token',
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                required: ['name', 'password'],
                properties: { name: { type: 'string' }, password: { type: 'string' } },
              },
            },
          },
        },
        responses: {
          '200': { description: '{ user, csrf }' },
          '401': errors['401'],
          '429': { description: 'Too many attempts' },
        },
      },
      delete: { summary: 'Sign out', responses: { '204': { description: 'Signed out' } } },
    },
    '/api/tokens': {
      post: {
        summary: 'Create an API token for scripts (shown once)',
        security: writeSecurity,
        responses: {
          '201': { description: '{ token }' },
          '401': errors['401'],
          '403': errors['403'],
        },
      },
    },
  },
} as const;

/** A browsable reference of the API, from the same document. */
export function referencePage(): string {
  const rows = Object.entries(OPENAPI.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, operation]) => {
      const op = operation as { summary: string; security?: unknown };
      return `<tr><td><code>${method.toUpperCase()}</code></td><td><code>${path}</code></td><td>${op.summary}</td><td>${op.security ? 'signed in' : 'public'}</td></tr>`;
    }),
  );
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Torneo API</title></head><body><h1>Torneo API</h1><p>${OPENAPI.info.description} The machine-readable document is at <a href="/api/openapi.json">/api/openapi.json</a>.</p><table><thead><tr><th scope="col">Method</th><th scope="col">Path</th><th scope="col">What it does</th><th scope="col">Who</th></tr></thead><tbody>${rows.join('')}</tbody></table></body></html>`;
}
