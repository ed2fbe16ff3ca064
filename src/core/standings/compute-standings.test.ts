import { describe, expect, test } from 'vitest';
import type { Match } from '../model/match.ts';
import type { RuleSet, Tiebreaker } from '../model/rule-set.ts';
import type { Ruling } from '../model/ruling.ts';
import { computeStandings } from './compute-standings.ts';

const makeMatch = (
  home: string,
  away: string,
  homeGoals: number,
  awayGoals: number,
  extra: Partial<Match> = {},
): Match => ({
  home,
  away,
  status: 'played',
  score: { home: homeGoals, away: awayGoals },
  ...extra,
});

const makeRules = (tiebreakers: Tiebreaker[], extra: Partial<RuleSet> = {}): RuleSet => ({
  name: 'test',
  points: { win: 3, draw: 1, loss: 0 },
  tiebreakers,
  awardedGoalsCount: true,
  walkoverDeduction: 0,
  ...extra,
});

const order = (matches: Match[], rules: RuleSet, rulings: Ruling[] = []): string[] =>
  computeStandings({ matches, rules, rulings }).rows.map((row) => row.club);

describe('computeStandings', () => {
  test('awards the points of the rule set for a win, a draw and a loss', () => {
    const matches = [makeMatch('A', 'B', 2, 0), makeMatch('B', 'C', 1, 1)];
    const twoPoints = computeStandings({
      matches,
      rules: makeRules([{ kind: 'points' }], { points: { win: 2, draw: 1, loss: 0 } }),
    });
    const odd = computeStandings({
      matches,
      rules: makeRules([{ kind: 'points' }], { points: { win: 4, draw: 2, loss: 1 } }),
    });
    expect(twoPoints.rows.map((row) => [row.club, row.points])).toEqual([
      ['A', 2],
      ['B', 1],
      ['C', 1],
    ]);
    expect(odd.rows.find((row) => row.club === 'B')?.points).toBe(3);
  });

  test('counts played, won, drawn, lost and goals for each club', () => {
    const table = computeStandings({
      matches: [makeMatch('A', 'B', 3, 1), makeMatch('B', 'A', 2, 2)],
      rules: makeRules([{ kind: 'points' }]),
    });
    expect(table.rows[0]).toMatchObject({
      club: 'A',
      played: 2,
      won: 1,
      drawn: 1,
      lost: 0,
      goalsFor: 5,
      goalsAgainst: 3,
      goalDifference: 2,
      points: 4,
      awayGoalsFor: 2,
    });
  });

  test('ranks on points per game when the chain starts with it', () => {
    const matches = [
      makeMatch('A', 'B', 1, 0),
      makeMatch('A', 'C', 1, 0),
      makeMatch('A', 'D', 0, 1),
      makeMatch('B', 'C', 1, 0),
    ];
    const table = computeStandings({ matches, rules: makeRules([{ kind: 'pointsPerGame' }]) });
    expect(table.rows.map((row) => row.club).slice(0, 2)).toEqual(['D', 'A']);
    expect(table.rows[0]?.explanation?.text).toBe('ahead on points per game 3.000 to 2.000');
  });

  test('ranks clubs level on points by goal difference and says so', () => {
    const table = computeStandings({
      matches: [makeMatch('A', 'C', 3, 0), makeMatch('B', 'C', 1, 0), makeMatch('A', 'B', 0, 0)],
      rules: makeRules([{ kind: 'points' }, { kind: 'goalDifference' }]),
    });
    expect(table.rows.map((row) => row.club)).toEqual(['A', 'B', 'C']);
    expect(table.rows[0]?.explanation?.text).toBe(
      'level on 4 points; ahead on goal difference +3 to +1',
    );
    expect(table.tiesBroken).toHaveLength(1);
  });

  test('ranks clubs level on points by goal average, with enough decimals to tell them apart', () => {
    // 70 for, 39 against v 60 for, 36 against: 1.795 v 1.667.
    const matches = [
      makeMatch('A', 'X', 70, 39),
      makeMatch('B', 'Y', 60, 36),
      makeMatch('X', 'Y', 0, 0),
    ];
    const table = computeStandings({
      matches,
      rules: makeRules([{ kind: 'points' }, { kind: 'goalAverage' }], {
        points: { win: 2, draw: 1, loss: 0 },
      }),
    });
    expect(table.rows[0]?.explanation?.text).toBe(
      'level on 2 points; ahead on goal average 1.795 to 1.667',
    );
  });

  test('ranks a club that conceded no goals above any goal average', () => {
    const matches = [makeMatch('A', 'X', 1, 0), makeMatch('B', 'Y', 9, 1)];
    expect(order(matches, makeRules([{ kind: 'points' }, { kind: 'goalAverage' }]))[0]).toBe('A');
  });

  test('ranks by goals scored, goals conceded, away goals and wins when the chain says so', () => {
    const level = [makeMatch('A', 'B', 2, 2), makeMatch('C', 'D', 1, 1)];
    expect(order(level, makeRules([{ kind: 'points' }, { kind: 'goalsFor' }]))).toEqual([
      'A',
      'B',
      'C',
      'D',
    ]);
    expect(order(level, makeRules([{ kind: 'points' }, { kind: 'goalsAgainst' }]))).toEqual([
      'C',
      'D',
      'A',
      'B',
    ]);
    const away = [makeMatch('A', 'B', 1, 1), makeMatch('B', 'A', 1, 1)];
    expect(
      computeStandings({ matches: away, rules: makeRules([{ kind: 'awayGoalsFor' }]) }).rows[0]
        ?.shared,
    ).toBe(true);
    const wins = [makeMatch('A', 'X', 1, 0), makeMatch('A', 'Y', 0, 1), makeMatch('B', 'Z', 0, 0)];
    const winsRules = makeRules([{ kind: 'points' }, { kind: 'wins' }], {
      points: { win: 1, draw: 1, loss: 0 },
    });
    const ranked = order(wins, winsRules);
    expect(ranked.indexOf('A')).toBeLessThan(ranked.indexOf('B'));
  });

  test('ranks two clubs level on points by their head-to-head result', () => {
    const matches = [
      makeMatch('A', 'B', 0, 1),
      makeMatch('A', 'D', 5, 0),
      makeMatch('B', 'C', 0, 1),
      makeMatch('C', 'D', 0, 0),
    ];
    const rules = makeRules([
      { kind: 'points' },
      { kind: 'headToHead', criteria: ['points', 'goalDifference'], reapply: false },
      { kind: 'goalDifference' },
    ]);
    const table = computeStandings({ matches, rules });
    expect(table.rows.map((row) => row.club)).toEqual(['C', 'B', 'A', 'D']);
    expect(table.rows[1]?.explanation?.text).toBe(
      'level on 3 points; ahead on head-to-head points 3 to 0 in the matches among A and B',
    );
  });

  test('re-applies head-to-head to a still-level subset before the overall criteria', () => {
    const matches = [
      makeMatch('A', 'B', 2, 2),
      makeMatch('A', 'C', 0, 0),
      makeMatch('A', 'D', 1, 1),
      makeMatch('B', 'C', 2, 2),
      makeMatch('B', 'D', 1, 1),
      makeMatch('C', 'D', 1, 1),
    ];
    const chain = (reapply: boolean): Tiebreaker[] => [
      { kind: 'points' },
      { kind: 'headToHead', criteria: ['points', 'goalDifference', 'goalsFor'], reapply },
      { kind: 'alphabetical' },
    ];
    expect(order(matches, makeRules(chain(true)))).toEqual(['B', 'D', 'A', 'C']);
    expect(order(matches, makeRules(chain(false)))).toEqual(['B', 'A', 'C', 'D']);
    const table = computeStandings({ matches, rules: makeRules(chain(true)) });
    expect(table.rows[1]?.explanation?.among).toEqual(['A', 'C', 'D']);
    expect(table.rows[1]?.explanation?.text).toBe(
      'level on 3 points, 2 head-to-head points and head-to-head goal difference 0; ahead on head-to-head goals scored 2 to 1 in the matches among A, C and D',
    );
  });

  test('explains in Spanish when asked: the same facts, the criteria as the Copa Perú names them', () => {
    const matches = [
      makeMatch('A', 'B', 2, 2),
      makeMatch('A', 'C', 0, 0),
      makeMatch('A', 'D', 1, 1),
      makeMatch('B', 'C', 2, 2),
      makeMatch('B', 'D', 1, 1),
      makeMatch('C', 'D', 1, 1),
    ];
    const rules = makeRules([
      { kind: 'points' },
      { kind: 'headToHead', criteria: ['points', 'goalDifference', 'goalsFor'], reapply: true },
      { kind: 'alphabetical' },
    ]);
    const english = computeStandings({ matches, rules });
    const spanish = computeStandings({ matches, rules, language: 'es' });
    expect(spanish.rows.map((row) => row.club)).toEqual(english.rows.map((row) => row.club));
    expect(spanish.rows[1]?.explanation?.text).toBe(
      'igualados en 3 puntos, 2 puntos entre sí y diferencia de goles entre sí 0; delante por goles a favor entre sí 2 a 1 en los partidos entre A, C y D',
    );
    const average = computeStandings({
      matches: [makeMatch('A', 'C', 3, 1), makeMatch('B', 'C', 2, 1)],
      rules: makeRules([{ kind: 'points' }, { kind: 'goalAverage' }], {
        points: { win: 2, draw: 1, loss: 0 },
      }),
      language: 'es',
    });
    expect(average.rows[0]?.explanation?.text).toBe(
      'igualados en 2 puntos; delante por cociente de goles 3.000 a 2.000',
    );
  });

  test('shares a place when nothing in the chain separates the clubs', () => {
    const table = computeStandings({
      matches: [makeMatch('A', 'B', 1, 1), makeMatch('C', 'D', 0, 0)],
      rules: makeRules([{ kind: 'points' }, { kind: 'goalDifference' }]),
    });
    expect(table.rows.map((row) => [row.position, row.club, row.shared])).toEqual([
      [1, 'A', true],
      [1, 'B', true],
      [1, 'C', true],
      [1, 'D', true],
    ]);
    expect(table.rows[0]?.sharedOn).toEqual(['1 point', 'goal difference 0']);
  });

  test('lists level clubs alphabetically when the chain ends so', () => {
    const table = computeStandings({
      matches: [makeMatch('Zeta', 'Alpha', 1, 1)],
      rules: makeRules([{ kind: 'points' }, { kind: 'alphabetical' }]),
    });
    expect(table.rows.map((row) => [row.position, row.club])).toEqual([
      [1, 'Alpha'],
      [2, 'Zeta'],
    ]);
    expect(table.rows[0]?.explanation?.text).toBe('level on 1 point; ahead on alphabetical order');
  });

  test('orders by the names of the clubs, not their ids', () => {
    const table = computeStandings({
      matches: [makeMatch('T-2', 'T-1', 0, 0)],
      clubs: [
        { id: 'T-1', name: 'Zaragoza' },
        { id: 'T-2', name: 'Albacete' },
      ],
      rules: makeRules([{ kind: 'points' }, { kind: 'alphabetical' }]),
    });
    expect(table.rows.map((row) => row.name)).toEqual(['Albacete', 'Zaragoza']);
  });

  test('separates level clubs by a recorded play-off and by recorded lots, never at random', () => {
    const matches = [makeMatch('A', 'B', 1, 1), makeMatch('C', 'D', 1, 1)];
    const rules = makeRules([{ kind: 'points' }, { kind: 'drawingOfLots' }, { kind: 'playOff' }]);
    const rulings: Ruling[] = [
      {
        kind: 'drawingOfLots',
        clubs: ['A', 'B', 'C', 'D'],
        order: ['C'],
        date: '2014-07-10',
        reason: 'lots for the title',
      },
      {
        kind: 'playOff',
        clubs: ['A', 'B', 'D'],
        order: ['D', 'B'],
        result: 'D 2-0 B, D 1-0 A',
        reason: 'partido extra',
      },
    ];
    const table = computeStandings({ matches, rules, rulings });
    expect(table.rows.map((row) => row.club)).toEqual(['C', 'D', 'B', 'A']);
    expect(table.rows[0]?.explanation?.text).toBe(
      'level on 1 point; ahead on the drawing of lots (2014-07-10)',
    );
    expect(table.rows[1]?.explanation?.text).toContain('ahead on the play-off (D 2-0 B, D 1-0 A)');
    expect(computeStandings({ matches, rules }).rows.every((row) => row.shared)).toBe(true);
  });

  test('ranks by fair play and by an earlier table when those are given', () => {
    const matches = [makeMatch('A', 'B', 1, 1)];
    const fair = computeStandings({
      matches,
      rules: makeRules([{ kind: 'points' }, { kind: 'fairPlay' }]),
      fairPlay: { A: 5, B: 2 },
    });
    expect(fair.rows[0]?.club).toBe('B');
    const earlier = computeStandings({
      matches,
      rules: makeRules([{ kind: 'points' }, { kind: 'earlierRank' }]),
      earlierRanks: { A: 1, B: 7 },
    });
    expect(earlier.rows[0]?.explanation?.text).toBe(
      'level on 1 point; ahead on rank in the earlier table 1 to 7',
    );
  });

  test('applies point deductions and awards, dated, only from their date on', () => {
    const matches = [makeMatch('A', 'B', 1, 0, { date: '2020-01-01' })];
    const rulings: Ruling[] = [
      { kind: 'pointAdjustment', club: 'A', points: -4, date: '2020-03-01', reason: 'debts' },
      { kind: 'pointAdjustment', club: 'B', points: 2, reason: 'awarded by the league' },
    ];
    const table = computeStandings({ matches, rules: makeRules([{ kind: 'points' }]), rulings });
    expect(table.rows.map((row) => [row.club, row.points, row.pointAdjustment])).toEqual([
      ['B', 2, 2],
      ['A', -1, -4],
    ]);
    const before = computeStandings({
      matches,
      rules: makeRules([{ kind: 'points' }]),
      rulings,
      asOf: { date: '2020-02-01' },
    });
    expect(before.rows.find((row) => row.club === 'A')?.points).toBe(3);
  });

  test('counts the awarded score of a walkover, with an extra deduction where the rules say so', () => {
    const matches: Match[] = [
      {
        home: 'A',
        away: 'B',
        status: 'walkover',
        awarded: { home: 3, away: 0 },
        forfeitedBy: 'away',
        date: '2026-05-03',
      },
    ];
    const table = computeStandings({
      matches,
      rules: makeRules([{ kind: 'points' }], { walkoverDeduction: 3 }),
    });
    expect(table.rows.map((row) => [row.club, row.points, row.goalsFor])).toEqual([
      ['A', 3, 3],
      ['B', -3, 0],
    ]);
  });

  test('keeps the goals of an awarded score out of the table when the rules say so', () => {
    const matches: Match[] = [
      {
        home: 'Bastia',
        away: 'Lyon',
        status: 'abandoned',
        score: { home: 0, away: 0 },
        awarded: { home: 0, away: 3 },
      },
    ];
    const table = computeStandings({
      matches,
      rules: makeRules([{ kind: 'points' }], { awardedGoalsCount: false }),
    });
    expect(table.rows[0]).toMatchObject({ club: 'Lyon', points: 3, won: 1, goalsFor: 0 });
  });

  test('replaces a played result by an awarded one and keeps the played score on record', () => {
    const matches = [makeMatch('A', 'B', 2, 1, { date: '2020-01-05' })];
    const rulings: Ruling[] = [
      {
        kind: 'awardedResult',
        match: { home: 'A', away: 'B', date: '2020-01-05' },
        score: { home: 0, away: 3 },
        forfeitedBy: 'home',
        reason: 'ineligible player',
      },
    ];
    const table = computeStandings({ matches, rules: makeRules([{ kind: 'points' }]), rulings });
    expect(table.rows[0]).toMatchObject({ club: 'B', points: 3, goalsFor: 3 });
    expect(matches[0]?.score).toEqual({ home: 2, away: 1 });
  });

  test('refuses an awarded result for a match that is not in the results', () => {
    expect(() =>
      computeStandings({
        matches: [makeMatch('A', 'B', 1, 0)],
        rules: makeRules([{ kind: 'points' }]),
        rulings: [
          {
            kind: 'awardedResult',
            match: { home: 'B', away: 'A' },
            score: { home: 3, away: 0 },
            reason: 'walkover',
          },
        ],
      }),
    ).toThrow('Unknown match "B v A"');
  });

  test('leaves out unplayed, annulled, postponed and abandoned matches', () => {
    const matches: Match[] = [
      makeMatch('A', 'B', 1, 0),
      { home: 'A', away: 'C', status: 'scheduled' },
      { home: 'B', away: 'C', status: 'annulled', score: { home: 5, away: 0 } },
      { home: 'C', away: 'A', status: 'postponed' },
      { home: 'C', away: 'B', status: 'abandoned', score: { home: 2, away: 0 } },
    ];
    const table = computeStandings({ matches, rules: makeRules([{ kind: 'points' }]) });
    expect(table.rows.map((row) => [row.club, row.played])).toEqual([
      ['A', 1],
      ['B', 1],
      ['C', 0],
    ]);
  });

  test('counts extra time in the result but not penalties', () => {
    const matches: Match[] = [
      makeMatch('A', 'B', 1, 1, {
        extraTime: { home: 1, away: 2 },
        penalties: { home: 5, away: 4 },
      }),
    ];
    const table = computeStandings({ matches, rules: makeRules([{ kind: 'points' }]) });
    expect(table.rows[0]).toMatchObject({ club: 'B', won: 1, goalsFor: 2 });
  });

  test('gives no away goals at a neutral venue', () => {
    const table = computeStandings({
      matches: [makeMatch('A', 'B', 0, 2, { neutral: true })],
      rules: makeRules([{ kind: 'points' }]),
    });
    expect(table.rows[0]).toMatchObject({ club: 'B', awayGoalsFor: 0, goalsFor: 2 });
  });

  test('removes a withdrawn club with expunged results, and keeps one whose results stand', () => {
    const matches = [
      makeMatch('A', 'W', 0, 3),
      makeMatch('B', 'W', 1, 0),
      makeMatch('A', 'B', 1, 1),
    ];
    const expunged = computeStandings({
      matches,
      rules: makeRules([{ kind: 'points' }]),
      rulings: [{ kind: 'withdrawal', club: 'W', results: 'expunged', reason: 'resigned' }],
    });
    expect(expunged.rows.map((row) => [row.club, row.played, row.points])).toEqual([
      ['A', 1, 1],
      ['B', 1, 1],
    ]);
    const kept = computeStandings({
      matches,
      rules: makeRules([{ kind: 'points' }]),
      rulings: [{ kind: 'withdrawal', club: 'W', results: 'kept', reason: 'retired' }],
    });
    expect(kept.rows.find((row) => row.club === 'W')).toMatchObject({ withdrawn: true, played: 2 });
  });

  test('moves a club record to the club that took it over', () => {
    const matches = [
      makeMatch('Leeds City', 'A', 2, 0, { date: '1919-09-01' }),
      makeMatch('Port Vale', 'B', 1, 1, { date: '1919-11-01' }),
    ];
    const table = computeStandings({
      matches,
      rules: makeRules([{ kind: 'points' }]),
      rulings: [
        { kind: 'recordTransfer', from: 'Leeds City', to: 'Port Vale', reason: 'expelled' },
      ],
    });
    expect(table.rows.map((row) => row.club)).not.toContain('Leeds City');
    expect(table.rows[0]).toMatchObject({ club: 'Port Vale', played: 2, points: 4 });
  });

  test('shares a place that a ruling declares shared even where the chain would separate', () => {
    const matches = [
      makeMatch('Brentford', 'X', 2, 2),
      makeMatch('Norwich City', 'Y', 1, 1),
      makeMatch('X', 'Y', 1, 0),
    ];
    const table = computeStandings({
      matches,
      rules: makeRules([{ kind: 'points' }, { kind: 'goalAverage' }, { kind: 'alphabetical' }]),
      rulings: [
        {
          kind: 'sharedPlace',
          clubs: ['Brentford', 'Norwich City'],
          reason: 'published level',
        },
      ],
    });
    expect(table.rows.map((row) => [row.position, row.club])).toEqual([
      [1, 'X'],
      [2, 'Brentford'],
      [2, 'Norwich City'],
      [4, 'Y'],
    ]);
  });

  test('gives the table as of a round, leaving later matches out', () => {
    const matches = [
      makeMatch('A', 'B', 1, 0, { round: 1 }),
      makeMatch('B', 'A', 3, 0, { round: 2 }),
    ];
    const rules = makeRules([{ kind: 'points' }, { kind: 'goalDifference' }]);
    expect(computeStandings({ matches, rules, asOf: { round: 1 } }).rows[0]?.club).toBe('A');
    expect(computeStandings({ matches, rules }).rows[0]?.club).toBe('B');
  });

  test('lists registered clubs that have not played yet', () => {
    const table = computeStandings({
      matches: [],
      clubs: [{ id: 'cni', name: 'CNI' }],
      rules: makeRules([{ kind: 'points' }]),
    });
    expect(table.rows).toMatchObject([{ club: 'cni', name: 'CNI', played: 0, points: 0 }]);
  });

  test('warns about an adjustment for a club that is not in the table', () => {
    const table = computeStandings({
      matches: [makeMatch('A', 'B', 1, 0)],
      rules: makeRules([{ kind: 'points' }]),
      rulings: [{ kind: 'pointAdjustment', club: 'Bury', points: -12, reason: 'insolvency' }],
    });
    expect(table.warnings).toEqual([
      'A point adjustment of -12 for "Bury" was left out: the club is not in this table',
    ]);
  });
});
