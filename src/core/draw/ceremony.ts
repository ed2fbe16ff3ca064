import { RuleError } from '../errors.ts';
import { seeded } from '../random.ts';
import { checkDraw, type DrawConstraints } from './group-by-distance.ts';

/** One ball of a ceremony: the club drawn, from which pot, the group it went to, and why not earlier. */
export interface CeremonyStep {
  readonly club: number;
  /** The pot's index, or -1 for a club fixed before the draw (a host). */
  readonly pot: number;
  readonly group: number;
  /** Groups passed over before this one, each with the reason. */
  readonly skipped: readonly { readonly group: number; readonly reason: CeremonySkip }[];
}

/** Why a drawn club could not go to a group. */
export type CeremonySkip =
  | { readonly kind: 'full' }
  | { readonly kind: 'apart'; readonly with: number }
  | { readonly kind: 'deadEnd' };

/** Options of {@link drawFromPots}. */
export interface CeremonyOptions extends DrawConstraints {
  readonly sizes: readonly number[];
  /** The pots in the order they are drawn; each pot's clubs go to different groups. */
  readonly pots: readonly (readonly number[])[];
  /** The same seed draws the same balls. */
  readonly seed?: number;
}

/**
 * A draw by lot, as at a ceremony: the pots are emptied in order, one ball at a time, each club
 * going to the next group in turn that has room, holds no club it must be kept apart from, and
 * still leaves a place for every club not yet drawn — the rule that keeps a draw with constraints
 * from running into a dead end. Clubs in no pot are drawn last, from one more pot. Reproducible by
 * seed; every step says which groups were passed over and why.
 *
 * @throws {@link RuleError} when no draw can satisfy the sizes and classes.
 */
export function drawFromPots(
  n: number,
  options: CeremonyOptions,
): { readonly groups: number[][]; readonly steps: CeremonyStep[] } {
  const { sizes } = options;
  const k = sizes.length;
  const apart = [...options.pots, ...(options.apart ?? [])];
  checkDraw(n, { ...options, apart });
  const conflict = new Uint8Array(n * n);
  for (const members of apart) {
    for (const a of members) for (const b of members) if (a !== b) conflict[a * n + b] = 1;
  }
  const random = seeded(options.seed ?? 1);
  const group = new Int32Array(n).fill(-1);
  const room = [...sizes];
  const steps: CeremonyStep[] = [];
  for (const { club, group: g } of options.fixed ?? []) {
    if (group[club] !== -1) continue;
    group[club] = g;
    room[g] = (room[g] ?? 0) - 1;
    steps.push({ club, pot: -1, group: g, skipped: [] });
  }
  const inPot = new Set(options.pots.flat());
  const rest = Array.from({ length: n }, (_, club) => club).filter(
    (club) => !inPot.has(club) && group[club] === -1,
  );
  const pots = rest.length > 0 ? [...options.pots, rest] : options.pots;
  const clash = (club: number, g: number): number => {
    for (let other = 0; other < n; other += 1) {
      if (group[other] === g && conflict[club * n + other] === 1) return other;
    }
    return -1;
  };
  // Can the clubs still to be drawn all find a place? A depth-first search, most constrained first.
  let nodes = 0;
  const completes = (pending: number[]): boolean => {
    if (pending.length === 0) return true;
    nodes += 1;
    if (nodes > 2_000_000) {
      throw new RuleError(
        'draw',
        'The classes to keep apart are too tangled to settle the draw by search',
      );
    }
    let pick = -1;
    let options = Number.POSITIVE_INFINITY;
    for (let index = 0; index < pending.length; index += 1) {
      const club = pending[index] as number;
      let count = 0;
      for (let g = 0; g < k; g += 1) if ((room[g] ?? 0) > 0 && clash(club, g) < 0) count += 1;
      if (count < options) {
        options = count;
        pick = index;
      }
    }
    if (options === 0) return false;
    const club = pending[pick] as number;
    const others = pending.filter((_, index) => index !== pick);
    for (let g = 0; g < k; g += 1) {
      if ((room[g] ?? 0) <= 0 || clash(club, g) >= 0) continue;
      group[club] = g;
      room[g] = (room[g] ?? 0) - 1;
      const ok = completes(others);
      group[club] = -1;
      room[g] = (room[g] ?? 0) + 1;
      if (ok) return true;
    }
    return false;
  };
  const balls = pots.map((pot) => shuffled(pot, random));
  if (!completes(balls.flat().filter((club) => group[club] === -1))) {
    throw new RuleError('draw', 'No draw can keep every class apart with these group sizes');
  }
  // Each ball is offered to the groups in turn, from the one after the last ball's group.
  let cursor = 0;
  balls.forEach((pot, potIndex) => {
    pot.forEach((club, ball) => {
      if (group[club] !== -1) return;
      const pending = [...pot.slice(ball + 1), ...balls.slice(potIndex + 1).flat()].filter(
        (other) => group[other] === -1,
      );
      const skipped: { group: number; reason: CeremonySkip }[] = [];
      for (let turn = 0; turn < k; turn += 1) {
        const g = (cursor + turn) % k;
        if ((room[g] ?? 0) <= 0) {
          skipped.push({ group: g, reason: { kind: 'full' } });
          continue;
        }
        const other = clash(club, g);
        if (other >= 0) {
          skipped.push({ group: g, reason: { kind: 'apart', with: other } });
          continue;
        }
        group[club] = g;
        room[g] = (room[g] ?? 0) - 1;
        if (completes(pending)) {
          steps.push({ club, pot: potIndex, group: g, skipped });
          cursor = (g + 1) % k;
          return;
        }
        group[club] = -1;
        room[g] = (room[g] ?? 0) + 1;
        skipped.push({ group: g, reason: { kind: 'deadEnd' } });
      }
      throw new RuleError(
        'draw',
        `No group is left for ${options.names?.[club] ?? `club ${club + 1}`}`,
      );
    });
  });
  const groups = sizes.map((_, g) => {
    const members: number[] = [];
    group.forEach((value, club) => {
      if (value === g) members.push(club);
    });
    return members;
  });
  return { groups, steps };
}

/** @internal A seeded Fisher–Yates shuffle. */
function shuffled(items: readonly number[], random: () => number): number[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    const swap = copy[i] as number;
    copy[i] = copy[j] as number;
    copy[j] = swap;
  }
  return copy;
}
