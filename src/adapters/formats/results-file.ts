import type { Club } from '#core/model/club.ts';
import type { Match } from '#core/model/match.ts';

/** What a results file holds once read: its matches, and the clubs they name. */
export interface ResultsFile {
  readonly matches: readonly Match[];
  /**
   * Where each match belongs, by its index, where the file says it (a results CSV's `stage`,
   * `group` and `play_off` columns, as Torneo writes them).
   */
  readonly places?: readonly ResultsPlace[];
  readonly clubs: readonly Club[];
  /** The competition's rules preset, where the file names one. */
  readonly rules?: string;
  readonly season?: number;
}

/** A match's stage and group as a results file names them, and whether it is a play-off. */
export interface ResultsPlace {
  readonly stage?: string;
  readonly group?: string;
  /** Played to decide a group's order (or a tie), not a match of its table. */
  readonly playOff?: boolean;
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
