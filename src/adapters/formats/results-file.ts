import type { Club } from '#core/model/club.ts';
import type { Match } from '#core/model/match.ts';

/** What a results file holds once read: its matches, and the clubs they name. */
export interface ResultsFile {
  readonly matches: readonly Match[];
  readonly clubs: readonly Club[];
  /** The competition's rules preset, where the file names one. */
  readonly rules?: string;
  readonly season?: number;
}

/**
 * The clubs that the matches name, in order of first appearance; a club's id is its name.
 *
 * @example
 * clubsOf([{ home: 'Aurora', away: 'CNI', status: 'scheduled' }])
 * //=> [{ id: 'Aurora', name: 'Aurora' }, { id: 'CNI', name: 'CNI' }]
 */
export function clubsOf(matches: readonly Match[]): Club[] {
  const seen = new Set<string>();
  const clubs: Club[] = [];
  for (const match of matches) {
    for (const club of [match.home, match.away]) {
      if (seen.has(club)) continue;
      seen.add(club);
      clubs.push({ id: club, name: club });
    }
  }
  return clubs;
}
