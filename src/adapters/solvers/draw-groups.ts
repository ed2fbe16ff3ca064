import type {
  ClubRef,
  DrawInput,
  DrawRequestConstraints,
} from '#adapters/formats/draw/read-draw-input.ts';
import { solveGroupingExactly, solveGroupingOnWorker } from '#adapters/solvers/exact-grouping.ts';
import { type CeremonyStep, drawFromPots } from '#core/draw/ceremony.ts';
import {
  type DrawConstraints,
  groupByDistance,
  groupingCost,
  groupingLowerBound,
  labelGroups,
  meanOfBothWays,
} from '#core/draw/group-by-distance.ts';
import { NotFoundError, RuleError } from '#core/errors.ts';
import { nameKey } from '#core/records/club-names.ts';

/** How a draw is made. */
export type DrawMethod =
  /**
   * The local search, then HiGHS from its grouping to prove the optimum or at least bound it
   * within the time given: the relaxation where every group is a column and the partitions over
   * its groups, then, up to {@link exactClubLimit} clubs, the model of every pair.
   */
  | 'auto'
  /** The same for longer by default (60 s). */
  | 'exact'
  /** The local search only. */
  | 'fast'
  /** By lot from the pots, as at a ceremony (travel is measured, not minimised). */
  | 'ceremony';

/** What to draw: the sizes, the method, the constraints as the user named them. */
export interface DrawRequest extends DrawRequestConstraints {
  readonly sizes: readonly number[];
  readonly method?: DrawMethod;
  readonly seed?: number;
  /** Time for HiGHS, in seconds (20; 60 for `exact`). */
  readonly seconds?: number;
  /** Told when HiGHS starts, and for how long at most. */
  readonly onExact?: (seconds: number) => void;
  /**
   * HiGHS on a worker thread of its own, so that the thread that asked goes on with its work (a
   * server answers other requests); otherwise it blocks this thread while it runs.
   */
  readonly onWorker?: boolean;
}

/**
 * Clubs up to which HiGHS's model of every pair follows the relaxation and its partitions. That
 * model has three rows for every three clubs: at 80 clubs it takes 0.8 GB and gives a first bound
 * in about 10 s; 100 clubs took 67 s and 1.1 GB for a bound within 1.1 %, 150 clubs 95 s and
 * 2.5 GB for none, where the partitions alone prove 100–120 clubs in groups of 5 within a minute.
 */
export const exactClubLimit = 80;

/** A draw made: groups (clubs by index, in group order), travel, how it was made and how good. */
export interface DrawOutcome {
  readonly groups: readonly (readonly number[])[];
  readonly cost: number;
  /** Each group's own total. */
  readonly groupCosts: readonly number[];
  readonly bound: number;
  readonly optimal: boolean;
  /**
   * `search` (the local search's grouping, its bound perhaps HiGHS's), `exact` (HiGHS proved it
   * optimal or found it, or every grouping was weighed) or `ceremony`.
   */
  readonly method: 'search' | 'exact' | 'ceremony';
  /** The gap between the cost and the best bound known, as a fraction of the cost. */
  readonly gap: number;
  /** Every grouping was weighed (a small draw), rather than HiGHS proving the optimum. */
  readonly exhaustive?: boolean;
  /** The ceremony's balls, in order. */
  readonly steps?: readonly CeremonyStep[];
}

/**
 * Makes a draw: resolves the clubs the constraints name, then groups clubs by travel (the local
 * search, then HiGHS started from its grouping to prove the optimum or bound it) or draws them by
 * lot from pots. Pots, hosts and the regions to keep apart become classes of clubs that must not
 * share a group; hosts are placed one per group, in group order.
 *
 * @throws {@link NotFoundError} for a club the draw does not hold; {@link RuleError} for
 * constraints that cannot be met.
 */
