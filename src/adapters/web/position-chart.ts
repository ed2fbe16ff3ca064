import { html } from 'hono/html';
import type { EditionFormat, RoundFormat, StageFormat } from '#core/format/edition-format.ts';
import { runEdition } from '#core/format/run-edition.ts';
import type { Language } from '#core/standings/tiebreaker-values.ts';
import type { Html } from './pages.ts';
import type { WebWords } from './web-words.ts';

/** Where each club of a table stood after each round. */
export interface PositionHistory {
  readonly stage: string;
  /** The group's index in its stage (0 for a league). */
  readonly group: number;
  /** The names of the rounds charted, in order. */
  readonly rounds: readonly string[];
  readonly clubs: readonly { readonly name: string; readonly positions: readonly number[] }[];
}

/** Charts stop being readable beyond this many lines. */
const MAX_CLUBS = 24;

/**
 * The position of every club after each played round of each league, combined table and group
 * (those `wanted` says, all by default), computed by the edition's own engine as of that round
 * (the full tie-break chain, rulings in force then). A table with fewer than two played rounds
 * has no history.
 */
export function positionHistories(
  format: EditionFormat,
  language: Language,
  wanted: (stage: StageFormat, group: number) => boolean = () => true,
): PositionHistory[] {
  const charted: { stage: string; group: number; rounds: readonly RoundFormat[] }[] = [];
  for (const stage of format.stages) {
    if ((stage.kind === 'league' || stage.kind === 'table') && wanted(stage, 0)) {
      charted.push({ stage: stage.id, group: 0, rounds: stage.rounds });
    } else if (stage.kind === 'groups') {
      stage.groups.forEach((group, index) => {
        if (wanted(stage, index)) {
          charted.push({ stage: stage.id, group: index, rounds: group.rounds });
        }
      });
    }
  }
  const played = (round: RoundFormat) =>
    round.matches.some((match) => match.status !== 'scheduled' && match.status !== 'postponed');
  const last = Math.max(
    0,
    ...charted.flatMap(({ rounds }) =>
      rounds.flatMap((round, index) => (played(round) ? [index + 1] : [])),
    ),
  );
  if (last < 2) return [];
  // One run of the engine per round, shared by every table of the edition.
  const states = Array.from({ length: last }, (_, index) =>
    runEdition(format, { language, asOf: { round: index + 1 } }),
  );
  const histories: PositionHistory[] = [];
  for (const { stage, group, rounds } of charted) {
    const count = rounds.reduce((n, round, index) => (played(round) ? index + 1 : n), 0);
    if (count < 2) continue;
    const tables = states
      .slice(0, count)
      .map(
        (state) => state.stages.find((candidate) => candidate.id === stage)?.groups[group]?.table,
      );
    const final = tables[count - 1] ?? [];
    if (final.length === 0 || final.length > MAX_CLUBS) continue;
    histories.push({
      stage,
      group,
      rounds: rounds.slice(0, count).map((round) => round.name),
      clubs: final.map((row) => ({
        name: row.club,
        positions: tables.map(
          (table) =>
            table?.find((candidate) => candidate.clubId === row.clubId)?.position ?? row.position,
        ),
      })),
    });
  }
  return histories;
}

/**
 * The history of one group of a groups stage ({@link positionHistories}). A group whose entrants
 * are all named clubs is charted from an edition of that group alone, every ruling kept: its
 * table depends on nothing else, so a district league among a federation's thousands costs what
 * it would on its own (rulings about other groups' clubs and matches concern none of its own).
 * A group fed by an earlier stage, or whose edition alone cannot be run, is charted from the
 * whole edition.
 */
