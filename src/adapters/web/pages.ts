import { html, raw } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';
import type { EditionFormat, RoundFormat, StageFormat } from '#core/format/edition-format.ts';
import type { EditionState, StageState } from '#core/format/edition-state.ts';
import { editionWords } from '#core/format/edition-words.ts';
import { listMatches } from '#core/format/match-ids.ts';
import { topScorers } from '#core/format/top-scorers.ts';
import type { Match } from '#core/model/match.ts';
import { nameKey } from '#core/records/club-names.ts';
import type { RecordTableRow, TableStatus } from '#core/records/record-tables.ts';
import type { AsOf } from '#core/standings/apply-rulings.ts';
import type { Language } from '#core/standings/tiebreaker-values.ts';
import { mapSection } from './map-section.ts';
import { type PositionHistory, positionChart } from './position-chart.ts';
import type { StageMap } from './stage-maps.ts';
import { localeOf, WEB_WORDS, type WebWords } from './web-words.ts';

export type Html = HtmlEscapedString | Promise<HtmlEscapedString>;

/** An edition as the home page lists it. */
export interface EditionSummary {
  readonly id: string;
  readonly competition: string;
  readonly season: string;
}

/** The short mark beside a status, so that a table reads without colour. */
const MARKS: Record<TableStatus, string> = {
  champion: '★',
  promoted: '▲',
  qualified: '●',
  relegated: '▼',
  eliminated: '✕',
  withdrawn: '–',
};

const STYLE = `
:root{color-scheme:light;--ink:#1b1f23;--muted:#57606a;--line:#d0d7de;--bg:#fff;--band:#f6f8fa;
--champion:#fff3bf;--promoted:#d3f9d8;--qualified:#d0ebff;--relegated:#ffe3e3;--eliminated:#f1f3f5;--withdrawn:#f1f3f5}
*{box-sizing:border-box}body{margin:0;font:16px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--ink);background:var(--bg)}
header{display:flex;gap:1rem;align-items:center;justify-content:space-between;padding:.6rem 1rem;border-bottom:1px solid var(--line)}
header a{color:inherit}main{max-width:60rem;margin:0 auto;padding:1rem}
h1{font-size:1.6rem;margin:.2rem 0 1rem}h2{font-size:1.3rem;margin:2rem 0 .5rem;border-bottom:1px solid var(--line)}
h3{font-size:1.1rem;margin:1.2rem 0 .4rem}small,.muted{color:var(--muted)}
.summary{border:1px solid var(--line);border-radius:.4rem;padding:.6rem 1rem;background:var(--band)}
.summary dl{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem;margin:0}.summary dt{font-weight:600}.summary dd{margin:0}
.scroll{overflow-x:auto}table{border-collapse:collapse;width:100%;margin:.4rem 0}
th,td{padding:.3rem .45rem;border-bottom:1px solid var(--line);text-align:right;white-space:nowrap}
th[scope=row],td.club,th.club{text-align:left;white-space:normal}thead th{font-size:.85rem;color:var(--muted)}
tr.champion td,tr.champion th{background:var(--champion)}tr.promoted td,tr.promoted th{background:var(--promoted)}
tr.qualified td,tr.qualified th{background:var(--qualified)}tr.relegated td,tr.relegated th{background:var(--relegated)}
tr.eliminated td,tr.eliminated th,tr.withdrawn td,tr.withdrawn th{background:var(--eliminated)}
.mark{display:inline-block;width:1.2em;text-align:center}.legend{display:flex;flex-wrap:wrap;gap:.3rem 1rem;font-size:.9rem;padding:0;list-style:none}
.legend li{padding:0 .3rem;border-radius:.2rem}.legend .champion{background:var(--champion)}.legend .promoted{background:var(--promoted)}
.legend .qualified{background:var(--qualified)}.legend .relegated{background:var(--relegated)}.legend .eliminated,.legend .withdrawn{background:var(--eliminated)}
ul.competitions{list-style:none;padding:0;margin:.4rem 0}ul.competitions li{padding:.2rem 0}
ul.competitions.many{max-height:60vh;overflow-y:auto;border:1px solid var(--line);border-radius:.3rem;padding:.2rem .6rem}
ul.matches{list-style:none;padding:0;margin:.2rem 0}ul.matches li{padding:.15rem 0}.score{font-weight:600;padding:0 .4rem}
.bracket{display:flex;gap:1rem;overflow-x:auto;padding:.3rem 0 .8rem}.bracket section{display:flex;flex-direction:column;min-width:14rem;gap:.4rem}.bracket .ties{flex:1;display:flex;flex-direction:column;justify-content:space-around;gap:.6rem}
.bracket h3{margin:0;font-size:.95rem}.tie{border:1px solid var(--line);border-radius:.3rem;padding:.3rem .4rem;background:var(--bg)}
.tie ol{list-style:none;margin:0;padding:0}.tie li{display:flex;justify-content:space-between;gap:.5rem}.tie li.winner{font-weight:600}
.tie .legs,.tie .decided{display:block;color:var(--muted);white-space:normal}.tie .legs .score{padding:0 .2rem}
.forecast td.chance{position:relative;min-width:6.5rem}.forecast .bar{position:absolute;left:0;top:20%;height:60%;background:#d0ebff;z-index:0}
.forecast .value{position:relative;z-index:1}.as-of{background:var(--band);padding:.4rem .6rem;border-radius:.3rem}
.chart{margin:.6rem 0}.chart svg{display:block;max-width:none}.chart .axis{fill:var(--muted)}.chart .label{fill:var(--ink)}
.map{margin:.6rem 0}.map svg{display:block;width:100%;height:auto;margin:0 auto}.map .label{fill:var(--ink)}
.swatch{display:inline-block;width:.8em;height:.8em;border-radius:50%;vertical-align:baseline}
.form{display:grid;grid-template-columns:max-content minmax(0,22rem) 1fr;gap:.4rem .8rem;align-items:center;margin:.6rem 0}
.form fieldset{grid-column:1/-1;border:1px solid var(--line);border-radius:.3rem;margin:0}.form .field{display:contents}.form .field[hidden]{display:none}.form label.check{grid-column:1/-1}.form button{grid-column:1/2;justify-self:start}
form.form:not(:has(.field)) label:not(.check){display:contents}
input,select,button{font:inherit;padding:.3rem .45rem;border:1px solid var(--line);border-radius:.3rem;max-width:100%}
button{background:#0b5cad;color:#fff;border-color:#0b5cad;cursor:pointer}button.link{background:none;color:#0b5cad;border:0;padding:0;text-decoration:underline}
input[aria-invalid=true]{border-color:#b42318;outline:2px solid #fda29b}.message{font-size:.9rem}.message.error,.error{color:#b42318}.message.ok{color:#067647}
input.score{width:4.5em;text-align:center}.preview.previewing table{outline:2px dashed #0b5cad}.panel{margin:.6rem 0;padding:.4rem .8rem;border:1px solid var(--line);border-radius:.4rem}
.who{display:flex;gap:.6rem;align-items:baseline;flex-wrap:wrap}form.inline{display:inline}code{white-space:pre-wrap;word-break:break-all;font-size:.8rem}
.live{font-size:.85rem;color:var(--muted)}.visually-hidden{position:absolute;left:-10000px;width:1px;height:1px;overflow:hidden}[role=status]:empty{display:none}
`;

