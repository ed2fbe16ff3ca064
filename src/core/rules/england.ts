import type { RuleSet, Tiebreaker } from '../model/rule-set.ts';
import type { RulePreset } from './rule-preset.ts';

const SOURCES = [
  {
    title:
      'The Football League and Premier League regulations, as summarised by the Fjelstul English Football Database',
    url: 'https://github.com/jfjelstul/englishfootball',
    detail:
      'two points for a win to 1980-81, three from 1981-82; goal average to 1975-76, goal difference from 1976-77; goals scored before goal difference in the Football League 1992-93 to 1998-99; points per game for the curtailed 2019-20 League One and League Two',
  },
] as const;

/**
 * English league football (tiers 1-4), season by season.
 * - A win is worth 2 points up to 1980-81 and 3 from 1981-82.
 * - Up to 1975-76 clubs level on points are separated by goal average; from 1976-77 by goal
 *   difference, then goals scored, except in the Football League (tiers 2-4) from 1992-93 to
 *   1998-99, which put goals scored before goal difference.
 * - The curtailed 2019-20 League One and League Two were ranked on points per game.
 * - Clubs level on everything are listed alphabetically.
 */
export const ENGLAND_PRESET: RulePreset = {
  name: 'england',
  description: 'English league football, tiers 1-4, 1888-89 onwards',
  resolve: ({ season = 2024, tier = 1 }): RuleSet => {
    const basis: Tiebreaker =
      season === 2019 && (tier === 3 || tier === 4)
        ? { kind: 'pointsPerGame' }
        : { kind: 'points' };
    const chain: Tiebreaker[] =
      season <= 1975
        ? [basis, { kind: 'goalAverage' }]
        : tier >= 2 && season >= 1992 && season <= 1998
          ? [basis, { kind: 'goalsFor' }, { kind: 'goalDifference' }]
          : [basis, { kind: 'goalDifference' }, { kind: 'goalsFor' }];
    return {
      name: `england ${season}-${String((season + 1) % 100).padStart(2, '0')} tier ${tier}`,
      points: { win: season <= 1980 ? 2 : 3, draw: 1, loss: 0 },
      tiebreakers: [...chain, { kind: 'alphabetical' }],
      awardedGoalsCount: true,
      walkoverDeduction: 0,
      sources: SOURCES,
    };
  },
};
