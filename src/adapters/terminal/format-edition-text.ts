import type { EditionFormat } from '#core/format/edition-format.ts';
import type { EditionState } from '#core/format/edition-state.ts';
import { formatStandingsText } from './format-standings-text.ts';

/**
 * An edition's state for a terminal: each stage with its status, its tables and ties (with how each
 * tie was decided), the slots still open (or, in a stage that is over, not known), then the
 * champion and who goes up and down.
 */
export function formatEditionText(format: EditionFormat, state: EditionState): string {
  const nameOf = (club: string | null): string =>
    club === null ? '?' : (format.clubs.find((candidate) => candidate.id === club)?.name ?? club);
  const out: string[] = [`${state.edition} ${state.competition}`, ''];
  for (const stage of state.stages) {
    const host = format.stages.find((candidate) => candidate.id === stage.id)?.host;
    out.push(`${stage.name} (${stage.kind}, ${stage.status}${host ? `, in ${host}` : ''})`);
    const open = [...stage.entrants, ...stage.groups.flatMap((group) => group.entrants)].filter(
      (slot) => slot.club === null,
    );
    // A stage that is over (or whose matches the record lacks) waits for nobody: a slot without a
    // club there is one the record does not name.
    if (stage.status === 'complete' || stage.status === 'unknown') {
      if (open.length > 0)
        out.push(`  entrants not known: ${open.map((slot) => slot.label).join(', ')}`);
    } else {
      for (const slot of open) out.push(`  open slot: ${slot.label}`);
    }
    if (stage.qualified.length > 0) {
      out.push(
        `  through: ${stage.qualified.map((qualifier) => (qualifier.club === null ? `(${qualifier.label}: unknown)` : nameOf(qualifier.club))).join(', ')}`,
      );
    }
    for (const group of stage.groups) {
      if (!group.standings) continue;
      const title =
        stage.groups.length > 1
          ? `${group.name} — ${group.standings.rules}`
          : group.standings.rules;
      out.push(
        '',
        ...formatStandingsText(group.standings, { title })
          .trimEnd()
          .split('\n')
          .map((line) => `  ${line}`),
      );
    }
    let round = '';
    for (const tie of stage.ties) {
      if (tie.round !== round) {
        round = tie.round;
        out.push('', `  ${round}`);
      }
      const home = tie.home.club === null ? `(${tie.home.label})` : nameOf(tie.home.club);
      const away = tie.away.club === null ? `(${tie.away.label})` : nameOf(tie.away.club);
      const legs = tie.legs
        .filter((leg) => leg.score ?? leg.awarded)
        .map((leg) => {
          const score = leg.awarded ?? leg.extraTime ?? leg.score;
          const first = leg.home === tie.home.club;
          return score
            ? first
              ? `${score.home}-${score.away}`
              : `${score.away}-${score.home}`
            : '';
        })
        .join(', ');
      const result =
        tie.winner === null ? 'pending' : `${nameOf(tie.winner)} ${tie.decidedBy ?? ''}`.trim();
      out.push(`    ${home} v ${away}${legs ? `  ${legs}` : ''}  → ${result}`);
    }
    out.push('');
  }
  out.push(`Champion: ${state.champion === null ? 'not decided yet' : nameOf(state.champion)}`);
  for (const movement of state.promoted)
    out.push(`Promoted: ${nameOf(movement.club)} to ${movement.to}`);
  for (const movement of state.relegated)
    out.push(`Relegated: ${nameOf(movement.club)}${movement.to ? ` to ${movement.to}` : ''}`);
  for (const change of state.teamChanges)
    out.push(`${change.heading}: ${change.clubs.map(nameOf).join(', ')}`);
  for (const warning of state.warnings) out.push(`warning: ${warning}`);
  return `${out.join('\n')}\n`;
}
