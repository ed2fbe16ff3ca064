import type { Club, ClubId } from '../model/club.ts';
import type { Match } from '../model/match.ts';
import type { RuleSet } from '../model/rule-set.ts';
import type { Ruling } from '../model/ruling.ts';
import type { PrintedFigures } from '../model/season-record.ts';
import type { Source } from '../model/source.ts';

/**
 * A whole edition as data: its stages in order, who enters each (slots), how each is ranked and
 * decided, what each outcome means, its results and its rulings. `runEdition` computes the state.
 */
export interface EditionFormat {
  readonly competition: string;
  /** The edition's label ("1993"), which need not be the year its matches were played. */
  readonly edition: string;
  readonly dates?: { readonly from?: string; readonly to?: string };
  readonly previous?: string;
  readonly next?: string;
  readonly sources: readonly Source[];
  /** The edition's rule set; a stage may have its own. */
  readonly rules: RuleSet;
  /** How a knockout tie is decided, unless a stage says otherwise. */
  readonly tieRules?: readonly TieRule[];
  readonly clubs: readonly Club[];
  readonly stages: readonly StageFormat[];
  readonly rulings: readonly EditionRuling[];
  /**
   * The edition's own words in other languages, by language: `{ es: { "Final Stage": "Etapa
   * Final" } }` — names of stages, groups and rounds, qualifier labels, sources' notes.
   */
  readonly translations?: Readonly<Record<string, Readonly<Record<string, string>>>>;
}

/** A stage of any kind. */
export type StageFormat =
  | LeagueStageFormat
  | GroupsStageFormat
  | KnockoutStageFormat
  | QualificationStageFormat;

/** What every stage has. */
interface StageFormatBase {
  readonly id: string;
  readonly name: string;
  /** The stage's own rule set for its tables. */
  readonly rules?: RuleSet;
  /** What finishing where means. */
  readonly outcomes: readonly OutcomeRule[];
  /** The stage was played but its matches are not known (only who came through). */
  readonly matchesUnknown?: boolean;
  /** Played at one venue: no home advantage, no away goals. */
  readonly singleVenue?: boolean;
  /**
   * Where a single-venue stage is played (the Copa Perú's final round in Lima): a city, a
   * department or `lat,lon`, as a club's place is given. Implies {@link singleVenue}.
   */
  readonly host?: string;
  /** The stage whose final positions an `earlierRank` tiebreaker uses (the Tabla Única). */
  readonly earlierRankFrom?: string;
}

/**
 * One table: a round robin (`league`), or one combined table across uneven schedules (`table`, the
 * 2015–2019 Tabla Única: 50 clubs, 6 matches each).
 */
export interface LeagueStageFormat extends StageFormatBase, SummingTable {
  readonly kind: 'league' | 'table';
  readonly entrants: readonly Slot[];
  readonly rounds: readonly RoundFormat[];
  /** The final table as a source prints it, where the matches are not known. */
  readonly printed?: readonly PrintedRow[];
}

/** A table that counts results of other stages besides its own rounds' (or instead of them). */
export interface SummingTable {
  /**
   * Stages whose matches between this table's clubs count in it too: the aggregate of an Apertura
   * and a Clausura (its own rounds empty), a final round that carries over the results its clubs
   * had against each other. The table's own stage stands for its other groups. Those matches stay
   * in their stages: a result corrected there is corrected here.
   */
  readonly sums?: readonly string[];
  /**
   * Which of those matches count: `between` two of the table's clubs (the default), or `all` its
   * clubs played, against any club (a second stage that carries over the whole first stage, as the
   * 2009–2013 Descentralizado's Liguillas did, or a league split in halves).
   */
  readonly sumsMatches?: 'between' | 'all';
}

/** Several leagues at once. */
export interface GroupsStageFormat extends StageFormatBase {
  readonly kind: 'groups';
  /** How clubs were put into groups: by a draw, by region, or by hand. */
  readonly assignedBy?: 'draw' | 'region' | 'hand';
  readonly groups: readonly GroupFormat[];
}

