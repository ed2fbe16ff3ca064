import { RuleError } from '../errors.ts';
import { Mulberry32 } from '../random.ts';

/** A grouping: clubs by index, the cost (the sum of distances between clubs of a group), a bound. */
export interface Grouping {
  readonly groups: readonly (readonly number[])[];
  readonly cost: number;
  /** A lower bound on any grouping's cost; equal to `cost` proves the grouping optimal. */
  readonly bound: number;
  readonly optimal: boolean;
  /** Every grouping was weighed (a small draw): the optimum is known, not searched for. */
  readonly exhaustive?: boolean;
}

/** What a draw must respect besides the sizes. */
export interface DrawConstraints {
  /**
   * Classes of clubs that must be in different groups: a pot of seeds, the clubs of one
   * department, the hosts. A club may be in several classes.
   */
  readonly apart?: readonly (readonly number[])[];
  /** Clubs placed in a given group (by index into the sizes) before the draw. */
  readonly fixed?: readonly { readonly club: number; readonly group: number }[];
  /** The clubs' names, for messages. */
  readonly names?: readonly string[];
}

/** Options of {@link groupByDistance}. */
export interface GroupByDistanceOptions extends DrawConstraints {
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
 * finds, with clubs of one class kept apart and fixed clubs left where they were put. An iterated
 * local search (the best swap of two clubs of different groups, or move of a club to a group one
 * club smaller, until none helps; then a seeded kick: a few random clubs each trade places with the
 * club of another group they fit best beside, or move there), restarted from greedy seeds; on a
 * draw where fewer than half the restarts so far met the best grouping, each restart's best then
 * tries cyclic exchanges of up to 8 clubs ({@link LocalSearch.exchange}); a large draw stops
 * restarting after a budget of work, not of time ({@link searchWork}); reproducible by seed; the
 * groups come out in the order of the sizes asked. Two clubs that must be apart count as a distance
 * larger than any grouping's total, so the search leaves a broken constraint before any distance.
 * Says whether the result is proved optimal (its cost meets a lower bound), which this fast search
 * can only say when the bound is tight. A small draw (at most 50,000 ways to fill its groups, such
 * as 12 clubs in three groups of 4) is settled instead by weighing every grouping, and so proved.
 *
 * @throws {@link RuleError} when the sizes or the constraints cannot be met.
 * @example
 * groupByDistance(distances, { sizes: [5, 4, 4, 4, 4, 4], seed: 1 }).cost
 */
export function groupByDistance(
  distances: readonly (readonly number[])[],
  options: GroupByDistanceOptions,
): Grouping {
  const n = distances.length;
  const sizes = options.sizes;
  const k = sizes.length;
  checkDraw(n, options);
  const random = new Mulberry32(options.seed ?? 1);
  // Restart until the best grouping has been reached from several starts (or the budget ends):
  // easy instances stop early, hard ones search longer; the seed fixes the outcome either way.
  const restarts = options.restarts ?? 160;
  const confirmations = options.confirmations ?? 8;
  let total = 0;
  for (const row of distances) for (const value of row) total += value;
  const { conflict, penalty } = conflicts(n, options.apart ?? [], total);
  // Few enough groupings to weigh them all: the best is then known, not searched for.
  if (assignments(sizes) <= exhaustiveLimit) {
    const groups = everyGrouping(distances, sizes, conflict, options.fixed ?? []);
    if (!groups) {
      throw new RuleError(
        'draw',
        'No grouping keeps every class apart; check the pots, the fixed clubs and the clubs to keep apart',
      );
    }
    const cost = groupingCost(distances, groups);
    return { groups, cost, bound: cost, optimal: true, exhaustive: true };
  }
  // D: distances with the price of every broken constraint added.
  const D = new Float64Array(n * n);
  for (let i = 0; i < n; i += 1) {
    for (let j = 0; j < n; j += 1) {
      D[i * n + j] = (distances[i]?.[j] ?? 0) + (conflict[i * n + j] === 1 ? penalty : 0);
    }
  }
  const search = new LocalSearch(D, n, k, sizes, options.fixed ?? [], random);
  let reached = 0;
  let best: Int32Array | undefined;
  let bestCost = Number.POSITIVE_INFINITY;
  for (let restart = 0; restart < restarts; restart += 1) {
    // Greedy starts and random ones in turn: the greedy ones are good, the random ones reach
    // groupings the greedy construction never leads to.
    let cost = search.load(
      restart % 2 === 0
        ? initial(n, sizes, options.fixed ?? [], random, D)
        : randomStart(n, sizes, options.fixed ?? [], random),
    );
    const localBest = search.group.slice();
    let localBestCost = cost;
    for (let shake = 0; shake < 10; shake += 1) {
      cost = search.descend(cost);
      if (cost < localBestCost - 1e-9) {
        localBestCost = cost;
        localBest.set(search.group);
      }
      // Shake: back to the best of this restart, then a few random swaps or moves.
      search.restore(localBest);
      cost = search.kick(localBestCost);
    }
    // Where fewer than half the restarts so far reached the best grouping (a hard draw), the
    // restart's best, which no swap or move improves, then tries cyclic exchanges, and descends
    // again with them after one that pays. Easy draws are spared their cost.
    if (2 * reached < restart) {
      search.restore(localBest);
      const exchanged = search.exchange();
      if (exchanged < -1e-9) {
        search.descend(localBestCost + exchanged, true);
        localBest.set(search.group);
      }
    }
    const weighed = search.weigh(localBest);
    if (weighed < bestCost) {
      bestCost = weighed;
      best = localBest;
      reached = 1;
    } else if (weighed === bestCost) {
      reached += 1;
      if (reached >= confirmations && restart + 1 >= Math.min(restarts, 24)) break;
    }
    // A large draw stops at its budget of work, counted and not timed: the seed still decides.
    if (search.work > searchWork && restart >= 1) break;
  }
  const assignment = best ?? search.group;
  const labelled = sizes.map((_, g) => {
    const members: number[] = [];
    assignment.forEach((value, club) => {
      if (value === g) members.push(club);
    });
    return members;
  });
  const groups = labelGroups(labelled, sizes, options.fixed ?? []);
  if (bestCost >= penalty) {
    throw new RuleError(
      'draw',
      'No grouping the search found keeps every class apart; check the pots, the fixed clubs and the clubs to keep apart',
    );
  }
  const cost = groupingCost(distances, groups);
  const bound = groupingLowerBound(distances, sizes);
  return { groups, cost, bound, optimal: cost <= bound };
}

/**
 * @internal The state of the draw's local search: an assignment of clubs to groups, each club's
 * sum of (priced) distances to every group, and the moves on them. One object per draw, its
 * methods the same functions from one draw to the next (closures made anew each draw sent the
 * optimised code back to the interpreter on the second draw of a process).
 */
export class LocalSearch {
  readonly group: Int32Array;
  private readonly count: Int32Array;
  /** `toGroup[i * k + g]`: the sum of (priced) distances from club i to the clubs of group g. */
  private readonly toGroup: Float64Array;
  /**
   * `own[c]`: toGroup of club c's own group, read once at the start of each scan of the descent,
   * whose inner loop works out a swap's change with its terms in the same order as {@link delta}
   * (so the same sums, to the bit).
   */
  private readonly own: Float64Array;
  private readonly movable: Uint8Array;
  /** Groups with a fixed club, which keep their size. */
  private readonly anchored: Uint8Array;
  /**
   * Groups without a fixed club may trade sizes: a club moves from a group to one a club smaller,
   * and the sizes asked stay the same as a whole. Groups are put back in the order of the sizes
   * asked at the end. Without moves, a search that put the larger groups in the wrong places could
   * only leave them by a restart (45 clubs in 7 groups: 1.5 % over the optimum on 3 seeds of 8).
   */
  private readonly resizable: boolean;
  /** Swaps, moves and links of exchanges weighed so far ({@link searchWork}). */
  work = 0;
  /**
   * Scratch of {@link exchange}, by chain length and club: the most negative chain found ending at
   * the club, the club before it and the club it started from.
   */
  private readonly chainValue: Float64Array;
  private readonly chainBefore: Int32Array;
  private readonly chainStart: Int32Array;
  /** Scratch of {@link exchange}: clubs by group, group g's from `firstMember[g]`. */
  private readonly members: Int32Array;
  private readonly firstMember: Int32Array;
  /** Scratch of {@link exchange}: each club's {@link exchangeGroups} nearest other groups. */
  private readonly nearGroups: Int32Array;

