/** A grouping: clubs by index, the cost (the sum of distances between clubs of a group), a bound. */
export interface Grouping {
  readonly groups: readonly (readonly number[])[];
  readonly cost: number;
  /** A lower bound on any grouping's cost; equal to `cost` proves the grouping optimal. */
  readonly bound: number;
  readonly optimal: boolean;
}

/** Options of {@link groupByDistance}. */
export interface GroupByDistanceOptions {
  /** Group sizes, summing to the number of clubs. */
  readonly sizes: readonly number[];
  /** The same seed gives the same grouping. */
  readonly seed?: number;
  /** At most this many restarts of the local search (more finds better groupings more often). */
  readonly restarts?: number;
  /** Stop once the best grouping has been reached from this many starts. */
  readonly confirmations?: number;
}

/**
 * Splits clubs into groups of given sizes so that the clubs of a group are near one another: the
 * sum over groups of the distances between every two of their clubs is as small as the search
 * finds. An iterated local search (the best swap of two clubs of different groups until none
 * helps, then a seeded shake), restarted from greedy seeds; reproducible by seed. Says whether the
 * result is proved optimal (its cost meets a lower bound), which this fast search can only say
 * when the bound is tight.
 *
 * @example
 * groupByDistance(distances, { sizes: [5, 4, 4, 4, 4, 4], seed: 1 }).cost
 */
export function groupByDistance(
  distances: readonly (readonly number[])[],
  options: GroupByDistanceOptions,
): Grouping {
  const n = distances.length;
  const sizes = options.sizes;
  if (sizes.reduce((sum, size) => sum + size, 0) !== n) {
    throw new Error(`The group sizes ${sizes.join(', ')} do not add up to the ${n} clubs`);
  }
  const random = seeded(options.seed ?? 1);
  // Restart until the best grouping has been reached from several starts (or the budget ends):
  // easy instances stop early, hard ones search longer; the seed fixes the outcome either way.
  const restarts = options.restarts ?? 160;
  const confirmations = options.confirmations ?? 6;
  let reached = 0;
  const d = (i: number, j: number): number => distances[i]?.[j] ?? 0;
  let best: number[] | undefined;
  let bestCost = Number.POSITIVE_INFINITY;

  for (let restart = 0; restart < restarts; restart += 1) {
    const group = initial(n, sizes, random, d);
    let cost = costOf(group, sizes.length, d);
    // toGroup[i][g]: the sum of distances from club i to the clubs of group g.
    const toGroup = Array.from({ length: n }, (_, i) => {
      const sums = new Array<number>(sizes.length).fill(0);
      for (let j = 0; j < n; j += 1)
        if (j !== i) sums[group[j] ?? 0] = (sums[group[j] ?? 0] ?? 0) + d(i, j);
      return sums;
    });
    const swap = (i: number, j: number): void => {
      const gi = group[i] ?? 0;
      const gj = group[j] ?? 0;
      group[i] = gj;
      group[j] = gi;
      for (let k = 0; k < n; k += 1) {
        const sums = toGroup[k];
        if (!sums) continue;
        if (k !== i) {
          sums[gi] = (sums[gi] ?? 0) - d(k, i);
          sums[gj] = (sums[gj] ?? 0) + d(k, i);
        }
        if (k !== j) {
          sums[gj] = (sums[gj] ?? 0) - d(k, j);
          sums[gi] = (sums[gi] ?? 0) + d(k, j);
        }
      }
    };
    const delta = (i: number, j: number): number => {
      const gi = group[i] ?? 0;
      const gj = group[j] ?? 0;
      const ti = toGroup[i] ?? [];
      const tj = toGroup[j] ?? [];
      return (ti[gj] ?? 0) - d(i, j) - (ti[gi] ?? 0) + (tj[gi] ?? 0) - d(i, j) - (tj[gj] ?? 0);
    };
    let localBest = [...group];
    let localBestCost = cost;
    for (let shake = 0; shake < 30; shake += 1) {
      // Descend: the best improving swap until none improves.
      for (;;) {
        let bestDelta = 0;
        let pick: [number, number] | undefined;
        for (let i = 0; i < n; i += 1) {
          for (let j = i + 1; j < n; j += 1) {
            if (group[i] === group[j]) continue;
            const change = delta(i, j);
            if (change < bestDelta) {
              bestDelta = change;
              pick = [i, j];
            }
          }
        }
        if (!pick) break;
        swap(pick[0], pick[1]);
        cost += bestDelta;
      }
      if (cost < localBestCost) {
        localBestCost = cost;
        localBest = [...group];
      }
      // Shake: a few random swaps from the best of this restart.
      for (let k = 0; k < n; k += 1) {
        if (group[k] !== localBest[k]) {
          const target = localBest[k];
          const other = group.findIndex((g, index) => g === target && localBest[index] !== target);
          if (other >= 0) {
            swap(k, other);
          }
        }
      }
      cost = localBestCost;
      for (let s = 0; s < 2 + Math.floor(random() * 3); s += 1) {
        const i = Math.floor(random() * n);
        const j = Math.floor(random() * n);
        if (group[i] === group[j]) continue;
        cost += delta(i, j);
        swap(i, j);
      }
    }
    if (localBestCost < bestCost) {
      bestCost = localBestCost;
      best = localBest;
      reached = 1;
    } else if (localBestCost === bestCost) {
      reached += 1;
      if (reached >= confirmations) break;
    }
  }
  const assignment = best ?? [];
  const groups = sizes.map((_, g) =>
    assignment.flatMap((value, club) => (value === g ? [club] : [])),
  );
  const bound = lowerBound(distances, sizes);
  return { groups, cost: bestCost, bound, optimal: bestCost <= bound };
}

