import type { RuleSet } from '../model/rule-set.ts';
import type { RulePreset } from './rule-preset.ts';

/**
 * La Liga. A win is worth 2 points up to 1994-95 and 3 from 1995-96. Clubs level on points are
 * separated by the matches among them (points, then goal difference, in one mini-league that is
 * not re-applied to a subset), then by overall goal difference and goals scored.
 */
export const SPAIN_PRESET: RulePreset = {
  name: 'spain',
  description: 'La Liga: head-to-head before goal difference',
  resolve: ({ season = 2024 }): RuleSet => ({
    name: `spain ${season}`,
    points: { win: season <= 1994 ? 2 : 3, draw: 1, loss: 0 },
    tiebreakers: [
      { kind: 'points' },
      { kind: 'headToHead', criteria: ['points', 'goalDifference'], reapply: false },
      { kind: 'goalDifference' },
      { kind: 'goalsFor' },
      { kind: 'fairPlay' },
    ],
    awardedGoalsCount: true,
    walkoverDeduction: 0,
    sources: [
      {
        title: 'Reglamento General de la RFEF, art. 201',
        url: 'https://rfef.es/es/federacion/normativa',
        detail:
          'ties on points: head-to-head points and goal difference, then overall goal difference and goals',
      },
      {
        title: 'engsoccerdata README',
        url: 'https://github.com/jalapic/engsoccerdata',
        detail: 'three points for a win in Spain from 1995-96',
      },
    ],
  }),
};
