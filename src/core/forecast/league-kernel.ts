import type { HeadToHeadCriterion, RuleSet, Tiebreaker } from '../model/rule-set.ts';
import { streamSeed } from '../random.ts';
import { MAX_GOALS } from './score-model.ts';

/**
 * @module A league's table compiled for simulation: the rule set's points and tie-break chain
 * turned into loops over typed arrays, so that millions of seasons can be played and ranked. It is
 * the engine's ranking in another form, not a second set of rules: it is built from the same
 * `RuleSet`, refuses a chain it cannot follow exactly, and is checked against `computeStandings`
 * on random seasons (league-kernel.test.ts).
 */

/** A match of the league: clubs by index, its score when known, its score chances when not. */
export interface KernelMatch {
  readonly home: number;
  readonly away: number;
  readonly score?: { readonly home: number; readonly away: number };
  /** Chances of every score, home goals by away goals, 0…MAX_GOALS each (score-model.ts). */
  readonly chances?: Float64Array;
}

/** What a kernel needs: the clubs (their names, for the alphabetical order), the rules, the matches. */
export interface KernelInput {
  readonly names: readonly string[];
  readonly rules: RuleSet;
  readonly matches: readonly KernelMatch[];
  /** Points each club has besides its matches' (deductions are negative). */
  readonly pointOffsets?: readonly number[];
}

/** The criteria the kernel compares clubs by, as columns of numbers (higher ranks first). */
const COLUMN = {
  points: 0,
  goalDifference: 1,
  goalsFor: 2,
  goalsAgainst: 3,
  awayGoalsFor: 4,
  wins: 5,
  awayWins: 6,
} as const;
const COLUMNS = 7;

type Step =
  | { readonly kind: 'column'; readonly column: number; readonly sign: 1 | -1 }
  | { readonly kind: 'ratio' }
  | { readonly kind: 'perGame' }
  | { readonly kind: 'headToHead'; readonly criteria: readonly number[]; readonly reapply: boolean }
  | { readonly kind: 'alphabetical' };

/** The tie-break chain as kernel steps, or undefined when a step needs what a simulation lacks. */
function compileChain(chain: readonly Tiebreaker[]): Step[] | undefined {
  const steps: Step[] = [];
  const h2h = (criterion: HeadToHeadCriterion): number | undefined =>
    criterion === 'points'
      ? COLUMN.points
      : criterion === 'goalDifference'
        ? COLUMN.goalDifference
        : criterion === 'goalsFor'
          ? COLUMN.goalsFor
          : criterion === 'awayGoalsFor'
            ? COLUMN.awayGoalsFor
            : undefined;
  for (const tiebreaker of chain) {
    switch (tiebreaker.kind) {
      case 'points':
      case 'goalDifference':
      case 'goalsFor':
      case 'awayGoalsFor':
      case 'wins':
      case 'awayWins':
        steps.push({ kind: 'column', column: COLUMN[tiebreaker.kind], sign: 1 });
        break;
      case 'goalsAgainst':
        steps.push({ kind: 'column', column: COLUMN.goalsAgainst, sign: -1 });
        break;
      case 'goalAverage':
        steps.push({ kind: 'ratio' });
        break;
      case 'pointsPerGame':
        steps.push({ kind: 'perGame' });
        break;
      case 'headToHead': {
        const criteria = tiebreaker.criteria.map(h2h);
        if (criteria.some((criterion) => criterion === undefined)) return undefined;
        steps.push({
          kind: 'headToHead',
          criteria: criteria as number[],
          reapply: tiebreaker.reapply,
        });
        break;
      }
      case 'alphabetical':
        steps.push({ kind: 'alphabetical' });
        break;
      // Decided outside the table, never while computing it: nothing to do in a simulation.
      case 'playOff':
      case 'drawingOfLots':
        break;
      default:
        return undefined;
    }
  }
  return steps;
}

/** A table of a simulated season: for each place, the club (index) in it, and each club's points. */
export interface KernelSeason {
  readonly order: Int32Array;
  readonly points: Int32Array;
}

