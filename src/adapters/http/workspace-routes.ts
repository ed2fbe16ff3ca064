import type { Context, Hono } from 'hono';
import type { z } from 'zod';
import { InputError, makeIssue } from '#core/errors.ts';
import type { EditionFormat } from '#core/format/edition-format.ts';
import { localizeEdition } from '#core/format/localize-edition.ts';
import { changeMatch, listMatches } from '#core/format/match-ids.ts';
import { runEdition } from '#core/format/run-edition.ts';
import type { EditionStore, StoredEdition, User } from '#core/ports/edition-store.ts';
import { RULE_PRESETS } from '#core/rules/rule-preset.ts';
import type { Language } from '#core/standings/tiebreaker-values.ts';
import type { DrawInput } from '../formats/draw/read-draw-input.ts';
import { notFoundPage, tableOf } from '../web/pages.ts';
import { groupsMap, stageMaps } from '../web/stage-maps.ts';
import { WEB_WORDS } from '../web/web-words.ts';
import {
  auditPage,
  drawResultFragment,
  editPage,
  signInPage,
  workspacePage,
} from '../web/workspace-pages.ts';
import { WORKSPACE_WORDS } from '../web/workspace-words.ts';
import { DrawBodySchema, PreviewBodySchema } from './body-schemas.ts';
import { mayWrite } from './credentials.ts';
import { withResult } from './match-result.ts';

type Env = { Variables: { user: User | null; viaCookie: boolean; csrf: string | null } };

/** What the workspace borrows from the app: the store, the session and the checks of the API. */
export interface WorkspaceDeps {
  readonly store: EditionStore;
  readonly languageOf: (c: Context<Env>) => Language;
  readonly startSession: (
    c: Context<Env>,
    name: string,
    password: string,
  ) => Promise<{ user: User; csrf: string } | { status: 401 | 429; error: string }>;
  readonly endSession: (c: Context<Env>) => Promise<void>;
  /** The signed-in user allowed to write to a competition, or an AccessError. */
  readonly writer: (c: Context<Env>, competition: string) => User;
  readonly editionOr404: (id: string) => Promise<StoredEdition>;
  readonly body: <T>(c: Context<Env>, schema: z.ZodType<T>) => Promise<T>;
  readonly computeDraw: (
    stored: StoredEdition,
    input: z.infer<typeof DrawBodySchema>,
  ) => Promise<{
    drawInput: DrawInput;
    draw: { readonly groups: readonly (readonly number[])[] };
    result: {
      readonly groups: readonly (readonly string[])[];
      readonly cost: number;
      readonly optimal: boolean;
      readonly gap?: number | undefined;
      readonly notes: readonly string[];
    };
  }>;
}

/**
 * The editor's workspace: sign-in and sign-out by form (no script needed), the editions a user may
 * edit, an edition's editing page, the table as typed, the draw shown before it is kept, and the
 * audit log. Writes themselves go through the API.
 */
