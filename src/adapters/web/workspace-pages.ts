import { html, raw } from 'hono/html';
import type { EditionFormat, StageFormat } from '#core/format/edition-format.ts';
import type { EditionState } from '#core/format/edition-state.ts';
import { listMatches } from '#core/format/match-ids.ts';
import type { Club } from '#core/model/club.ts';
import type { Match } from '#core/model/match.ts';
import type { AuditEntry, User } from '#core/ports/edition-store.ts';
import type { Language } from '#core/standings/tiebreaker-values.ts';
import { withUnit } from '../formats/draw/read-draw-input.ts';
import { mapSection } from './map-section.ts';
import {
  dateFormat,
  type EditionSummary,
  GROUPS_ON_PAGE,
  type GroupListView,
  groupList,
  type Html,
  layout,
  listsGroups,
  tableOf,
} from './pages.ts';
import type { StageMap } from './stage-maps.ts';
import { localeOf, WEB_WORDS } from './web-words.ts';
import { EDIT_SCRIPT, HOME_SCRIPT } from './workspace-script.ts';
import { WORKSPACE_WORDS, type WorkspaceWords } from './workspace-words.ts';

/**
 * @module The editor's workspace: sign-in, the editions a user may edit, and an edition's editing
 * page (results with the table as typed, the draw on the map, fixtures, rulings, clubs), and the
 * audit log. Forms post to the API (one set of checks, one set of messages); the page's script
 * puts each message beside its field.
 */

/** The sign-in form; `problem` is what went wrong with the last attempt. */
export function signInPage(
  language: Language,
  next: string,
  problem?: { readonly message: string; readonly name?: string },
): Html {
  const words = WORKSPACE_WORDS[language];
  const body = html`<h1>${words.signIn}</h1>
<form method="post" action="/sign-in" class="form" novalidate>
<input type="hidden" name="next" value="${next}">
${problem ? html`<p class="error" role="alert" id="sign-in-error">${problem.message}</p>` : ''}
<label>${words.name}<input name="name" autocomplete="username" required value="${problem?.name ?? ''}"${problem ? html` aria-describedby="sign-in-error" aria-invalid="true"` : ''}></label>
<label>${words.password}<input name="password" type="password" autocomplete="current-password" required${problem ? html` aria-describedby="sign-in-error" aria-invalid="true"` : ''}></label>
<button type="submit">${words.signIn}</button>
</form>`;
  return layout(language, words.signIn, body, { path: '/sign-in' });
}

/** Who is signed in, and the way out. */
function whoBar(words: WorkspaceWords, user: User): Html {
  return html`<div class="who"><span>${words.signedInAs} <strong>${user.name}</strong> (${user.role})</span>
<form method="post" action="/sign-out" class="inline"><button type="submit" class="link">${words.signOut}</button></form></div>`;
}

/**
 * The workspace's front page: the editions the user may edit, a new edition from a preset, and an
 * import read before it is accepted.
 */
