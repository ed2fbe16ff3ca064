import type { RuleSet, Tiebreaker } from '../model/rule-set.ts';
import type { RulePreset } from './rule-preset.ts';

/**
 * Serie A. A win is worth 2 points up to 1993-94 and 3 from 1994-95. From 2005-06 clubs level on
 * points are separated by the matches among them (points, goal difference), then by goal difference
 * and goals scored, then by lots. Before that, level clubs shared their place unless a play-off
 * (spareggio) was held for the title or relegation.
 */
export const ITALY_PRESET: RulePreset = {
  name: 'italy',
  description: 'Serie A: play-offs or shared places before 2005-06, head-to-head from then',
  resolve: ({ season = 2024 }): RuleSet => {
    const chain: Tiebreaker[] =
      season >= 2005
        ? [
            { kind: 'points' },
            { kind: 'headToHead', criteria: ['points', 'goalDifference'], reapply: true },
            { kind: 'goalDifference' },
            { kind: 'goalsFor' },
            { kind: 'drawingOfLots' },
          ]
        : [{ kind: 'points' }, { kind: 'playOff' }];
    return {
      name: `italy ${season}`,
      points: { win: season <= 1993 ? 2 : 3, draw: 1, loss: 0 },
      tiebreakers: chain,
      awardedGoalsCount: true,
      walkoverDeduction: 0,
      sources: [
        {
          title: 'Lega Serie A, regolamento: classifica avulsa',
          url: 'https://www.legaseriea.it',
          detail: 'head-to-head (classifica avulsa) from 2005-06',
        },
        {
          title: 'engsoccerdata README',
          url: 'https://github.com/jalapic/engsoccerdata',
          detail: 'three points for a win in Italy from 1994-95',
        },
      ],
    };
  },
};
