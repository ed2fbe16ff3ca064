import { describe, expect, test } from 'vitest';
import type { Match } from '../model/match.ts';
import { resolveRulePreset } from '../rules/rule-preset.ts';
import type { EditionFormat, EditionRuling, StageFormat } from './edition-format.ts';
import { runEdition } from './run-edition.ts';

const played = (home: string, away: string, h: number, a: number, date = '2020-01-01'): Match => ({
  home,
  away,
  status: 'played',
  score: { home: h, away: a },
  date,
});

function makeEdition(stages: StageFormat[], rulings: EditionRuling[] = []): EditionFormat {
  const ids = ['a', 'b', 'c', 'd', 'e', 'f'];
  return {
    competition: 'Test Cup',
    edition: '2020',
    sources: [],
    rules: resolveRulePreset('generic'),
    clubs: ids.map((id) => ({ id, name: id.toUpperCase() })),
    stages,
    rulings,
  };
}

/** Two groups of three, a single round robin each. */
const groups: StageFormat = {
  id: 'groups',
  name: 'Group Stage',
  kind: 'groups',
  outcomes: [{ positions: [1], outcome: 'qualified' }],
  groups: [
    {
      id: 'g1',
      name: 'Group 1',
      entrants: ['a', 'b', 'c'].map((club) => ({ kind: 'club', club })),
      rounds: [
        {
          name: 'Round 1',
          matches: [played('a', 'b', 2, 0), played('b', 'c', 1, 0), played('c', 'a', 0, 0)],
        },
      ],
    },
    {
      id: 'g2',
      name: 'Group 2',
      entrants: ['d', 'e', 'f'].map((club) => ({ kind: 'club', club })),
      rounds: [
        {
          name: 'Round 1',
          matches: [played('d', 'e', 1, 1), played('e', 'f', 3, 0), played('f', 'd', 0, 2)],
        },
      ],
    },
  ],
};

/** Group winners meet the best runner-up and the other runner-up in a one-leg knockout. */
const final: StageFormat = {
  id: 'final',
  name: 'Final',
  kind: 'knockout',
  outcomes: [
    { tieResult: 'winner', outcome: 'champion' },
    {
      tieResult: 'winner',
      outcome: 'promoted',
      to: { competition: 'Top League', edition: '2021' },
    },
  ],
  rounds: [
    {
      id: 'semi',
      name: 'Semi-finals',
      legs: 1,
      pairing: { kind: 'given' },
      ties: [
        {
          home: { kind: 'position', stage: 'groups', group: 'g1', position: 1 },
          away: { kind: 'best', stage: 'groups', position: 2, rank: 1 },
          matches: [played('a', 'd', 1, 0, '2020-02-01')],
        },
        {
          home: { kind: 'position', stage: 'groups', group: 'g2', position: 1 },
          away: { kind: 'best', stage: 'groups', position: 2, rank: 2 },
          matches: [played('e', 'b', 0, 0, '2020-02-01')],
        },
      ],
    },
    { id: 'final', name: 'Final', legs: 1, pairing: { kind: 'bracket' }, ties: [{ matches: [] }] },
  ],
};

