import { describe, expect, test } from 'vitest';
import { digitsFitClubName } from './club-name-digits.ts';

describe('digitsFitClubName', () => {
  test('takes the numbers clubs carry in their names', () => {
    for (const name of [
      'Alianza Lima',
      '2 de Mayo',
      '12 de Octubre',
      '1º de Mayo',
      'Sportivo 2 de Mayo',
      '1.FC Köln',
      '1. FSV Mainz 05',
      '1899 Hoffenheim',
      'TSV 1860 München',
      'Schalke 04',
      "AZ '67",
    ]) {
      expect(digitsFitClubName(name), name).toBe(true);
    }
  });

  test('refuses digits that read as a position, a figure or a score', () => {
    for (const name of [
      '1. Alianza',
      '3 Alianza',
      'Alianza 3',
      'Alianza 3 2',
      'Union 04 3',
      'Round 2',
      '2 de mayo Alianza',
    ]) {
      expect(digitsFitClubName(name), name).toBe(false);
    }
  });
});
