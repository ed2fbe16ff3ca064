import type { Club, ClubId } from './club.ts';
import type { Match } from './match.ts';
import type { Ruling } from './ruling.ts';
import type { Source } from './source.ts';

/**
 * An edition as one source records it: a season article, an RSSSF page, a fixtures file. It keeps
 * what the source says (its spellings, its printed tables, its notes) apart from what Torneo
 * derives from it (the tables), so that the two can be compared.
 */
export interface SeasonRecord {
  /** The format it was read from: `article`, `rsssf`, `footballtxt`, `csv`, `json`. */
  readonly format: string;
  /** The rule preset the source names, where it names one. */
  readonly preset?: string;
  readonly title?: string;
  readonly competition?: string;
  /** The edition's label ("1993"; "2019/20"), which need not be the year its matches were played. */
  readonly season?: string;
  /** Paragraphs of prose, as written. */
  readonly summary: readonly string[];
  /** The champion, as the source names it. */
  readonly winners?: ClubId;
  readonly topScorers: readonly TopScorer[];
  readonly previous?: string;
  readonly next?: string;
  /** Clubs that joined this edition from elsewhere, under the source's heading for each group. */
  readonly teamChanges: readonly TeamChange[];
  /** Clubs that qualified into the record's stages, with where they come from. */
  readonly entrants: readonly Entrant[];
  /** The section the source lists the entrants under, with its prose ("Departmental Stage"). */
  readonly entrantsSection?: RecordNote;
  readonly stages: readonly RecordStage[];
  /** Every club, with each spelling the source used in `names`. */
  readonly clubs: readonly Club[];
  /** Spellings taken for one club, so that a person can check and undo each. */
  readonly merges: readonly NameMerge[];
  /** Rulings the source states (a deduction printed beside a table, an awarded match). */
  readonly rulings: readonly Ruling[];
  /** Clubs the source says went up or down by name (an infobox's `promoted`, a sentence). */
  readonly movements?: readonly RecordMovement[];
  /** Sections the reader kept as text (headings without results, notes). */
  readonly notes: readonly RecordNote[];
  /** What the reader could not use, or chose not to, said plainly. */
  readonly warnings: readonly RecordWarning[];
  readonly sources: readonly Source[];
}

/** A club the source says went up or down: "Promoted: Sport Boys", "Sport Boys was promoted to …". */
export interface RecordMovement {
  readonly club: ClubId;
  readonly outcome: 'promoted' | 'relegated';
  /** Where to, where the source says it. */
  readonly to?: { readonly competition: string; readonly edition?: string };
  /** Where the source says it: `the infobox's "promoted" (line 7)`. */
  readonly source: string;
}

/** A top scorer line: "Richard Vinatea (6)". */
export interface TopScorer {
  readonly name: string;
  /** The scorer's club, when it is a club of the record. */
  readonly club?: ClubId;
  /** The club or country as written, when it is not a club of the record. */
  readonly team?: string;
  readonly goals: number;
}

/** A group of clubs that joined the edition from another competition. */
export interface TeamChange {
  /** The source's heading: "Relegated from 1992 Torneo Zonal (Zonal I)". */
  readonly heading: string;
  readonly clubs: readonly ClubId[];
}

/** A club that entered a stage of the record, with its place of origin. */
export interface Entrant {
  readonly club: ClubId;
  /** Department, region or country, as written. */
  readonly region?: string;
  readonly city?: string;
}

/** A stage as recorded: its groups (a single-table stage has one). */
export interface RecordStage {
  readonly name: string;
  readonly groups: readonly RecordGroup[];
}

/** A group as recorded: its rounds, the table the source printed, and matches outside the table. */
export interface RecordGroup {
  readonly name: string;
  readonly rounds: readonly RecordRound[];
  /** The table as the source printed it, for the cross-checks. */
  readonly published?: PublishedTable;
  /** Play-offs and deciders listed with the group that do not count in its table. */
  readonly playOffs: readonly Match[];
  /**
   * The group's two-legged ties are decided on points (3 a win, 1 a draw), not on goals: the
   * source prints points beside each tie (the Copa Perú's ties of 1998–2014).
   */
  readonly tiesOnPoints?: true;
}

/** A round (Spanish *fecha*) as recorded. */
export interface RecordRound {
  readonly name: string;
  /** ISO date `YYYY-MM-DD`, where the round has one date. */
  readonly date?: string;
  readonly matches: readonly Match[];
}

/** A table printed in a source. */
export interface PublishedTable {
  /** The 1-based line where it starts. */
  readonly line: number;
  readonly rows: readonly PublishedRow[];
}

/** The figures of a printed table's row: a column the source left out is absent. */
export interface PrintedFigures {
  readonly played?: number;
  readonly won?: number;
  readonly drawn?: number;
  readonly lost?: number;
  readonly goalsFor?: number;
  readonly goalsAgainst?: number;
  readonly points?: number;
}

/** One printed row. Columns the source left out are absent. */
export interface PublishedRow extends PrintedFigures {
  readonly line: number;
  /** The printed position; for a row printed without one, the position of the row above (shared). */
  readonly position: number;
  /** True when printed without a position: it shares the place above. */
  readonly shared: boolean;
  readonly club: ClubId;
  /** Bracketed notes as printed: "Promoted", "-3", "Retired". */
  readonly notes: readonly string[];
}

/** A spelling the reader took for a club it already knew. */
export interface NameMerge {
  readonly club: ClubId;
  /** The spellings, the club's own name first. */
  readonly spellings: readonly string[];
  /** Why: "the same letters once dashes, accents, case, spacing and punctuation are set aside". */
  readonly reason: string;
}

/** A passage kept as the source wrote it. */
export interface RecordNote {
  readonly heading?: string;
  readonly text: string;
}

/** Something the reader could not use, with where it is. */
export interface RecordWarning {
  readonly line?: number;
  readonly message: string;
}