  constructor(
    private readonly D: Float64Array,
    private readonly n: number,
    private readonly k: number,
    sizes: readonly number[],
    fixed: readonly { readonly club: number; readonly group: number }[],
    private readonly random: Mulberry32,
  ) {
    this.group = new Int32Array(n);
    this.count = new Int32Array(k);
    this.toGroup = new Float64Array(n * k);
    this.own = new Float64Array(n);
    this.movable = new Uint8Array(n).fill(1);
    this.anchored = new Uint8Array(k);
    for (const { club, group: g } of fixed) {
      this.movable[club] = 0;
      this.anchored[g] = 1;
    }
    this.resizable = new Set(sizes.filter((_, g) => this.anchored[g] === 0)).size > 1;
    this.chainValue = new Float64Array(exchangeLength * n);
    this.chainBefore = new Int32Array(exchangeLength * n);
    this.chainStart = new Int32Array(exchangeLength * n);
    this.members = new Int32Array(n);
    this.firstMember = new Int32Array(k + 1);
    this.nearGroups = new Int32Array(n * exchangeGroups);
  }

  /** Takes an assignment, and gives its cost. */
  load(assignment: Int32Array): number {
    const { n, k, D, group, toGroup, count } = this;
    group.set(assignment);
    toGroup.fill(0);
    count.fill(0);
    let cost = 0;
    for (let i = 0; i < n; i += 1) {
      count[group[i] as number] = (count[group[i] as number] as number) + 1;
      for (let j = 0; j < n; j += 1) {
        if (j === i) continue;
        const g = group[j] as number;
        toGroup[i * k + g] = (toGroup[i * k + g] as number) + (D[i * n + j] as number);
        if (j > i && group[i] === g) cost += D[i * n + j] as number;
      }
    }
    return cost;
  }