export function workspacePage(
  language: Language,
  user: User,
  editions: readonly EditionSummary[],
  csrf: string,
  rulePresets: readonly string[],
): Html {
  const words = WORKSPACE_WORDS[language];
  const field = (form: string, name: string, label: string, control: Html, kinds?: string) =>
    html`<div class="field"${kinds ? html` data-kinds="${kinds}"` : ''}><label for="${form}-${name}">${label}</label>${control}<span class="message" id="${form}-${name}-message"></span></div>`;
  const input = (form: string, name: string, attributes = '') =>
    html`<input id="${form}-${name}" name="${name}" ${raw(attributes)} aria-describedby="${form}-${name}-message">`;
  const body = html`<h1>${words.workspace}</h1>
${whoBar(words, user)}
<h2>${words.yourEditions}</h2>
${
  editions.length === 0
    ? html`<p>${words.noEditionsToEdit}</p>`
    : html`<ul>${editions.map((edition) => html`<li><a href="/editions/${edition.id}/edit?lang=${language}">${edition.competition} ${edition.season}</a> · <a href="/editions/${edition.id}?lang=${language}" class="muted">${words.publicPage}</a></li>`)}</ul>`
}
<section id="new-edition"><h2>${words.newEdition}</h2>
<form class="preset form" novalidate>
${field('preset', 'competition', words.competitionName, input('preset', 'competition', 'required'))}
${field('preset', 'edition', words.season, input('preset', 'edition', 'required'))}
${field('preset', 'preset', words.presetKind, html`<select id="preset-preset" name="preset" aria-describedby="preset-preset-message">${Object.entries(words.presets).map(([value, label]) => html`<option value="${value}">${label}</option>`)}</select>`)}
${field('preset', 'rules', words.rulesPreset, html`<select id="preset-rules" name="rules" aria-describedby="preset-rules-message">${rulePresets.map((name) => html`<option value="${name}"${name === 'copa-peru' ? ' selected' : ''}>${words.rulePresets[name] ?? name}</option>`)}</select>`)}
${field('preset', 'clubs', words.clubsList, html`<textarea id="preset-clubs" name="clubs" rows="8" cols="40" required aria-describedby="preset-clubs-message"></textarea>`)}
${field('preset', 'groups', words.groupsForFinal, input('preset', 'groups', 'type="number" min="2" value="2"'), 'groups-and-final')}
${field('preset', 'finalHost', words.finalHost, input('preset', 'finalHost', 'placeholder="Lima"'), 'groups-and-final')}
<label class="check"><input type="checkbox" name="double" checked> ${words.doubleRoundRobin}</label>
${field('preset', 'startDate', words.startDate, input('preset', 'startDate', 'type="date"'))}
${field('preset', 'daysBetweenRounds', words.daysBetween, input('preset', 'daysBetweenRounds', 'type="number" min="1" max="60" value="7"'))}
${field('preset', 'promoted', words.promotedCount, input('preset', 'promoted', 'type="number" min="0"'), 'league')}
${field('preset', 'relegated', words.relegatedCount, input('preset', 'relegated', 'type="number" min="0"'), 'league')}
<button type="submit">${words.create}</button>
<span class="message form-message" aria-live="polite"></span>
</form></section>
<section id="import"><h2>${words.importRecord}</h2>
<p class="muted">${words.importHelp}</p>
<form class="import form" novalidate>
${field('import', 'file', words.file, input('import', 'file', 'type="file" accept=".txt,.html,.csv,.json,.yaml,text/*"'))}
${field('import', 'text', words.orPaste, html`<textarea id="import-text" name="text" rows="6" cols="40" aria-describedby="import-text-message"></textarea>`)}
${field('import', 'from', words.sourceFormat, html`<select id="import-from" name="from"><option value="">${words.recognise}</option>${['article', 'wikitext', 'copy', 'rsssf', 'footballtxt', 'csv', 'json'].map((format) => html`<option value="${format}">${format}</option>`)}</select>`)}
<button type="submit">${words.review}</button>
<span class="message form-message" aria-live="polite"></span>
</form>
<div id="import-report" aria-live="polite"></div>
</section>`;
  return layout(language, words.workspace, body, {
    path: '/editor',
    script: HOME_SCRIPT,
    main: { csrf, version: '0', words: JSON.stringify(words) },
  });
}

/** What the editing page needs besides the edition. */
export interface EditPageInput {
  readonly id: string;
  readonly version: number;
  readonly csrf: string;
  readonly user: User;
  readonly format: EditionFormat;
  readonly state: EditionState;
  readonly maps: readonly StageMap[];
  /**
   * In a stage of many groups ({@link GROUPS_ON_PAGE}), the group whose table and matches the
   * page shows, and what its list of groups shows.
   */
  readonly view?: GroupListView & { readonly stage?: string; readonly group?: string };
}

/**
 * An edition's editing page: for each stage its tables and its matches, each with a score field
 * (Enter saves, the table follows as you type); a draw for a groups stage whose matches are not
 * played; fixtures for a stage without them; then rulings, clubs, and the way to the audit log.
 * A stage of many groups lists them (found by name, a page at a time, as on the public pages) and
 * shows the table and matches of the one chosen.
 */
