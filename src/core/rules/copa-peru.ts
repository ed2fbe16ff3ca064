import type { RuleSet } from '../model/rule-set.ts';
import type { RulePreset } from './rule-preset.ts';

/**
 * The Copa Perú's group tables. A win is worth 2 points up to and including the 1994 edition (whose
 * final was played in January 1995) and 3 from the 1995 edition. Level clubs are separated by goal
 * difference, then goals scored; clubs level on all three share their place (RSSSF 1979 prints
 * Defensor Lima and Garcilaso both 3rd although Garcilaso won their match). Play-offs and lots, when
 * recorded as rulings, decide what the table cannot.
 */
export const COPA_PERU_PRESET: RulePreset = {
  name: 'copa-peru',
  description: 'Copa Perú group tables: 2 points a win to the 1994 edition, 3 from 1995',
  resolve: ({ season = 2024 }): RuleSet => ({
    name: `copa-peru ${season}`,
    points: { win: season <= 1994 ? 2 : 3, draw: 1, loss: 0 },
    tiebreakers: [
      { kind: 'points' },
      { kind: 'goalDifference' },
      { kind: 'goalsFor' },
      { kind: 'playOff' },
      { kind: 'drawingOfLots' },
    ],
    awardedGoalsCount: true,
    walkoverDeduction: season >= 2019 ? 3 : 0,
    sources: [
      {
        title: 'RSSSF, Copa Perú 1994',
        url: 'http://rsssf.com/tablesc/copaperu94.html',
        detail: 'two points for a win in the final round played 15-29 January 1995',
      },
      {
        title: 'Copa Perú 1995, Spanish Wikipedia',
        url: 'https://es.wikipedia.org/wiki/Copa_Per%C3%BA_1995',
        detail: 'three points for a win from the 1995 edition',
      },
      {
        title: 'RSSSF, Copa Perú 1979',
        url: 'https://rsssf.org/tablesc/copaperu79.html',
        detail: 'clubs level on points, goal difference and goals share their place',
      },
      {
        title: 'Ahora (2019), Municipal de Aguaytía loses by W.O. with 3 points deducted',
        url: 'http://www.ahora.com.pe/municipal-de-aguaytia-baja-a-segunda-division/',
        detail: 'a walkover costs the club that did not turn up 3 more points',
      },
    ],
  }),
};
