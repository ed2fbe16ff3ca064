import { fixtureTable } from '#core/fixtures/round-robin.ts';
import type { EditionFormat, GroupFormat } from '#core/format/edition-format.ts';
import { resolveRulePreset } from '#core/rules/rule-preset.ts';

/** The shape of {@link manyLeagues}' edition. */
export interface ManyLeaguesOptions {
  /** Clubs in each league (4). */
  readonly clubs?: number;
  /** Rounds of the last league still to play (2). */
  readonly toPlay?: number;
  /** A points deduction in league 3 and a walkover awarded in league 5 (true). */
  readonly rulings?: boolean;
  /** The seed of the scores (7). */
  readonly seed?: number;
}

/**
 * A federation's district stage as one edition: `count` leagues, each played home and away (the
 * last rounds of the last league still to play); league 7's clubs are from Cañete. Used by tests
 * and by the bench.
 */
export function manyLeagues(count: number, options: ManyLeaguesOptions = {}): EditionFormat {
  const size = options.clubs ?? 4;
  const toPlay = options.toPlay ?? 2;
  let seed = options.seed ?? 7;
  const goals = (most: number) => {
    seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
    return Math.floor((seed / 2 ** 32) * most);
  };
  const table = fixtureTable(size, { double: true });
  const groups: GroupFormat[] = Array.from({ length: count }, (_, g) => {
    const ids = Array.from({ length: size }, (_, c) => `l${g + 1}c${c + 1}`);
    return {
      id: `liga-${g + 1}`,
      name: `Liga Distrital ${g + 1}`,
      entrants: ids.map((club) => ({ kind: 'club' as const, club })),
      rounds: Array.from({ length: table.rounds }, (_, r) => ({
        name: `Fecha ${r + 1}`,
        matches: Array.from({ length: table.perRound }, (_, k) => {
          const home = ids[table.home[r * table.perRound + k] ?? 0] ?? '';
          const away = ids[table.away[r * table.perRound + k] ?? 0] ?? '';
          return g === count - 1 && r >= table.rounds - toPlay
            ? { home, away, status: 'scheduled' as const }
            : { home, away, status: 'played' as const, score: { home: goals(4), away: goals(3) } };
        }),
      })),
    };
  });
  return {
    competition: 'Copa de la Federación',
    edition: '2026',
    sources: [],
    rules: resolveRulePreset('copa-peru', { season: 2026 }),
    clubs: groups.flatMap((group, g) =>
      group.entrants.flatMap((slot, c) =>
        slot.kind === 'club'
          ? [{ id: slot.club, name: g === 6 ? `Deportivo Cañete ${c + 1}` : `Club ${slot.club}` }]
          : [],
      ),
    ),
    stages: [
      {
        id: 'distrital',
        name: 'Etapa Distrital',
        kind: 'groups',
        groups,
        outcomes: [{ positions: [1], outcome: 'qualified' }],
      },
    ],
    rulings:
      options.rulings === false
        ? []
        : [
            { kind: 'pointAdjustment', club: 'l3c2', points: -6, reason: 'unpaid referees' },
            {
              kind: 'awardedResult',
              match: { home: 'l5c1', away: 'l5c2' },
              score: { home: 0, away: 3 },
              forfeitedBy: 'home',
              reason: 'an ineligible player',
            },
          ],
  };
}