export function editPage(language: Language, input: EditPageInput): Html {
  const { id, format, state, user } = input;
  const words = WORKSPACE_WORDS[language];
  const web = WEB_WORDS[language];
  const date = dateFormat(language);
  const number = (value: number) => value.toLocaleString(localeOf(language));
  const names = new Map(format.clubs.map((club) => [club.id, club.name]));
  const nameOf = (club: string | null) => (club === null ? '' : (names.get(club) ?? club));
  const matches = listMatches(format);
  const offered = offeredToForms(format, state, matches, input.view);
  const stages = format.stages.map((stage, index) => {
    const stageState = state.stages[index];
    let stageMatches = matches.filter((entry) => entry.stage === stage.id);
    const played = stageMatches.some(({ match }) => match.status !== 'scheduled');
    // A stage of many groups: its list, and the group chosen from it.
    const many = stageState !== undefined && listsGroups(stageState);
    const viewed = many && input.view?.stage === stage.id ? input.view : undefined;
    const chosen = viewed
      ? (stageState?.groups.findIndex((group) => group.id === viewed.group) ?? -1)
      : -1;
    if (many) {
      const clubs = new Set(stageState?.groups[chosen]?.table.map((row) => row.clubId));
      stageMatches = stageMatches.filter(({ match }) => clubs.has(match.home));
    }
    const tables =
      stageState && stage.kind !== 'knockout' && stage.kind !== 'qualification'
        ? stageState.groups.map((group, g) =>
            many && g !== chosen
              ? ''
              : html`${many ? html`<h3>${group.name}</h3>` : ''}<div class="preview" id="table-${stage.id}-${g}" data-caption-saved="${words.current}" data-caption-preview="${words.preview}">${tableOf(group.table, web, `${stage.name}${stageState.groups.length > 1 ? ` — ${group.name}` : ''}`)}</div>`,
          )
        : '';
    const list =
      many && stage.kind === 'groups' && stageState
        ? groupList(
            stageState,
            stage,
            web,
            {
              language,
              action: `/editions/${id}/edit`,
              fields: { lang: language, stage: stage.id },
              group: (group) =>
                `/editions/${id}/edit?${new URLSearchParams({ lang: language, stage: stage.id, group })}#edit-${stage.id}`,
            },
            viewed ?? {},
          ).part
        : '';
    const map = input.maps.find((candidate) => candidate.stage === stage.id);
    return html`<section class="stage" id="edit-${stage.id}">
<h2>${stage.name}</h2>
${map ? html`<details class="map-of-stage"><summary>${web.map}</summary>${mapSection(map, stage.name, web, number)}</details>` : ''}
${stage.kind === 'groups' && !played ? drawForm(stage, words) : ''}
${(stage.kind === 'groups' || stage.kind === 'league' || stage.kind === 'table') && !played ? fixturesForm(stage, words, format) : ''}
${list}
${tables}
${stageMatches.length > 0 ? resultsTable(stageMatches, words, nameOf, date) : ''}
</section>`;
  });
  const body = html`<h1>${words.editing} ${format.competition} ${format.edition}</h1>
${whoBar(words, user)}
<p><a href="/editions/${id}?lang=${language}">${words.publicPage}</a> · <a href="/editions/${id}/audit?lang=${language}">${words.auditLog}</a> · ${words.version} <span id="version">${input.version}</span></p>
<p role="status" aria-live="polite" id="page-status"></p>
<h2 class="visually-hidden">${words.results}</h2>
<p class="muted">${words.resultsHelp}</p>
${stages}
${rulingsForm(offered, words, nameOf)}
${clubsForms(offered, words, nameOf)}`;
  // The other language's page shows the same group and list.
  const query = new URLSearchParams();
  const { view } = input;
  if (view?.stage) {
    query.set('stage', view.stage);
    if (view.group) query.set('group', view.group);
    if (view.find) query.set('find', view.find);
    if (view.page !== undefined && view.page > 1) query.set('page', String(view.page));
  }
  return layout(language, `${words.editing} ${format.competition} ${format.edition}`, body, {
    path: `/editions/${id}/edit${query.size > 0 ? `?${query}` : ''}`,
    script: EDIT_SCRIPT,
    main: {
      edition: id,
      version: String(input.version),
      csrf: input.csrf,
      words: JSON.stringify(words),
    },
  });
}

