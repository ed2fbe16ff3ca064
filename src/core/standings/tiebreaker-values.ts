import type { ClubId } from '../model/club.ts';
import type { HeadToHeadCriterion, Tiebreaker } from '../model/rule-set.ts';
import type { TableDecision } from '../model/ruling.ts';
import type { ClubRecord } from './club-record.ts';

/**
 * A club's value on one criterion: `key` orders (higher ranks higher), `value` is what people read.
 * @internal
 */
export interface ScoredClub {
  readonly club: ClubId;
  readonly key: number;
  readonly value: number;
}

/**
 * How a criterion reads in an explanation.
 * @internal
 */
export interface CriterionWording {
  /** "goal average", used in "ahead on goal average 1.795 to 1.667". */
  readonly label: string;
  /** "40 points", "goal difference +12": what clubs level on it share. */
  readonly fact: (value: number) => string;
  /** The value alone, at a given precision for ratios. */
  readonly show: (value: number, decimals: number) => string;
  /** Whether values are ratios whose display needs enough decimals to tell them apart. */
  readonly ratio: boolean;
}

/** The languages explanations are written in. */
export type Language = 'en' | 'es';

/** A criterion's key: a tiebreaker kind, or `headToHead.points` and the like. @internal */
export type CriterionKey =
  | Exclude<Tiebreaker['kind'], 'headToHead'>
  | `headToHead.${HeadToHeadCriterion}`;

const signed = (n: number): string => (n > 0 ? `+${n}` : `${n}`);
const whole = (n: number): string => `${n}`;
/** "1 point", "40 points", "-1 points". */
const count = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;
const ratio =
  (none: string) =>
  (n: number, decimals: number): string =>
    Number.isFinite(n) ? n.toFixed(decimals) : none;
const fixed = ratio('no goals conceded');
const fijo = ratio('ningún gol en contra');

/** @internal */
export const CRITERION_WORDING: Record<CriterionKey, CriterionWording> = {
  points: { label: 'points', fact: (v) => count(v, 'point', 'points'), show: whole, ratio: false },
  pointsPerGame: {
    label: 'points per game',
    fact: (v) => `${fixed(v, 3)} points per game`,
    show: fixed,
    ratio: true,
  },
  goalDifference: {
    label: 'goal difference',
    fact: (v) => `goal difference ${signed(v)}`,
    show: signed,
    ratio: false,
  },
  goalAverage: {
    label: 'goal average',
    fact: (v) => `goal average ${fixed(v, 3)}`,
    show: fixed,
    ratio: true,
  },
  goalsFor: {
    label: 'goals scored',
    fact: (v) => count(v, 'goal scored', 'goals scored'),
    show: whole,
    ratio: false,
  },
  goalsAgainst: {
    label: 'fewer goals conceded',
    fact: (v) => count(v, 'goal conceded', 'goals conceded'),
    show: whole,
    ratio: false,
  },
  awayGoalsFor: {
    label: 'away goals',
    fact: (v) => count(v, 'away goal', 'away goals'),
    show: whole,
    ratio: false,
  },
  wins: { label: 'wins', fact: (v) => count(v, 'win', 'wins'), show: whole, ratio: false },
  awayWins: {
    label: 'away wins',
    fact: (v) => count(v, 'away win', 'away wins'),
    show: whole,
    ratio: false,
  },
  fairPlay: {
    label: 'fair play (fewer points)',
    fact: (v) => count(v, 'fair-play point', 'fair-play points'),
    show: whole,
    ratio: false,
  },
  earlierRank: {
    label: 'rank in the earlier table',
    fact: (v) => `rank ${v} in the earlier table`,
    show: whole,
    ratio: false,
  },
  playOff: { label: 'the play-off', fact: () => 'no play-off', show: whole, ratio: false },
  drawingOfLots: {
    label: 'the drawing of lots',
    fact: () => 'not drawn by lot',
    show: whole,
    ratio: false,
  },
  alphabetical: { label: 'alphabetical order', fact: () => '', show: whole, ratio: false },
  'headToHead.points': {
    label: 'head-to-head points',
    fact: (v) => count(v, 'head-to-head point', 'head-to-head points'),
    show: whole,
    ratio: false,
  },
  'headToHead.goalDifference': {
    label: 'head-to-head goal difference',
    fact: (v) => `head-to-head goal difference ${signed(v)}`,
    show: signed,
    ratio: false,
  },
  'headToHead.goalsFor': {
    label: 'head-to-head goals scored',
    fact: (v) => count(v, 'head-to-head goal', 'head-to-head goals'),
    show: whole,
    ratio: false,
  },
  'headToHead.awayGoalsFor': {
    label: 'head-to-head away goals',
    fact: (v) => count(v, 'head-to-head away goal', 'head-to-head away goals'),
    show: whole,
    ratio: false,
  },
  'headToHead.wins': {
    label: 'head-to-head wins',
    fact: (v) => count(v, 'head-to-head win', 'head-to-head wins'),
    show: whole,
    ratio: false,
  },
};

