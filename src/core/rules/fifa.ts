import type { RuleSet } from '../model/rule-set.ts';
import type { RulePreset } from './rule-preset.ts';

/**
 * A FIFA World Cup group (Regulations for the FIFA World Cup Qatar 2022, art. 32.5): points, goal
 * difference, goals scored in all group matches; then points, goal difference and goals scored in
 * the matches among the level teams; then fair-play points; then the drawing of lots.
 */
export const FIFA_PRESET: RulePreset = {
  name: 'fifa',
  description: 'A modern FIFA World Cup group stage (2022 regulations)',
  resolve: (): RuleSet => ({
    name: 'fifa world cup 2022 group',
    points: { win: 3, draw: 1, loss: 0 },
    tiebreakers: [
      { kind: 'points' },
      { kind: 'goalDifference' },
      { kind: 'goalsFor' },
      { kind: 'headToHead', criteria: ['points', 'goalDifference', 'goalsFor'], reapply: false },
      { kind: 'fairPlay' },
      { kind: 'drawingOfLots' },
    ],
    awardedGoalsCount: true,
    walkoverDeduction: 0,
    sources: [
      {
        title: 'Regulations for the FIFA World Cup Qatar 2022',
        url: 'https://digitalhub.fifa.com/m/2744a0a5e3ded185/original/FWC2022_regulations_EN.pdf',
        detail: 'article 32.5',
      },
    ],
  }),
};