/** The matches of a stage, each with its score field. @internal */
function resultsTable(
  matches: readonly { id: string; where: string; match: Match }[],
  words: WorkspaceWords,
  nameOf: (club: string | null) => string,
  date: (iso: string | undefined) => string,
): Html {
  const scoreOf = (match: Match) => {
    // A match that will not be played, or not yet on its day, says so in the field.
    if (match.status === 'cancelled' || match.status === 'postponed')
      return words.unplayed[match.status];
    const score = match.status === 'walkover' ? match.awarded : (match.extraTime ?? match.score);
    return score && match.status !== 'scheduled' ? `${score.home}-${score.away}` : '';
  };
  return html`<div class="scroll"><table class="results">
<caption class="muted">${words.results}</caption>
<thead><tr><th scope="col" class="club">${words.where}</th><th scope="col" class="club">${words.date}</th><th scope="col">${words.home}</th><th scope="col">${words.score}</th><th scope="col" class="club">${words.away}</th><th scope="col" class="club"><span class="visually-hidden">${words.saved}</span></th></tr></thead>
<tbody>${matches.map(
    ({ id, where, match }) =>
      html`<tr><td class="club">${where}</td><td class="club">${date(match.date)}</td><th scope="row">${nameOf(match.home)}</th><td><input class="score" name="score" data-match="${id}" value="${scoreOf(match)}" data-saved="${scoreOf(match)}" size="9" autocomplete="off" inputmode="text" aria-label="${words.score}: ${nameOf(match.home)} – ${nameOf(match.away)}" aria-describedby="message-${id}"></td><td class="club">${nameOf(match.away)}</td><td class="club"><span class="message" id="message-${id}" aria-live="polite"></span></td></tr>`,
  )}</tbody>
</table></div>`;
}

/** The draw of a groups stage. @internal */
function drawForm(stage: StageFormat & { kind: 'groups' }, words: WorkspaceWords): Html {
  const field = (name: string) => `draw-${stage.id}-${name}`;
  return html`<details class="panel"><summary>${words.draw}</summary>
<p class="muted">${words.drawHelp}</p>
<form class="draw form" data-stage="${stage.id}" novalidate>
<label for="${field('groups')}">${words.groupsCount}</label><input id="${field('groups')}" name="groups" type="number" min="1" value="${stage.groups.length}" aria-describedby="${field('groups')}-message"><span class="message" id="${field('groups')}-message"></span>
<label for="${field('method')}">${words.method}</label><select id="${field('method')}" name="method">${(['auto', 'exact', 'fast'] as const).map((method) => html`<option value="${method}">${words.methods[method]}</option>`)}</select>
<label for="${field('seed')}">${words.seed}</label><input id="${field('seed')}" name="seed" type="number" min="1" value="1" aria-describedby="${field('seed')}-message"><span class="message" id="${field('seed')}-message"></span>
<label class="check"><input type="checkbox" name="apartByRegion"> ${words.apartByRegion}</label>
${distancesField(field('distances'), words)}
<button type="submit">${words.runDraw}</button>
</form>
<div class="draw-result" aria-live="polite"></div>
</details>`;
}

/** A CSV file of the editor's own distances between clubs, sent with a draw or a travel search. */
function distancesField(id: string, words: WorkspaceWords): Html {
  return html`<label for="${id}">${words.ownDistances}</label><input id="${id}" name="distances" type="file" accept=".csv,text/csv,text/plain" aria-describedby="${id}-message"><span class="message" id="${id}-message"></span>`;
}

/**
 * Fixtures for a stage whose matches are not played; the least travel is offered where travel
 * depends on the order (not in groups, not at one venue). @internal
 */
function fixturesForm(stage: StageFormat, words: WorkspaceWords, format: EditionFormat): Html {
  const field = (name: string) => `fixtures-${stage.id}-${name}`;
  const start = format.dates?.from ?? '';
  return html`<details class="panel"><summary>${words.fixtures}</summary>
<p class="muted">${words.fixturesHelp}</p>
<form class="fixtures form" data-stage="${stage.id}" novalidate>
<label class="check"><input type="checkbox" name="double" checked> ${words.doubleRoundRobin}</label>
${stage.kind === 'groups' || stage.singleVenue ? '' : html`<label class="check"><input type="checkbox" name="travel"> ${words.leastTravel}</label>${distancesField(field('distances'), words)}`}
<label for="${field('start')}">${words.startDate}</label><input id="${field('start')}" name="start" type="date" value="${start}" aria-describedby="${field('start')}-message"><span class="message" id="${field('start')}-message"></span>
<fieldset class="weekdays"><legend>${words.weekdays}</legend>${words.dayNames.map((day, index) => html`<label class="check"><input type="checkbox" name="weekdays" value="${index}"${index === 0 ? ' checked' : ''}> ${day}</label> `)}<span class="message" id="${field('weekdays')}-message"></span></fieldset>
<label for="${field('rest')}">${words.restDays}</label><input id="${field('rest')}" name="rest" type="number" min="0" max="60" value="2" aria-describedby="${field('rest')}-message"><span class="message" id="${field('rest')}-message"></span>
<label for="${field('venues')}">${words.venues}</label><input id="${field('venues')}" name="venues" aria-describedby="${field('venues')}-message"><span class="message" id="${field('venues')}-message"></span>
<label for="${field('kickoffs')}">${words.kickoffs}</label><input id="${field('kickoffs')}" name="kickoffs" placeholder="15:30, 18:00" aria-describedby="${field('kickoffs')}-message"><span class="message" id="${field('kickoffs')}-message"></span>
<button type="submit">${words.generateFixtures}</button>
<span class="message form-message" aria-live="polite"></span>
</form>
</details>`;
}

