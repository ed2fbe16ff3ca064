/** A club's lasting identity; stable across renames. */
export type ClubId = string;

/**
 * A club: a lasting identity, with the name it is shown under.
 * The name a club had in one edition is its team name there ({@link TeamName}).
 *
 * @example
 * const club: Club = { id: 'T-009', name: 'Preston North End' };
 */
export interface Club {
  readonly id: ClubId;
  readonly name: string;
  /** Where the club plays: city and department or region. */
  readonly location?: ClubLocation;
  /** Earlier names and other spellings. */
  readonly names?: readonly TeamName[];
}

/** Where a club is based. */
export interface ClubLocation {
  readonly city?: string;
  readonly region?: string;
  readonly country?: string;
  /** Coordinates in degrees; given, they win over any found from the city or the region. */
  readonly lat?: number;
  readonly lon?: number;
}

/**
 * A name a club used: from a season on, or only as a spelling in a source.
 *
 * @example
 * const name: TeamName = { name: 'Newton Heath', until: '1902' };
 */
export interface TeamName {
  readonly name: string;
  readonly from?: string;
  readonly until?: string;
}
