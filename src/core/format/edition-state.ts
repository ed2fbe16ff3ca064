import type { ClubId } from '../model/club.ts';
import type { Match } from '../model/match.ts';
import type { RecordTableRow } from '../records/record-tables.ts';
import type { Standings } from '../standings/compute-standings.ts';

/** The state of an edition: every stage, and what the edition decided so far. */
export interface EditionState {
  readonly competition: string;
  readonly edition: string;
  /** The champion, once decided. */
  readonly champion: ClubId | null;
  readonly promoted: readonly Movement[];
  readonly relegated: readonly Movement[];
  readonly stages: readonly StageState[];
  /** Clubs that came in from other competitions, under a heading per origin. */
  readonly teamChanges: readonly { readonly heading: string; readonly clubs: readonly ClubId[] }[];
  readonly warnings: readonly string[];
}

/** A club going to another competition. */
export interface Movement {
  readonly club: ClubId;
  /** "1994 Torneo Descentralizado". */
  readonly to: string;
  readonly competition?: string;
  readonly edition?: string;
}

/** Where a stage is. */
export type StageStatus = 'complete' | 'in progress' | 'not started' | 'unknown';

/** The state of a stage. */
export interface StageState {
  readonly id: string;
  readonly name: string;
  readonly kind: 'league' | 'table' | 'groups' | 'knockout' | 'qualification';
  readonly status: StageStatus;
  readonly groups: readonly GroupState[];
  readonly ties: readonly TieState[];
  /** Who entered a qualification stage. */
  readonly entrants: readonly SlotState[];
  /** Who came through a qualification stage. */
  readonly qualified: readonly SlotState[];
}

/** A place in a stage: the club in it, or what will fill it. */
export interface SlotState {
  /** What the slot is: "Winner of Group 3 (Regional Stage)". */
  readonly label: string;
  readonly club: ClubId | null;
  /**
   * A replacement ruling put `club` in the place of another: that club, and the ruling as a
   * sentence ("Comerciantes FC in place of Alfonso Ugarte, by ruling (2019-11-05): …").
   */
  readonly replaced?: { readonly club: ClubId; readonly note: string };
}

/** The state of one table. */
export interface GroupState {
  readonly id: string;
  readonly name: string;
  readonly entrants: readonly SlotState[];
  readonly complete: boolean;
  /** Matches not yet played (scheduled or postponed). */
  readonly pending: number;
  readonly table: readonly RecordTableRow[];
  /** Computed from the results (absent for a printed table). */
  readonly standings?: Standings;
  /** The table is the one a source prints: the matches are not known (`PrintedRow`). */
  readonly printed?: true;
  /** The stages (or its stage's other groups), by name, whose matches between its clubs it adds up. */
  readonly sums?: readonly string[];
  /** `all`: it adds up every match its clubs played there, not only those between them. */
  readonly sumsMatches?: 'all';
}

/** The state of a knockout tie. */
export interface TieState {
  readonly round: string;
  /** The id of its round in the stage's format. */
  readonly roundId: string;
  readonly home: SlotState;
  readonly away: SlotState;
  readonly legs: readonly Match[];
  readonly extraMatch?: Match;
  readonly winner: ClubId | null;
  readonly decidedBy: string | null;
  readonly aggregate: readonly [number, number];
}
