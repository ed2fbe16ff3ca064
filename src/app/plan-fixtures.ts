import type { RoundDocument } from '#adapters/formats/edition/write-edition-rounds.ts';
import { RuleError } from '#core/errors.ts';
import { type CalendarOptions, planCalendar } from '#core/fixtures/calendar.ts';
import { checkSchedule, type ScheduleCheck } from '#core/fixtures/check-schedule.ts';
import { roundRobin } from '#core/fixtures/round-robin.ts';
import type { EditionFormat, RoundFormat } from '#core/format/edition-format.ts';
import type { EditionState, SlotState } from '#core/format/edition-state.ts';

/** What to plan for a stage: fixtures (when it has none, or anew), dates (when a calendar is given). */
export interface FixturesRequest {
  readonly stage: string;
  /** One group of a `groups` stage (all of them otherwise). */
  readonly group?: string;
  readonly double?: boolean;
  readonly mirrored?: boolean;
  /** Make new fixtures even where the stage has some (refused once a match has been played). */
  readonly regenerate?: boolean;
  readonly calendar?: CalendarOptions;
  /**
   * Makes the fixtures from the clubs (their ids, in entrant order) instead of the round robin —
   * a travel-aware double round robin, say; they are checked as a double round robin.
   */
  readonly generate?: (clubs: readonly string[]) => { home: string; away: string }[][];
}

/** The fixtures planned for one league or group, as the edition document writes them. */
export interface PlannedFixtures {
  /** Index of the stage in the edition, and of the group in the stage. */
  readonly stage: number;
  readonly group?: number;
  readonly label: string;
  readonly rounds: readonly RoundDocument[];
  /** Made here (true) or the stage's own fixtures, dated (false). */
  readonly generated: boolean;
  /** The independent checker's verdict on the fixtures. */
  readonly check: ScheduleCheck;
}

/**
 * Plans the fixtures of a league, table or groups stage: a round robin (single or double, the
 * fewest breaks) for a league or group without fixtures, its clubs taken from the edition as it
 * stands; with a calendar, dates (and for a single host, kick-offs and grounds) for every match.
 * Every league or group planned is checked by the independent schedule checker.
 *
 * @throws {@link RuleError} for a stage that is not a league, table or groups stage, a slot not yet
 * filled, or fixtures that would replace played matches.
 */
export function planFixtures(
  edition: EditionFormat,
  state: EditionState,
  request: FixturesRequest,
): PlannedFixtures[] {
  const stageIndex = edition.stages.findIndex((stage) => stage.id === request.stage);
  const stage = edition.stages[stageIndex];
  if (!stage) {
    throw new RuleError(
      'fixtures',
      `no stage "${request.stage}": the stages are ${edition.stages.map((candidate) => candidate.id).join(', ')}`,
    );
  }
  const stageState = state.stages.find((candidate) => candidate.id === stage.id);
  const nameOf = (club: string) =>
    edition.clubs.find((candidate) => candidate.id === club)?.name ?? club;
  const targets: {
    group?: number;
    label: string;
    rounds: readonly RoundFormat[];
    entrants: readonly SlotState[];
  }[] = [];
  if (stage.kind === 'league' || stage.kind === 'table') {
    targets.push({
      label: stage.name,
      rounds: stage.rounds,
      entrants: stageState?.groups[0]?.entrants ?? [],
    });
  } else if (stage.kind === 'groups') {
    stage.groups.forEach((group, index) => {
      if (request.group !== undefined && group.id !== request.group) return;
      targets.push({
        group: index,
        label: `${stage.name}, ${group.name}`,
        rounds: group.rounds,
        entrants: stageState?.groups[index]?.entrants ?? [],
      });
    });
    if (targets.length === 0) {
      throw new RuleError(
        'fixtures',
        `no group "${request.group}" in ${stage.name}: the groups are ${stage.groups.map((group) => group.id).join(', ')}`,
      );
    }
  } else {
    throw new RuleError(
      'fixtures',
      `${stage.name} is a ${stage.kind} stage: fixtures are made for league, table and groups stages`,
    );
  }
  return targets.map((target) => {
    const existing = target.rounds.filter((round) => round.matches.length > 0);
    const generated = existing.length === 0 || request.regenerate === true;
    // Rewriting rounds would lose what the record holds of played matches: plan before the start.
    if (existing.some((round) => round.matches.some((match) => match.status !== 'scheduled'))) {
      throw new RuleError(
        'fixtures',
        `${target.label} has played matches: its fixtures and dates are kept as recorded`,
      );
    }
    const open = target.entrants.filter((slot) => slot.club === null);
    if (generated && open.length > 0) {
      throw new RuleError(
        'fixtures',
        `${target.label} is not settled yet (${open.map((slot) => slot.label).join(', ')}): fixtures need its clubs`,
      );
    }
    const clubs = target.entrants.map((slot) => slot.club ?? slot.label);
    const pairs: { home: string; away: string }[][] = generated
      ? request.generate
        ? request.generate(clubs)
        : roundRobin(clubs, {
            ...(request.double ? { double: true } : {}),
            ...(request.mirrored === false ? { mirrored: false } : {}),
          }).map((round) => round.pairs.map(([home, away]) => ({ home, away })))
      : existing.map((round) => round.matches.map(({ home, away }) => ({ home, away })));
    const names = generated
      ? pairs.map((_, index) => `Round ${index + 1}`)
      : existing.map((round) => round.name);
    const slots = request.calendar ? planCalendar(pairs, request.calendar) : undefined;
    const rounds: RoundDocument[] = pairs.map((round, r) => {
      const placed = slots?.[r];
      const kept = generated ? undefined : existing[r];
      const dates = new Set(placed?.map((slot) => slot.date) ?? []);
      const shared = dates.size === 1 ? [...dates][0] : dates.size === 0 ? kept?.date : undefined;
      return {
        name: names[r] ?? `Round ${r + 1}`,
        ...(shared ? { date: shared } : {}),
        matches: round.map(({ home, away }, m) => {
          const slot = placed?.[m];
          if (!slot || (!slot.time && !slot.venue && shared)) {
            return `${nameOf(home)} v ${nameOf(away)}`;
          }
          return {
            home: nameOf(home),
            away: nameOf(away),
            ...(shared ? {} : { date: slot.date }),
            ...(slot.time ? { time: slot.time } : {}),
            ...(slot.venue ? { venue: slot.venue } : {}),
          };
        }),
      };
    });
    const check = checkSchedule(
      pairs.map((round) => round.map(({ home, away }) => [home, away] as const)),
      clubs,
      {
        double: generated
          ? request.double === true || request.generate !== undefined
          : isDouble(pairs),
      },
    );
    return {
      stage: stageIndex,
      ...(target.group !== undefined ? { group: target.group } : {}),
      label: target.label,
      rounds,
      generated,
      check,
    };
  });
}

/** Whether given fixtures meet every pair twice (a double round robin). @internal */
function isDouble(pairs: readonly (readonly { home: string; away: string }[])[]): boolean {
  const seen = new Set<string>();
  for (const round of pairs) {
    for (const { home, away } of round) {
      const key = [home, away].sort().join('|');
      if (seen.has(key)) return true;
      seen.add(key);
    }
  }
  return false;
}