/** The page around every page: language, title, the switch to the other language. */
export function layout(
  language: Language,
  title: string,
  body: Html,
  options: {
    readonly path: string;
    readonly script?: string;
    /** Data for the page's script, as `data-*` attributes of `<main>`. */
    readonly main?: Readonly<Record<string, string>>;
  },
): Html {
  const words = WEB_WORDS[language];
  const other: Language = language === 'es' ? 'en' : 'es';
  return html`<!doctype html>
<html lang="${language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<style>${raw(STYLE)}</style>
</head>
<body>
<header>
<a href="/?lang=${language}"><strong>${words.siteTitle}</strong></a>
<nav><a href="/editor?lang=${language}">${words.editors}</a> · <a href="${options.path}${options.path.includes('?') ? '&' : '?'}lang=${other}" hreflang="${other}" lang="${other}">${words.otherLanguage}</a></nav>
</header>
<main${Object.entries(options.main ?? {}).map(([key, value]) => html` data-${key}="${value}"`)}>${body}</main>
${options.script ? html`<script>${raw(options.script)}</script>` : ''}
</body>
</html>`;
}

/** A result of the home page's latest: where it was played and how it ended. */
export interface LatestResult {
  readonly edition: EditionSummary;
  readonly date: string;
  readonly home: string;
  readonly away: string;
  readonly match: Match;
}

/** The home page: every competition and its editions, and the latest results. */
export function homePage(
  language: Language,
  editions: readonly EditionSummary[],
  latest: readonly LatestResult[] = [],
): Html {
  const words = WEB_WORDS[language];
  const byCompetition = new Map<string, EditionSummary[]>();
  for (const edition of editions) {
    byCompetition.set(edition.competition, [
      ...(byCompetition.get(edition.competition) ?? []),
      edition,
    ]);
  }
  // A federation's thousands of leagues: a box of its own, and a field that finds one by name.
  const many = byCompetition.size > MANY_COMPETITIONS;
  // Names in the reader's order, numbers by value: Liga Distrital 2 before Liga Distrital 10.
  const collator = new Intl.Collator(language, { numeric: true });
  const competitions = [...byCompetition].sort(([a], [b]) => collator.compare(a, b));
  const body = html`<h1>${words.siteTitle}</h1>
<p class="muted">${words.tagline}</p>
<h2>${words.competitions}</h2>
${
  editions.length === 0
    ? html`<p>${words.noEditions}</p>`
    : html`${many ? html`<p><label for="find-competition">${words.findCompetition}</label> <input type="search" id="find-competition" autocomplete="off"></p>` : ''}
<ul class="competitions${many ? ' many' : ''}" id="competitions">${competitions.map(
        ([competition, list]) =>
          html`<li data-find="${nameKey(competition)}"><strong>${competition}</strong>: ${list.map((edition, index) => html`${index > 0 ? ' · ' : ''}<a href="/editions/${edition.id}?lang=${language}" aria-label="${edition.competition} ${edition.season}">${edition.season}</a>`)}</li>`,
      )}</ul>`
}
${
  latest.length > 0
    ? html`<h2>${words.latestResults}</h2>
<ul class="matches latest">${latest.map(
        (result) =>
          html`<li><small>${dateFormat(language)(result.date)} · <a href="/editions/${result.edition.id}?lang=${language}">${result.edition.competition} ${result.edition.season}</a></small><br>${matchLine(result.match, (club) => (club === result.match.home ? result.home : result.away), words)}</li>`,
      )}</ul>`
    : ''
}`;
  return layout(language, words.siteTitle, body, {
    path: '/',
    ...(many ? { script: FIND_SCRIPT } : {}),
  });
}