export function groupHistory(
  format: EditionFormat,
  language: Language,
  stageId: string,
  index: number,
): PositionHistory | undefined {
  const stage = format.stages.find((candidate) => candidate.id === stageId);
  if (stage?.kind !== 'groups') return undefined;
  const group = stage.groups[index];
  if (!group) return undefined;
  if (group.entrants.every((slot) => slot.kind === 'club')) {
    try {
      const alone: EditionFormat = { ...format, stages: [{ ...stage, groups: [group] }] };
      const [history] = positionHistories(alone, language);
      return history ? { ...history, group: index } : undefined;
    } catch {
      // A ruling about something outside the group: the whole edition below.
    }
  }
  return positionHistories(
    format,
    language,
    (candidate, number) => candidate.id === stageId && number === index,
  )[0];
}

const LINE_COLOURS = [
  '#0072B2',
  '#D55E00',
  '#009E73',
  '#CC79A7',
  '#E69F00',
  '#56B4E9',
  '#000000',
  '#8c6d1f',
];

/**
 * A table's positions by round as a line chart (first place on top, each line ending at its
 * club's name, so it reads without colour), and the same figures in a real table for screen
 * readers and for reading exactly.
 */
export function positionChart(history: PositionHistory, caption: string, words: WebWords): Html {
  const clubs = history.clubs.length;
  const rounds = history.rounds.length;
  const step = Math.max(28, Math.min(60, 560 / rounds));
  const row = 22;
  const left = 28;
  const top = 14;
  const labelRoom = 150;
  const width = left + step * (rounds - 1) + labelRoom;
  const height = top * 2 + row * (clubs - 1) + 16;
  const x = (round: number) => left + step * round;
  const y = (position: number) => top + row * (position - 1);
  const lines = history.clubs.map((club, index) => {
    const colour = LINE_COLOURS[index % LINE_COLOURS.length] ?? '#000';
    const points = club.positions.map(
      (position, round) => `${x(round).toFixed(1)},${y(position).toFixed(1)}`,
    );
    const end = club.positions[rounds - 1] ?? index + 1;
    return html`<g class="line"><title>${club.name}: ${club.positions.join(' → ')}</title><polyline points="${points.join(' ')}" fill="none" stroke="${colour}" stroke-width="2.2" stroke-linejoin="round"/>${club.positions.map((position, round) => html`<circle cx="${x(round).toFixed(1)}" cy="${y(position).toFixed(1)}" r="2.6" fill="${colour}"/>`)}<text x="${(x(rounds - 1) + 8).toFixed(1)}" y="${y(end).toFixed(1)}" dy="0.35em" font-size="11" class="label">${end}. ${club.name}</text></g>`;
  });
  const axis = history.rounds.map(
    (_, round) =>
      html`<text x="${x(round).toFixed(1)}" y="${height - 2}" font-size="10" text-anchor="middle" class="axis">${round + 1}</text>`,
  );
  const ticks = Array.from(
    { length: clubs },
    (_, index) =>
      html`<text x="${left - 10}" y="${y(index + 1).toFixed(1)}" dy="0.35em" font-size="10" text-anchor="end" class="axis">${index + 1}</text><line x1="${left}" x2="${x(rounds - 1)}" y1="${y(index + 1).toFixed(1)}" y2="${y(index + 1).toFixed(1)}" stroke="#eaeef2"/>`,
  );
  return html`<figure class="chart">
<div class="scroll"><svg viewBox="0 0 ${width.toFixed(0)} ${height}" width="${width.toFixed(0)}" height="${height}" role="img" aria-label="${words.positionByRound}: ${caption}">
${ticks}${axis}${lines}
</svg></div>
<figcaption><details><summary>${words.positionByRound}: ${caption}</summary>
<div class="scroll"><table>
<thead><tr><th scope="col" class="club">${words.club}</th>${history.rounds.map((name) => html`<th scope="col">${name}</th>`)}</tr></thead>
<tbody>${history.clubs.map((club) => html`<tr><th scope="row">${club.name}</th>${club.positions.map((position) => html`<td>${position}</td>`)}</tr>`)}</tbody>
</table></div></details></figcaption>
</figure>`;
}
