import type { Highs, ModelData } from 'highs';

/**
 * @module A lower bound on a draw's travel from the linear relaxation of its set-partitioning
 * model, where every group that could be formed is a column: the groups of a grouping to start from
 * are the first columns, HiGHS solves the relaxation over the columns so far, and the group of each
 * size that its prices make cheapest (found exactly, by a depth-first search with a bound) joins
 * them while it lowers the relaxation (column generation). Whatever the prices, each club's price
 * plus, for each size, the number of groups of that size times the cheapest such group at those
 * prices is a lower bound (Lagrangian duality), so every round that finishes its search gives one;
 * when no group lowers the relaxation, the bound is the relaxation's value. Each club with its
 * nearest clubs is a column from the start, the first prices are those of the nearest-mates bound,
 * and each round prices halfway between the best prices so far and the relaxation's (Wentges'
 * smoothing), so that the rounds neither start from nor swing to prices far off, where the search
 * for the cheapest group is long. It is far tighter than the nearest-mates bound (random instances:
 * within 0.1–4 % of the best grouping known, where that bound is 15–25 % below) and often proves a
 * grouping optimal on its own. Given the cost of a grouping, it then solves the partition over the
 * groups it gathered, and over every group priced within the gap left, which proves the optimum
 * (decision 013).
 */

/** What {@link partitionBound} found. */
export interface PartitionBound {
  /**
   * The best lower bound proved: at least the nearest-mates bound, the prices it starts from (none
   * when a distance is below zero).
   */
  readonly bound: number | undefined;
  /** Whether the relaxation was solved to the end: no group left that would lower it. */
  readonly solved: boolean;
  /**
   * A grouping cheaper than the target ({@link PartitionBoundOptions.target}), found by the
   * partition over the groups the relaxation gathered or over every group within the gap; the
   * latter is the optimum, and `bound` is then its cost.
   */
  readonly groups?: number[][];
}

/** Options of {@link partitionBound}. */
export interface PartitionBoundOptions {
  /** A grouping that meets the constraints: the first columns. */
  readonly start: readonly (readonly number[])[];
  /** Classes of clubs that never share a group: no column holds two of one class. */
  readonly apart?: readonly (readonly number[])[];
  /** `Date.now()` after which the search stops, with the best bound so far. */
  readonly deadline: number;
  /**
   * The cost of a grouping known (the start's): the search stops as soon as the bound reaches it,
   * which proves that grouping optimal. Otherwise, once the relaxation is solved, every group
   * whose price lies within the gap between the two is listed and the partition over them solved
   * exactly (see {@link partitionBound}).
   */
  readonly target?: number;
  /** Clubs placed in a given group (by index into the sizes): the exact partition keeps them. */
  readonly fixed?: readonly { readonly club: number; readonly group: number }[];
  /** @internal {@link GREEDY_AFTER}, for tests. */
  readonly growAfter?: number;
}

/**
 * A bound computed in floating point as one that holds: with whole distances every grouping costs
 * a whole number, so the bound rounds up (less a margin for rounding); otherwise it is cut to
 * thousandths.
 */
export function provedBound(value: number, integral: boolean): number {
  return integral
    ? Math.ceil(value - 1e-6 * Math.max(1, Math.abs(value)))
    : Math.floor(value * 1000) / 1000;
}

/** Groups of each size added to the columns per round, at most. */
const COLUMNS_PER_ROUND = 20;

/**
 * How far toward the best prices so far the groups are priced, from the relaxation's own
 * (Wentges' smoothing): the relaxation's prices swing from round to round while it has few
 * columns, and priced at them the rounds' bounds swing with them (200 clubs in groups of 5, 20 s:
 * 15,434 at the relaxation's prices, 27,663 smoothed by half, where the nearest-mates bound is
 * 24,770 and the best grouping known 30,634).
 */
const SMOOTHING = 0.5;