export function addWorkspaceRoutes(app: Hono<Env>, deps: WorkspaceDeps): void {
  const { store, languageOf } = deps;
  const signInFirst = (c: Context<Env>) =>
    c.redirect(`/sign-in?next=${encodeURIComponent(c.req.path)}`, 303);

  app.get('/sign-in', (c) => {
    const next = safeNext(c.req.query('next'));
    return c.html(signInPage(languageOf(c), next));
  });
  app.post('/sign-in', async (c) => {
    const language = languageOf(c);
    const words = WORKSPACE_WORDS[language];
    const form = await c.req.parseBody();
    const name = typeof form.name === 'string' ? form.name.trim() : '';
    const password = typeof form.password === 'string' ? form.password : '';
    const next = safeNext(typeof form.next === 'string' ? form.next : undefined);
    if (name === '' || password === '') {
      return c.html(signInPage(language, next, { message: words.missingField, name }), 400);
    }
    const session = await deps.startSession(c, name, password);
    if ('error' in session) {
      const message = session.status === 429 ? words.tooManyAttempts : words.wrongPassword;
      return c.html(signInPage(language, next, { message, name }), session.status);
    }
    return c.redirect(next, 303);
  });
  app.post('/sign-out', async (c) => {
    await deps.endSession(c);
    return c.redirect('/', 303);
  });

  app.get('/editor', async (c) => {
    const user = c.get('user');
    if (!user) return signInFirst(c);
    const editions = (await store.listEditions()).filter((edition) =>
      mayWrite(user, edition.competition),
    );
    return c.html(
      workspacePage(languageOf(c), user, editions, c.get('csrf') ?? '', [...RULE_PRESETS.keys()]),
    );
  });

  app.get('/editions/:id/edit', async (c) => {
    const language = languageOf(c);
    const user = c.get('user');
    if (!user) return signInFirst(c);
    const stored = await store.getEdition(c.req.param('id'));
    if (!stored) return c.html(notFoundPage(language), 404);
    if (!mayWrite(user, stored.competition)) {
      return c.html(
        signInPage(language, c.req.path, { message: WORKSPACE_WORDS[language].notAllowed }),
        403,
      );
    }
    const format = localizeEdition(stored.format, language);
    // In a stage of many groups: the group chosen, and the list's search and page.
    const query = (name: string) => (c.req.query(name) ?? '').slice(0, 100);
    const page = Number.parseInt(c.req.query('page') ?? '1', 10);
    return c.html(
      editPage(language, {
        id: stored.id,
        version: stored.version,
        csrf: c.get('csrf') ?? '',
        user,
        format,
        state: runEdition(format, { language }),
        maps: await stageMaps(format),
        view: {
          stage: query('stage'),
          group: query('group'),
          find: query('find'),
          page: Number.isFinite(page) ? page : 1,
        },
      }),
    );
  });

  // The tables of a match's stage as they would be with the score typed: nothing is written.
  app.post('/editions/:id/edit/preview', async (c) => {
    const language = languageOf(c);
    const stored = await deps.editionOr404(c.req.param('id'));
    deps.writer(c, stored.competition);
    const input = await deps.body(c, PreviewBodySchema);
    const changed = changeMatch(stored.format, input.match, (match) =>
      input.score === null
        ? { ...match, status: 'scheduled' }
        : withResult(match, { version: stored.version, score: input.score }),
    );
    if (!changed) {
      throw new InputError([
        makeIssue('match', 'body match', "one of the edition's match ids", `"${input.match}"`),
      ]);
    }
    const format: EditionFormat = localizeEdition(changed.format, language);
    const state = runEdition(format, { language });
    const entry = listMatches(format).find((candidate) => candidate.id === input.match);
    const stage = state.stages.find((candidate) => candidate.id === entry?.stage);
    const tables: Record<string, string> = {};
    if (entry && stage && stage.kind !== 'knockout' && stage.kind !== 'qualification') {
      // The tables the match is in: those of its clubs (a federation's stage has thousands).
      const { home, away } = entry.match;
      for (const [g, group] of stage.groups.entries()) {
        if (!group.table.some((row) => row.clubId === home || row.clubId === away)) continue;
        tables[`table-${stage.id}-${g}`] = String(
          await tableOf(
            group.table,
            WEB_WORDS[language],
            `${stage.name}${stage.groups.length > 1 ? ` — ${group.name}` : ''}`,
          ),
        );
      }
    }
    return c.json({ tables });
  });

  // A draw computed and shown on the map; kept by POST /api/editions/{id}/draw with write.
  app.post('/editions/:id/edit/draw', async (c) => {
    const language = languageOf(c);
    const stored = await deps.editionOr404(c.req.param('id'));
    deps.writer(c, stored.competition);
    const input = await deps.body(c, DrawBodySchema);
    const { drawInput, draw, result } = await deps.computeDraw(stored, { ...input, write: false });
    const stage = stored.format.stages.find((candidate) => candidate.id === input.stage);
    const names =
      stage?.kind === 'groups' && stage.groups.length === draw.groups.length
        ? stage.groups.map((group) => group.name)
        : draw.groups.map((_, index) => `${index + 1}`);
    const map = await groupsMap(stored.format, input.stage, drawInput, draw.groups, names);
    return c.html(drawResultFragment(language, result, map, input));
  });

  app.get('/editions/:id/audit', async (c) => {
    const language = languageOf(c);
    const user = c.get('user');
    if (!user) return signInFirst(c);
    const stored = await store.getEdition(c.req.param('id'));
    if (!stored) return c.html(notFoundPage(language), 404);
    return c.html(
      auditPage(
        language,
        stored.id,
        `${stored.format.competition} ${stored.format.edition}`,
        await store.auditLog(stored.id),
      ),
    );
  });
}

/** Where to go after signing in: a path of this site only. @internal */
function safeNext(next: string | undefined): string {
  return next?.startsWith('/') && !next.startsWith('//') ? next : '/editor';
}
