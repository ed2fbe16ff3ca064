import { roundRobin } from '../fixtures/round-robin.ts';
import type { Club } from '../model/club.ts';
import type { RuleSet } from '../model/rule-set.ts';
import type {
  EditionFormat,
  OutcomeRule,
  RoundFormat,
  Slot,
  StageFormat,
} from './edition-format.ts';

/** Where clubs go out of an edition built from a preset. */
export interface PresetMovements {
  readonly promoted?: number;
  readonly promotedTo?: { readonly competition: string; readonly edition?: string };
  readonly relegated?: number;
  readonly relegatedTo?: { readonly competition: string; readonly edition?: string };
}

/** What an edition preset needs. */
export type EditionPresetInput = {
  readonly competition: string;
  readonly edition: string;
  readonly rules: RuleSet;
  readonly clubs: readonly Club[];
  /** The first round's date; later rounds follow every `daysBetweenRounds` days (7). */
  readonly startDate?: string;
  readonly daysBetweenRounds?: number;
  readonly movements?: PresetMovements;
} & (
  | { readonly preset: 'league'; readonly double?: boolean }
  | {
      readonly preset: 'groups-and-final';
      /** The clubs of each group, by id; each group plays a round robin, its winner the final. */
      readonly groups: readonly (readonly string[])[];
      readonly double?: boolean;
      /** The final round at one venue. */
      readonly finalAtOneVenue?: boolean;
      /** Where the final round is played (a city, a department or `lat,lon`): at one venue there. */
      readonly finalHost?: string;
    }
);

/**
 * An edition built from a preset, its fixtures generated: `league` (one round robin, single or
 * double, with promotion and relegation places), or `groups-and-final` (groups that each play a
 * round robin, whose winners meet in a final round robin — the Copa Perú's shape to 1997). The
 * result is an ordinary edition format: everything can be changed afterwards.
 */
export function buildEditionFromPreset(input: EditionPresetInput): EditionFormat {
  const base = {
    competition: input.competition,
    edition: input.edition,
    sources: [],
    rules: input.rules,
    clubs: input.clubs,
    rulings: [],
  };
  const fixtures = (ids: readonly string[], double: boolean): RoundFormat[] =>
    roundRobin(ids, { double }).map((round, index) => {
      const date = input.startDate
        ? addDays(input.startDate, index * (input.daysBetweenRounds ?? 7))
        : undefined;
      return {
        name: `Round ${index + 1}`,
        ...(date ? { date } : {}),
        matches: round.pairs.map(([home, away]) => ({
          home,
          away,
          status: 'scheduled' as const,
          ...(date ? { date } : {}),
        })),
      };
    });
  if (input.preset === 'league') {
    const ids = input.clubs.map((club) => club.id);
    const stage: StageFormat = {
      id: 'league',
      name: 'League',
      kind: 'league',
      entrants: ids.map((club): Slot => ({ kind: 'club', club })),
      rounds: fixtures(ids, input.double ?? true),
      outcomes: movementOutcomes(ids.length, input.movements),
    };
    return { ...base, stages: [stage] };
  }
  const groups = input.groups.map((clubs, index) => ({
    id: `group-${index + 1}`,
    name: `Group ${index + 1}`,
    entrants: clubs.map((club): Slot => ({ kind: 'club', club })),
    rounds: fixtures(clubs, input.double ?? false),
  }));
  const finalists: Slot[] = groups.map((group) => ({
    kind: 'position',
    stage: 'groups',
    group: group.id,
    position: 1,
  }));
  return {
    ...base,
    stages: [
      {
        id: 'groups',
        name: 'Group Stage',
        kind: 'groups',
        assignedBy: 'hand',
        groups,
        outcomes: [{ positions: [1], outcome: 'qualified', to: { stage: 'Final Round' } }],
      },
      {
        id: 'final',
        name: 'Final Round',
        kind: 'league',
        entrants: finalists,
        // The final's fixtures name clubs, so they are drawn once the groups are decided.
        rounds: [],
        ...(input.finalAtOneVenue || input.finalHost ? { singleVenue: true } : {}),
        ...(input.finalHost ? { host: input.finalHost } : {}),
        outcomes: movementOutcomes(finalists.length, input.movements),
      },
    ],
  };
}

/** Champion first, then the promotion and relegation places. @internal */
function movementOutcomes(clubs: number, movements: PresetMovements | undefined): OutcomeRule[] {
  const outcomes: OutcomeRule[] = [{ positions: [1], outcome: 'champion' }];
  const promoted = Math.min(movements?.promoted ?? 0, clubs);
  const relegated = Math.min(movements?.relegated ?? 0, clubs);
  if (promoted > 0) {
    outcomes.push({
      positions: Array.from({ length: promoted }, (_, i) => i + 1),
      outcome: 'promoted',
      ...(movements?.promotedTo ? { to: movements.promotedTo } : {}),
    });
  }
  if (relegated > 0) {
    outcomes.push({
      positions: Array.from({ length: relegated }, (_, i) => clubs - relegated + i + 1),
      outcome: 'relegated',
      ...(movements?.relegatedTo ? { to: movements.relegatedTo } : {}),
    });
  }
  return outcomes;
}

/** @internal */
function addDays(iso: string, days: number): string {
  const date = new Date(`${iso}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}