/**
 * A league compiled for simulation. `play(index)` plays season `index` of a seed (its own stream,
 * as forecasts do) and ranks it; `tally` plays a range of seasons into counts of places.
 */
export class LeagueKernel {
  readonly clubs: number;
  readonly #steps: readonly Step[];
  readonly #win: number;
  readonly #draw: number;
  readonly #loss: number;
  readonly #homes: Int32Array;
  readonly #aways: Int32Array;
  /** Goals of every match: fixed for the played, drawn anew for the rest each season. */
  readonly #homeGoals: Int32Array;
  readonly #awayGoals: Int32Array;
  /** The matches to draw, and for each its alias table over the scores. */
  readonly #open: Int32Array;
  /** Per match and cell: the cell's own share in the high 16 bits, the other score in the low. */
  readonly #alias: Uint32Array;
  readonly #alphabet: Int32Array;
  readonly #stats: Int32Array;
  readonly #order: Int32Array;
  readonly #points: Int32Array;
  /** How many leading steps of the chain are columns packed into one sort key (0: none). */
  readonly #lead: number;
  readonly #keys: Float64Array;
  /** The columns from the played matches alone, the start of every season. */
  readonly #base: Int32Array;
  readonly #offsets: Int32Array;
  /** Each score cell's home goals, away goals, and the points they give each side. */
  readonly #cellHome: Int32Array;
  readonly #cellAway: Int32Array;
  readonly #cellHomePoints: Int32Array;
  readonly #cellAwayPoints: Int32Array;
  /** Whether this season's away goals, wins and away wins are counted yet. */
  #complete = false;
  readonly #mini: Int32Array;
  readonly #inSet: Uint8Array;

