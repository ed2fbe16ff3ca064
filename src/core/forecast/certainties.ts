import type { StageState } from '../format/edition-state.ts';
import { listMatches } from '../format/match-ids.ts';
import { runEdition } from '../format/run-edition.ts';
import type { ClubId } from '../model/club.ts';
import { countsInTable, type ForecastPlan, knockoutPlaces } from './forecast.ts';

/** Where a club can still finish in its table: sure bounds, and whether they are exact. */
export interface PositionRange {
  /** The best place it can still reach (1 is first). */
  readonly best: number;
  /** The worst place it can still fall to. */
  readonly worst: number;
  /**
   * True when both bounds are reached whatever the tie-breaks say; false when a tie on points at a
   * bound could go either way by goals (the bounds are then the widest that can happen) or when
   * there were too many matches left to go through every result.
   */
  readonly exact: boolean;
  /** How the range was found. */
  readonly method: 'every result' | 'points bound';
}

/** Results enumerated at most: 3^12 combinations of win, draw and loss. */
const MAX_MATCHES = 12;

/**
 * The places each club of the followed table can still reach, over every combination of win, draw
 * and loss of the matches left in its group (with the points the stage's rules give): a club's
 * best is where it stands ahead of every club level with it on points, its worst behind them all.
 * With more than 12 matches left, a bound from the points alone: a club cannot pass a club it can
 * no longer catch, nor fall behind one that cannot reach it.
 */
export function positionRanges(plan: ForecastPlan): Record<ClubId, PositionRange> {
  const state = runEdition(plan.format);
  const stage = state.stages.find((candidate) => candidate.id === plan.stage);
  const stageFormat = plan.format.stages.find((candidate) => candidate.id === plan.stage);
  const rules =
    (stageFormat && 'rules' in stageFormat ? stageFormat.rules : undefined) ?? plan.format.rules;
  const { win, draw, loss } = rules.points;
  const remainingIds = new Set(plan.remaining.map((match) => match.id));
  const left = listMatches(plan.format).filter((entry) => remainingIds.has(entry.id));
  const refilled = plan.refill?.find((entry) => entry.stage === plan.stage);
  const ranges: Record<ClubId, PositionRange> = {};
  if (plan.rounds && stage) return knockoutRanges(plan, plan.rounds, stage);
  for (const [g, group] of (stage?.groups ?? []).entries()) {
    const clubs = group.table.map((row) => row.clubId);
    const n = clubs.length;
    const index = new Map(clubs.map((club, at) => [club, at]));
    // A club outside the table (a table that carries every result of its clubs) plays at n, a
    // place no one reads.
    const points = [...group.table.map((row) => row.points), 0];
    const counts = countsInTable(plan.format, plan.stage, g);
    const inTable = new Set(clubs);
    const matches = left
      .filter((entry) => counts(entry, inTable))
      .map(({ match }) => [index.get(match.home) ?? n, index.get(match.away) ?? n] as const);
    // A table whose fixtures are made once the stage before it is over: its round robin.
    for (let h = 0; h < n && refilled; h += 1) {
      for (let a = h + 1; a < n; a += 1) {
        matches.push([h, a]);
        if (refilled.double) matches.push([a, h]);
      }
    }
    const bestOptimistic = new Array<number>(n).fill(n);
    const bestPessimistic = new Array<number>(n).fill(n);
    const worstOptimistic = new Array<number>(n).fill(1);
    const worstPessimistic = new Array<number>(n).fill(1);
    const visit = (final: readonly number[]) => {
      for (let c = 0; c < n; c += 1) {
        let above = 0;
        let level = 0;
        for (let o = 0; o < n; o += 1) {
          if (o === c) continue;
          if ((final[o] ?? 0) > (final[c] ?? 0)) above += 1;
          else if (final[o] === final[c]) level += 1;
        }
        bestOptimistic[c] = Math.min(bestOptimistic[c] ?? n, above + 1);
        bestPessimistic[c] = Math.min(bestPessimistic[c] ?? n, above + level + 1);
        worstOptimistic[c] = Math.max(worstOptimistic[c] ?? 1, above + 1);
        worstPessimistic[c] = Math.max(worstPessimistic[c] ?? 1, above + level + 1);
      }
    };
    if (matches.length <= MAX_MATCHES) {
      const final = [...points];
      const walk = (m: number) => {
        const match = matches[m];
        if (!match) {
          visit(final);
          return;
        }
        const [h, a] = match;
        for (const [ph, pa] of [
          [win, loss],
          [draw, draw],
          [loss, win],
        ] as const) {
          final[h] = (final[h] ?? 0) + ph;
          final[a] = (final[a] ?? 0) + pa;
          walk(m + 1);
          final[h] = (final[h] ?? 0) - ph;
          final[a] = (final[a] ?? 0) - pa;
        }
      };
      walk(0);
      clubs.forEach((club, c) => {
        ranges[club] = {
          best: bestOptimistic[c] ?? 1,
          worst: worstPessimistic[c] ?? n,
          exact:
            bestOptimistic[c] === bestPessimistic[c] && worstOptimistic[c] === worstPessimistic[c],
          method: 'every result',
        };
      });
      continue;
    }
    // Too many results to go through: what each club can still add at most.
    const most = points.map((value) => value);
    const top = Math.max(win, draw, loss);
    const low = Math.min(win, draw, loss);
    const least = points.map((value) => value);
    for (const [h, a] of matches) {
      most[h] = (most[h] ?? 0) + top;
      most[a] = (most[a] ?? 0) + top;
      least[h] = (least[h] ?? 0) + low;
      least[a] = (least[a] ?? 0) + low;
    }
    clubs.forEach((club, c) => {
      const out = least.filter((value, o) => o !== c && o < n && value > (most[c] ?? 0)).length;
      const behind = most.filter((value, o) => o !== c && o < n && value < (least[c] ?? 0)).length;
      ranges[club] = { best: out + 1, worst: n - behind, exact: false, method: 'points bound' };
    });
  }
  return ranges;
}

/**
 * The places each club of a followed knockout can still take: a club out of it, or through its last
 * round, has its place; one still in it can go through, or go out in its next tie (in the round of
 * its tie still to be decided, or in the round after the last it won). Exact, but for a club that
 * won its tie while other rounds of the stage are still open: whether its way goes on in them is
 * not in the ties yet.
 */
function knockoutRanges(
  plan: ForecastPlan,
  rounds: readonly { readonly id: string }[],
  stage: StageState,
): Record<ClubId, PositionRange> {
  const places = knockoutPlaces(rounds, stage.ties);
  const order = new Map(rounds.map((round, index) => [round.id, index]));
  const ranges: Record<ClubId, PositionRange> = {};
  for (const club of plan.clubs) {
    const ties = stage.ties.filter((tie) => tie.home.club === club || tie.away.club === club);
    const open = ties.find((tie) => tie.winner === null);
    const lastRound = Math.max(-1, ...ties.map((tie) => order.get(tie.roundId) ?? 0));
    const place = (places.get(club) ?? rounds.length) + 1;
    const range = (best: number, worst: number, exact: boolean): PositionRange => ({
      best,
      worst,
      exact,
      method: 'every result',
    });
    if (open) {
      ranges[club] = range(1, rounds.length - (order.get(open.roundId) ?? 0) + 1, true);
    } else if (place > 1 || lastRound === rounds.length - 1 || stage.status === 'complete') {
      ranges[club] = range(place, place, true);
    } else {
      ranges[club] = range(1, rounds.length - lastRound, false);
    }
  }
  return ranges;
}