/** Competitions beyond which the home page lists them in a box of their own, with a search field. */
const MANY_COMPETITIONS = 12;

/**
 * The home page's search field: shows the competitions whose name holds what is typed, as
 * {@link nameKey} spells both (case, accents and punctuation aside).
 */
const FIND_SCRIPT = `const find=document.getElementById('find-competition');
const key=(text)=>text.normalize('NFD').replace(/\\p{M}/gu,'').toLowerCase().replace(/\\./g,'').replace(/[^\\p{L}\\p{N}]+/gu,' ').trim();
find.addEventListener('input',()=>{const wanted=key(find.value);
for(const item of document.querySelectorAll('#competitions li'))item.hidden=wanted!==''&&!item.dataset.find.includes(wanted);});`;

/** One edition of a club, as its page shows it. */
export interface ClubEdition {
  readonly id: string;
  readonly format: EditionFormat;
  readonly state: EditionState;
}

/**
 * A club's page: its names over time, and in every edition Torneo holds, where it finished in each
 * stage and every match it played.
 */
export function clubPage(
  language: Language,
  clubId: string,
  editions: readonly ClubEdition[],
): Html {
  const words = WEB_WORDS[language];
  const club = editions
    .map((edition) => edition.format.clubs.find((candidate) => candidate.id === clubId))
    .find(Boolean);
  if (!club) return notFoundPage(language);
  const others = [...new Set((club.names ?? []).map((entry) => entry.name))];
  const date = dateFormat(language);
  const sections = editions.map(({ id, format, state }) => {
    const nameOf = (other: string) =>
      format.clubs.find((candidate) => candidate.id === other)?.name ?? other;
    const places = state.stages.flatMap((stage) =>
      stage.groups.flatMap((group) =>
        group.table
          .filter((row) => row.clubId === clubId)
          .map((row) => ({
            stage: stage.name,
            group: stage.groups.length > 1 ? group.name : '',
            // A group of a groups stage has a page of its own.
            href:
              stage.kind === 'groups'
                ? publicLinks(id, stage.id, language).group(group.id)
                : undefined,
            row,
          })),
      ),
    );
    const matches = listMatches(format).filter(
      ({ match }) => match.home === clubId || match.away === clubId,
    );
    return html`<h2><a href="/editions/${id}?lang=${language}">${format.competition} ${format.edition}</a></h2>
${places.length > 0 ? html`<ul>${places.map(({ stage, group, href, row }) => html`<li>${stage}${group ? html` — ${href ? html`<a href="${href}">${group}</a>` : group}` : ''}: ${editionWords(language).ordinal(row.position)}, ${row.points} ${words.points}${row.status ? html` (${words.status[row.status]})` : ''}</li>`)}</ul>` : ''}
${matches.length > 0 ? html`<ul class="matches">${matches.map(({ match }) => html`<li>${match.date ? html`<small>${date(match.date)}</small> ` : ''}${matchLine(match, (other) => (other === null ? '' : nameOf(other)), words)}</li>`)}</ul>` : ''}`;
  });
  const body = html`<h1>${club.name}</h1>
${others.length > 0 ? html`<p class="muted">${words.otherNames}: ${others.join(', ')}</p>` : ''}
${sections}`;
  return layout(language, club.name, body, { path: `/clubs/${clubId}` });
}

