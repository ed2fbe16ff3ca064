import type { RuleSet } from '../model/rule-set.ts';
import type { RulePreset } from './rule-preset.ts';

/**
 * The Bundesliga. A win is worth 2 points up to 1994-95 and 3 from 1995-96. Level clubs were
 * separated by goal quotient (goal average) up to 1968-69 and by goal difference from 1969-70, then
 * by goals scored, then by the matches among them (points, away goals).
 */
export const GERMANY_PRESET: RulePreset = {
  name: 'germany',
  description: 'Bundesliga: goal quotient to 1968-69, goal difference from 1969-70',
  resolve: ({ season = 2024 }): RuleSet => ({
    name: `germany ${season}`,
    points: { win: season <= 1994 ? 2 : 3, draw: 1, loss: 0 },
    tiebreakers: [
      { kind: 'points' },
      season <= 1968 ? { kind: 'goalAverage' } : { kind: 'goalDifference' },
      { kind: 'goalsFor' },
      { kind: 'headToHead', criteria: ['points', 'awayGoalsFor'], reapply: false },
      { kind: 'awayGoalsFor' },
    ],
    awardedGoalsCount: true,
    walkoverDeduction: 0,
    sources: [
      {
        title: 'DFL Spielordnung, § 5',
        url: 'https://www.dfl.de/de/ueber-uns/statuten/',
        detail: 'points, goal difference, goals scored, head-to-head, away goals',
      },
      {
        title: 'engsoccerdata README',
        url: 'https://github.com/jalapic/engsoccerdata',
        detail: 'three points for a win in Germany from 1995-96',
      },
    ],
  }),
};