/** A group of a `groups` stage. */
export interface GroupFormat extends SummingTable {
  readonly id: string;
  readonly name: string;
  readonly entrants: readonly Slot[];
  readonly rounds: readonly RoundFormat[];
  /** The final table as a source prints it, where the matches are not known. */
  readonly printed?: readonly PrintedRow[];
}

/**
 * One row of a final table as a source prints it, in the printed order, for a stage whose matches
 * are not known (`matchesUnknown`): the order decides the stage's outcomes (champion, promotion,
 * who goes through), the figures are shown as printed. A figure the source leaves out is absent.
 */
export interface PrintedRow extends PrintedFigures {
  readonly club: ClubId;
  /** Printed without a position of its own: it shares the place of the row above. */
  readonly shared?: boolean;
  /** What the source prints beside the row ("Promoted to the 1994 Primera División", "-3"). */
  readonly note?: string;
}

/** Matches of a league or group, in rounds. */
export interface RoundFormat {
  readonly name: string;
  readonly date?: string;
  readonly matches: readonly Match[];
}

/** Rounds of ties, one leg or two. */
export interface KnockoutStageFormat extends StageFormatBase {
  readonly kind: 'knockout';
  /** How a tie is decided here, step by step; the edition's otherwise. */
  readonly tieRules?: readonly TieRule[];
  readonly rounds: readonly KnockoutRoundFormat[];
}

/** A round of ties. */
export interface KnockoutRoundFormat {
  readonly id: string;
  readonly name: string;
  readonly legs: 1 | 2;
  /**
   * Ties as drawn or given; or `seeded`: the clubs of a ranking paired best v worst (1 v 32, 2 v 31),
   * the better-placed club at home in the second leg; or `bracket`: winners of the previous round's
   * ties paired in order (1 v 2, 3 v 4).
   */
  readonly pairing: { readonly kind: 'given' } | SeededPairing | { readonly kind: 'bracket' };
  readonly ties: readonly TieFormat[];
}

/** Clubs of a ranking paired best against worst. */
export interface SeededPairing {
  readonly kind: 'seeded';
  readonly stage: string;
  /** How many clubs of that ranking go into the pairing, from the top. */
  readonly count: number;
}

/** A tie: two slots and the matches they played (first leg at `home`'s ground). */
export interface TieFormat {
  readonly home?: Slot;
  readonly away?: Slot;
  readonly matches: readonly Match[];
  /** A deciding match after the legs (a *partido extra*). */
  readonly extraMatch?: Match;
}

/** One step of how a knockout tie is decided. */
export type TieRule =
  /** More goals over the legs. */
  | { readonly kind: 'aggregate' }
  /** More points over the legs (3 a win, 1 a draw), goal difference not yet counted. */
  | { readonly kind: 'points' }
  /** Better goal difference over the legs (after points). */
  | { readonly kind: 'goalDifference' }
  /** More goals scored away from home. */
  | { readonly kind: 'awayGoals' }
  /** The club better placed in an earlier table goes through. */
  | { readonly kind: 'betterPlaced'; readonly stage: string }
  /** The winner of a recorded extra match. */
  | { readonly kind: 'extraMatch' }
  /** Goals in extra time of the last match count. */
  | { readonly kind: 'extraTime' }
  | { readonly kind: 'penalties' }
  /** A recorded drawing of lots. */
  | { readonly kind: 'lots' };

/** An external stage whose outcome is known even when its matches are not. */
export interface QualificationStageFormat extends StageFormatBase {
  readonly kind: 'qualification';
  /** Who entered it, where known (clubs coming down from other competitions, say). */
  readonly entrants: readonly Slot[];
  readonly qualified: readonly Qualifier[];
}