/**
 * The same criteria in Spanish, as the Copa Perú's regulations name them (puntos, diferencia de
 * goles, goles a favor, resultado entre sí, sorteo); decimals keep the point, as in Peru.
 * @internal
 */
export const CRITERION_WORDING_ES: Record<CriterionKey, CriterionWording> = {
  points: { label: 'puntos', fact: (v) => count(v, 'punto', 'puntos'), show: whole, ratio: false },
  pointsPerGame: {
    label: 'puntos por partido',
    fact: (v) => `${fijo(v, 3)} puntos por partido`,
    show: fijo,
    ratio: true,
  },
  goalDifference: {
    label: 'diferencia de goles',
    fact: (v) => `diferencia de goles ${signed(v)}`,
    show: signed,
    ratio: false,
  },
  goalAverage: {
    label: 'cociente de goles',
    fact: (v) => `cociente de goles ${fijo(v, 3)}`,
    show: fijo,
    ratio: true,
  },
  goalsFor: {
    label: 'goles a favor',
    fact: (v) => count(v, 'gol a favor', 'goles a favor'),
    show: whole,
    ratio: false,
  },
  goalsAgainst: {
    label: 'menos goles en contra',
    fact: (v) => count(v, 'gol en contra', 'goles en contra'),
    show: whole,
    ratio: false,
  },
  awayGoalsFor: {
    label: 'goles de visitante',
    fact: (v) => count(v, 'gol de visitante', 'goles de visitante'),
    show: whole,
    ratio: false,
  },
  wins: {
    label: 'partidos ganados',
    fact: (v) => count(v, 'partido ganado', 'partidos ganados'),
    show: whole,
    ratio: false,
  },
  awayWins: {
    label: 'partidos ganados de visitante',
    fact: (v) => count(v, 'partido ganado de visitante', 'partidos ganados de visitante'),
    show: whole,
    ratio: false,
  },
  fairPlay: {
    label: 'juego limpio (menos puntos)',
    fact: (v) => count(v, 'punto de juego limpio', 'puntos de juego limpio'),
    show: whole,
    ratio: false,
  },
  earlierRank: {
    label: 'puesto en la tabla anterior',
    fact: (v) => `puesto ${v} en la tabla anterior`,
    show: whole,
    ratio: false,
  },
  playOff: {
    label: 'el partido de desempate',
    fact: () => 'sin partido de desempate',
    show: whole,
    ratio: false,
  },
  drawingOfLots: { label: 'el sorteo', fact: () => 'sin sorteo', show: whole, ratio: false },
  alphabetical: { label: 'orden alfabético', fact: () => '', show: whole, ratio: false },
  'headToHead.points': {
    label: 'puntos entre sí',
    fact: (v) => count(v, 'punto entre sí', 'puntos entre sí'),
    show: whole,
    ratio: false,
  },
  'headToHead.goalDifference': {
    label: 'diferencia de goles entre sí',
    fact: (v) => `diferencia de goles entre sí ${signed(v)}`,
    show: signed,
    ratio: false,
  },
  'headToHead.goalsFor': {
    label: 'goles a favor entre sí',
    fact: (v) => count(v, 'gol a favor entre sí', 'goles a favor entre sí'),
    show: whole,
    ratio: false,
  },
  'headToHead.awayGoalsFor': {
    label: 'goles de visitante entre sí',
    fact: (v) => count(v, 'gol de visitante entre sí', 'goles de visitante entre sí'),
    show: whole,
    ratio: false,
  },
  'headToHead.wins': {
    label: 'partidos ganados entre sí',
    fact: (v) => count(v, 'partido ganado entre sí', 'partidos ganados entre sí'),
    show: whole,
    ratio: false,
  },
};