/**
 * Nodes of a round's exact search beyond which the next rounds mostly add, instead, the groups
 * grown greedily from every club at the relaxation's prices (three rounds in four, while any is
 * wanted): 300 clubs in groups of 6 bounded at 50,293–50,389 in 20 s (3 % under the search's
 * grouping) where no bound above the nearest-mates one (40,745) came; draws whose rounds are short
 * never reach it (the bench's proofs as before), and draws of 60–200 clubs end as before. At every
 * round the grown groups slowed those (rnd40_8 proved in 0.75 s instead of 0.38).
 */
const GREEDY_AFTER = 100_000;

/**
 * At most this many groups are listed within the gap of a bound to its target: the partition
 * over them is then solved in seconds.
 */
const MOST_WITHIN_GAP = 200_000;

/**
 * Partitions over more groups than this are solved without HiGHS's presolve, which does not watch
 * the clock: 189,000 groups listed within a gap, 61 s for a limit of 12 (without it, 9.7 s), and
 * 68,000 groups 12.5 s for 8.7 (12.3 for 12.0). On smaller ones it pays: 9,600 groups proved in
 * 4.7 s with it, 11.3 s without.
 */
const PRESOLVE_LIMIT = 30_000;

/** How many times the gap is halved when it holds too many groups to list. */
const MOST_HALVINGS = 6;

/** Stopped by the deadline in the middle of a search. */
class OutOfTime extends Error {}

/** More groups within the gap than {@link MOST_WITHIN_GAP}. */
class TooMany extends Error {}

/**
 * The bound of the module's description for grouping clubs into groups of `sizes`, with the
 * HiGHS instance given (its WebAssembly module loaded by the caller).
 */
