import type { ClubId } from '../model/club.ts';
import type { EditionFormat } from './edition-format.ts';
import { listMatches } from './match-ids.ts';

/** A scorer of an edition: goals counted, penalties among them. Own goals count for nobody. */
export interface ScorerTally {
  readonly player: string;
  readonly club: ClubId;
  readonly goals: number;
  readonly penalties: number;
}

/**
 * The edition's scorers from the goals its matches record, most goals first (then by name).
 *
 * @example
 * topScorers(format)[0] //=> { player: 'Richard Vinatea', club: 'aurich-canana', goals: 6, penalties: 1 }
 */
export function topScorers(format: EditionFormat): ScorerTally[] {
  const tallies = new Map<
    string,
    { player: string; club: ClubId; goals: number; penalties: number }
  >();
  for (const { match } of listMatches(format)) {
    for (const goal of match.goals ?? []) {
      if (goal.ownGoal) continue;
      const club = goal.side === 'home' ? match.home : match.away;
      const key = `${club}\u0000${goal.player}`;
      const tally = tallies.get(key) ?? { player: goal.player, club, goals: 0, penalties: 0 };
      tally.goals += 1;
      if (goal.penalty) tally.penalties += 1;
      tallies.set(key, tally);
    }
  }
  return [...tallies.values()].sort(
    (a, b) => b.goals - a.goals || a.player.localeCompare(b.player),
  );
}