/** The clubs and matches the rulings' and clubs' forms offer. */
interface Offered {
  readonly format: EditionFormat;
  readonly clubs: readonly Club[];
  readonly matches: readonly { id: string; where: string; match: Match }[];
  /** Only some: those of the group chosen in a stage of many groups, and of the other stages. */
  readonly scoped: boolean;
}

/**
 * What the forms below the stages offer: every club and match of the edition, or, in an edition
 * with a stage of many groups (a federation's thousands of leagues would make selects of tens of
 * thousands of options), the clubs and matches of the group chosen and of the other stages.
 */
function offeredToForms(
  format: EditionFormat,
  state: EditionState,
  matches: readonly { id: string; stage: string; where: string; match: Match }[],
  view: EditPageInput['view'],
): Offered {
  const crowded = new Set(state.stages.flatMap((stage) => (listsGroups(stage) ? [stage.id] : [])));
  if (crowded.size === 0) return { format, clubs: format.clubs, matches, scoped: false };
  const kept = new Set<string>();
  for (const stage of state.stages) {
    const groups = crowded.has(stage.id)
      ? stage.groups.filter((group) => stage.id === view?.stage && group.id === view.group)
      : stage.groups;
    const slots = [
      ...groups.flatMap((group) => group.entrants),
      ...(crowded.has(stage.id) ? [] : stage.ties.flatMap((tie) => [tie.home, tie.away])),
      ...(crowded.has(stage.id) ? [] : stage.qualified),
    ];
    for (const slot of slots) if (slot.club) kept.add(slot.club);
    for (const group of groups) for (const row of group.table) kept.add(row.clubId);
  }
  return {
    format,
    clubs: format.clubs.filter((club) => kept.has(club.id)),
    matches: matches.filter(
      ({ stage, match }) => !crowded.has(stage) || (kept.has(match.home) && kept.has(match.away)),
    ),
    scoped: true,
  };
}

