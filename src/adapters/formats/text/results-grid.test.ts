import { describe, expect, test } from 'vitest';
import type { Match } from '#core/model/match.ts';
import type { PublishedRow } from '#core/model/season-record.ts';
import { readBareWalkovers, readResultsGrid } from './results-grid.ts';

const rows = (...lines: [string, ...string[]][]) =>
  lines.map(([name, ...cells], index) => ({ line: index + 2, name, cells }));

const played = (home: string, away: string, h: number, a: number): Match => ({
  home,
  away,
  status: 'played',
  score: { home: h, away: a },
});

const row = (club: string, played: number, won: number): PublishedRow => ({
  line: 1,
  position: 1,
  shared: false,
  club,
  played,
  won,
  notes: [],
});

describe('readResultsGrid', () => {
  test('takes the n-th label for the n-th row, the row club at home', () => {
    const grid = readResultsGrid(
      ['ALI', 'UNI', 'SBO'],
      rows(
        ['Alianza Lima', '—', '1–0', ''],
        ['Universitario', '2–2', 'x', '3–1 (awd)'],
        ['Sport Boys', '0–4', '-', '—'],
      ),
    );
    expect(
      grid?.matches.map((match) => [match.home, match.away, match.score, match.notes.awardedMark]),
    ).toEqual([
      ['Alianza Lima', 'Universitario', { home: 1, away: 0 }, false],
      ['Universitario', 'Alianza Lima', { home: 2, away: 2 }, false],
      ['Universitario', 'Sport Boys', { home: 3, away: 1 }, true],
      ['Sport Boys', 'Alianza Lima', { home: 0, away: 4 }, false],
    ]);
    expect(grid?.doubtfulLabels).toEqual([]);
  });

  test('matches labels that name the rows by name, in any order', () => {
    const grid = readResultsGrid(
      ['Sport Boys', 'Alianza Lima'],
      rows(['Alianza Lima', '2–0', '—'], ['Sport Boys', '—', '1–1']),
    );
    expect(grid?.matches.map((match) => [match.home, match.away])).toEqual([
      ['Alianza Lima', 'Sport Boys'],
      ['Sport Boys', 'Alianza Lima'],
    ]);
  });

  test('says which label does not look like the row it is read for', () => {
    const grid = readResultsGrid(
      ['ALI', 'CRI'],
      rows(['Alianza Lima', '—', '1–0'], ['Universitario', '0–0', '—']),
    );
    expect(grid?.doubtfulLabels).toEqual([{ label: 'CRI', name: 'Universitario' }]);
    expect(
      readResultsGrid(['1', '2'], rows(['Alianza Lima', 'x', '1-0'], ['Universitario', '0-0', 'x']))
        ?.doubtfulLabels,
    ).toEqual([]);
  });

  test('is no grid when a club meets itself, a cell is text, a label is missing or nothing was played', () => {
    expect(readResultsGrid(['A', 'B'], rows(['Alfa', '1–0', '2–0'], ['Beta', '0–0', '—']))).toBe(
      undefined,
    );
    expect(
      readResultsGrid(['A', 'B'], rows(['Alfa', '—', 'Lima'], ['Beta', '0–0', '—'])),
    ).toBeUndefined();
    expect(
      readResultsGrid(['A'], rows(['Alfa', '—', '1–0'], ['Beta', '0–0', '—'])),
    ).toBeUndefined();
    expect(readResultsGrid(['A', 'B'], rows(['Alfa', '—', ''], ['Beta', '', '—']))).toBeUndefined();
  });

  test('keeps a walkover written without a score apart', () => {
    const grid = readResultsGrid(['A', 'B'], rows(['Alfa', '—', 'W.O.'], ['Beta', '1–0', '—']));
    expect(grid?.matches.map((match) => [match.home, match.bareWalkover, match.score])).toEqual([
      ['Alfa', true, undefined],
      ['Beta', false, { home: 1, away: 0 }],
    ]);
  });
});

describe('readBareWalkovers', () => {
  const others = [played('a', 'b', 1, 1), played('b', 'c', 2, 0), played('c', 'a', 0, 1)];

  test('a walkover neither club has counted is void', () => {
    const printed = [row('a', 2, 1), row('b', 2, 1), row('c', 2, 0)];
    expect(readBareWalkovers([{ home: 'a', away: 'c' }], others, printed)).toEqual([
      { kind: 'void' },
    ]);
  });

  test('one both have counted went to the club whose wins count it', () => {
    expect(
      readBareWalkovers([{ home: 'a', away: 'c' }], others, [
        row('a', 3, 2),
        row('b', 2, 1),
        row('c', 3, 0),
      ]),
    ).toEqual([{ kind: 'awarded', to: 'home' }]);
    expect(
      readBareWalkovers([{ home: 'a', away: 'c' }], others, [
        row('a', 3, 1),
        row('b', 2, 1),
        row('c', 3, 1),
      ]),
    ).toEqual([{ kind: 'awarded', to: 'away' }]);
  });

  test('is silent where the table cannot tell or is not there', () => {
    expect(
      readBareWalkovers([{ home: 'a', away: 'c' }], others, [
        row('a', 3, 2),
        row('b', 2, 1),
        row('c', 2, 0),
      ]),
    ).toEqual([undefined]);
    expect(readBareWalkovers([{ home: 'a', away: 'c' }], others, undefined)).toEqual([undefined]);
  });
});
