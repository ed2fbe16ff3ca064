/**
 * @module Torneo's core: the model of competitions and their results, the standings engine, the
 * rule presets, season records with their cross-checks, and editions run from their format. No
 * I/O: adapters read and write, apps wire them.
 */
export { InputError, type Issue, makeIssue, NotFoundError, RuleError } from './errors.ts';
export { decideTie } from './format/decide-tie.ts';
export type { EditionFormat, Slot, StageFormat, TieRule } from './format/edition-format.ts';
export type { EditionState, StageState, TieState } from './format/edition-state.ts';
export { runEdition } from './format/run-edition.ts';
export type { Club, ClubId, ClubLocation, TeamName } from './model/club.ts';
export type { Competition, Edition, Group, Round, Stage, StageKind } from './model/competition.ts';
export {
  countedScore,
  describeMatch,
  type Match,
  type MatchStatus,
  type Score,
} from './model/match.ts';
export { type ResultEntry, recordResult } from './model/record-result.ts';
export type { PointsForResult, RuleSet, Tiebreaker } from './model/rule-set.ts';
export type { Ruling } from './model/ruling.ts';
export type { SeasonRecord } from './model/season-record.ts';
export type { Source } from './model/source.ts';
export { PERU_DEPARTMENTS, peruDepartment } from './places/peru-departments.ts';
export { checkRecord, type Discrepancy, type RecordCheck } from './records/check-record.ts';
export { type ClubAlias, ClubRegister, nameKey } from './records/club-names.ts';
export { rulesForRecord } from './records/record-rules.ts';
export { computeRecordTables, type RecordStageTables } from './records/record-tables.ts';
export { RULE_PRESETS, type RulePreset, resolveRulePreset } from './rules/rule-preset.ts';
export type { AsOf } from './standings/apply-rulings.ts';
export {
  computeStandings,
  type StandingRow,
  type Standings,
} from './standings/compute-standings.ts';
export { describeChain } from './standings/tiebreaker-values.ts';
