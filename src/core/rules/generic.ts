import type { RuleSet } from '../model/rule-set.ts';
import type { RulePreset } from './rule-preset.ts';

/**
 * The plain modern league: 3 points a win, then goal difference and goals scored; clubs level on
 * all three share their place (unless a play-off or lots are recorded). The default when no preset
 * is named.
 */
export const GENERIC_PRESET: RulePreset = {
  name: 'generic',
  description: 'Any modern league: 3 points a win, goal difference, goals scored, shared places',
  resolve: (): RuleSet => ({
    name: 'generic',
    points: { win: 3, draw: 1, loss: 0 },
    tiebreakers: [
      { kind: 'points' },
      { kind: 'goalDifference' },
      { kind: 'goalsFor' },
      { kind: 'playOff' },
      { kind: 'drawingOfLots' },
    ],
    awardedGoalsCount: true,
    walkoverDeduction: 0,
  }),
};
