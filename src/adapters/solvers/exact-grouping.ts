import type { Worker } from 'node:worker_threads';
import highsModule, { type Highs } from 'highs';
import { typescriptWorker } from '#adapters/threads/typescript-worker.ts';
import { type DrawConstraints, groupingCost } from '#core/draw/group-by-distance.ts';
import { partitionBound, provedBound } from './partition-bound.ts';

/** The loader, as the ES module gives it (the package's types describe its CommonJS face). */
const loadHighs = highsModule as unknown as () => Promise<Highs>;

/** What the exact solver proved: the grouping, its cost, and the best bound. */
export interface ExactGrouping {
  /** The best grouping HiGHS holds (none when it found none in the time). */
  readonly groups: number[][] | undefined;
  readonly cost: number | undefined;
  /** The least any grouping can cost, as far as HiGHS got (none when it got nowhere). */
  readonly bound: number | undefined;
  readonly optimal: boolean;
  /** HiGHS's model status: `optimal`, `timeLimit`, `infeasible`… */
  readonly status: string;
}

/** Options of {@link solveGroupingExactly}. */
export interface ExactGroupingOptions extends DrawConstraints {
  /** HiGHS's time limit (60). */
  readonly seconds?: number;
  /** A grouping that meets the constraints, for HiGHS to start from and beat. */
  readonly start?: readonly (readonly number[])[];
  /**
   * Only the relaxation and the partitions over its groups ({@link partitionBound}), not the
   * model of every pair: for more clubs than that model holds.
   */
  readonly partitionOnly?: boolean;
}

/**
 * The share of the time the relaxation and the partitions over its groups may take before the
 * model of every pair, which proves what they leave only in a few cases (groups of 10 or more,
 * whose pricing is slow).
 */
const RELAXATION_SHARE = 0.75;

/**
 * Groups clubs exactly with HiGHS (WebAssembly). Started from a grouping, it first works on the
 * set-partitioning model, where every group is a column ({@link partitionBound}, for up to three
 * quarters of the time): its relaxation's bound, the partition over the groups the relaxation
 * gathered (often cheaper than the start), and the partition over every group whose price lies
 * within the gap left, which is the optimum. That proves random draws of 40–80 clubs in groups of
 * 5 in 1–3 s, and of 100–120 clubs in under a minute. Then, unless `partitionOnly`, the
 * clique formulation — `y[i][j]` says whether clubs i and j share a group, triangle inequalities
 * make "sharing a group" transitive, and each club has as many group mates as its group's size
 * allows; clubs kept apart never share a group, fixed clubs share one exactly when they were fixed
 * to the same group. Proves the optimum when the time allows; otherwise gives the best grouping
 * and the better of the two bounds. The clique model has three rows per three clubs, so beyond
 * about 80 clubs even its first bound takes longer than a draw should.
 */