export async function drawGroups(input: DrawInput, request: DrawRequest): Promise<DrawOutcome> {
  const constraints = resolveConstraints(input, request);
  const { sizes } = request;
  const method = request.method ?? 'auto';
  const distances = meanOfBothWays(input.distances);
  const n = distances.length;
  const costs = (groups: readonly (readonly number[])[]) =>
    groups.map((group) => groupingCost(distances, [group]));
  if (method === 'ceremony') {
    const pots = (request.pots ?? []).map((pot) => pot.map((ref) => resolveClub(input, ref)));
    const { groups, steps } = drawFromPots(n, {
      ...constraints,
      sizes,
      pots,
      ...(request.seed ? { seed: request.seed } : {}),
    });
    const cost = groupingCost(distances, groups);
    const bound = groupingLowerBound(distances, sizes);
    return {
      groups,
      cost,
      groupCosts: costs(groups),
      bound,
      optimal: cost <= bound,
      method: 'ceremony',
      gap: cost > 0 ? (cost - bound) / cost : 0,
      steps,
    };
  }
  let draw = groupByDistance(distances, {
    ...constraints,
    sizes,
    ...(request.seed ? { seed: request.seed } : {}),
  });
  let made: DrawOutcome['method'] = draw.exhaustive ? 'exact' : 'search';
  let bound = draw.bound;
  // HiGHS, started from the search's grouping, proves it, beats it or bounds it (not for `fast`);
  // beyond the clubs its model of every pair takes, the relaxation and its partitions alone.
  if (!draw.optimal && method !== 'fast') {
    const pairs = n <= exactClubLimit;
    const seconds = request.seconds ?? (method === 'exact' ? 60 : 20);
    request.onExact?.(seconds);
    const solve = request.onWorker ? solveGroupingOnWorker : solveGroupingExactly;
    const exact = await solve(distances, sizes, {
      ...constraints,
      seconds,
      start: draw.groups,
      ...(pairs ? {} : { partitionOnly: true }),
    });
    if (exact.bound !== undefined) bound = Math.max(bound, exact.bound);
    // HiGHS's grouping where it beat the search's; the search's, proved, where they cost the same.
    if (exact.groups && exact.cost !== undefined && exact.cost < draw.cost) {
      draw = {
        groups: labelGroups(exact.groups, sizes, constraints.fixed ?? []),
        cost: exact.cost,
        bound,
        optimal: exact.optimal,
      };
      made = 'exact';
    } else if (exact.optimal) {
      made = 'exact';
    }
  }
  return {
    groups: draw.groups,
    cost: draw.cost,
    groupCosts: costs(draw.groups),
    bound,
    optimal: draw.optimal || draw.cost <= bound,
    method: made,
    gap: draw.cost > 0 ? Math.max(0, draw.cost - bound) / draw.cost : 0,
    ...(draw.exhaustive ? { exhaustive: true } : {}),
  };
}

/**
 * Turns the user's constraints into classes of club indices: each pot, the hosts, each class
 * named, and (when asked) the clubs of each region; hosts and fixed clubs into placements.
 * @internal
 */
function resolveConstraints(
  input: DrawInput,
  request: DrawRequest,
): DrawConstraints & { readonly names: readonly string[] } {
  const k = request.sizes.length;
  const apart: number[][] = [];
  for (const pot of request.pots ?? []) apart.push(pot.map((ref) => resolveClub(input, ref)));
  for (const members of request.apart ?? [])
    apart.push(members.map((ref) => resolveClub(input, ref)));
  const fixed: { club: number; group: number }[] = [];
  const hosts = (request.hosts ?? []).map((ref) => resolveClub(input, ref));
  if (hosts.length > k) {
    throw new RuleError('draw', `${hosts.length} hosts were named for ${k} groups`);
  }
  hosts.forEach((club, group) => {
    fixed.push({ club, group });
  });
  if (hosts.length > 0) apart.push(hosts);
  for (const { club, group } of request.fixed ?? []) {
    if (!Number.isInteger(group) || group < 1 || group > k) {
      throw new RuleError('draw', `group ${group} does not exist: the groups are 1 to ${k}`);
    }
    fixed.push({ club: resolveClub(input, club), group: group - 1 });
  }
  if (request.apartByRegion) {
    if (!input.regions) {
      throw new RuleError('draw', 'the clubs have no regions to keep apart');
    }
    const byRegion = new Map<string, number[]>();
    input.regions.forEach((region, club) => {
      if (region === undefined) return;
      byRegion.set(region, [...(byRegion.get(region) ?? []), club]);
    });
    for (const members of byRegion.values()) if (members.length > 1) apart.push(members);
  }
  return { apart, fixed, names: input.names };
}

/** Finds a club by index (instances), id or name (case and accents ignored). @internal */
function resolveClub(input: DrawInput, ref: ClubRef): number {
  const n = input.names.length;
  if (typeof ref === 'number' || /^\d+$/.test(ref)) {
    const index = Number(ref);
    if (input.byIndex && index < n) return index;
    if (typeof ref === 'number') {
      throw new NotFoundError('club', String(ref), { hint: `the clubs are 0 to ${n - 1}` });
    }
  }
  const key = nameKey(String(ref));
  const index = input.names.findIndex(
    (name, club) => nameKey(name) === key || (input.ids?.[club] ?? '') === ref,
  );
  if (index < 0) {
    throw new NotFoundError('club', String(ref), {
      hint: `the draw holds ${input.names.slice(0, 5).join(', ')}${n > 5 ? '…' : ''}`,
    });
  }
  return index;
}
