import type { EditionFormat } from '#core/format/edition-format.ts';
import type { EditionState, SlotState, TieState } from '#core/format/edition-state.ts';
import type { Match } from '#core/model/match.ts';

/**
 * The state of an edition as `torneo edition --json` prints it: champion, promoted, relegated, and
 * every stage in the shape of `table --json`, with ties as `{home, away, legs, winner, decidedBy}` (and `replacements`, where a ruling
 * put a club in another's place).
 * Clubs are named as the edition names them; an open slot shows what will fill it.
 */
export function editionJson(format: EditionFormat, state: EditionState): unknown {
  const nameOf = (club: string | null): string | null =>
    club === null ? null : (format.clubs.find((candidate) => candidate.id === club)?.name ?? club);
  const slot = (state: SlotState): string => nameOf(state.club) ?? `(${state.label})`;
  const match = (leg: Match) => ({
    home: nameOf(leg.home),
    away: nameOf(leg.away),
    status: leg.status,
    ...(leg.date ? { date: leg.date } : {}),
    ...(leg.time ? { time: leg.time } : {}),
    ...(leg.venue ? { venue: leg.venue } : {}),
    ...(leg.score ? { score: `${leg.score.home}-${leg.score.away}` } : {}),
    ...(leg.extraTime ? { extraTime: `${leg.extraTime.home}-${leg.extraTime.away}` } : {}),
    ...(leg.penalties ? { penalties: `${leg.penalties.home}-${leg.penalties.away}` } : {}),
    ...(leg.awarded ? { awarded: `${leg.awarded.home}-${leg.awarded.away}` } : {}),
  });
  // Clubs a ruling put in another's place: who, whose, and the ruling.
  const replacements = (slots: readonly SlotState[]) => {
    const found = slots.flatMap(({ club, replaced }) =>
      replaced
        ? [{ club: nameOf(club), inPlaceOf: nameOf(replaced.club), ruling: replaced.note }]
        : [],
    );
    return found.length > 0 ? { replacements: found } : {};
  };
  const tie = (tie: TieState) => ({
    round: tie.round,
    home: slot(tie.home),
    away: slot(tie.away),
    legs: tie.legs.map(match),
    ...(tie.extraMatch ? { extraMatch: match(tie.extraMatch) } : {}),
    aggregate: `${tie.aggregate[0]}-${tie.aggregate[1]}`,
    winner: nameOf(tie.winner),
    decidedBy: tie.decidedBy,
    ...replacements([tie.home, tie.away]),
  });
  return {
    competition: state.competition,
    edition: state.edition,
    champion: nameOf(state.champion),
    promoted: state.promoted.map((movement) => ({ club: nameOf(movement.club), to: movement.to })),
    relegated: state.relegated.map((movement) => ({
      club: nameOf(movement.club),
      to: movement.to,
    })),
    teamChanges: state.teamChanges.map((change) => ({
      heading: change.heading,
      clubs: change.clubs.map(nameOf),
    })),
    stages: state.stages.map((stage) => ({
      name: stage.name,
      kind: stage.kind,
      status: stage.status,
      ...(stage.entrants.length > 0 ? { entrants: stage.entrants.map(slot) } : {}),
      ...(stage.qualified.length > 0
        ? {
            qualified: stage.qualified.map((qualifier) => ({
              slot: qualifier.label,
              club: nameOf(qualifier.club),
            })),
          }
        : {}),
      groups: stage.groups.map((group) => ({
        name: group.name,
        complete: group.complete,
        pending: group.pending,
        ...(group.printed ? { printed: true } : {}),
        ...(group.sums ? { sums: group.sums, sumsMatches: group.sumsMatches ?? 'between' } : {}),
        entrants: group.entrants.map(slot),
        ...replacements(group.entrants),
        table: group.table.map(({ clubId, shared, ...row }) => ({ ...row, shared })),
      })),
      ties: stage.ties.map(tie),
    })),
    warnings: state.warnings,
  };
}