export async function solveGroupingExactly(
  distances: readonly (readonly number[])[],
  sizes: readonly number[],
  options: ExactGroupingOptions = {},
): Promise<ExactGrouping> {
  // The time given counts from here: writing and reading the model take seconds at 80 clubs.
  const started = Date.now();
  const deadline = started + (options.seconds ?? 60) * 1000;
  const n = distances.length;
  const highs = await loadHighs();
  // First the set-partitioning model (a share of the time): on its own it often proves the
  // grouping to start from optimal, or finds the optimum, in a fraction of the time.
  let relaxed: number | undefined;
  let start = options.start?.map((group) => [...group]);
  if (start) {
    let cost = groupingCost(distances, start);
    const share = options.partitionOnly ? 1 : RELAXATION_SHARE;
    const partition = partitionBound(highs, distances, sizes, {
      start,
      ...(options.apart ? { apart: options.apart } : {}),
      ...(options.fixed ? { fixed: options.fixed } : {}),
      deadline: started + (deadline - started) * share,
      target: cost,
    });
    relaxed = partition.bound;
    // A grouping cheaper than the start, the optimum when the bound meets it.
    if (partition.groups) {
      start = partition.groups;
      cost = groupingCost(distances, start);
    }
    if (relaxed !== undefined && relaxed >= cost) {
      return { groups: start, cost, bound: cost, optimal: true, status: 'optimal' };
    }
    if (options.partitionOnly) {
      return {
        groups: partition.groups,
        cost: partition.groups ? cost : undefined,
        bound: relaxed,
        optimal: false,
        status: 'relaxation',
      };
    }
  }
  const y = (i: number, j: number) => (i < j ? `y_${i}_${j}` : `y_${j}_${i}`);
  const objective: string[] = [];
  for (let i = 0; i < n; i += 1) {
    for (let j = i + 1; j < n; j += 1) objective.push(`${distances[i]?.[j] ?? 0} ${y(i, j)}`);
  }
  const rows: string[] = [];
  for (let i = 0; i < n; i += 1) {
    for (let j = i + 1; j < n; j += 1) {
      for (let k = j + 1; k < n; k += 1) {
        rows.push(`${y(i, j)} + ${y(j, k)} - ${y(i, k)} <= 1`);
        rows.push(`${y(i, j)} - ${y(j, k)} + ${y(i, k)} <= 1`);
        rows.push(`- ${y(i, j)} + ${y(j, k)} + ${y(i, k)} <= 1`);
      }
    }
  }
  const distinct = [...new Set(sizes)];
  const binaries: string[] = [];
  for (let i = 0; i < n; i += 1) {
    const mates = Array.from({ length: n }, (_, j) => j)
      .filter((j) => j !== i)
      .map((j) => y(i, j))
      .join(' + ');
    if (distinct.length === 1) {
      rows.push(`${mates} = ${(distinct[0] ?? 1) - 1}`);
    } else {
      rows.push(`${distinct.map((_, k) => `z_${i}_${k}`).join(' + ')} = 1`);
      rows.push(`${mates} ${distinct.map((size, k) => `- ${size - 1} z_${i}_${k}`).join(' ')} = 0`);
      binaries.push(...distinct.map((_, k) => `z_${i}_${k}`));
    }
  }
  if (distinct.length > 1) {
    distinct.forEach((size, k) => {
      const members = sizes.filter((candidate) => candidate === size).length * size;
      rows.push(`${Array.from({ length: n }, (_, i) => `z_${i}_${k}`).join(' + ')} = ${members}`);
    });
  }
  // Classes kept apart: their clubs never share a group. Fixed clubs: together when fixed to one
  // group, apart otherwise, and in a group of the size they were fixed to.
  const fixed = options.fixed ?? [];
  const pairs = new Map<string, 0 | 1>();
  for (const members of options.apart ?? []) {
    for (const a of members) for (const b of members) if (a < b) pairs.set(y(a, b), 0);
  }
  for (const a of fixed) {
    for (const b of fixed)
      if (a.club < b.club) pairs.set(y(a.club, b.club), a.group === b.group ? 1 : 0);
    if (distinct.length > 1) rows.push(`z_${a.club}_${distinct.indexOf(sizes[a.group] ?? 0)} = 1`);
  }
  for (const [name, value] of pairs) rows.push(`${name} = ${value}`);
  for (let i = 0; i < n; i += 1) for (let j = i + 1; j < n; j += 1) binaries.push(y(i, j));
  const model = [
    'Minimize',
    ` cost: ${objective.join(' + ')}`,
    'Subject To',
    ...rows.map((row, index) => ` c${index}: ${row}`),
    'Binary',
    ` ${binaries.join(' ')}`,
    'End',
  ].join('\n');
  const integral = distances.every((row) => row.every((value) => Number.isInteger(value)));
  return highs.withModel({ format: 'lp', data: model }, (solver) => {
    solver.options.set({
      output_flag: false,
      time_limit: Math.max(0.1, (deadline - Date.now()) / 1000),
      mip_rel_gap: 0,
    });
    const columns = Array.from({ length: solver.getDimensions().numCols }, (_, index) =>
      solver.getColName(index),
    );
    if (start) solver.setSolution({ colValue: startValues(columns, start, sizes) });
    solver.run();
    const code = solver.getModelStatus();
    const codes = highs.constants.modelStatus;
    const status = Object.keys(codes).find((name) => codes[name as keyof typeof codes] === code);
    const optimal = code === codes.optimal;
    const { feasible } = highs.constants.solutionStatus;
    const found = Number(solver.info.get('primal_solution_status')) === feasible;
    let groups: number[][] | undefined;
    let cost: number | undefined;
    if (found) {
      const values = solver.getSolution().colValue;
      const at = new Map(columns.map((name, index) => [name, index]));
      const same = (i: number, j: number) => (values[at.get(y(i, j)) ?? -1] ?? 0) > 0.5;
      const seen = new Set<number>();
      groups = [];
      for (let i = 0; i < n; i += 1) {
        if (seen.has(i)) continue;
        const group = [i];
        for (let j = i + 1; j < n; j += 1) if (same(i, j)) group.push(j);
        for (const club of group) seen.add(club);
        groups.push(group);
      }
      cost = groupingCost(distances, groups);
    }
    // Stopped early: HiGHS's dual bound, as far as it got; with whole distances the cost is whole
    // too, so the bound rounds up.
    const dual = optimal ? Number.NaN : Number(solver.info.get('mip_dual_bound'));
    const mip = optimal
      ? cost
      : Number.isFinite(dual) && dual > 0
        ? provedBound(dual, integral)
        : undefined;
    // The better of HiGHS's bound and the relaxation's.
    const bound =
      mip === undefined ? relaxed : relaxed === undefined ? mip : Math.max(mip, relaxed);
    return { groups, cost, bound, optimal, status: status ?? String(code) };
  });
}

