import { describe, expect, test } from 'vitest';
import { resolveRulePreset } from '../rules/rule-preset.ts';
import { mergeClubs, splitClub } from './club-identity.ts';
import { buildEditionFromPreset } from './edition-presets.ts';
import { listMatches, withMatchIds } from './match-ids.ts';
import { runEdition } from './run-edition.ts';

/** Four clubs, one league, every match to play. */
const league = () =>
  withMatchIds(
    buildEditionFromPreset({
      preset: 'league',
      competition: 'Liga de prueba',
      edition: '2030',
      rules: resolveRulePreset('generic'),
      clubs: ['Alfa', 'Beta', 'Gama', 'Delta'].map((name) => ({ id: name.toLowerCase(), name })),
    }),
  );

const matchesOf = (format: ReturnType<typeof league>, club: string) =>
  listMatches(format).filter(({ match }) => match.home === club || match.away === club);

describe('clubs that are one, and a club that is two', () => {
  test('a split gives the matches listed to the new club and keeps the others', () => {
    const format = league();
    const [first, ...rest] = matchesOf(format, 'alfa');
    if (!first) throw new Error('alfa plays');
    const result = splitClub(format, 'alfa', { id: 'alfa-b', name: 'Alfa B' }, [first.id]);
    if (!('format' in result)) throw new Error('the split is refused');
    expect(matchesOf(result.format, 'alfa-b').map((entry) => entry.id)).toEqual([first.id]);
    expect(matchesOf(result.format, 'alfa').map((entry) => entry.id)).toEqual(
      rest.map((entry) => entry.id),
    );
    // Alfa still plays in the league: its place there stays its own.
    const entrants = (stage: (typeof result.format.stages)[number] | undefined) =>
      stage && 'entrants' in stage ? JSON.stringify(stage.entrants) : '';
    expect(entrants(result.format.stages[0])).toContain('"alfa"');
    expect(result.format.clubs.map((club) => club.id)).toContain('alfa-b');
  });

  test('a club that leaves a stage altogether leaves its place there to the new club', () => {
    const format = league();
    const all = matchesOf(format, 'alfa').map((entry) => entry.id);
    const result = splitClub(format, 'alfa', { id: 'alfa-b', name: 'Alfa B' }, all);
    if (!('format' in result)) throw new Error('the split is refused');
    const stage = result.format.stages[0];
    const entrants = stage && 'entrants' in stage ? JSON.stringify(stage.entrants) : '';
    expect(entrants).toContain('"alfa-b"');
    expect(entrants).not.toContain('"alfa"');
    const table = runEdition(result.format).stages[0]?.groups[0]?.table ?? [];
    expect(table.map((row) => row.clubId).sort()).toEqual(['alfa-b', 'beta', 'delta', 'gama']);
  });

  test('a split names the matches that are not the club’s, and changes nothing', () => {
    const format = league();
    const other = listMatches(format).find(
      ({ match }) => match.home !== 'alfa' && match.away !== 'alfa',
    );
    const result = splitClub(format, 'alfa', { id: 'alfa-b', name: 'Alfa B' }, [
      other?.id ?? '',
      'no-such-match',
    ]);
    expect(result).toEqual({ notOfClub: [other?.id, 'no-such-match'] });
  });

  test('a merge undoes a split, the names kept', () => {
    const format = league();
    const some = matchesOf(format, 'alfa')
      .slice(0, 2)
      .map((entry) => entry.id);
    const result = splitClub(format, 'alfa', { id: 'alfa-b', name: 'Alfa B' }, some);
    if (!('format' in result)) throw new Error('the split is refused');
    const merged = mergeClubs(result.format, 'alfa-b', 'alfa');
    expect(listMatches(merged)).toEqual(listMatches(format));
    expect(merged.clubs.find((club) => club.id === 'alfa')?.names).toEqual([{ name: 'Alfa B' }]);
  });
});