/** The wording of every criterion in a language. @internal */
export function criterionWording(
  language: Language = 'en',
): Record<CriterionKey, CriterionWording> {
  return language === 'es' ? CRITERION_WORDING_ES : CRITERION_WORDING;
}

/**
 * Goals for divided by goals against. Conceding none ranks above any average (Infinity); a club
 * with no goals either way has an average of 1, as if level.
 *
 * @example
 * goalAverage(70, 39) //=> 1.794871…
 * goalAverage(3, 0) //=> Infinity
 */
export function goalAverage(goalsFor: number, goalsAgainst: number): number {
  if (goalsAgainst === 0) return goalsFor === 0 ? 1 : Number.POSITIVE_INFINITY;
  return goalsFor / goalsAgainst;
}

/** Points per game played; 0 before a first game. */
export function pointsPerGame(points: number, played: number): number {
  return played === 0 ? 0 : points / played;
}

/** What the chain needs to evaluate criteria that look beyond one club's record. @internal */
export interface ValueContext {
  readonly records: ReadonlyMap<ClubId, ClubRecord>;
  readonly points: ReadonlyMap<ClubId, number>;
  readonly names: ReadonlyMap<ClubId, string>;
  readonly decisions: readonly TableDecision[];
  readonly fairPlay: Readonly<Record<ClubId, number>>;
  readonly earlierRanks: Readonly<Record<ClubId, number>>;
}

/**
 * Each club's value on a criterion of the overall table, in the order of `clubs`.
 * @internal
 */
export function evaluateCriterion(
  kind: Exclude<Tiebreaker['kind'], 'headToHead'>,
  clubs: readonly ClubId[],
  context: ValueContext,
): ScoredClub[] {
  if (kind === 'playOff' || kind === 'drawingOfLots') {
    const decision = findDecision(kind, clubs, context.decisions);
    return clubs.map((club) => {
      const index = decision ? decision.order.indexOf(club) : -1;
      const key = index === -1 ? 0 : (decision?.order.length ?? 0) - index;
      return { club, key, value: key };
    });
  }
  if (kind === 'alphabetical') {
    const sorted = [...clubs].sort((a, b) => compareNames(nameOf(a, context), nameOf(b, context)));
    return clubs.map((club) => {
      const index = sorted.indexOf(club);
      return { club, key: -index, value: index };
    });
  }
  const scored: ScoredClub[] = [];
  for (const club of clubs) {
    const record = recordOf(club, context.records);
    const points = context.points.get(club) ?? record.resultPoints;
    scored.push(recordValue(kind, record, points, club, context));
  }
  return scored;
}