  swap(i: number, j: number): void {
    const { n, k, D, group, toGroup } = this;
    const gi = group[i] as number;
    const gj = group[j] as number;
    group[i] = gj;
    group[j] = gi;
    for (let c = 0; c < n; c += 1) {
      const base = c * k;
      const di = D[c * n + i] as number;
      const dj = D[c * n + j] as number;
      toGroup[base + gi] = (toGroup[base + gi] as number) - di + dj;
      toGroup[base + gj] = (toGroup[base + gj] as number) + di - dj;
    }
  }

  move(i: number, g: number): void {
    const { n, k, D, group, toGroup, count } = this;
    const from = group[i] as number;
    group[i] = g;
    count[from] = (count[from] as number) - 1;
    count[g] = (count[g] as number) + 1;
    for (let c = 0; c < n; c += 1) {
      const d = D[c * n + i] as number;
      toGroup[c * k + from] = (toGroup[c * k + from] as number) - d;
      toGroup[c * k + g] = (toGroup[c * k + g] as number) + d;
    }
  }

  /** Back to an assignment by swaps and moves: few clubs differ after a descent. */
  restore(assignment: Int32Array): void {
    const { n, group } = this;
    for (let misplaced = true; misplaced; ) {
      misplaced = false;
      for (let c = 0; c < n; c += 1) {
        const target = assignment[c] as number;
        if (group[c] === target) continue;
        misplaced = true;
        // A club of the target group that belongs elsewhere, best one that belongs where c is.
        let other = -1;
        for (let o = 0; o < n; o += 1) {
          if (group[o] !== target || assignment[o] === target) continue;
          other = o;
          if (assignment[o] === group[c]) break;
        }
        if (other >= 0) this.swap(c, other);
        else this.move(c, target);
      }
    }
  }

  /** What swapping clubs i and j (of different groups) changes the cost by. */
  delta(i: number, j: number): number {
    const { n, k, D, group, toGroup } = this;
    const gi = group[i] as number;
    const gj = group[j] as number;
    const dij = D[i * n + j] as number;
    return (
      (toGroup[i * k + gj] as number) -
      dij -
      (toGroup[i * k + gi] as number) +
      (toGroup[j * k + gi] as number) -
      dij -
      (toGroup[j * k + gj] as number)
    );
  }

