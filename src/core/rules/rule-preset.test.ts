import { describe, expect, test } from 'vitest';
import { NotFoundError } from '../errors.ts';
import { RULE_PRESETS, resolveRulePreset } from './rule-preset.ts';

describe('resolveRulePreset', () => {
  test('gives the Copa Perú 2 points a win up to the 1994 edition and 3 from 1995', () => {
    expect(resolveRulePreset('copa-peru', { season: 1993 }).points.win).toBe(2);
    expect(resolveRulePreset('copa-peru', { season: 1994 }).points.win).toBe(2);
    expect(resolveRulePreset('copa-peru', { season: 1995 }).points.win).toBe(3);
  });

  test('follows the English eras of points and tiebreakers', () => {
    const kinds = (season: number, tier: number) =>
      resolveRulePreset('england', { season, tier }).tiebreakers.map((step) => step.kind);
    expect(resolveRulePreset('england', { season: 1980 }).points.win).toBe(2);
    expect(resolveRulePreset('england', { season: 1981 }).points.win).toBe(3);
    expect(kinds(1975, 1)).toEqual(['points', 'goalAverage', 'alphabetical']);
    expect(kinds(1976, 1)).toEqual(['points', 'goalDifference', 'goalsFor', 'alphabetical']);
    expect(kinds(1995, 1)).toEqual(['points', 'goalDifference', 'goalsFor', 'alphabetical']);
    expect(kinds(1995, 2)).toEqual(['points', 'goalsFor', 'goalDifference', 'alphabetical']);
    expect(kinds(1999, 2)).toEqual(['points', 'goalDifference', 'goalsFor', 'alphabetical']);
    expect(kinds(2019, 3)[0]).toBe('pointsPerGame');
    expect(kinds(2019, 2)[0]).toBe('points');
  });

  test('puts head-to-head before goal difference in Spain, and in Italy from 2005-06', () => {
    expect(resolveRulePreset('spain', { season: 1990 }).tiebreakers[1]?.kind).toBe('headToHead');
    expect(resolveRulePreset('italy', { season: 2004 }).tiebreakers[1]?.kind).toBe('playOff');
    expect(resolveRulePreset('italy', { season: 2005 }).tiebreakers[1]?.kind).toBe('headToHead');
    expect(resolveRulePreset('germany', { season: 1968 }).tiebreakers[1]?.kind).toBe('goalAverage');
    expect(resolveRulePreset('france', { season: 2016 }).awardedGoalsCount).toBe(false);
  });

  test('cites a source for every preset that states a regulation', () => {
    for (const [name, preset] of RULE_PRESETS) {
      if (name === 'generic') continue;
      expect(preset.resolve({ season: 2000, tier: 1 }).sources?.length ?? 0).toBeGreaterThan(0);
    }
  });

  test('refuses an unknown preset, naming the ones there are', () => {
    expect(() => resolveRulePreset('englnd')).toThrow(NotFoundError);
    expect(() => resolveRulePreset('englnd')).toThrow(
      'Unknown rule preset "englnd": choose one of generic, england, spain, italy, germany, france, copa-peru, fifa',
    );
  });
});
