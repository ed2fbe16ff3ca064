import type { ClubId } from './club.ts';
import type { Match } from './match.ts';
import type { RuleSet } from './rule-set.ts';
import type { Ruling } from './ruling.ts';
import type { Source } from './source.ts';

/**
 * A competition that runs edition after edition: the Copa Perú, the Football League First Division.
 *
 * @example
 * const copa: Competition = { id: 'copa-peru', name: 'Copa Perú', country: 'Peru' };
 */
export interface Competition {
  readonly id: string;
  readonly name: string;
  readonly country?: string;
}

/**
 * One season of a competition. Its label is the season's name ("1993"), which need not match the
 * years its matches were played in (the 1993 final round was played in January 1994).
 */
export interface Edition {
  readonly id: string;
  readonly competition: string;
  readonly season: string;
  readonly stages: readonly Stage[];
  readonly rules?: RuleSet;
  readonly rulings?: readonly Ruling[];
  readonly previous?: string;
  readonly next?: string;
  readonly sources?: readonly Source[];
}

/** The kind of a stage: how its clubs meet and how it is ranked. */
export type StageKind = 'league' | 'groups' | 'table' | 'knockout' | 'qualification';

/** A step of an edition: departmental, regional, final. */
export interface Stage {
  readonly id: string;
  readonly name: string;
  readonly kind: StageKind;
  readonly groups: readonly Group[];
  /** The stage's own rules; the edition's otherwise. */
  readonly rules?: RuleSet;
}

/** Clubs of a stage that play each other and share one table. */
export interface Group {
  readonly id: string;
  readonly name: string;
  readonly clubs: readonly ClubId[];
  readonly rounds: readonly Round[];
}

/** A round (Spanish *fecha*): the matches a group plays on one match day or weekend. */
export interface Round {
  readonly number: number;
  readonly name?: string;
  readonly matches: readonly Match[];
}
