import type { Language } from '../standings/tiebreaker-values.ts';

/** The words an edition's state is told in: slot labels, how ties were decided, where clubs go. */
export interface EditionWords {
  /** 1st, 2nd, 22nd; 1.º, 2.º. */
  readonly ordinal: (n: number) => string;
  /** "Winner of Cusco", "Runner-up of the Final Stage", "3rd of Group 2 (Regional Stage)". */
  readonly placeOf: (position: number, where: string) => string;
  /** "12th of the Tabla Única" (a place by number, whatever it is). */
  readonly nthOf: (n: number, where: string) => string;
  /** "the Final Stage" (a whole stage, in a label). */
  readonly theStage: (name: string) => string;
  readonly groupOfStage: (group: string, stage: string) => string;
  /** "Best runner-up of the Regional Stage", "2nd best 3rd-placed club of …". */
  readonly bestOf: (rank: number, position: number, stage: string) => string;
  /** "Winner of tie 3 (Round of 16)". */
  readonly tieResult: (result: 'winner' | 'loser', tie: number, round: string) => string;
  /** "Relegated from 1992 Torneo Descentralizado". */
  readonly external: (outcome: 'relegated' | 'promoted' | 'champion', from: string) => string;
  readonly toBeDrawn: string;
  /** "Comerciantes FC in place of Alfonso Ugarte, by ruling (2019-11-05): … (FPF)". */
  readonly inPlaceOf: (
    club: string,
    out: string,
    date: string | undefined,
    reason: string,
    authority: string | undefined,
  ) => string;
  /** "promoted to 1994 Torneo Descentralizado", "qualified for Etapa Nacional". */
  readonly goesTo: (outcome: 'promoted' | 'relegated' | 'qualified', target: string) => string;
  /** How a tie was decided. */
  readonly tie: {
    readonly won: (score: string) => string;
    readonly onAggregate: (score: string) => string;
    /** "3-2 on aggregate", said after another reason. */
    readonly aggregate: (score: string) => string;
    readonly onPoints: (points: string, aggregate: string) => string;
    readonly onGoalDifference: (aggregate: string) => string;
    readonly onAwayGoals: (away: string, aggregate: string) => string;
    readonly betterPlaced: (
      stage: string,
      better: number,
      worse: number,
      aggregate: string,
    ) => string;
    readonly wonExtraMatch: (score: string) => string;
    readonly wonExtraMatchOnPenalties: (score: string) => string;
    readonly afterExtraTime: (score: string) => string;
    readonly onPenalties: (score: string) => string;
    readonly byLots: (date: string | undefined) => string;
    readonly byRuling: (reason: string, authority: string | undefined) => string;
  };
}