/**
 * A starting grouping as a value for every column of the model: `y` is 1 for two clubs of one
 * group, `z` picks each club's group size.
 * @internal
 */
function startValues(
  columns: readonly string[],
  start: readonly (readonly number[])[],
  sizes: readonly number[],
): Float64Array {
  const groupOf = new Map<number, number>();
  start.forEach((group, index) => {
    for (const club of group) groupOf.set(club, index);
  });
  const distinct = [...new Set(sizes)];
  return Float64Array.from(columns, (name) => {
    const [kind, a, b] = name.split('_');
    const first = Number(a);
    const second = Number(b);
    if (kind === 'y') return groupOf.get(first) === groupOf.get(second) ? 1 : 0;
    const size = start[groupOf.get(first) ?? -1]?.length;
    return distinct[second] === size ? 1 : 0;
  });
}

/** The worker thread of {@link solveGroupingOnWorker}, and the answers it owes. */
interface SolverWorker {
  readonly worker: Worker;
  readonly pending: Map<
    number,
    { readonly resolve: (answer: ExactGrouping) => void; readonly reject: (error: Error) => void }
  >;
  idle?: ReturnType<typeof setTimeout>;
}
/** The worker, while it is kept. */
let solver: SolverWorker | undefined;
let asked = 0;
/** How long an idle worker is kept, for the next draw to skip its start (about 2.5 s). */
const solverIdleMs = 60_000;

/**
 * {@link solveGroupingExactly} on a worker thread: the thread that asks goes on with its work
 * meanwhile (a server answers other requests). The worker is started by the first draw and kept
 * for the next (starting it, with its TypeScript and HiGHS's WebAssembly, takes seconds), and ends
 * after a minute with nothing to do, giving HiGHS's memory back. It never keeps the process alive
 * while idle.
 */
export function solveGroupingOnWorker(
  distances: readonly (readonly number[])[],
  sizes: readonly number[],
  options: ExactGroupingOptions = {},
): Promise<ExactGrouping> {
  if (!solver) {
    const worker = typescriptWorker(new URL('./exact-grouping-worker.ts', import.meta.url));
    const started: SolverWorker = { worker, pending: new Map() };
    // Ends the worker (idle, failed or gone), refusing with `reason` what it still owes.
    const end = (reason: Error) => {
      if (solver === started) solver = undefined;
      for (const { reject } of started.pending.values()) reject(reason);
      started.pending.clear();
      void worker.terminate();
    };
    worker.on('message', ({ id, answer }: { id: number; answer: ExactGrouping }) => {
      started.pending.get(id)?.resolve(answer);
      started.pending.delete(id);
      if (started.pending.size > 0) return;
      worker.unref();
      started.idle = setTimeout(
        () => end(new Error('the exact grouping worker was idle')),
        solverIdleMs,
      );
      started.idle.unref();
    });
    worker.on('error', end);
    worker.on('exit', (code) => end(new Error(`the exact grouping worker ended (code ${code})`)));
    solver = started;
  }
  const { worker, pending } = solver;
  clearTimeout(solver.idle);
  worker.ref();
  asked += 1;
  const id = asked;
  return new Promise<ExactGrouping>((resolve, reject) => {
    pending.set(id, { resolve, reject });
    worker.postMessage({ id, distances, sizes, options });
  });
}
