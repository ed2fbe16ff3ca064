/**
 * @module The tiebreakers of the benchmark's tables: every one Torneo has that applies without
 * outside data, in one chain. The kernel's tests follow the same chain.
 */
import type { RuleSet } from '#core/model/rule-set.ts';

/** Every tiebreaker Torneo has that applies without outside data, in one chain. */
export const FULL_CHAIN: RuleSet = {
  name: 'bench: full chain',
  points: { win: 3, draw: 1, loss: 0 },
  tiebreakers: [
    { kind: 'points' },
    { kind: 'goalDifference' },
    { kind: 'goalsFor' },
    {
      kind: 'headToHead',
      criteria: ['points', 'goalDifference', 'goalsFor', 'awayGoalsFor'],
      reapply: true,
    },
    { kind: 'awayGoalsFor' },
    { kind: 'wins' },
    { kind: 'awayWins' },
    { kind: 'goalAverage' },
    { kind: 'playOff' },
    { kind: 'drawingOfLots' },
    { kind: 'alphabetical' },
  ],
  awardedGoalsCount: true,
  walkoverDeduction: 0,
};