  /**
   * The best improving swap or move, taken until none improves, then with `exchanges` the best
   * cyclic exchange found ({@link exchange}) and on; the cost after.
   */
  descend(start: number, exchanges = false): number {
    const { n, k, D, group, toGroup, count, own, movable, anchored, resizable } = this;
    let cost = start;
    for (;;) {
      let bestDelta = -1e-9;
      let pickI = -1;
      let pickJ = -1;
      let pickGroup = -1;
      this.work += (n * (n - 1)) / 2 + (resizable ? n * k : 0);
      for (let c = 0; c < n; c += 1) own[c] = toGroup[c * k + (group[c] as number)] as number;
      for (let i = 0; i < n; i += 1) {
        if (movable[i] === 0) continue;
        const gi = group[i] as number;
        const rowI = i * n;
        const baseI = i * k;
        const ownI = own[i] as number;
        for (let j = i + 1; j < n; j += 1) {
          const gj = group[j] as number;
          if (movable[j] === 0 || gi === gj) continue;
          const dij = D[rowI + j] as number;
          const change =
            (toGroup[baseI + gj] as number) -
            dij -
            ownI +
            (toGroup[j * k + gi] as number) -
            dij -
            (own[j] as number);
          if (change < bestDelta) {
            bestDelta = change;
            pickI = i;
            pickJ = j;
          }
        }
        // Moves, written out here and in the kick rather than as small helpers: as helpers, the
        // optimising compiler of Node 20 made one seed give another grouping after a long
        // warm-up (one draw in 60, called twice in one process); written out, the draws are the
        // same as with inlining turned off (`node --no-turbo-inlining`).
        if (!resizable || anchored[gi] === 1) continue;
        const fromSize = count[gi] as number;
        const here = toGroup[i * k + gi] as number;
        for (let g = 0; g < k; g += 1) {
          if (anchored[g] === 1 || (count[g] as number) + 1 !== fromSize) continue;
          const change = (toGroup[i * k + g] as number) - here;
          if (change < bestDelta) {
            bestDelta = change;
            pickI = i;
            pickJ = -1;
            pickGroup = g;
          }
        }
      }
      if (pickI < 0) {
        const gain = exchanges ? this.exchange() : 0;
        if (gain >= -1e-9) return cost;
        cost += gain;
        continue;
      }
      if (pickJ >= 0) this.swap(pickI, pickJ);
      else this.move(pickI, pickGroup);
      cost += bestDelta;
    }
  }

