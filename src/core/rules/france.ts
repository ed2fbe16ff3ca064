import type { RuleSet } from '../model/rule-set.ts';
import type { RulePreset } from './rule-preset.ts';

/**
 * Ligue 1. A win is worth 2 points up to 1993-94 and 3 from 1994-95. Level clubs are separated by
 * goal difference, goals scored, then the matches among them. An awarded win counts, its goals do
 * not (the 2016-17 Bastia v Lyon match, awarded 0-3, added no goals in the official table).
 */
export const FRANCE_PRESET: RulePreset = {
  name: 'france',
  description: 'Ligue 1: goal difference, goals, then head-to-head; awarded goals do not count',
  resolve: ({ season = 2024 }): RuleSet => ({
    name: `france ${season}`,
    points: { win: season <= 1993 ? 2 : 3, draw: 1, loss: 0 },
    tiebreakers: [
      { kind: 'points' },
      { kind: 'goalDifference' },
      { kind: 'goalsFor' },
      { kind: 'headToHead', criteria: ['points', 'goalDifference', 'goalsFor'], reapply: false },
      { kind: 'fairPlay' },
    ],
    awardedGoalsCount: false,
    walkoverDeduction: 0,
    sources: [
      {
        title: 'LFP, Règlement des compétitions, art. 510',
        url: 'https://www.lfp.fr',
        detail: 'points, goal difference, goals scored, head-to-head, fair play',
      },
      {
        title: 'engsoccerdata README',
        url: 'https://github.com/jalapic/engsoccerdata',
        detail:
          'three points for a win in France from 1994-95; Bastia v Lyon 2016-17 awarded without goals',
      },
    ],
  }),
};