export function partitionBound(
  highs: Highs,
  distances: readonly (readonly number[])[],
  sizes: readonly number[],
  options: PartitionBoundOptions,
): PartitionBound {
  const n = distances.length;
  // Each pair at the distance from the lower index to the higher, as the groupings' cost counts
  // it. The search's cut needs distances of zero or more: otherwise there is no bound.
  if (distances.some((row) => row.some((value) => value < 0))) {
    return { bound: undefined, solved: false };
  }
  const d = Float64Array.from({ length: n * n }, (_, k) => {
    const a = Math.floor(k / n);
    const b = k % n;
    return a === b ? 0 : (distances[Math.min(a, b)]?.[Math.max(a, b)] ?? 0);
  });
  // The classes a club is in, as bits of a mask per club (a club may be in several).
  const classes = options.apart ?? [];
  const conflicts: bigint[] = Array.from({ length: n }, () => 0n);
  classes.forEach((members, index) => {
    for (const club of members) conflicts[club] = (conflicts[club] ?? 0n) | (1n << BigInt(index));
  });
  const distinct = [...new Set(sizes)].sort((a, b) => a - b);
  const count = new Map(distinct.map((size) => [size, sizes.filter((s) => s === size).length]));
  const costOf = (group: readonly number[]) => {
    let total = 0;
    for (let a = 0; a < group.length; a += 1)
      for (let b = a + 1; b < group.length; b += 1)
        total += d[(group[a] ?? 0) * n + (group[b] ?? 0)] ?? 0;
    return total;
  };
  // A group of `size` grown from `club`, one club at a time: the open club (not in it, of no class
  // already in it) least by `score` next, after which `took` may update the scores; sorted, or
  // undefined when the classes leave too few clubs.
  const inGroup = new Uint8Array(n);
  const growFrom = (
    club: number,
    size: number,
    score: Float64Array,
    took?: (pick: number) => void,
  ): number[] | undefined => {
    const group = [club];
    inGroup.fill(0);
    inGroup[club] = 1;
    let taken = conflicts[club] ?? 0n;
    while (group.length < size) {
      let pick = -1;
      for (let other = 0; other < n; other += 1) {
        if (inGroup[other] === 1 || ((conflicts[other] ?? 0n) & taken) !== 0n) continue;
        if (pick < 0 || (score[other] ?? 0) < (score[pick] ?? 0)) pick = other;
      }
      if (pick < 0) return undefined;
      group.push(pick);
      inGroup[pick] = 1;
      taken |= conflicts[pick] ?? 0n;
      took?.(pick);
    }
    return group.sort((a, b) => a - b);
  };
  const columns = options.start.map((group) => [...group].sort((a, b) => a - b));
  const known = new Set(columns.map((group) => group.join(' ')));
  // And for each club and size, the club with its nearest clubs (none of a class it is in): with
  // only the start's groups, the relaxation's first prices are far off, and the first rounds'
  // searches long (80 clubs in groups of 10: a bound above the nearest-mates one after 2 s with
  // them, none in 20 s without).
  for (let club = 0; club < n; club += 1) {
    const fromClub = d.subarray(club * n, (club + 1) * n);
    for (const size of distinct) {
      const group = growFrom(club, size, fromClub);
      if (!group) continue;
      const key = group.join(' ');
      if (known.has(key)) continue;
      known.add(key);
      columns.push(group);
    }
  }
  const integral = distances.every((row) => row.every(Number.isInteger));
  const proved = (value: number) => provedBound(value, integral);
  let best: number | undefined;
  let nodes = 0;
  // `nearest[j * largest + k]`: the sum of club j's k smallest distances to the other clubs (for k
  // below the largest size): the least its pairs with k more clubs of its group can cost.
  const largest = distinct.at(-1) ?? 1;
  const nearest = new Float64Array(n * largest);
  for (let j = 0; j < n; j += 1) {
    const row = Array.from({ length: n }, (_, k) => d[j * n + k] ?? 0)
      .filter((_, k) => k !== j)
      .sort((a, b) => a - b);
    let sum = 0;
    for (let k = 1; k < largest; k += 1) {
      sum += row[k - 1] ?? 0;
      nearest[j * largest + k] = sum;
    }
  }

  /**
   * The `keep` groups of `size` cheapest at the prices (cost less the prices of their clubs),
   * cheapest first; or, with `within`, every group whose value is at most that, in no order (more
   * than `keep` of them throw {@link TooMany}). Exact, since a branch is cut only when even its
   * cheapest completion costs more (the cheapest additions one by one, each with half its
   * distances to its nearest clubs, the least its pairs with the other additions can cost).
   */
  const cheapest = (prices: Float64Array, size: number, keep: number, within?: number) => {
    const found: { group: number[]; value: number }[] = [];
    const listing = within !== undefined;
    // Listing, a group at the limit counts (with a margin for the sums' rounding).
    let worst = listing ? within + 1e-6 * Math.max(1, Math.abs(within)) : Number.POSITIVE_INFINITY;
    const chosen: number[] = [];
    // What each club would add to the group so far: its distances to the chosen, less its price.
    const adds = new Float64Array(n);
    for (let j = 0; j < n; j += 1) adds[j] = -(prices[j] ?? 0);
    // Used by each node before it goes deeper, so one for the whole search.
    const smallest = new Float64Array(size);
    const grow = (from: number, value: number, taken: bigint) => {
      nodes += 1;
      if ((nodes & 4095) === 0 && Date.now() > options.deadline) throw new OutOfTime();
      const left = size - chosen.length;
      if (left === 0) {
        if (listing) {
          if (value > worst) return;
          found.push({ group: [...chosen], value });
          if (found.length > keep) throw new TooMany();
        } else if (value < worst) {
          found.push({ group: [...chosen], value });
          found.sort((a, b) => a.value - b.value);
          if (found.length > keep) found.pop();
          if (found.length === keep) worst = found[keep - 1]?.value ?? worst;
        }
        return;
      }
      // The `left` least additions of the clubs still open, in order (kept sorted as they come:
      // a sort of every open club took most of the search's time).
      let open = 0;
      for (let j = from; j < n; j += 1) {
        if (((conflicts[j] ?? 0n) & taken) !== 0n) continue;
        // Half of its distances to the other clubs it would join: at least half its nearest.
        const addition = (adds[j] ?? 0) + 0.5 * (nearest[j * largest + left - 1] ?? 0);
        let at = Math.min(open, left);
        if (at === left && addition >= (smallest[left - 1] ?? 0)) {
          open += 1;
          continue;
        }
        while (at > 0 && (smallest[at - 1] ?? 0) > addition) {
          if (at < left) smallest[at] = smallest[at - 1] ?? 0;
          at -= 1;
        }
        smallest[at] = addition;
        open += 1;
      }
      if (open < left) return;
      let least = value;
      for (let k = 0; k < left; k += 1) least += smallest[k] ?? 0;
      if (listing ? least > worst : least >= worst) return;
      for (let j = from; j <= n - left; j += 1) {
        const mask = conflicts[j] ?? 0n;
        if ((mask & taken) !== 0n) continue;
        const next = value + (adds[j] ?? 0);
        chosen.push(j);
        for (let t = 0; t < n; t += 1) adds[t] = (adds[t] ?? 0) + (d[j * n + t] ?? 0);
        grow(j + 1, next, taken | mask);
        for (let t = 0; t < n; t += 1) adds[t] = (adds[t] ?? 0) - (d[j * n + t] ?? 0);
        chosen.pop();
      }
    };
    grow(0, 0, 0n);
    return found;
  };

  // The prices of the best bound so far, and each size's cheapest group at them: what the
  // listing of the groups within the gap starts from, and what the rounds are priced toward. First
  // each club's price is half its distances to as many of its nearest clubs as the smallest group
  // holds besides it: no group then costs less than its clubs' prices (each size's cheapest is
  // 0 or more), and the bound there is the nearest-mates bound.
  const fewest = distinct[0] ?? 1;
  let bestPrices: Float64Array = Float64Array.from({ length: n }, (_, club) =>
    fewest > 1 ? 0.5 * (nearest[club * largest + fewest - 1] ?? 0) : 0,
  );
  let bestCheapest = new Map<number, number>(distinct.map((size) => [size, 0]));
  let bestValue = bestPrices.reduce((sum, price) => sum + price, 0);
  best = proved(bestValue);
  let solved = false;
  // Whether `group` (sorted, of the size at `index`) joins the columns: when it is new and its
  // reduced cost at the relaxation's prices (`dual`: each club's, then each size's) is below zero,
  // since only such a group lowers the relaxation.
  const wanted = (group: number[], index: number, dual: Float64Array): boolean => {
    let reduced = costOf(group) - (dual[n + index] ?? 0);
    for (const club of group) reduced -= dual[club] ?? 0;
    if (reduced >= -1e-7 * Math.max(1, Math.abs(reduced))) return false;
    const key = group.join(' ');
    if (known.has(key)) return false;
    known.add(key);
    columns.push(group);
    return true;
  };
  // The bound at `prices` (each size's cheapest groups at them), kept when it is the best; the
  // groups found join the columns when the relaxation wants them ({@link wanted}). How many joined.
  const priceAt = (prices: Float64Array, dual: Float64Array): number => {
    let bound = prices.reduce((sum, price) => sum + price, 0);
    let added = 0;
    const least = new Map<number, number>();
    distinct.forEach((size, index) => {
      const found = cheapest(prices, size, COLUMNS_PER_ROUND);
      least.set(size, found[0]?.value ?? 0);
      bound += (count.get(size) ?? 0) * (found[0]?.value ?? 0);
      for (const { group } of found) if (wanted(group, index, dual)) added += 1;
    });
    if (bound > bestValue) {
      bestPrices = prices;
      bestCheapest = least;
      bestValue = bound;
    }
    best = best === undefined ? proved(bound) : Math.max(best, proved(bound));
    return added;
  };
  // The groups grown from each club, one club at a time, the one that adds least at the
  // relaxation's prices (`dual`) next, none of a class already in; those the relaxation wants
  // join the columns. How many joined.
  const growAll = (dual: Float64Array): number => {
    let added = 0;
    const adds = new Float64Array(n);
    const took = (pick: number) => {
      for (let other = 0; other < n; other += 1) {
        adds[other] = (adds[other] ?? 0) + (d[pick * n + other] ?? 0);
      }
    };
    distinct.forEach((size, index) => {
      for (let club = 0; club < n; club += 1) {
        for (let other = 0; other < n; other += 1) {
          adds[other] = (d[club * n + other] ?? 0) - (dual[other] ?? 0);
        }
        const group = growFrom(club, size, adds, took);
        if (group && wanted(group, index, dual)) added += 1;
      }
    });
    return added;
  };
  // Nodes of the last round's exact search ({@link GREEDY_AFTER}).
  let lastSearch = 0;
  const growAfter = options.growAfter ?? GREEDY_AFTER;
  for (let round = 1; Date.now() <= options.deadline; round += 1) {
    const dual = highs.withModel(partitionModel(columns, false), (model) => {
      model.options.set({ output_flag: false });
      model.run();
      return model.getModelStatus() === highs.constants.modelStatus.optimal
        ? model.getSolution().rowDual
        : undefined;
    });
    if (!dual) break;
    const own = Float64Array.from(dual.subarray(0, n));
    // Priced halfway between the best prices so far and the relaxation's ({@link SMOOTHING}); when
    // that finds no group the relaxation wants, at its own prices, which prove it solved if they
    // find none either.
    const centre = bestPrices;
    const smoothed = own.map(
      (price, club) => SMOOTHING * (centre[club] ?? 0) + (1 - SMOOTHING) * price,
    );
    // While the exact search is long, three rounds in four add the grown groups alone, as long
    // as some are wanted.
    if (lastSearch > growAfter && round % 4 !== 0 && growAll(dual) > 0) continue;
    let added = 0;
    const before = nodes;
    try {
      added = priceAt(smoothed, dual);
      if (added === 0) added = priceAt(own, dual);
      lastSearch = nodes - before;
    } catch (error) {
      if (error instanceof OutOfTime) return { bound: best, solved: false };
      throw error;
    }
    if (options.target !== undefined && best !== undefined && best >= options.target) {
      return { bound: best, solved };
    }
    if (added === 0) {
      solved = true;
      break;
    }
  }
  if (options.target === undefined || best === undefined) {
    return { bound: best, solved };
  }
  // The partition over the groups the relaxation gathered often costs less than the target: the
  // gap to list within narrows (a quarter of the time left at most).
  let target = options.target;
  let better: number[][] | undefined;
  if (best < target) {
    const gathered = solvePartition(
      columns.filter(fits),
      Date.now() + (options.deadline - Date.now()) / 4,
    );
    if (gathered && gathered.cost < target) {
      target = gathered.cost;
      better = gathered.groups;
      if (best >= target) return { bound: best, solved, groups: better };
    }
  }
  // A grouping costs the sum of every club's price plus its groups' values at those prices, each
  // at least its size's cheapest, and the bound is that least sum: so in a grouping that costs no
  // more than the bound plus some gap, no group's value exceeds its size's cheapest by more than
  // that gap. With every such group listed, the partition over them is the optimum when it costs
  // no more than the bound plus the gap, and otherwise no grouping does. The gap to the target
  // proves the optimum; when it holds too many groups, half of it, a quarter…, which may still.
  let gap = target - bestValue;
  for (
    let halvings = 0;
    halvings <= MOST_HALVINGS && Date.now() < options.deadline;
    halvings += 1
  ) {
    const listed = groupsWithin(bestPrices, bestCheapest, gap);
    if (listed === 'late') break;
    if (listed === 'many') {
      gap /= 2;
      continue;
    }
    const found = solvePartition(listed, options.deadline);
    if (!found) break;
    const limit = bestValue + gap;
    if (found.optimal && found.cost <= limit + 1e-9 * Math.max(1, Math.abs(limit))) {
      return { bound: found.cost, solved, groups: found.groups };
    }
    if (found.optimal) best = Math.max(best, proved(limit));
    if (found.cost < target) better = found.groups;
    break;
  }
  return { bound: best, solved, ...(better ? { groups: better } : {}) };

  /**
   * Every group whose value at the prices lies within `gap` of its size's cheapest and that keeps
   * the fixed clubs where they were put, with the columns so far: `many` beyond
   * {@link MOST_WITHIN_GAP}, `late` past the deadline.
   */
  function groupsWithin(
    prices: Float64Array,
    least: ReadonlyMap<number, number>,
    gap: number,
  ): number[][] | 'many' | 'late' {
    const listed: number[][] = columns.filter(fits);
    const seen = new Set(listed.map((group) => group.join(' ')));
    try {
      for (const size of distinct) {
        const within = (least.get(size) ?? 0) + gap;
        for (const { group } of cheapest(prices, size, MOST_WITHIN_GAP - listed.length, within)) {
          const key = group.join(' ');
          if (seen.has(key) || !fits(group)) continue;
          seen.add(key);
          listed.push(group);
        }
      }
    } catch (error) {
      if (error instanceof OutOfTime) return 'late';
      if (error instanceof TooMany) return 'many';
      throw error;
    }
    return listed;
  }

  /**
   * The cheapest partition of the clubs into the groups given (clubs once each, the counts of
   * sizes) HiGHS finds by `until`, and whether it proved it the cheapest; undefined when it found
   * none.
   */
  function solvePartition(
    groups: readonly (readonly number[])[],
    until: number,
  ): { groups: number[][]; cost: number; optimal: boolean } | undefined {
    const seconds = (until - Date.now()) / 1000;
    if (seconds <= 0) return undefined;
    return highs.withModel(partitionModel(groups, true), (model) => {
      model.options.set({
        output_flag: false,
        time_limit: seconds,
        mip_rel_gap: 0,
        ...(groups.length > PRESOLVE_LIMIT ? { presolve: 'off' } : {}),
      });
      model.run();
      const { feasible } = highs.constants.solutionStatus;
      if (Number(model.info.get('primal_solution_status')) !== feasible) return undefined;
      const values = model.getSolution().colValue;
      const picked = groups.filter((_, k) => (values[k] ?? 0) > 0.5).map((group) => [...group]);
      if (picked.reduce((sum, group) => sum + group.length, 0) !== n) return undefined;
      return {
        groups: picked,
        cost: picked.reduce((sum, group) => sum + costOf(group), 0),
        optimal: model.getModelStatus() === highs.constants.modelStatus.optimal,
      };
    });
  }

  /**
   * The set-partitioning model over `groups`: a column for each (its travel the cost), a row for
   * each club (in one group exactly) and for each size (its count of groups); the columns 0 or 1
   * when `integer`, otherwise its relaxation.
   */
  function partitionModel(groups: readonly (readonly number[])[], integer: boolean): ModelData {
    const starts = new Int32Array(groups.length + 1);
    groups.forEach((group, k) => {
      starts[k + 1] = (starts[k] ?? 0) + group.length + 1;
    });
    const entries = starts[groups.length] ?? 0;
    const indices = new Int32Array(entries);
    groups.forEach((group, k) => {
      let at = starts[k] ?? 0;
      for (const club of group) indices[at++] = club;
      indices[at] = n + distinct.indexOf(group.length);
    });
    const rows = [
      ...Array.from({ length: n }, () => 1),
      ...distinct.map((size) => count.get(size) ?? 0),
    ];
    return {
      numCols: groups.length,
      numRows: rows.length,
      colCost: Float64Array.from(groups, costOf),
      colLower: new Float64Array(groups.length),
      // In the relaxation no upper bound (each club's row holds a column to 1 already): a bound of 1
      // would take a share of the prices the pricing needs.
      colUpper: new Float64Array(groups.length).fill(integer ? 1 : highs.infinity),
      rowLower: rows,
      rowUpper: rows,
      matrix: {
        format: 'csc',
        numRows: rows.length,
        numCols: groups.length,
        starts,
        indices,
        values: new Float64Array(entries).fill(1),
      },
      ...(integer
        ? { integrality: new Int32Array(groups.length).fill(highs.constants.variableType.integer) }
        : {}),
    };
  }

  /**
   * Whether a group keeps the fixed clubs where they were put: of the size of their group, with
   * every club fixed to that group and none fixed to another.
   */
  function fits(group: readonly number[]): boolean {
    const fixed = options.fixed ?? [];
    if (fixed.length === 0) return true;
    const placed = new Set<number>();
    for (const { club, group: index } of fixed) {
      if (group.includes(club)) placed.add(index);
    }
    if (placed.size === 0) return true;
    if (placed.size > 1) return false;
    const [index] = placed;
    return (
      sizes[index ?? -1] === group.length &&
      fixed.every(({ club, group: other }) => other !== index || group.includes(club))
    );
  }
}