  /**
   * A cyclic exchange: three to {@link exchangeLength} clubs of different groups, each taking the
   * place of the next in its group and the last the first's, which no single swap or move finds
   * when each of its steps alone costs more (a group's border moving around a ring of groups). A
   * club taking b's place in b's group changes the cost by its distances to b's group less the
   * distance to b, less b's distances to its group: a cycle's change is the sum of its links.
   * Chains are grown a club at a time, each only while its change so far is below zero, from every
   * club into the clubs of its {@link exchangeGroups} nearest groups, keeping for each length and
   * club the most negative chain whose groups are all distinct (after Thompson and Orlin's cyclic
   * transfers and Ahuja, Orlin and Sharma's multi-exchange neighbourhoods). The most negative
   * cycle closed is made; its change, or 0 when none lowers the cost.
   */
  exchange(): number {
    const { n, k, D, group, toGroup, movable, count, chainValue, chainBefore, chainStart } = this;
    const { members, firstMember, nearGroups } = this;
    firstMember.fill(0);
    for (let c = 0; c < n; c += 1) {
      const g = (group[c] as number) + 1;
      firstMember[g] = (firstMember[g] as number) + 1;
    }
    for (let g = 0; g < k; g += 1) {
      firstMember[g + 1] = (firstMember[g + 1] as number) + (firstMember[g] as number);
    }
    for (let c = 0; c < n; c += 1) {
      const g = group[c] as number;
      const at = firstMember[g] as number;
      members[at] = c;
      firstMember[g] = at + 1;
    }
    for (let g = k; g > 0; g -= 1) firstMember[g] = firstMember[g - 1] as number;
    firstMember[0] = 0;
    // Each club's nearest other groups, by its mean distance to their clubs (-1: none).
    const near = Math.min(exchangeGroups, k - 1);
    nearGroups.fill(-1);
    for (let v = 0; v < n; v += 1) {
      const base = v * exchangeGroups;
      let filled = 0;
      for (let g = 0; g < k; g += 1) {
        if (g === group[v] || count[g] === 0) continue;
        const mean = (toGroup[v * k + g] as number) / (count[g] as number);
        let at = Math.min(filled, near);
        while (at > 0) {
          const other = nearGroups[base + at - 1] as number;
          if ((toGroup[v * k + other] as number) / (count[other] as number) <= mean) break;
          if (at < near) nearGroups[base + at] = other;
          at -= 1;
        }
        if (at < near) nearGroups[base + at] = g;
        if (filled < near) filled += 1;
      }
    }
    chainValue.fill(Number.POSITIVE_INFINITY);
    for (let v = 0; v < n; v += 1) {
      if (movable[v] === 0) continue;
      chainValue[v] = 0;
      chainBefore[v] = -1;
      chainStart[v] = v;
    }
    let bestGain = -1e-9;
    let bestEnd = -1;
    let bestLength = 0;
    for (let length = 1; length < exchangeLength; length += 1) {
      const from = (length - 1) * n;
      const to = length * n;
      chainValue.fill(Number.POSITIVE_INFINITY, to, to + n);
      for (let v = 0; v < n; v += 1) {
        const value = chainValue[from + v] as number;
        if (!(value < 0 || (length === 1 && value === 0))) continue;
        for (let slot = v * exchangeGroups; slot < v * exchangeGroups + near; slot += 1) {
          const g = nearGroups[slot] as number;
          if (g < 0) break;
          // Groups already in the chain are left out.
          let used = false;
          for (let back = length - 1, x = v; back >= 0 && !used; back -= 1) {
            used = group[x] === g;
            x = chainBefore[back * n + x] as number;
          }
          if (used) continue;
          const end = firstMember[g + 1] as number;
          for (let m = firstMember[g] as number; m < end; m += 1) {
            const u = members[m] as number;
            if (movable[u] === 0) continue;
            this.work += 1;
            const link =
              value +
              (toGroup[v * k + g] as number) -
              (D[v * n + u] as number) -
              (toGroup[u * k + g] as number);
            if (link < (chainValue[to + u] as number)) {
              chainValue[to + u] = link;
              chainBefore[to + u] = v;
              chainStart[to + u] = chainStart[from + v] as number;
            }
          }
        }
      }
      if (length < 2) continue;
      // Closed: the last club takes the first's place.
      for (let u = 0; u < n; u += 1) {
        const value = chainValue[to + u] as number;
        if (!(value < 0)) continue;
        const first = chainStart[to + u] as number;
        const home = group[first] as number;
        const cycle =
          value +
          (toGroup[u * k + home] as number) -
          (D[u * n + first] as number) -
          (toGroup[first * k + home] as number);
        if (cycle < bestGain) {
          bestGain = cycle;
          bestEnd = u;
          bestLength = length;
        }
      }
    }
    if (bestEnd < 0) return 0;
    const cycle: number[] = [];
    for (let back = bestLength, x = bestEnd; back >= 0; back -= 1) {
      cycle.push(x);
      x = chainBefore[back * n + x] as number;
    }
    cycle.reverse();
    // Each club takes the next one's place: a swap with the next, along the cycle, leaves the last
    // in the first's group.
    for (let c = 0; c + 1 < cycle.length; c += 1)
      this.swap(cycle[c] as number, cycle[c + 1] as number);
    return bestGain;
  }

  /**
   * A few random clubs each trade places with the club of another group they fit best beside, or
   * move there if that fits better still; the cost after.
   */
  kick(start: number): number {
    const { n, k, group, toGroup, count, movable, anchored, resizable, random } = this;
    let cost = start;
    const shakes = 2 + Math.floor(random.next() * 3);
    for (let s = 0; s < shakes; s += 1) {
      const i = Math.floor(random.next() * n);
      if (movable[i] === 0) continue;
      let pick = -1;
      let pickGroup = -1;
      let pickDelta = Number.POSITIVE_INFINITY;
      for (let j = 0; j < n; j += 1) {
        if (group[i] === group[j] || movable[j] === 0) continue;
        const change = this.delta(i, j);
        if (change < pickDelta) {
          pickDelta = change;
          pick = j;
        }
      }
      const gi = group[i] as number;
      const fromSize = count[gi] as number;
      const here = toGroup[i * k + gi] as number;
      for (let g = 0; resizable && anchored[gi] === 0 && g < k; g += 1) {
        if (anchored[g] === 1 || (count[g] as number) + 1 !== fromSize) continue;
        const change = (toGroup[i * k + g] as number) - here;
        if (change < pickDelta) {
          pickDelta = change;
          pick = -1;
          pickGroup = g;
        }
      }
      if (pickDelta === Number.POSITIVE_INFINITY) continue;
      cost += pickDelta;
      if (pick >= 0) this.swap(i, pick);
      else this.move(i, pickGroup);
    }
    return cost;
  }