  private constructor(input: KernelInput, steps: Step[]) {
    const n = input.names.length;
    this.clubs = n;
    this.#steps = steps;
    this.#win = input.rules.points.win;
    this.#draw = input.rules.points.draw;
    this.#loss = input.rules.points.loss;
    const m = input.matches.length;
    this.#homes = Int32Array.from(input.matches, (match) => match.home);
    this.#aways = Int32Array.from(input.matches, (match) => match.away);
    this.#homeGoals = Int32Array.from(input.matches, (match) => match.score?.home ?? 0);
    this.#awayGoals = Int32Array.from(input.matches, (match) => match.score?.away ?? 0);
    const open = input.matches.flatMap((match, index) => (match.score ? [] : [index]));
    this.#open = Int32Array.from(open);
    const size = (MAX_GOALS + 1) ** 2;
    const width = MAX_GOALS + 1;
    this.#cellHome = Int32Array.from({ length: size }, (_, cell) => Math.floor(cell / width));
    this.#cellAway = Int32Array.from({ length: size }, (_, cell) => cell % width);
    const result = (mine: number, theirs: number) =>
      mine > theirs ? this.#win : mine === theirs ? this.#draw : this.#loss;
    this.#cellHomePoints = Int32Array.from({ length: size }, (_, cell) =>
      result(Math.floor(cell / width), cell % width),
    );
    this.#cellAwayPoints = Int32Array.from({ length: size }, (_, cell) =>
      result(cell % width, Math.floor(cell / width)),
    );
    this.#alias = new Uint32Array(open.length * size);
    const chance = new Float64Array(size);
    const other = new Int32Array(size);
    open.forEach((index, slot) => {
      buildAlias(
        input.matches[index]?.chances ?? new Float64Array(size).fill(1 / size),
        chance,
        other,
      );
      for (let cell = 0; cell < size; cell += 1) {
        const share = Math.min(65535, Math.round((chance[cell] ?? 1) * 65536));
        this.#alias[slot * size + cell] = ((share << 16) | (other[cell] ?? cell)) >>> 0;
      }
    });
    const byName = [...input.names.keys()].sort((a, b) =>
      (input.names[a] ?? '').localeCompare(input.names[b] ?? ''),
    );
    this.#alphabet = new Int32Array(n);
    byName.forEach((club, rank) => {
      this.#alphabet[club] = rank;
    });
    this.#stats = new Int32Array(n * COLUMNS);
    this.#order = new Int32Array(n);
    this.#points = new Int32Array(n);
    this.#keys = new Float64Array(n);
    // The leading columns of the chain (points, goal difference, goals…) packed into one number,
    // 11 bits each, when no club's figure can leave ±1024 in any season.
    const games = new Int32Array(n);
    let most = 0;
    for (const match of input.matches) {
      for (const club of [match.home, match.away]) games[club] = (games[club] ?? 0) + 1;
    }
    for (let club = 0; club < n; club += 1) {
      const ceiling = Math.max(
        (games[club] ?? 0) * Math.max(this.#win, this.#draw, this.#loss),
        (games[club] ?? 0) *
          Math.max(
            MAX_GOALS,
            ...input.matches.map((match) =>
              Math.max(match.score?.home ?? 0, match.score?.away ?? 0),
            ),
          ),
      );
      most = Math.max(most, ceiling);
    }
    let lead = 0;
    while (lead < 4 && steps[lead]?.kind === 'column' && most < 1024) lead += 1;
    this.#lead = lead;
    this.#offsets = Int32Array.from({ length: n }, (_, club) => input.pointOffsets?.[club] ?? 0);
    this.#base = new Int32Array(n * COLUMNS);
    const played = new Uint8Array(m);
    input.matches.forEach((match, index) => {
      played[index] = match.score ? 1 : 0;
    });
    this.#count(this.#base, null, played);
    this.#mini = new Int32Array(n * COLUMNS);
    this.#inSet = new Uint8Array(n);
  }

  /** The kernel of a league, or undefined when its chain has a step a simulation cannot take. */
  static compile(input: KernelInput): LeagueKernel | undefined {
    const steps = compileChain(input.rules.tiebreakers);
    return steps ? new LeagueKernel(input, steps) : undefined;
  }

  /** Plays season `index` of `seed` and ranks it. */
  play(seed: number, index: number): KernelSeason {
    let state = streamSeed(seed, index);
    const size = (MAX_GOALS + 1) ** 2;
    const open = this.#open;
    const alias = this.#alias;
    const homeGoals = this.#homeGoals;
    const awayGoals = this.#awayGoals;
    const stats = this.#stats;
    stats.set(this.#base);
    const homes = this.#homes;
    const aways = this.#aways;
    const cellHome = this.#cellHome;
    const cellAway = this.#cellAway;
    const cellHomePoints = this.#cellHomePoints;
    const cellAwayPoints = this.#cellAwayPoints;
    // The hot loop: xorshift32 (seeded from the season's stream), its high 16 bits picking a cell
    // of the match's alias table and its low 16 bits whether the cell keeps its own score; goals
    // and points of each score looked up, not computed; the columns counted as the scores come.
    for (let slot = 0, at = 0; slot < open.length; slot += 1, at += size) {
      state ^= state << 13;
      state ^= state >>> 17;
      state ^= state << 5;
      const z = state >>> 0;
      const cell = ((z >>> 16) * size) >>> 16;
      const entry = alias[at + cell] as number;
      const score = (z & 0xffff) < entry >>> 16 ? cell : entry & 0xffff;
      const match = open[slot] as number;
      const hg = cellHome[score] as number;
      const ag = cellAway[score] as number;
      homeGoals[match] = hg;
      awayGoals[match] = ag;
      const hs = (homes[match] as number) * COLUMNS;
      const as = (aways[match] as number) * COLUMNS;
      stats[hs + COLUMN.goalsFor] = (stats[hs + COLUMN.goalsFor] as number) + hg;
      stats[hs + COLUMN.goalsAgainst] = (stats[hs + COLUMN.goalsAgainst] as number) + ag;
      stats[as + COLUMN.goalsFor] = (stats[as + COLUMN.goalsFor] as number) + ag;
      stats[as + COLUMN.goalsAgainst] = (stats[as + COLUMN.goalsAgainst] as number) + hg;
      // Away goals, wins and away wins are counted only when a tie comes to them (#complete).
      stats[hs + COLUMN.points] =
        (stats[hs + COLUMN.points] as number) + (cellHomePoints[score] as number);
      stats[as + COLUMN.points] =
        (stats[as + COLUMN.points] as number) + (cellAwayPoints[score] as number);
    }
    for (let at = 0; at < stats.length; at += COLUMNS) {
      stats[at + COLUMN.goalDifference] =
        (stats[at + COLUMN.goalsFor] as number) - (stats[at + COLUMN.goalsAgainst] as number);
    }
    this.#complete = false;
    return this.#ranked();
  }

  /** The season's table in order, by the chain, and each club's points. */
  #ranked(): KernelSeason {
    for (let club = 0; club < this.clubs; club += 1) this.#order[club] = club;
    this.#rank(this.#order, 0, this.clubs, 0);
    const points = this.#points;
    for (let club = 0; club < this.clubs; club += 1)
      points[club] = this.#stats[club * COLUMNS + COLUMN.points] as number;
    return { order: this.#order, points };
  }

  /**
   * Ranks a season whose open matches (in the order they were given, played ones left out) end
   * with the scores given: for exact enumerations.
   */
  playGiven(home: ArrayLike<number>, away: ArrayLike<number>): KernelSeason {
    const open = this.#open;
    for (let slot = 0; slot < open.length; slot += 1) {
      const match = open[slot] as number;
      this.#homeGoals[match] = home[slot] ?? 0;
      this.#awayGoals[match] = away[slot] ?? 0;
    }
    this.#count(this.#stats, null);
    this.#complete = true;
    return this.#ranked();
  }

  /** The scores of the season last played, match by match (for checks and explanations). */
  scores(): { readonly home: Int32Array; readonly away: Int32Array } {
    return { home: this.#homeGoals.slice(), away: this.#awayGoals.slice() };
  }

  /** Plays seasons `from` to `to` of a seed: counts[club · clubs + place], and points summed. */
  tally(
    seed: number,
    from: number,
    to: number,
  ): { readonly places: Int32Array; readonly points: Float64Array } {
    const places = new Int32Array(this.clubs * this.clubs);
    const points = new Float64Array(this.clubs);
    for (let index = from; index < to; index += 1) {
      const season = this.play(seed, index);
      for (let place = 0; place < this.clubs; place += 1) {
        const club = season.order[place] ?? 0;
        places[club * this.clubs + place] = (places[club * this.clubs + place] ?? 0) + 1;
        points[club] = (points[club] ?? 0) + (season.points[club] ?? 0);
      }
    }
    return { places, points };
  }

  /** The columns of every club over the matches (all, or those among the clubs of a set). */
  #count(stats: Int32Array, among: Uint8Array | null, only?: Uint8Array): void {
    stats.fill(0);
    const homes = this.#homes;
    const aways = this.#aways;
    const homeGoals = this.#homeGoals;
    const awayGoals = this.#awayGoals;
    const win = this.#win;
    const draw = this.#draw;
    const loss = this.#loss;
    for (let match = 0; match < homes.length; match += 1) {
      const h = homes[match] as number;
      const a = aways[match] as number;
      if (among && !(among[h] && among[a])) continue;
      if (only && !only[match]) continue;
      const hg = homeGoals[match] as number;
      const ag = awayGoals[match] as number;
      const hs = h * COLUMNS;
      const as = a * COLUMNS;
      stats[hs + COLUMN.goalsFor] = (stats[hs + COLUMN.goalsFor] as number) + hg;
      stats[hs + COLUMN.goalsAgainst] = (stats[hs + COLUMN.goalsAgainst] as number) + ag;
      stats[as + COLUMN.goalsFor] = (stats[as + COLUMN.goalsFor] as number) + ag;
      stats[as + COLUMN.goalsAgainst] = (stats[as + COLUMN.goalsAgainst] as number) + hg;
      stats[as + COLUMN.awayGoalsFor] = (stats[as + COLUMN.awayGoalsFor] as number) + ag;
      if (hg > ag) {
        stats[hs + COLUMN.points] = (stats[hs + COLUMN.points] as number) + win;
        stats[as + COLUMN.points] = (stats[as + COLUMN.points] as number) + loss;
        stats[hs + COLUMN.wins] = (stats[hs + COLUMN.wins] as number) + 1;
      } else if (hg < ag) {
        stats[as + COLUMN.points] = (stats[as + COLUMN.points] as number) + win;
        stats[hs + COLUMN.points] = (stats[hs + COLUMN.points] as number) + loss;
        stats[as + COLUMN.wins] = (stats[as + COLUMN.wins] as number) + 1;
        stats[as + COLUMN.awayWins] = (stats[as + COLUMN.awayWins] as number) + 1;
      } else {
        stats[hs + COLUMN.points] = (stats[hs + COLUMN.points] as number) + draw;
        stats[as + COLUMN.points] = (stats[as + COLUMN.points] as number) + draw;
      }
    }
    for (let at = 0; at < stats.length; at += COLUMNS) {
      stats[at + COLUMN.goalDifference] =
        (stats[at + COLUMN.goalsFor] as number) - (stats[at + COLUMN.goalsAgainst] as number);
    }
    // The whole table carries the points given or taken besides the matches; a mini-league not.
    if (!among) {
      for (let club = 0; club < this.clubs; club += 1) {
        const at = club * COLUMNS + COLUMN.points;
        stats[at] = (stats[at] as number) + (this.#offsets[club] as number);
      }
    }
  }

  /**
   * Sorts `order[from, to)` by the chain from step `step` on: each step splits the clubs still
   * level into runs, and the next step ranks each run.
   */
  #rank(order: Int32Array, from: number, to: number, step: number): void {
    if (to - from < 2) return;
    if (step === 0 && this.#lead > 0) {
      this.#rankLead(order, from, to);
      return;
    }
    const current = this.#steps[step];
    if (!current) return;
    if (current.kind === 'headToHead') {
      this.#headToHead(order, from, to, step, current.criteria, current.reapply);
      return;
    }
    const value = (club: number): number => this.#value(current, club);
    // Insertion sort: tables are small, and most of a table is sorted already after points.
    for (let i = from + 1; i < to; i += 1) {
      const club = order[i] ?? 0;
      const v = value(club);
      let j = i - 1;
      while (j >= from && value(order[j] ?? 0) < v) {
        order[j + 1] = order[j] ?? 0;
        j -= 1;
      }
      order[j + 1] = club;
    }
    let start = from;
    for (let i = from + 1; i <= to; i += 1) {
      if (i === to || value(order[i] ?? 0) !== value(order[start] ?? 0)) {
        this.#rank(order, start, i, step + 1);
        start = i;
      }
    }
  }

  /** The first steps at once, by their packed key; level runs go on to the next step. */
  #rankLead(order: Int32Array, from: number, to: number): void {
    const keys = this.#keys;
    const stats = this.#stats;
    const lead = this.#lead;
    for (let club = 0; club < this.clubs; club += 1) {
      let key = 0;
      for (let k = 0; k < lead; k += 1) {
        const step = this.#steps[k] as { column: number; sign: 1 | -1 };
        key = key * 2048 + step.sign * (stats[club * COLUMNS + step.column] as number) + 1024;
      }
      keys[club] = key;
    }
    for (let i = from + 1; i < to; i += 1) {
      const club = order[i] as number;
      const v = keys[club] as number;
      let j = i - 1;
      while (j >= from && (keys[order[j] as number] as number) < v) {
        order[j + 1] = order[j] as number;
        j -= 1;
      }
      order[j + 1] = club;
    }
    let start = from;
    for (let i = from + 1; i <= to; i += 1) {
      if (i === to || keys[order[i] as number] !== keys[order[start] as number]) {
        if (i - start > 1) this.#rank(order, start, i, lead);
        start = i;
      }
    }
  }

  /** A club's value for a step of the chain (higher ranks first). */
  #value(step: Step, club: number): number {
    if (
      !this.#complete &&
      step.kind === 'column' &&
      (step.column === COLUMN.awayGoalsFor ||
        step.column === COLUMN.wins ||
        step.column === COLUMN.awayWins)
    ) {
      // A tie came this far: count the whole season's columns (the same figures, all of them).
      this.#count(this.#stats, null);
      this.#complete = true;
    }
    const stats = this.#stats;
    const at = club * COLUMNS;
    switch (step.kind) {
      case 'column':
        return step.sign * (stats[at + step.column] ?? 0);
      case 'ratio': {
        const against = stats[at + COLUMN.goalsAgainst] ?? 0;
        const scored = stats[at + COLUMN.goalsFor] ?? 0;
        return against === 0 ? Number.POSITIVE_INFINITY : scored / against;
      }
      case 'perGame': {
        let games = 0;
        for (let match = 0; match < this.#homes.length; match += 1)
          if (this.#homes[match] === club || this.#aways[match] === club) games += 1;
        return games === 0 ? 0 : (stats[at + COLUMN.points] ?? 0) / games;
      }
      case 'alphabetical':
        return -(this.#alphabet[club] ?? 0);
      default:
        return 0;
    }
  }

  /**
   * The mini-league of the matches among the level clubs, its criteria in order; a smaller set
   * still level after them all gets its own mini-league when `reapply`, else the chain goes on.
   */
  #headToHead(
    order: Int32Array,
    from: number,
    to: number,
    step: number,
    criteria: readonly number[],
    reapply: boolean,
  ): void {
    const mini = this.#mini;
    const inSet = this.#inSet;
    inSet.fill(0);
    for (let i = from; i < to; i += 1) inSet[order[i] ?? 0] = 1;
    this.#count(mini, inSet);
    // Sort the set by the mini-league's criteria, all at once (lexicographic).
    const values = new Map<number, number[]>();
    for (let i = from; i < to; i += 1) {
      const club = order[i] ?? 0;
      values.set(
        club,
        criteria.map((column) => mini[club * COLUMNS + column] ?? 0),
      );
    }
    const compare = (a: number, b: number) => {
      const va = values.get(a) ?? [];
      const vb = values.get(b) ?? [];
      for (let k = 0; k < va.length; k += 1) {
        if ((va[k] ?? 0) !== (vb[k] ?? 0)) return (vb[k] ?? 0) - (va[k] ?? 0);
      }
      return 0;
    };
    const set = Array.from(order.subarray(from, to)).sort(compare);
    set.forEach((club, k) => {
      order[from + k] = club;
    });
    let start = from;
    for (let i = from + 1; i <= to; i += 1) {
      if (i === to || compare(order[i] ?? 0, order[start] ?? 0) !== 0) {
        if (i - start > 1) {
          if (reapply && i - start < to - from) {
            this.#headToHead(order, start, i, step, criteria, reapply);
          } else {
            // The mini-league counts were overwritten: the chain goes on with the whole season's.
            this.#rank(order, start, i, step + 1);
          }
        }
        start = i;
      }
    }
  }
}

/** Vose's alias method: any of `chances.length` outcomes drawn with one number. @internal */
function buildAlias(chances: Float64Array, chance: Float64Array, other: Int32Array): void {
  const k = chances.length;
  const scaled = Float64Array.from(chances, (p) => p * k);
  const small: number[] = [];
  const large: number[] = [];
  scaled.forEach((p, index) => {
    (p < 1 ? small : large).push(index);
  });
  while (small.length > 0 && large.length > 0) {
    const s = small.pop() ?? 0;
    const l = large.pop() ?? 0;
    chance[s] = scaled[s] ?? 0;
    other[s] = l;
    scaled[l] = (scaled[l] ?? 0) + (scaled[s] ?? 0) - 1;
    (scaled[l] ?? 0) < 1 ? small.push(l) : large.push(l);
  }
  for (const index of [...small, ...large]) {
    chance[index] = 1;
    other[index] = index;
  }
}