/** A club that came through a qualification stage, under a label ("Cusco", "Región IV"). */
export interface Qualifier {
  readonly label: string;
  /** 1 for the champion, 2 for the runner-up of that label. */
  readonly place: number;
  /** Unknown until decided. */
  readonly club?: ClubId;
}

/**
 * A place in a stage, filled by what happened elsewhere: a named club, a position in an earlier
 * stage's table, the n-th best of clubs in one position across groups, the winner or loser of a
 * tie, a qualifier, or a club from another competition's outcome.
 */
export type Slot =
  | { readonly kind: 'club'; readonly club: ClubId }
  | {
      readonly kind: 'position';
      readonly stage: string;
      readonly group?: string;
      readonly position: number;
    }
  | {
      readonly kind: 'best';
      readonly stage: string;
      readonly position: number;
      /** 1 for the best of them, 2 for the second best. */
      readonly rank: number;
    }
  | {
      readonly kind: 'tie';
      readonly stage: string;
      readonly round: string;
      /** 1-based, in the order of the round's ties. */
      readonly tie: number;
      readonly result: 'winner' | 'loser';
    }
  | {
      readonly kind: 'qualifier';
      readonly stage: string;
      readonly label: string;
      readonly place: number;
    }
  | {
      readonly kind: 'external';
      readonly competition: string;
      readonly edition: string;
      readonly outcome: 'relegated' | 'promoted' | 'champion';
      /** Known already (the source names it). */
      readonly club?: ClubId;
      /** Which one, when the outcome has several clubs (1-based, in the other edition's order). */
      readonly index?: number;
    };

/** What finishing somewhere means. */
export interface OutcomeRule {
  /** Positions of a table (in every group of a groups stage, unless `group` is given). */
  readonly positions?: readonly number[];
  readonly group?: string;
  /** For a knockout stage: the winner or the loser of its last round. */
  readonly tieResult?: 'winner' | 'loser';
  readonly outcome:
    | 'champion'
    | 'promoted'
    | 'relegated'
    | 'qualified'
    | 'eliminated'
    | 'nextEdition';
  /** Where the club goes: a competition and edition (promoted, relegated), or a stage. */
  readonly to?: {
    readonly competition?: string;
    readonly edition?: string;
    readonly stage?: string;
  };
}

/** A ruling of an edition: a ruling on results and tables, or one on who takes a place. */
export type EditionRuling = StageRuling | Replacement | TieAward | Relegation | Promotion;

/** A ruling on results and tables, limited to one stage when it names one. */
export type StageRuling = Ruling & { readonly stage?: string };

interface EditionRulingBase {
  readonly date?: string;
  readonly reason: string;
  readonly authority?: string;
  readonly sources?: readonly Source[];
}

/**
 * A club removed from a place and another club put in it (2019: Alfonso Ugarte won its tie, was
 * removed over unpaid debts, and Comerciantes FC took its place in the round of 16).
 */
export interface Replacement extends EditionRulingBase {
  readonly kind: 'replacement';
  /** The stage (and round, for a knockout) whose entrants change. */
  readonly stage: string;
  readonly round?: string;
  readonly out: ClubId;
  readonly in: ClubId;
}

/** A tie decided by a ruling, whatever its matches say. */
export interface TieAward extends EditionRulingBase {
  readonly kind: 'tieAward';
  readonly stage: string;
  readonly clubs: readonly [ClubId, ClubId];
  readonly winner: ClubId;
}

/** A club relegated by a ruling (a walkover's sanction), apart from the tables. */
export interface Relegation extends EditionRulingBase {
  readonly kind: 'relegation';
  readonly club: ClubId;
  readonly to?: { readonly competition?: string; readonly edition?: string };
}

/**
 * A club promoted by a decision, apart from the tables: a place left empty upstairs filled by
 * invitation, or a promotion the record states that its tables do not give.
 */
export interface Promotion extends EditionRulingBase {
  readonly kind: 'promotion';
  readonly club: ClubId;
  readonly to?: { readonly competition?: string; readonly edition?: string };
}