/** @internal */
function recordValue(
  kind: Exclude<Tiebreaker['kind'], 'headToHead' | 'playOff' | 'drawingOfLots' | 'alphabetical'>,
  record: ClubRecord,
  points: number,
  club: ClubId,
  context: ValueContext,
): ScoredClub {
  switch (kind) {
    case 'points':
      return { club, key: points, value: points };
    case 'pointsPerGame': {
      const value = pointsPerGame(points, record.played);
      return { club, key: value, value };
    }
    case 'goalDifference': {
      const value = record.goalsFor - record.goalsAgainst;
      return { club, key: value, value };
    }
    case 'goalAverage': {
      const value = goalAverage(record.goalsFor, record.goalsAgainst);
      return { club, key: value, value };
    }
    case 'goalsFor':
      return { club, key: record.goalsFor, value: record.goalsFor };
    case 'goalsAgainst':
      return { club, key: -record.goalsAgainst, value: record.goalsAgainst };
    case 'awayGoalsFor':
      return { club, key: record.awayGoalsFor, value: record.awayGoalsFor };
    case 'wins':
      return { club, key: record.won, value: record.won };
    case 'awayWins':
      return { club, key: record.awayWins, value: record.awayWins };
    case 'fairPlay': {
      const value = context.fairPlay[club];
      // A club without a fair-play record cannot be separated on it.
      return value === undefined
        ? { club, key: 0, value: Number.NaN }
        : { club, key: -value, value };
    }
    case 'earlierRank': {
      const value = context.earlierRanks[club];
      return value === undefined
        ? { club, key: Number.NEGATIVE_INFINITY, value: Number.NaN }
        : { club, key: -value, value };
    }
  }
}

/**
 * Each club's value on a criterion of the mini-league among them, in the order of `clubs`.
 * @internal
 */
export function evaluateHeadToHead(
  criterion: HeadToHeadCriterion,
  clubs: readonly ClubId[],
  records: ReadonlyMap<ClubId, ClubRecord>,
): ScoredClub[] {
  return clubs.map((club) => {
    const record = recordOf(club, records);
    const value =
      criterion === 'points'
        ? record.resultPoints
        : criterion === 'goalDifference'
          ? record.goalsFor - record.goalsAgainst
          : criterion === 'goalsFor'
            ? record.goalsFor
            : criterion === 'awayGoalsFor'
              ? record.awayGoalsFor
              : record.won;
    return { club, key: value, value };
  });
}

/**
 * The recorded play-off or drawing of lots that covers every one of `clubs`, the latest if several.
 * @internal
 */
export function findDecision(
  kind: 'playOff' | 'drawingOfLots',
  clubs: readonly ClubId[],
  decisions: readonly TableDecision[],
): TableDecision | undefined {
  let found: TableDecision | undefined;
  for (const decision of decisions) {
    if (decision.kind !== kind) continue;
    if (!clubs.every((club) => decision.clubs.includes(club))) continue;
    if (!decision.order.some((club) => clubs.includes(club))) continue;
    if (!found || (decision.date ?? '') >= (found.date ?? '')) found = decision;
  }
  return found;
}

const NAME_COLLATOR = new Intl.Collator('en', { sensitivity: 'base' });

/** Orders names as people expect: accents and case do not come first. @internal */
export function compareNames(a: string, b: string): number {
  return NAME_COLLATOR.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}

/** @internal */
function nameOf(club: ClubId, context: ValueContext): string {
  return context.names.get(club) ?? club;
}

/** @internal */
function recordOf(club: ClubId, records: ReadonlyMap<ClubId, ClubRecord>): ClubRecord {
  const record = records.get(club);
  if (!record) throw new Error(`No record for club "${club}" in the table being ranked`);
  return record;
}

/**
 * The chain in words, as a competition's regulations state it: "1) Points; 2) Goal difference;
 * 3) Goals scored; 4) The play-off; 5) The drawing of lots".
 *
 * @example
 * describeChain([{ kind: 'points' }, { kind: 'goalAverage' }]) //=> '1) Points; 2) Goal average'
 */
export function describeChain(chain: readonly Tiebreaker[]): string {
  return chain
    .map((tiebreaker, index) => {
      const words =
        tiebreaker.kind === 'headToHead'
          ? `Head-to-head (${tiebreaker.criteria.map((criterion) => CRITERION_WORDING[`headToHead.${criterion}`].label.replace(/^head-to-head /, '')).join(', ')})`
          : CRITERION_WORDING[tiebreaker.kind].label;
      return `${index + 1}) ${words.charAt(0).toUpperCase()}${words.slice(1)}`;
    })
    .join('; ');
}