/** The form of a ruling: its kind decides which fields count. @internal */
function rulingsForm(
  offered: Offered,
  words: WorkspaceWords,
  nameOf: (club: string | null) => string,
): Html {
  const { format } = offered;
  const clubOptions = html`<option value="">${words.choose}</option>${offered.clubs.map((club) => html`<option value="${club.id}">${club.name}</option>`)}`;
  const matchOptions = html`<option value="">${words.choose}</option>${offered.matches.map(({ id, where, match }) => html`<option value="${id}">${where}: ${nameOf(match.home)} – ${nameOf(match.away)}</option>`)}`;
  const stageOptions = format.stages.map(
    (stage) => html`<option value="${stage.id}">${stage.name}</option>`,
  );
  const field = (name: string, label: string, control: Html, kinds: string) =>
    html`<div class="field" data-kinds="${kinds}"><label for="ruling-${name}">${label}</label>${control}<span class="message" id="ruling-${name}-message"></span></div>`;
  const described = (name: string) => `aria-describedby="ruling-${name}-message"`;
  return html`<section id="rulings"><h2>${words.rulings}</h2>
<p class="muted">${words.rulingsHelp}</p>
${offered.scoped ? html`<p class="muted">${words.scopedToGroup}</p>` : ''}
<form class="ruling form" novalidate>
${field('kind', words.kind, html`<select id="ruling-kind" name="kind" ${raw(described('kind'))}>${Object.entries(words.rulingKinds).map(([kind, label]) => html`<option value="${kind}">${label}</option>`)}</select>`, '*')}
${field('club', words.club, html`<select id="ruling-club" name="club" ${raw(described('club'))}>${clubOptions}</select>`, 'pointAdjustment withdrawal')}
${field('points', words.points, html`<input id="ruling-points" name="points" type="number" value="-3" ${raw(described('points'))}>`, 'pointAdjustment')}
${field('results', words.results_, html`<select id="ruling-results" name="results">${Object.entries(words.withdrawalResults).map(([value, label]) => html`<option value="${value}">${label}</option>`)}</select>`, 'withdrawal')}
${field('match', words.match, html`<select id="ruling-match" name="match" ${raw(described('match'))}>${matchOptions}</select>`, 'awardedResult')}
${field('score', words.awardedScore, html`<input id="ruling-score" name="score" value="3-0" size="5" ${raw(described('score'))}>`, 'awardedResult')}
${field('forfeitedBy', words.forfeitedBy, html`<select id="ruling-forfeitedBy" name="forfeitedBy">${Object.entries(words.sides).map(([value, label]) => html`<option value="${value}">${label}</option>`)}</select>`, 'awardedResult')}
${field('stage', words.stage, html`<select id="ruling-stage" name="stage" ${raw(described('stage'))}>${stageOptions}</select>`, 'replacement')}
${field('out', words.clubOut, html`<select id="ruling-out" name="out" ${raw(described('out'))}>${clubOptions}</select>`, 'replacement')}
${field('in', words.clubIn, html`<select id="ruling-in" name="in" ${raw(described('in'))}>${clubOptions}</select>`, 'replacement')}
${field('reason', words.reason, html`<input id="ruling-reason" name="reason" required ${raw(described('reason'))}>`, '*')}
${field('authority', words.authority, html`<input id="ruling-authority" name="authority" ${raw(described('authority'))}>`, '*')}
${field('source', words.source, html`<input id="ruling-source" name="source" type="url" ${raw(described('source'))}>`, '*')}
<button type="submit">${words.recordRuling}</button>
<span class="message form-message" aria-live="polite"></span>
</form></section>`;
}

/** The edition's clubs, a form to register one and a form to merge two. @internal */
function clubsForms(
  offered: Offered,
  words: WorkspaceWords,
  nameOf: (club: string | null) => string,
): Html {
  const clubOptions = offered.clubs.map(
    (club) => html`<option value="${club.id}">${club.name}</option>`,
  );
  const field = (form: string, name: string, label: string, attributes = '') =>
    html`<div class="field"><label for="${form}-${name}">${label}</label><input id="${form}-${name}" name="${name}" ${raw(attributes)} aria-describedby="${form}-${name}-message"><span class="message" id="${form}-${name}-message"></span></div>`;
  return html`<section id="clubs"><h2>${words.clubs}</h2>
${offered.scoped ? html`<p class="muted">${words.scopedToGroup}</p>` : ''}
<ul class="clubs">${offered.clubs.map((club) => html`<li>${club.name}${club.location?.city || club.location?.region ? html` <small>— ${[club.location?.city, club.location?.region].filter(Boolean).join(', ')}</small>` : ''}</li>`)}</ul>
<details class="panel"><summary>${words.registerClub}</summary>
<form class="club form" novalidate>
${field('club', 'name', words.clubName, 'required')}
${field('club', 'id', words.clubId, 'pattern="[a-z0-9][a-z0-9-]*"')}
${field('club', 'city', words.city)}
${field('club', 'region', words.region)}
${field('club', 'lat', words.latitude, 'type="number" step="any" min="-90" max="90"')}
${field('club', 'lon', words.longitude, 'type="number" step="any" min="-180" max="180"')}
<button type="submit">${words.register}</button>
<span class="message form-message" aria-live="polite"></span>
</form></details>
<details class="panel"><summary>${words.mergeClubs}</summary>
<form class="merge form" novalidate>
<div class="field"><label for="merge-from">${words.mergeFrom}</label><select id="merge-from" name="from" aria-describedby="merge-from-message">${clubOptions}</select><span class="message" id="merge-from-message"></span></div>
<div class="field"><label for="merge-into">${words.mergeInto}</label><select id="merge-into" name="into" aria-describedby="merge-into-message">${clubOptions}</select><span class="message" id="merge-into-message"></span></div>
${field('merge', 'reason', words.reason, 'required')}
<button type="submit">${words.merge}</button>
<span class="message form-message" aria-live="polite"></span>
</form></details>
<details class="panel"><summary>${words.splitClub}</summary>
<form class="split form" novalidate>
<div class="field"><label for="split-from">${words.mergeFrom}</label><select id="split-from" name="from" aria-describedby="split-from-message">${clubOptions}</select><span class="message" id="split-from-message"></span></div>
${field('split', 'name', words.otherClubName, 'required')}
${field('split', 'id', words.clubId, 'pattern="[a-z0-9][a-z0-9-]*"')}
${field('split', 'city', words.city)}
${field('split', 'region', words.region)}
<div class="field"><label for="split-matches">${words.movedMatches}</label><select id="split-matches" name="matches" multiple size="8" aria-describedby="split-matches-message">${offered.matches.map(({ id, where, match }) => html`<option value="${id}" data-clubs="${match.home} ${match.away}">${where}: ${nameOf(match.home)} – ${nameOf(match.away)}</option>`)}</select><span class="message" id="split-matches-message"></span></div>
${field('split', 'reason', words.reason, 'required')}
<button type="submit">${words.split}</button>
<span class="message form-message" aria-live="polite"></span>
</form></details>
</section>`;
}