/** The sum over groups of the distances between every two clubs of a group. */
export function groupingCost(
  distances: readonly (readonly number[])[],
  groups: readonly (readonly number[])[],
): number {
  let cost = 0;
  for (const group of groups) {
    for (let a = 0; a < group.length; a += 1) {
      for (let b = a + 1; b < group.length; b += 1)
        cost += distances[group[a] ?? 0]?.[group[b] ?? 0] ?? 0;
    }
  }
  return cost;
}

/**
 * A lower bound: every club has at least (smallest size − 1) clubs in its group, each at least as
 * far as its nearest ones; each distance is counted from both ends, hence the half.
 * @internal
 */
function lowerBound(distances: readonly (readonly number[])[], sizes: readonly number[]): number {
  const mates = Math.min(...sizes) - 1;
  let total = 0;
  distances.forEach((row, i) => {
    const nearest = row
      .filter((_, j) => j !== i)
      .sort((a, b) => a - b)
      .slice(0, mates);
    total += nearest.reduce((sum, value) => sum + value, 0);
  });
  return Math.ceil(total / 2);
}

/** A first grouping: seeds far apart, then each club to the nearest group with room. @internal */
function initial(
  n: number,
  sizes: readonly number[],
  random: () => number,
  d: (i: number, j: number) => number,
): number[] {
  const group = new Array<number>(n).fill(-1);
  const room = [...sizes];
  const order = Array.from({ length: n }, (_, i) => i).sort(() => random() - 0.5);
  const seeds: number[] = [];
  for (let g = 0; g < sizes.length; g += 1) {
    const seed = order
      .filter((club) => group[club] === -1)
      .sort(
        (a, b) =>
          Math.min(...seeds.map((s) => d(b, s)), 1e9) - Math.min(...seeds.map((s) => d(a, s)), 1e9),
      )[0];
    if (seed === undefined) break;
    group[seed] = g;
    room[g] = (room[g] ?? 0) - 1;
    seeds.push(seed);
  }
  for (const club of order) {
    if (group[club] !== -1) continue;
    let bestGroup = -1;
    let bestDistance = Number.POSITIVE_INFINITY;
    seeds.forEach((seed, g) => {
      if ((room[g] ?? 0) <= 0) return;
      const distance = d(club, seed);
      if (distance < bestDistance) {
        bestDistance = distance;
        bestGroup = g;
      }
    });
    group[club] = bestGroup;
    room[bestGroup] = (room[bestGroup] ?? 0) - 1;
  }
  return group;
}

/** @internal */
function costOf(
  group: readonly number[],
  groups: number,
  d: (i: number, j: number) => number,
): number {
  let cost = 0;
  for (let i = 0; i < group.length; i += 1) {
    for (let j = i + 1; j < group.length; j += 1) if (group[i] === group[j]) cost += d(i, j);
  }
  void groups;
  return cost;
}

/** @internal */
function seeded(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}
