import highsModule from 'highs';
import type { DrawConstraints } from '#core/draw/group-by-distance.ts';

/** The loader, as the ES module gives it (the package's types describe its CommonJS face). */
const loadHighs = highsModule as unknown as () => Promise<{
  solve(
    model: string,
    options: Record<string, unknown>,
  ): { Status: string; ObjectiveValue?: number; Columns: Record<string, { Primal?: number }> };
}>;

/** What the exact solver proved: the grouping, its cost, and the best bound. */
export interface ExactGrouping {
  readonly groups: number[][] | undefined;
  readonly cost: number | undefined;
  readonly bound: number | undefined;
  readonly optimal: boolean;
  readonly status: string;
}

/**
 * Groups clubs exactly with HiGHS (WebAssembly): the clique formulation — `y[i][j]` says whether
 * clubs i and j share a group, triangle inequalities make "sharing a group" transitive, and each
 * club has as many group mates as its group's size allows; clubs kept apart never share a group,
 * fixed clubs share one exactly when they were fixed to the same group. Proves the optimum when the time allows;
 * otherwise gives the best grouping and bound found. Meant for up to about 30 clubs.
 */
export async function solveGroupingExactly(
  distances: readonly (readonly number[])[],
  sizes: readonly number[],
  options: { readonly seconds?: number } & DrawConstraints = {},
): Promise<ExactGrouping> {
  const n = distances.length;
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
  const highs = await loadHighs();
  const result = highs.solve(model, {
    output_flag: false,
    time_limit: options.seconds ?? 60,
    threads: 1,
    mip_rel_gap: 0,
  });
  const status = String(result.Status);
  const columns = result.Columns;
  const same = (i: number, j: number) => (columns[y(i, j)]?.Primal ?? 0) > 0.5;
  let groups: number[][] | undefined;
  if (status === 'Optimal' || Object.keys(columns).length > 0) {
    const seen = new Set<number>();
    groups = [];
    for (let i = 0; i < n; i += 1) {
      if (seen.has(i)) continue;
      const group = [
        i,
        ...Array.from({ length: n }, (_, j) => j).filter((j) => j > i && same(i, j)),
      ];
      for (const club of group) seen.add(club);
      groups.push(group);
    }
  }
  const cost =
    typeof result.ObjectiveValue === 'number' ? Math.round(result.ObjectiveValue) : undefined;
  return {
    groups,
    cost,
    bound: status === 'Optimal' ? cost : undefined,
    optimal: status === 'Optimal',
    status,
  };
}
