import { fixtureTable } from '#core/fixtures/round-robin.ts';
import type { EditionFormat, GroupFormat } from '#core/format/edition-format.ts';
import { resolveRulePreset } from '#core/rules/rule-preset.ts';

/**
 * A district stage of `count` leagues of four clubs, each played home and away (the last two
 * rounds of the last league still to play); league 7's clubs are from Cañete.
 */
export function manyLeagues(count: number): EditionFormat {
  let seed = 7;
  const goals = (most: number) => {
    seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
    return Math.floor((seed / 2 ** 32) * most);
  };
  const table = fixtureTable(4, { double: true });
  const groups: GroupFormat[] = Array.from({ length: count }, (_, g) => {
    const ids = Array.from({ length: 4 }, (_, c) => `l${g + 1}c${c + 1}`);
    return {
      id: `liga-${g + 1}`,
      name: `Liga Distrital ${g + 1}`,
      entrants: ids.map((club) => ({ kind: 'club' as const, club })),
      rounds: Array.from({ length: table.rounds }, (_, r) => ({
        name: `Fecha ${r + 1}`,
        matches: Array.from({ length: table.perRound }, (_, k) => {
          const home = ids[table.home[r * table.perRound + k] ?? 0] ?? '';
          const away = ids[table.away[r * table.perRound + k] ?? 0] ?? '';
          return g === count - 1 && r >= table.rounds - 2
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
    rulings: [
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