/** The outcome of a draw, shown before it is kept: the groups, their kilometres, the map. */
export function drawResultFragment(
  language: Language,
  result: {
    readonly groups: readonly (readonly string[])[];
    readonly cost: number;
    readonly optimal: boolean;
    readonly gap?: number | undefined;
    readonly notes: readonly string[];
  },
  map: StageMap,
  request: unknown,
): Html {
  const words = WORKSPACE_WORDS[language];
  const web = WEB_WORDS[language];
  const number = (value: number) => value.toLocaleString(localeOf(language));
  const quality = result.optimal
    ? words.optimal
    : words.withinGap.replace('{gap}', number(Math.round((result.gap ?? 0) * 1000) / 10));
  return html`<p><strong>${words.total}: ${withUnit(number(Math.round(result.cost)), map.unit)}</strong> — ${quality}</p>
${result.notes.length > 0 ? html`<ul class="muted">${result.notes.map((note) => html`<li>${note}</li>`)}</ul>` : ''}
${mapSection(map, words.draw, web, number)}
<button type="button" class="keep-draw" data-request="${JSON.stringify(request)}">${words.keepDraw}</button>
<span class="message form-message" aria-live="polite"></span>`;
}

/** The audit log of an edition: who changed what, when and why. */
export function auditPage(
  language: Language,
  id: string,
  title: string,
  entries: readonly AuditEntry[],
): Html {
  const words = WORKSPACE_WORDS[language];
  const when = new Intl.DateTimeFormat(localeOf(language), {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'America/Lima',
  });
  const shorten = (text: string | null) =>
    text === null ? '' : text.length > 400 ? `${text.slice(0, 400)}…` : text;
  const body = html`<h1>${words.auditLog}: ${title}</h1>
<p><a href="/editions/${id}/edit?lang=${language}">${words.edit}</a> · <a href="/editions/${id}?lang=${language}">${words.publicPage}</a></p>
${
  entries.length === 0
    ? html`<p>${words.noChanges}</p>`
    : html`<div class="scroll"><table class="audit">
<thead><tr><th scope="col" class="club">${words.when}</th><th scope="col" class="club">${words.who}</th><th scope="col" class="club">${words.what}</th><th scope="col" class="club">${words.reason}</th><th scope="col" class="club">${words.change}</th></tr></thead>
<tbody>${[...entries]
        .reverse()
        .map(
          (entry) =>
            html`<tr><td class="club">${when.format(new Date(entry.at))}</td><td class="club">${entry.actor}</td><td class="club">${words.actions[entry.action] ?? entry.action}</td><td class="club">${entry.reason ?? ''}</td><td class="club">${entry.before !== null || entry.after !== null ? html`<details><summary>${words.change}</summary><dl><dt>${words.before}</dt><dd><code>${shorten(entry.before)}</code></dd><dt>${words.after}</dt><dd><code>${shorten(entry.after)}</code></dd></dl></details>` : ''}</td></tr>`,
        )}</tbody>
</table></div>`
}`;
  return layout(language, `${words.auditLog}: ${title}`, body, { path: `/editions/${id}/audit` });
}