describe('runEdition', () => {
  test('fills slots from tables: group winners and the best runners-up', () => {
    const state = runEdition(makeEdition([groups, final]));
    const semis = state.stages[1]?.ties.filter((tie) => tie.round === 'Semi-finals') ?? [];
    expect(semis.map((tie) => [tie.home.club, tie.away.club])).toEqual([
      ['a', 'd'],
      ['e', 'b'],
    ]);
    expect(semis[1]?.away.label).toBe('2nd best runner-up of the Group Stage');
    expect(state.stages[0]?.groups[0]?.table[0]).toMatchObject({ club: 'A', status: 'qualified' });
  });

  test('shows a placeholder until a slot is decided, and no champion yet', () => {
    const state = runEdition(makeEdition([groups, final]));
    const decider = state.stages[1]?.ties[2];
    expect(decider?.home).toEqual({ label: 'Winner of tie 1 (Semi-finals)', club: 'a' });
    expect(decider?.away).toEqual({ label: 'Winner of tie 2 (Semi-finals)', club: null });
    expect(state.champion).toBeNull();
    expect(state.stages[1]?.status).toBe('in progress');
  });

  test('names the champion and the promoted club once the final is played', () => {
    const semis = final.kind === 'knockout' ? final.rounds[0] : undefined;
    const first = semis?.ties[0];
    if (!semis || !first) throw new Error('the knockout above has semi-finals');
    const withPenalties: StageFormat = {
      ...final,
      kind: 'knockout',
      rounds: [
        {
          ...semis,
          ties: [
            first,
            {
              home: { kind: 'position', stage: 'groups', group: 'g2', position: 1 },
              away: { kind: 'best', stage: 'groups', position: 2, rank: 2 },
              matches: [
                {
                  ...played('e', 'b', 0, 0, '2020-02-01'),
                  extraTime: { home: 0, away: 0 },
                  penalties: { home: 4, away: 2 },
                },
              ],
            },
          ],
        },
        {
          id: 'final',
          name: 'Final',
          legs: 1,
          pairing: { kind: 'bracket' },
          ties: [{ matches: [played('a', 'e', 1, 2, '2020-03-01')] }],
        },
      ],
    };
    const state = runEdition(makeEdition([groups, withPenalties]));
    expect(state.stages[1]?.ties[1]).toMatchObject({ winner: 'e', decidedBy: 'on penalties 4-2' });
    expect(state.champion).toBe('e');
    expect(state.promoted).toEqual([
      { club: 'e', to: '2021 Top League', competition: 'Top League', edition: '2021' },
    ]);
    // As it stood before the final: the same format, no champion.
    expect(
      runEdition(makeEdition([groups, withPenalties]), { asOf: { date: '2020-02-15' } }).champion,
    ).toBeNull();
  });

  test('plays a third-place match between the losers of the semi-finals', () => {
    const withThird: StageFormat =
      final.kind === 'knockout'
        ? {
            ...final,
            rounds: [
              ...final.rounds,
              {
                id: 'third',
                name: 'Third place',
                legs: 1,
                pairing: { kind: 'given' },
                ties: [
                  {
                    home: { kind: 'tie', stage: 'final', round: 'semi', tie: 1, result: 'loser' },
                    away: { kind: 'tie', stage: 'final', round: 'semi', tie: 2, result: 'loser' },
                    matches: [],
                  },
                ],
              },
            ],
          }
        : final;
    const third = runEdition(makeEdition([groups, withThird])).stages[1]?.ties.at(-1);
    expect(third?.home).toEqual({ label: 'Loser of tie 1 (Semi-finals)', club: 'd' });
    expect(third?.away.club).toBeNull();
  });

  test('puts a replacement in the place of a club removed after the next round was drawn', () => {
    const rulings: EditionRuling[] = [
      {
        kind: 'replacement',
        stage: 'final',
        round: 'final',
        out: 'a',
        in: 'c',
        reason: 'unpaid debts',
        date: '2020-02-10',
      },
    ];
    const state = runEdition(makeEdition([groups, final], rulings));
    expect(state.stages[1]?.ties[2]?.home).toMatchObject({
      club: 'c',
      replaced: {
        club: 'a',
        note: 'C in place of A, by ruling (2020-02-10): unpaid debts',
      },
    });
    // In Spanish, and in a table's place: a league that takes the group winners.
    const league: StageFormat = {
      id: 'play',
      name: 'Play',
      kind: 'league',
      entrants: [{ kind: 'position', stage: 'groups', group: 'g1', position: 1 }],
      rounds: [],
      outcomes: [],
    };
    const moved: EditionRuling[] = [
      { kind: 'replacement', stage: 'play', out: 'a', in: 'c', reason: 'deudas', authority: 'FPF' },
    ];
    expect(
      runEdition(makeEdition([groups, league], moved), { language: 'es' }).stages[1]?.groups[0]
        ?.entrants[0],
    ).toMatchObject({
      club: 'c',
      replaced: { club: 'a', note: 'C en lugar de A, por resolución: deudas (FPF)' },
    });
    // Before the ruling's date, the club that won on the pitch still holds the place.
    expect(
      runEdition(makeEdition([groups, final], rulings), { asOf: { date: '2020-02-05' } }).stages[1]
        ?.ties[2]?.home.club,
    ).toBe('a');
  });

  test("keeps a stage's deduction on a club of one group out of the other groups", () => {
    const rulings: EditionRuling[] = [
      { kind: 'pointAdjustment', stage: 'groups', club: 'e', points: -3, reason: 'W.O.' },
      // A club no group names: every group's table takes it, and says so.
      { kind: 'pointAdjustment', stage: 'groups', club: 'z', points: -1, reason: 'typo' },
    ];
    const [first, second] = runEdition(makeEdition([groups], rulings)).stages[0]?.groups ?? [];
    expect(first?.table.map((row) => row.club)).toEqual(['A', 'B', 'C']);
    expect(second?.table.find((row) => row.club === 'E')?.points).toBe(4 - 3);
    for (const group of [first, second]) {
      expect(
        group?.standings?.rulings.map((ruling) => ruling.kind === 'pointAdjustment' && ruling.club),
      ).toContain('z');
    }
    expect(first?.standings?.rulings).toHaveLength(1);
  });

  test('lets a ruling decide a tie whatever its matches say', () => {
    const rulings: EditionRuling[] = [
      {
        kind: 'tieAward',
        stage: 'final',
        clubs: ['a', 'd'],
        winner: 'd',
        reason: 'ineligible player',
        authority: 'Justice Commission',
      },
    ];
    const tie = runEdition(makeEdition([groups, final], rulings)).stages[1]?.ties[0];
    expect(tie).toMatchObject({
      winner: 'd',
      decidedBy: 'by ruling: ineligible player (Justice Commission)',
    });
  });

  test('takes clubs from another edition and lists them as team changes', () => {
    const top: EditionFormat = {
      ...makeEdition([
        {
          id: 'league',
          name: 'League',
          kind: 'league',
          entrants: ['a', 'b', 'c'].map((club) => ({ kind: 'club', club })),
          rounds: [
            {
              name: 'Round 1',
              matches: [played('a', 'b', 1, 0), played('b', 'c', 1, 0), played('a', 'c', 1, 0)],
            },
          ],
          outcomes: [
            {
              positions: [3],
              outcome: 'relegated',
              to: { competition: 'Test Cup', edition: '2021' },
            },
          ],
        },
      ]),
      competition: 'Top League',
    };
    const topState = runEdition(top);
    expect(topState.relegated.map((movement) => movement.club)).toEqual(['c']);
    const cup = makeEdition([
      {
        id: 'entry',
        name: 'Entry',
        kind: 'qualification',
        entrants: [
          { kind: 'external', competition: 'Top League', edition: '2020', outcome: 'relegated' },
        ],
        qualified: [{ label: 'Relegated club', place: 1, club: 'c' }],
        outcomes: [],
      },
    ]);
    const state = runEdition(cup, { others: [topState] });
    expect(state.stages[0]?.entrants).toEqual([
      { label: 'Relegated from 2020 Top League', club: 'c' },
    ]);
    expect(state.teamChanges).toEqual([
      { heading: 'Relegated from 2020 Top League', clubs: ['c'] },
    ]);
  });

  test('turns the unplayed matches of a club that withdrew into walkovers it lost', () => {
    const league: StageFormat = {
      id: 'league',
      name: 'League',
      kind: 'league',
      entrants: ['a', 'b', 'c'].map((club) => ({ kind: 'club', club })),
      rounds: [
        {
          name: 'Round 1',
          matches: [
            played('a', 'b', 1, 0),
            { home: 'b', away: 'c', status: 'scheduled' },
            { home: 'c', away: 'a', status: 'scheduled' },
          ],
        },
      ],
      outcomes: [{ positions: [1], outcome: 'champion' }],
    };
    const state = runEdition(
      makeEdition(
        [league],
        [{ kind: 'withdrawal', club: 'c', results: 'forfeitRemaining', reason: 'withdrew' }],
      ),
    );
    expect(
      state.stages[0]?.groups[0]?.table.map((row) => [row.club, row.points, row.goalsFor]),
    ).toEqual([
      ['A', 6, 4],
      ['B', 3, 3],
      ['C', 0, 0],
    ]);
    expect(state.champion).toBe('a');
  });
});