/** Dates as the page's language writes them. @internal */
export function dateFormat(language: Language): (iso: string | undefined) => string {
  const format = new Intl.DateTimeFormat(localeOf(language), {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  return (iso) => (iso ? format.format(new Date(`${iso}T12:00:00Z`)) : '');
}

/** A page that is not there. */
export function notFoundPage(language: Language): Html {
  const words = WEB_WORDS[language];
  return layout(
    language,
    words.notFound,
    html`<h1>${words.notFound}</h1><p><a href="/?lang=${language}">${words.backHome}</a></p>`,
    { path: '/' },
  );
}

/**
 * The edition page — the season article, alive: a summary box, each stage with its tables (status
 * colours, a mark and a legend, tie-break notes), results by round, ties with how they were
 * decided, the team changes, top scorers, sources. A few lines of script swap in the new page when
 * a result lands (no reload, no framework).
 */
export function editionPage(
  language: Language,
  id: string,
  format: EditionFormat,
  state: EditionState,
  maps: readonly StageMap[] = [],
  histories: readonly PositionHistory[] = [],
  view: { readonly asOf?: AsOf; readonly forecast?: string } = {},
): Html {
  const words = WEB_WORDS[language];
  const names = clubNames(format);
  const nameOf = (club: string | null): string =>
    club === null ? words.toBeDecided : (names.get(club) ?? club);
  const date = dateFormat(language);
  const number = (value: number) => value.toLocaleString(localeOf(language));
  const scorers = topScorers(format);
  const best = scorers[0];
  const title = `${format.competition} ${format.edition}`;
  const summary = html`<section class="summary" aria-label="${words.competition}">
<dl>
<dt>${words.competition}</dt><dd>${format.competition}</dd>
<dt>${words.season}</dt><dd>${format.edition}</dd>
<dt>${words.champion}</dt><dd id="champion">${nameOf(state.champion)}</dd>
${best ? html`<dt>${words.topScorer}</dt><dd>${best.player} (${nameOf(best.club)}), ${best.goals} ${words.goals}</dd>` : ''}
${state.promoted.length > 0 ? html`<dt>${words.promoted}</dt><dd>${state.promoted.map((movement, index) => html`${index > 0 ? ', ' : ''}${nameOf(movement.club)}${movement.to ? ` → ${movement.to}` : ''}`)}</dd>` : ''}
${state.relegated.length > 0 ? html`<dt>${words.relegated}</dt><dd>${state.relegated.map((movement, index) => html`${index > 0 ? ', ' : ''}${nameOf(movement.club)}${movement.to ? ` → ${movement.to}` : ''}`)}</dd>` : ''}
${format.previous ? html`<dt>${words.previous}</dt><dd>${String(format.previous)}</dd>` : ''}
${format.next ? html`<dt>${words.next}</dt><dd>${String(format.next)}</dd>` : ''}
</dl>
</section>`;
  const stages = state.stages.map((stage) => {
    const stageFormat = format.stages.find((candidate) => candidate.id === stage.id);
    const map = maps.find((candidate) => candidate.stage === stage.id);
    return stageSection(stage, stageFormat, words, nameOf, date, {
      ...(map ? { map } : {}),
      number,
      histories: histories.filter((history) => history.stage === stage.id),
      edition: id,
      language,
    });
  });
  const changes =
    state.teamChanges.length > 0
      ? html`<h2>${words.teamChanges}</h2>
${state.teamChanges.map((change) => html`<h3>${change.heading}</h3><p>${change.clubs.map(nameOf).join(', ')}</p>`)}`
      : '';
  const scorerTable =
    scorers.length > 0
      ? html`<h2>${words.topScorers}</h2>
<div class="scroll"><table>
<thead><tr><th scope="col">${words.position}</th><th scope="col" class="club">${words.player}</th><th scope="col" class="club">${words.club}</th><th scope="col">${words.goals}</th></tr></thead>
<tbody>${scorers.slice(0, 10).map((scorer, index) => html`<tr><td>${index + 1}</td><th scope="row">${scorer.player}</th><td class="club">${nameOf(scorer.club)}</td><td>${scorer.goals}</td></tr>`)}</tbody>
</table></div>`
      : '';
  const sources =
    format.sources.length > 0
      ? html`<h2>${words.sources}</h2>
<ul>${format.sources.map((source) => html`<li>${source.url ? html`<a href="${source.url}">${source.title}</a>` : source.title}${source.detail ? html` — ${source.detail}` : ''}</li>`)}</ul>`
      : '';
  const asOfNote = view.asOf
    ? html`<p class="as-of"><strong>${view.asOf.round !== undefined ? words.asOfRound.replace('{n}', String(view.asOf.round)) : words.asOfDate.replace('{date}', date(view.asOf.date))}</strong> · <a href="/editions/${id}">${words.wholeEdition}</a></p>`
    : '';
  // The forecast is worked out after the page has painted, and filled in by the script.
  const forecast = view.forecast ? forecastHolder(view.forecast, words) : '';
  const body = html`<h1>${title}</h1>
${asOfNote}
${summary}
${forecast}
${stages}
${changes}
${scorerTable}
${sources}
${liveNote(words)}`;
  return layout(language, title, body, {
    path: `/editions/${id}`,
    script: liveScript(id, words.updated),
  });
}

/** One stage: its tables, results and ties, or who came through it. */
function stageSection(
  stage: StageState,
  format: StageFormat | undefined,
  words: WebWords,
  nameOf: (club: string | null) => string,
  date: (iso: string | undefined) => string,
  extras: {
    readonly map?: StageMap;
    readonly number: (value: number) => string;
    readonly histories: readonly PositionHistory[];
    readonly edition: string;
    readonly language: Language;
  },
): Html {
  const host = format?.host;
  const hosted = host ? `, ${words.hostedIn.replace('{place}', () => host)}` : '';
  const heading = html`<h2 id="stage-${stage.id}">${stage.name} <small>(${words.stageKind[stage.kind]}, ${words.stageStatus[stage.status]}${hosted})</small></h2>`;
  const mapPart = extras.map
    ? html`<details open class="map-of-stage"><summary>${words.map}</summary>${mapSection(extras.map, stage.name, words, extras.number)}</details>`
    : '';
  if (stage.kind === 'qualification') {
    return html`${heading}
<h3>${words.qualified}</h3>
<ul>${stage.qualified.map((slot) => html`<li>${slot.label}: ${slot.club === null && stage.status === 'unknown' ? words.notKnown : nameOf(slot.club)}</li>`)}</ul>`;
  }
  if (stage.kind === 'knockout') {
    const rounds = [...new Set(stage.ties.map((tie) => tie.round))];
    const side = (
      slot: StageState['ties'][number]['home'],
      goals: number,
      tie: StageState['ties'][number],
    ) => {
      const name = nameOf(slot.club) === words.toBeDecided ? slot.label : nameOf(slot.club);
      const won = tie.winner !== null && tie.winner === slot.club;
      return html`<li class="${won ? 'winner' : ''}"><span class="club">${won ? html`<span class="mark" aria-hidden="true">✓</span>` : html`<span class="mark"></span>`}${slot.club ? html`<a href="/clubs/${slot.club}">${name}</a>` : name}${won ? html`<span class="visually-hidden"> (${words.through})</span>` : ''}</span><span class="goals">${tie.legs.some((leg) => leg.status !== 'scheduled') ? goals : ''}</span></li>`;
    };
    return html`${heading}
<div class="bracket" role="list" aria-label="${words.ties}">${rounds.map(
      (
        round,
      ) => html`<section role="listitem" aria-label="${round}"><h3>${round}</h3><div class="ties">
${stage.ties
  .filter((tie) => tie.round === round)
  .map(
    (
      tie,
    ) => html`<div class="tie"><ol>${side(tie.home, tie.aggregate[0], tie)}${side(tie.away, tie.aggregate[1], tie)}</ol>
${tie.legs.length > 1 ? html`<small class="legs">${tie.legs.map((leg, index) => html`${index > 0 ? ', ' : ''}${matchLine(leg, (club) => nameOf(club), words)}`)}</small>` : ''}
${tie.decidedBy ? html`<small class="decided">${tie.decidedBy}</small>` : ''}
${[tie.home, tie.away].map((slot) => (slot.replaced ? html`<small class="decided">${slot.replaced.note}</small>` : ''))}</div>`,
  )}</div></section>`,
    )}</div>`;
  }
  const groupFormats =
    format?.kind === 'groups'
      ? format.groups.map((group) => group.rounds)
      : format?.kind === 'league' || format?.kind === 'table'
        ? [format.rounds]
        : [];
  if (format?.kind === 'groups' && listsGroups(stage)) {
    return html`${heading}
${mapPart}
${groupList(stage, format, words, publicLinks(extras.edition, stage.id, extras.language)).part}`;
  }
  return html`${heading}
${mapPart}
${stage.groups.map((group, index) =>
  groupPart(stage, index, groupFormats[index] ?? [], words, nameOf, date, {
    histories: extras.histories,
    titled: stage.groups.length > 1,
    // Each group of a groups stage has its page: the heading leads there.
    ...(format?.kind === 'groups'
      ? { href: publicLinks(extras.edition, stage.id, extras.language).group(group.id) }
      : {}),
  }),
)}`;
}

/** A group's (or a league's) table, its chart, its notes and its rounds. */
function groupPart(
  stage: StageState,
  index: number,
  rounds: readonly RoundFormat[],
  words: WebWords,
  nameOf: (club: string | null) => string,
  date: (iso: string | undefined) => string,
  extras: {
    readonly histories: readonly PositionHistory[];
    readonly titled: boolean;
    /** Where the group's heading leads. */
    readonly href?: string;
  },
): Html {
  const group = stage.groups[index];
  if (!group) return html``;
  const statuses = [...new Set(group.table.flatMap((row) => (row.status ? [row.status] : [])))];
  const notes = group.table.filter((row) => row.note);
  const replaced = group.entrants.flatMap((slot) => (slot.replaced ? [slot.replaced.note] : []));
  const caption = `${stage.name}${stage.groups.length > 1 ? ` — ${group.name}` : ''}`;
  return html`${extras.titled ? html`<h3>${extras.href ? html`<a href="${extras.href}">${group.name}</a>` : group.name}</h3>` : ''}
${tableOf(group.table, words, caption)}
${group.printed ? html`<p class="muted">${words.printedTable}</p>` : ''}
${group.sums ? html`<p class="muted">${group.sumsMatches === 'all' ? words.sumsAll : words.sums} ${group.sums.join(', ')}.</p>` : ''}
${extras.histories
  .filter((history) => history.stage === stage.id && history.group === index)
  .map((history) => positionChart(history, caption, words))}
${statuses.length > 0 ? html`<ul class="legend" aria-label="${words.legend}">${statuses.map((status) => html`<li class="${status}"><span class="mark" aria-hidden="true">${MARKS[status]}</span> ${words.status[status]}</li>`)}</ul>` : ''}
${notes.length + replaced.length > 0 ? html`<h4>${words.notes}</h4><ul>${notes.map((row) => html`<li><strong>${row.club}</strong>: ${row.note}</li>`)}${replaced.map((note) => html`<li>${note}</li>`)}</ul>` : ''}
${roundsOf(rounds, words, nameOf, date)}`;
}

/**
 * Groups beyond which a stage lists its groups, each on a page of its own, instead of showing every
 * table: a federation's district stage of 2,300 leagues would make a page of tens of megabytes.
 */
export const GROUPS_ON_PAGE = 16;

/**
 * Whether a stage (its format or its state) is a groups stage of more than {@link GROUPS_ON_PAGE}
 * groups: listed, each group on its page of its own.
 */
export function listsGroups(stage: {
  readonly kind: string;
  readonly groups?: readonly unknown[];
}): boolean {
  return stage.kind === 'groups' && (stage.groups?.length ?? 0) > GROUPS_ON_PAGE;
}

/** Groups a stage's list shows at once. */
export const GROUPS_PER_LIST = 50;

/** What a stage's list of groups shows: the groups or clubs found, one page of them. */
export interface GroupListView {
  /** Part of a group's or a club's name (case, accents and punctuation aside). */
  readonly find?: string;
  /** The page of the list, from 1 (one past the last shows the last). */
  readonly page?: number;
}

/** Where a stage's list of groups leads: the public pages, or the editor's. */
export interface GroupListLinks {
  readonly language: Language;
  /** The page the list is on: its search and its pages go there, with `fields`. */
  readonly action: string;
  readonly fields: Readonly<Record<string, string>>;
  /** A group's page. */
  readonly group: (id: string) => string;
}

/**
 * A stage's groups as a list: a search field that finds a group by its name or one of its clubs',
 * then a table of the groups found (each linked to its page, with its matches played and who is
 * first), {@link GROUPS_PER_LIST} at a time with links to the pages before and after. Plain links
 * and a form: it reads the same without a script. With the clubs of the groups shown.
 */
export function groupList(
  stage: StageState,
  format: Extract<StageFormat, { kind: 'groups' }>,
  words: WebWords,
  where: GroupListLinks,
  view: GroupListView = {},
): { readonly part: Html; readonly clubs: readonly string[] } {
  const wanted = nameKey(view.find ?? '');
  const found = stage.groups.flatMap((group, index) =>
    wanted === '' ||
    nameKey(group.name).includes(wanted) ||
    group.table.some((row) => nameKey(row.club).includes(wanted))
      ? [{ group, index }]
      : [],
  );
  const pages = Math.max(1, Math.ceil(found.length / GROUPS_PER_LIST));
  const page = Math.min(Math.max(1, Math.floor(view.page ?? 1)), pages);
  const shown = found.slice((page - 1) * GROUPS_PER_LIST, page * GROUPS_PER_LIST);
  const link = (to: number) =>
    `${where.action}?${new URLSearchParams({
      ...where.fields,
      ...(wanted === '' ? {} : { find: view.find ?? '' }),
      page: String(to),
    })}`;
  const number = (value: number) => value.toLocaleString(localeOf(where.language));
  const counted =
    wanted === ''
      ? words.groupsShown
          .replace('{from}', number((page - 1) * GROUPS_PER_LIST + 1))
          .replace('{to}', number((page - 1) * GROUPS_PER_LIST + shown.length))
          .replace('{total}', number(stage.groups.length))
      : words.groupsFound
          .replace('{count}', number(found.length))
          .replace('{total}', number(stage.groups.length))
          .replace('{find}', () => view.find ?? '');
  const played = (index: number) => {
    const matches = (format.groups[index]?.rounds ?? []).reduce(
      (total, round) => total + round.matches.length,
      0,
    );
    return words.matchesOf
      .replace('{played}', String(matches - (stage.groups[index]?.pending ?? 0)))
      .replace('{total}', String(matches));
  };
  const part = html`<form class="find-group" method="get" action="${where.action}" role="search">
<label for="find-group-${stage.id}">${words.findGroup}</label>
<input type="search" id="find-group-${stage.id}" name="find" value="${view.find ?? ''}">
${Object.entries(where.fields).map(([name, value]) => html`<input type="hidden" name="${name}" value="${value}">`)}
<button type="submit">${words.find}</button>
</form>
${
  found.length === 0
    ? html`<p>${words.noGroupFound.replace('{find}', () => view.find ?? '')}</p>`
    : html`<div class="scroll"><table class="groups">
<caption class="muted">${counted}</caption>
<thead><tr><th scope="col" class="club">${words.group}</th><th scope="col">${words.matchesPlayed}</th><th scope="col" class="club">${words.first}</th></tr></thead>
<tbody>${shown.map(({ group, index }) => {
        const first = group.table.filter((row) => row.position === 1);
        return html`<tr><th scope="row"><a href="${where.group(group.id)}">${group.name}</a></th><td>${played(index)}</td><td class="club">${first.map((row, at) => html`${at > 0 ? ', ' : ''}${row.status ? html`<span class="mark" title="${words.status[row.status]}">${MARKS[row.status]}</span> ` : ''}<a href="/clubs/${row.clubId}">${row.club}</a> <small>(${row.points} ${words.points})</small>`)}</td></tr>`;
      })}</tbody>
</table></div>`
}
${
  pages > 1
    ? html`<nav class="pages" aria-label="${words.groupsOfStage}">${page > 1 ? html`<a href="${link(page - 1)}" rel="prev">← ${words.previousPage}</a>` : ''} <span>${number(page)} / ${number(pages)}</span> ${page < pages ? html`<a href="${link(page + 1)}" rel="next">${words.nextPage} →</a>` : ''}</nav>`
    : ''
}`;
  return { part, clubs: shown.flatMap(({ group }) => group.table.map((row) => row.clubId)) };
}

/** A stage's list of groups on the public pages: each group's page, the stage's list. */
function publicLinks(edition: string, stage: string, language: Language): GroupListLinks {
  const action = `/editions/${edition}/stages/${stage}`;
  return {
    language,
    action,
    fields: { lang: language },
    group: (id) => `${action}/groups/${id}?lang=${language}`,
  };
}

/** The editions' stage of many groups ({@link GROUPS_ON_PAGE}) as a page of its own: its list. */
export function stagePage(
  language: Language,
  id: string,
  format: EditionFormat,
  state: EditionState,
  stageId: string,
  view: GroupListView = {},
): Html | undefined {
  const stage = state.stages.find((candidate) => candidate.id === stageId);
  const stageFormat = format.stages.find((candidate) => candidate.id === stageId);
  if (!stage || stageFormat?.kind !== 'groups') return undefined;
  const words = WEB_WORDS[language];
  const title = `${stage.name} — ${format.competition} ${format.edition}`;
  const list = groupList(stage, stageFormat, words, publicLinks(id, stageId, language), view);
  const body = html`<p><a href="/editions/${id}?lang=${language}">${format.competition} ${format.edition}</a></p>
<h1>${stage.name} <small>(${words.groupCount.replace('{n}', stage.groups.length.toLocaleString(localeOf(language)))})</small></h1>
${list.part}
${liveNote(words)}`;
  // The other language's page shows the same groups.
  const query = new URLSearchParams();
  if (view.find) query.set('find', view.find);
  if (view.page !== undefined) query.set('page', String(view.page));
  return layout(language, title, body, {
    path: `/editions/${id}/stages/${stageId}${query.size > 0 ? `?${query}` : ''}`,
    script: liveScript(id, words.updated, list.clubs),
  });
}

/**
 * One group of a groups stage as a page of its own: its table, chart, notes and rounds, under
 * links to its edition and its stage.
 */
export function groupPage(
  language: Language,
  id: string,
  format: EditionFormat,
  state: EditionState,
  stageId: string,
  groupId: string,
  extras: {
    readonly history?: PositionHistory;
    readonly map?: StageMap;
    /** Where the group's forecast is fetched from, once the page has painted. */
    readonly forecast?: string;
  } = {},
): Html | undefined {
  const { history, map } = extras;
  const stage = state.stages.find((candidate) => candidate.id === stageId);
  const stageFormat = format.stages.find((candidate) => candidate.id === stageId);
  const index = stage?.groups.findIndex((group) => group.id === groupId) ?? -1;
  const group = stage?.groups[index];
  if (!stage || !group || stageFormat?.kind !== 'groups') return undefined;
  const words = WEB_WORDS[language];
  const names = clubNames(format);
  const nameOf = (club: string | null): string =>
    club === null ? words.toBeDecided : (names.get(club) ?? club);
  const title = `${group.name} — ${stage.name} — ${format.competition} ${format.edition}`;
  // The stage's map, of this group's clubs alone.
  const drawn = map?.groups[index];
  const mine = map && drawn ? { ...map, groups: [drawn] } : undefined;
  const stageLink = listsGroups(stage)
    ? `/editions/${id}/stages/${stageId}?lang=${language}`
    : `/editions/${id}?lang=${language}#stage-${stageId}`;
  const body = html`<p><a href="/editions/${id}?lang=${language}">${format.competition} ${format.edition}</a> › <a href="${stageLink}">${stage.name}</a></p>
<h1>${group.name}</h1>
${extras.forecast ? forecastHolder(extras.forecast, words) : ''}
${groupPart(stage, index, stageFormat.groups[index]?.rounds ?? [], words, nameOf, dateFormat(language), { histories: history ? [history] : [], titled: false })}
${mine ? html`<details open class="map-of-stage"><summary>${words.map}</summary>${mapSection(mine, `${stage.name} — ${group.name}`, words, (value) => value.toLocaleString(localeOf(language)))}</details>` : ''}
${liveNote(words)}`;
  return layout(language, title, body, {
    path: `/editions/${id}/stages/${stageId}/groups/${groupId}`,
    script: liveScript(
      id,
      words.updated,
      group.table.map((row) => row.clubId),
    ),
  });
}

/** Where the forecast goes, filled in by the page's script from `src` once the page has painted. */
function forecastHolder(src: string, words: WebWords): Html {
  return html`<section id="forecast" data-src="${src}" aria-live="polite"><p class="muted">${words.forecastLoading}</p></section>`;
}

/** A live page says so, and has the place where its script says it has been updated. */
function liveNote(words: WebWords): Html {
  return html`<p class="live">${words.live}</p>
<p role="status" aria-live="polite" id="live-status"></p>`;
}

/** Every club's name by its id. */
function clubNames(format: EditionFormat): ReadonlyMap<string, string> {
  return new Map(format.clubs.map((club) => [club.id, club.name]));
}

/** A table with real headers: the abbreviations spelt out for screen readers. */
export function tableOf(rows: readonly RecordTableRow[], words: WebWords, caption: string): Html {
  const column = (short: string, long: string) =>
    html`<th scope="col"><abbr title="${long}">${short}</abbr></th>`;
  return html`<div class="scroll"><table>
<caption class="muted">${words.table}: ${caption}</caption>
<thead><tr><th scope="col">${words.position}</th><th scope="col" class="club">${words.club}</th>${column(words.played, words.playedLong)}${column(words.won, words.wonLong)}${column(words.drawn, words.drawnLong)}${column(words.lost, words.lostLong)}${column(words.goalsFor, words.goalsForLong)}${column(words.goalsAgainst, words.goalsAgainstLong)}${column(words.goalDifference, words.goalDifferenceLong)}${column(words.points, words.pointsLong)}</tr></thead>
<tbody>${rows.map(
    (row) =>
      html`<tr class="${row.status ?? ''}"><td>${row.position}${row.shared ? '=' : ''}</td><th scope="row">${row.status ? html`<span class="mark" title="${words.status[row.status]}">${MARKS[row.status]}</span> ` : html`<span class="mark"></span> `}<a href="/clubs/${row.clubId}">${row.club}</a>${row.status ? html`<span class="visually-hidden"> (${words.status[row.status]})</span>` : ''}</th><td>${row.played}</td><td>${row.won}</td><td>${row.drawn}</td><td>${row.lost}</td><td>${row.goalsFor}</td><td>${row.goalsAgainst}</td><td>${row.goalDifference > 0 ? `+${row.goalDifference}` : row.goalDifference}</td><td><strong>${row.points}</strong></td></tr>`,
  )}</tbody>
</table></div>`;
}

/** The rounds of a league or group, with their dates and results. */
function roundsOf(
  rounds: readonly RoundFormat[],
  words: WebWords,
  nameOf: (club: string | null) => string,
  date: (iso: string | undefined) => string,
): Html {
  const played = rounds.filter((round) => round.matches.length > 0);
  if (played.length === 0) return html``;
  return html`<details open><summary>${words.rounds}</summary>
${played.map(
  (
    round,
  ) => html`<h4>${round.name}${round.date ? html` <small>— ${date(round.date)}</small>` : ''}</h4>
<ul class="matches">${round.matches.map((match) => html`<li>${matchLine(match, nameOf, words)}</li>`)}</ul>`,
)}
</details>`;
}

/**
 * "Aurora 1-0 CNI", or "Aurora v CNI" for a match still to play; what became of a match that was
 * not simply played after it ("awarded", "not played", "postponed").
 */
function matchLine(match: Match, nameOf: (club: string | null) => string, words: WebWords): Html {
  const score = match.awarded ?? match.extraTime ?? match.score;
  const status =
    match.status === 'played' || match.status === 'scheduled' ? undefined : match.status;
  const notes = [
    ...(match.awarded && match.status !== 'walkover' ? [words.matchStatus.walkover] : []),
    ...(status ? [words.matchStatus[status]] : []),
  ];
  return html`${nameOf(match.home)}<span class="score">${score && match.status !== 'scheduled' ? `${score.home}-${score.away}` : 'v'}</span>${nameOf(match.away)}${notes.length > 0 ? html` <small class="muted">(${notes.join(', ')})</small>` : ''}`;
}

/**
 * The live part: on a result, ruling or change of the edition, fetch the page again and swap its
 * main part in place — no reload, and the place on the page is kept. A page of some of the
 * edition's clubs (`watched`: a group's, a page of a stage's list) is fetched again for a result
 * only when one of them played it: a federation's result lands on its league's pages, not on
 * every page of the edition open at the time.
 */
function liveScript(id: string, updated: string, watched?: readonly string[]): string {
  // JSON in a script: a "<" written as its escape, so that no text can close the element.
  const clubs = watched ? JSON.stringify(watched).replace(/</g, '\\u003c') : 'null';
  return `(() => {
  const forecast = async () => {
    const holder = document.getElementById('forecast');
    if (!holder || !holder.dataset.src) return;
    const response = await fetch(holder.dataset.src, { headers: { accept: 'text/html' } });
    if (response.ok) holder.innerHTML = await response.text();
    else holder.remove();
  };
  forecast();
  if (!('EventSource' in window)) return;
  const source = new EventSource('/api/editions/${encodeURIComponent(id)}/events');
  const refresh = async () => {
    const response = await fetch(location.href, { headers: { accept: 'text/html' } });
    if (!response.ok) return;
    const next = new DOMParser().parseFromString(await response.text(), 'text/html');
    const main = document.querySelector('main');
    const fresh = next.querySelector('main');
    if (main && fresh) {
      main.replaceWith(fresh);
      const status = document.getElementById('live-status');
      if (status) status.textContent = ${JSON.stringify(updated)};
      forecast();
    }
  };
  // A page of some clubs (a group's) is made again for a result of theirs, and for any ruling or
  // change to the edition.
  const watched = ${clubs};
  const concerns = (event) => {
    if (!watched || event.type !== 'result') return true;
    try {
      const match = JSON.parse(event.data).detail;
      return !match || watched.includes(match.home) || watched.includes(match.away);
    } catch {
      return true;
    }
  };
  for (const type of ['result', 'ruling', 'edition']) {
    source.addEventListener(type, (event) => {
      if (concerns(event)) refresh();
    });
  }
})();`;
}