  /**
   * An assignment's cost weighed again from its clubs, not taken from a running sum: the same
   * grouping then always weighs the same, with no rounding. Comparing the running sum rounded to
   * six decimals went wrong in Node 20 once the search had been compiled again after minutes of
   * HiGHS in the same thread: every restart seemed to reach the first one's cost, and the draw
   * kept the first restart's grouping (40 clubs in 8 groups: 15,489 km for 14,081, in 13 of 20
   * processes that alternated draws with 60 s of HiGHS; weighed again, in none of 8).
   */
  weigh(assignment: Int32Array): number {
    const { n, D } = this;
    let weighed = 0;
    for (let i = 0; i < n; i += 1) {
      for (let j = i + 1; j < n; j += 1) {
        if (assignment[i] === assignment[j]) weighed += D[i * n + j] as number;
      }
    }
    return weighed;
  }
}

/**
 * Puts groups whose labels carry no meaning (the exact solver's, or the local search's after
 * groups traded sizes) in the order of the sizes asked: a group holding a fixed club takes that
 * club's place; the others fill the places of their size in turn.
 *
 * @example
 * labelGroups([[3], [0, 1], [2]], [2, 1, 1], [{ club: 2, group: 2 }]) //=> [[0, 1], [3], [2]]
 */
export function labelGroups(
  groups: readonly (readonly number[])[],
  sizes: readonly number[],
  fixed: readonly { readonly club: number; readonly group: number }[],
): number[][] {
  const placed: (number[] | undefined)[] = sizes.map(() => undefined);
  const rest: number[][] = [];
  for (const group of groups) {
    const anchor = fixed.find(({ club }) => group.includes(club));
    if (anchor && placed[anchor.group] === undefined) placed[anchor.group] = [...group];
    else rest.push([...group]);
  }
  return sizes.map((size, index) => {
    const done = placed[index];
    if (done) return done;
    const at = rest.findIndex((group) => group.length === size);
    return at >= 0 ? (rest.splice(at, 1)[0] ?? []) : [];
  });
}

/**
 * Checks that a draw can be attempted: the sizes add up and leave no group empty, no class has more
 * clubs than there are groups, fixed clubs name real groups and do not break a class or overfill a
 * group.
 * @throws {@link RuleError} saying what does not fit.
 */
export function checkDraw(n: number, options: GroupByDistanceOptions): void {
  const { sizes } = options;
  const name = (club: number) => options.names?.[club] ?? `club ${club + 1}`;
  const k = sizes.length;
  if (sizes.reduce((sum, size) => sum + size, 0) !== n) {
    throw new RuleError(
      'draw',
      `The group sizes ${sizes.join(', ')} do not add up to the ${n} clubs`,
    );
  }
  const empty = sizes.filter((size) => !(size >= 1 && Number.isInteger(size))).length;
  if (empty > 0) {
    throw new RuleError(
      'draw',
      k > n
        ? `${k} groups for ${n} clubs would leave ${k - n} of them empty`
        : `Every group needs a whole number of clubs, one or more: the sizes are ${sizes.join(', ')}`,
    );
  }
  for (const members of options.apart ?? []) {
    if (members.some((club) => club < 0 || club >= n || !Number.isInteger(club)))
      throw new RuleError('draw', `A class to keep apart names a club that is not in the draw`);
    if (new Set(members).size > k) {
      throw new RuleError(
        'draw',
        `${new Set(members).size} clubs must be kept apart (${[...new Set(members)].map(name).join(', ')}) but there are only ${k} groups`,
      );
    }
  }
  const fill = new Array<number>(k).fill(0);
  const placed = new Map<number, number>();
  for (const { club, group } of options.fixed ?? []) {
    if (group < 0 || group >= k || !Number.isInteger(group))
      throw new RuleError(
        'draw',
        `A club is fixed to group ${group + 1}, but there are ${k} groups`,
      );
    if (club < 0 || club >= n) throw new RuleError('draw', `A fixed club is not in the draw`);
    if (placed.has(club) && placed.get(club) !== group)
      throw new RuleError('draw', `${name(club)} is fixed to two groups`);
    placed.set(club, group);
    fill[group] = (fill[group] ?? 0) + 1;
    if ((fill[group] ?? 0) > (sizes[group] ?? 0))
      throw new RuleError('draw', `More clubs are fixed to group ${group + 1} than it holds`);
  }
  for (const members of options.apart ?? []) {
    const seen = new Map<number, number>();
    for (const club of members) {
      const group = placed.get(club);
      if (group === undefined) continue;
      const other = seen.get(group);
      if (other !== undefined && other !== club) {
        throw new RuleError(
          'draw',
          `${name(other)} and ${name(club)} are fixed to group ${group + 1} but must be kept apart`,
        );
      }
      seen.set(group, club);
    }
  }
}

/** The pairs of clubs that share a class, and a price for one such pair above any grouping. */
export function conflicts(
  n: number,
  apart: readonly (readonly number[])[],
  total: number,
): { readonly conflict: Uint8Array; readonly penalty: number } {
  const conflict = new Uint8Array(n * n);
  for (const members of apart) {
    for (const a of members) {
      for (const b of members) if (a !== b) conflict[a * n + b] = 1;
    }
  }
  return { conflict, penalty: total + 1 };
}

/** The most clubs in a cyclic exchange ({@link LocalSearch.exchange}). */
const exchangeLength = 8;

/** The groups, nearest first, each club's exchanges look into. */
const exchangeGroups = 4;

/**
 * The work after which the draw starts no new restart ({@link LocalSearch.work}: swaps, moves and
 * links weighed). Draws of up to about 150 clubs never reach it; 200 clubs in groups of 5 reach it
 * after about half their restarts, 500 after two.
 */
const searchWork = 250e6;

/**
 * Draws with at most this many ways to fill the groups (clubs placed one by one, 560 for 8 clubs
 * in groups of 3, 3 and 2; 34,650 for 12 in three groups of 4) are settled by weighing every one.
 * The local search missed the best of such a draw now and then (8 clubs, two classes kept apart
 * and a fixed club: 145 km for 144, on one seed of ten).
 */
const exhaustiveLimit = 50_000;

/** The ways to fill groups of these sizes with their clubs, one by one (n! over the sizes'!). */
function assignments(sizes: readonly number[]): number {
  let count = 1;
  let placed = 0;
  for (const size of sizes) {
    for (let k = 1; k <= size; k += 1) {
      placed += 1;
      count = (count * placed) / k;
      if (count > exhaustiveLimit) return count;
    }
  }
  return Math.round(count);
}

/**
 * The grouping that costs least, every one weighed (branch and bound on the cost so far; the
 * first found of equal cost wins), keeping classes apart and fixed clubs in place; none when no
 * grouping does.
 * @internal
 */
function everyGrouping(
  distances: readonly (readonly number[])[],
  sizes: readonly number[],
  conflict: Uint8Array,
  fixed: readonly { readonly club: number; readonly group: number }[],
): number[][] | undefined {
  const n = distances.length;
  const pinned = new Int32Array(n).fill(-1);
  for (const { club, group } of fixed) pinned[club] = group;
  const members: number[][] = sizes.map(() => []);
  let best: number[][] | undefined;
  let bestCost = Number.POSITIVE_INFINITY;
  const place = (club: number, cost: number): void => {
    if (cost >= bestCost) return;
    if (club === n) {
      bestCost = cost;
      best = members.map((group) => [...group]);
      return;
    }
    members.forEach((group, g) => {
      if (group.length === sizes[g] || (pinned[club] !== -1 && pinned[club] !== g)) return;
      let added = 0;
      for (const other of group) {
        if (conflict[club * n + other] === 1) return;
        added += distances[club]?.[other] ?? 0;
      }
      group.push(club);
      place(club + 1, cost + added);
      group.pop();
    });
  };
  place(0, 0);
  return best;
}

/**
 * Group sizes as even as can be, the larger groups first.
 *
 * @example
 * evenSizes(25, 6) //=> [5, 4, 4, 4, 4, 4]
 */
export function evenSizes(clubs: number, groups: number): number[] {
  return Array.from(
    { length: groups },
    (_, index) => Math.floor(clubs / groups) + (index < clubs % groups ? 1 : 0),
  );
}

/**
 * The distances a draw weighs: each pair of clubs at the mean of its two ways, since a group's
 * clubs travel both ways between them (travel hours uphill and down, a one-way road). A matrix
 * the same both ways is given back as it is.
 *
 * @example
 * meanOfBothWays([[0, 4], [2, 0]]) //=> [[0, 3], [3, 0]]
 */
export function meanOfBothWays(
  distances: readonly (readonly number[])[],
): readonly (readonly number[])[] {
  const same = distances.every((row, i) => row.every((value, j) => value === distances[j]?.[i]));
  if (same) return distances;
  return distances.map((row, i) =>
    row.map((value, j) => (value + (distances[j]?.[i] ?? value)) / 2),
  );
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
 */
export function groupingLowerBound(
  distances: readonly (readonly number[])[],
  sizes: readonly number[],
): number {
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

/** A random grouping of the sizes, fixed clubs where they were put. @internal */
function randomStart(
  n: number,
  sizes: readonly number[],
  fixed: readonly { readonly club: number; readonly group: number }[],
  random: Mulberry32,
): Int32Array {
  const group = new Int32Array(n).fill(-1);
  const room = [...sizes];
  for (const { club, group: g } of fixed) {
    if (group[club] !== -1) continue;
    group[club] = g;
    room[g] = (room[g] ?? 0) - 1;
  }
  const places: number[] = [];
  room.forEach((count, g) => {
    for (let k = 0; k < count; k += 1) places.push(g);
  });
  for (let i = places.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random.next() * (i + 1));
    const swap = places[i] as number;
    places[i] = places[j] as number;
    places[j] = swap;
  }
  let next = 0;
  for (let club = 0; club < n; club += 1) {
    if (group[club] === -1) {
      group[club] = places[next] as number;
      next += 1;
    }
  }
  return group;
}

/**
 * A first grouping: fixed clubs where they were put, a seed far from the others for every group
 * still empty, then each club to the nearest group with room (priced distances keep classes apart).
 * @internal
 */
function initial(
  n: number,
  sizes: readonly number[],
  fixed: readonly { readonly club: number; readonly group: number }[],
  random: Mulberry32,
  D: Float64Array,
): Int32Array {
  const k = sizes.length;
  const group = new Int32Array(n).fill(-1);
  const room = [...sizes];
  const members: number[][] = sizes.map(() => []);
  const place = (club: number, g: number) => {
    group[club] = g;
    room[g] = (room[g] ?? 0) - 1;
    members[g]?.push(club);
  };
  for (const { club, group: g } of fixed) if (group[club] === -1) place(club, g);
  const order = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i -= 1) {
    const j = Math.floor(random.next() * (i + 1));
    const swap = order[i] as number;
    order[i] = order[j] as number;
    order[j] = swap;
  }
  // Seeds: the free club farthest from every seed so far, for each group without a club.
  for (let g = 0; g < k; g += 1) {
    if ((members[g]?.length ?? 0) > 0 || (room[g] ?? 0) <= 0) continue;
    let seed = -1;
    let farthest = -1;
    for (const club of order) {
      if (group[club] !== -1) continue;
      let nearest = Number.POSITIVE_INFINITY;
      for (const others of members) {
        for (const other of others) nearest = Math.min(nearest, D[club * n + other] as number);
      }
      if (nearest > farthest) {
        farthest = nearest;
        seed = club;
      }
    }
    if (seed >= 0) place(seed, g);
  }
  for (const club of order) {
    if (group[club] !== -1) continue;
    let bestGroup = -1;
    let bestDistance = Number.POSITIVE_INFINITY;
    for (let g = 0; g < k; g += 1) {
      if ((room[g] ?? 0) <= 0) continue;
      let distance = Number.POSITIVE_INFINITY;
      for (const other of members[g] ?? []) {
        distance = Math.min(distance, D[club * n + other] as number);
      }
      if (distance === Number.POSITIVE_INFINITY) distance = 0;
      if (distance < bestDistance) {
        bestDistance = distance;
        bestGroup = g;
      }
    }
    place(club, bestGroup);
  }
  return group;
}