/** An English ordinal: 1st, 2nd, 3rd, 4th, 11th, 21st. */
function englishOrdinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  return `${n}${['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;
}

const ENGLISH: EditionWords = {
  ordinal: englishOrdinal,
  placeOf: (position, where) =>
    `${position === 1 ? 'Winner' : position === 2 ? 'Runner-up' : englishOrdinal(position)} of ${where}`,
  nthOf: (n, where) => `${englishOrdinal(n)} of ${where}`,
  theStage: (name) => `the ${name}`,
  groupOfStage: (group, stage) => `${group} (${stage})`,
  bestOf: (rank, position, stage) =>
    `${rank === 1 ? 'Best' : `${englishOrdinal(rank)} best`} ${position === 2 ? 'runner-up' : `${englishOrdinal(position)}-placed club`} of the ${stage}`,
  tieResult: (result, tie, round) =>
    `${result === 'winner' ? 'Winner' : 'Loser'} of tie ${tie} (${round})`,
  external: (outcome, from) => `${outcome.charAt(0).toUpperCase()}${outcome.slice(1)} from ${from}`,
  toBeDrawn: 'to be drawn',
  inPlaceOf: (club, out, date, reason, authority) =>
    `${club} in place of ${out}, by ruling${date ? ` (${date})` : ''}: ${reason}${authority ? ` (${authority})` : ''}`,
  goesTo: (outcome, target) =>
    `${outcome === 'qualified' ? 'qualified for' : `${outcome} to`} ${target}`,
  tie: {
    won: (score) => `won ${score}`,
    onAggregate: (score) => `on aggregate ${score}`,
    aggregate: (score) => `${score} on aggregate`,
    onPoints: (points, aggregate) => `on points ${points} (${aggregate})`,
    onGoalDifference: (aggregate) => `on goal difference (${aggregate})`,
    onAwayGoals: (away, aggregate) => `on away goals (${away}), ${aggregate}`,
    betterPlaced: (stage, better, worse, aggregate) =>
      `better placed in the ${stage} (${englishOrdinal(better)} v ${englishOrdinal(worse)}), ${aggregate}`,
    wonExtraMatch: (score) => `won the extra match ${score}`,
    wonExtraMatchOnPenalties: (score) => `won the extra match on penalties ${score}`,
    afterExtraTime: (score) => `after extra time, ${score} on aggregate`,
    onPenalties: (score) => `on penalties ${score}`,
    byLots: (date) => `by drawing of lots${date ? ` (${date})` : ''}`,
    byRuling: (reason, authority) => `by ruling: ${reason}${authority ? ` (${authority})` : ''}`,
  },
};

/** A Spanish ordinal as Peruvian tables write it: 1.º, 2.º. */
function spanishOrdinal(n: number): string {
  return `${n}.º`;
}

const SPANISH: EditionWords = {
  ordinal: spanishOrdinal,
  placeOf: (position, where) =>
    `${position === 1 ? 'Campeón' : position === 2 ? 'Subcampeón' : spanishOrdinal(position)} de ${where}`,
  nthOf: (n, where) => `${spanishOrdinal(n)} de ${where}`,
  theStage: (name) => `la ${name}`,
  groupOfStage: (group, stage) => `${group} (${stage})`,
  bestOf: (rank, position, stage) =>
    `${rank === 1 ? 'Mejor' : `${spanishOrdinal(rank)} mejor`} ${position === 2 ? 'subcampeón' : `${spanishOrdinal(position)} puesto`} de la ${stage}`,
  tieResult: (result, tie, round) =>
    `${result === 'winner' ? 'Ganador' : 'Perdedor'} de la llave ${tie} (${round})`,
  external: (outcome, from) =>
    `${outcome === 'relegated' ? 'Descendido de' : outcome === 'promoted' ? 'Ascendido de' : 'Campeón de'} ${from}`,
  toBeDrawn: 'por sortear',
  inPlaceOf: (club, out, date, reason, authority) =>
    `${club} en lugar de ${out}, por resolución${date ? ` (${date})` : ''}: ${reason}${authority ? ` (${authority})` : ''}`,
  goesTo: (outcome, target) =>
    `${outcome === 'qualified' ? 'clasificado a' : outcome === 'promoted' ? 'asciende a' : 'desciende a'} ${target}`,
  tie: {
    won: (score) => `ganó ${score}`,
    onAggregate: (score) => `en el global ${score}`,
    aggregate: (score) => `${score} en el global`,
    onPoints: (points, aggregate) => `por puntos ${points} (${aggregate})`,
    onGoalDifference: (aggregate) => `por diferencia de goles (${aggregate})`,
    onAwayGoals: (away, aggregate) => `por goles de visitante (${away}), ${aggregate}`,
    betterPlaced: (stage, better, worse, aggregate) =>
      `mejor ubicado en la ${stage} (${spanishOrdinal(better)} ante ${spanishOrdinal(worse)}), ${aggregate}`,
    wonExtraMatch: (score) => `ganó el partido extra ${score}`,
    wonExtraMatchOnPenalties: (score) => `ganó el partido extra por penales ${score}`,
    afterExtraTime: (score) => `tras el tiempo suplementario, ${score} en el global`,
    onPenalties: (score) => `por penales ${score}`,
    byLots: (date) => `por sorteo${date ? ` (${date})` : ''}`,
    byRuling: (reason, authority) =>
      `por resolución: ${reason}${authority ? ` (${authority})` : ''}`,
  },
};

/** The words of an edition's state in a language (English unless asked). */
export function editionWords(language: Language = 'en'): EditionWords {
  return language === 'es' ? SPANISH : ENGLISH;
}
