import { RuleError } from '../errors.ts';
import { listMatches } from '../format/match-ids.ts';
import { runEdition } from '../format/run-edition.ts';
import type { ClubId } from '../model/club.ts';
import type { Language } from '../standings/tiebreaker-values.ts';
import { countsInTable, type ForecastPlan, simulateRange } from './forecast.ts';

/** A result of a match: home win, draw, away win. */
export type Result = 'H' | 'D' | 'A';

/** One match of a condition and the results it allows. */
export interface Requirement {
  readonly match: string;
  readonly home: string;
  readonly away: string;
  readonly results: readonly Result[];
}

/** What a club needs for an outcome. */
export interface Needs {
  readonly club: string;
  readonly language: Language;
  readonly outcome: string;
  /** `clinched`: nothing; `eliminated`: nothing will do; `open`: see the conditions. */
  readonly status: 'clinched' | 'eliminated' | 'open';
  /** Each a way to be sure of it (any one is enough), simplest first. */
  readonly conditions: readonly (readonly Requirement[])[];
  /** Whether, beyond these, some results would do it or not by goals alone. */
  readonly goalsCanDecide: boolean;
  /** The conditions in words. */
  readonly text: readonly string[];
}

/** Matches left beyond which every combination is too many to go through. */
const MAX_MATCHES = 10;

/**
 * What a club needs for an outcome: the simplest sets of results of the matches left in its group
 * that make it certain on points whatever the other results (a result or two of its choice per
 * match: "win at Aurora, or draw and Mariano Santos do not win"). An outcome counts as certain in a
 * combination when every place the club can take in it (level clubs in any order) gives the
 * outcome; which places give it is read from simulated seasons of the edition's engine.
 */
export function whatClubNeeds(
  plan: ForecastPlan,
  clubId: ClubId,
  outcome: string,
  language: Language = 'en',
): Needs {
  const k = plan.outcomes.indexOf(outcome);
  if (k < 0) {
    throw new RuleError(
      'needs',
      `an outcome of this edition (${plan.outcomes.join(', ')}); received "${outcome}"`,
    );
  }
  if (!plan.clubs.includes(clubId)) {
    throw new RuleError(
      'needs',
      `a club of ${plan.stage} (${plan.clubs.map((club) => plan.names[club]).join(', ')}); received "${clubId}"`,
    );
  }
  if (plan.rounds) {
    throw new RuleError(
      'needs',
      `a league, combined table or groups stage: in the knockout ${plan.stage} a club needs to win its ties (ask for a forecast of its chances)`,
    );
  }
  if (plan.refill?.some((entry) => entry.stage === plan.stage)) {
    throw new RuleError(
      'needs',
      `${plan.stage} has no fixtures until the stage before it is over: ask for a forecast instead`,
    );
  }
  // Which places give the outcome, from the engine's own seasons.
  const tally = simulateRange(plan, 0, 400);
  const gives = new Set(tally.outcomePositions[k] ?? []);
  const misses = new Set(tally.missedPositions[k] ?? []);
  if ([...gives].some((position) => misses.has(position))) {
    throw new RuleError(
      'needs',
      `${outcome} here is not decided by places in ${plan.stage} alone: ask for a forecast instead`,
    );
  }
  const state = runEdition(plan.format);
  const stage = state.stages.find((candidate) => candidate.id === plan.stage);
  const at = stage?.groups.findIndex((candidate) =>
    candidate.table.some((row) => row.clubId === clubId),
  );
  const group = at === undefined ? undefined : stage?.groups[at];
  const rows = group?.table ?? [];
  const clubs = rows.map((row) => row.clubId);
  const index = new Map(clubs.map((club, at) => [club, at]));
  const me = index.get(clubId) ?? 0;
  const stageFormat = plan.format.stages.find((candidate) => candidate.id === plan.stage);
  const rules = (stageFormat?.rules ?? plan.format.rules).points;
  const remainingIds = new Set(plan.remaining.map((match) => match.id));
  const counts = countsInTable(plan.format, plan.stage, at);
  const inTable = new Set(clubs);
  const matches = listMatches(plan.format).filter(
    (entry) => remainingIds.has(entry.id) && counts(entry, inTable),
  );
  // A club outside the table (one that carries every result of its clubs) plays at a place past
  // its last, which no one reads.
  const outside = clubs.length;
  if (matches.length > MAX_MATCHES) {
    throw new RuleError(
      'needs',
      `at most ${MAX_MATCHES} matches left in the group; there are ${matches.length} (ask for a forecast instead)`,
    );
  }
  // Every combination of results: 1 sure, 0 sure not, 2 goals decide.
  const n = matches.length;
  const total = 3 ** n;
  const verdict = new Uint8Array(total);
  const points = rows.map((row) => row.points);
  for (let combination = 0; combination < total; combination += 1) {
    const final = [...points];
    let code = combination;
    for (const { match } of matches) {
      const result = code % 3;
      code = Math.floor(code / 3);
      const h = index.get(match.home) ?? outside;
      const a = index.get(match.away) ?? outside;
      final[h] =
        (final[h] ?? 0) + (result === 0 ? rules.win : result === 1 ? rules.draw : rules.loss);
      final[a] =
        (final[a] ?? 0) + (result === 2 ? rules.win : result === 1 ? rules.draw : rules.loss);
    }
    const above = final.filter(
      (value, o) => o !== me && o < outside && value > (final[me] ?? 0),
    ).length;
    const level = final.filter((value, o) => o !== me && o < outside && value === final[me]).length;
    const places = Array.from({ length: level + 1 }, (_, extra) => above + extra + 1);
    // A place no simulated season reached is not known to give the outcome or not.
    verdict[combination] = places.every((place) => gives.has(place))
      ? 1
      : places.every((place) => misses.has(place))
        ? 0
        : 2;
  }
  const sure = verdict.every((value) => value === 1);
  const never = verdict.every((value) => value === 0);
  const goalsCanDecide = verdict.some((value) => value === 2);
  const base = {
    club: plan.names[clubId] ?? clubId,
    language,
    outcome,
    goalsCanDecide,
  };
  if (sure) return { ...base, status: 'clinched', conditions: [], text: [] };
  if (never) return { ...base, status: 'eliminated', conditions: [], text: [] };
  // Conditions: on one or two matches any allowed set of results; on three, one result each.
  // Broader ones are tried first, so that a narrower one they cover is never listed.
  const sets: Result[][] = [['H', 'D'], ['D', 'A'], ['H', 'A'], ['H'], ['D'], ['A']];
  const code = { H: 0, D: 1, A: 2 } as const;
  type Part = { readonly m: number; readonly allowed: readonly Result[] };
  const holds = (fixed: readonly Part[]) => {
    for (let combination = 0; combination < total; combination += 1) {
      let fits = true;
      for (const { m, allowed } of fixed) {
        const result = Math.floor(combination / 3 ** m) % 3;
        if (!allowed.some((value) => code[value] === result)) {
          fits = false;
          break;
        }
      }
      if (fits && verdict[combination] !== 1) return false;
    }
    return true;
  };
  const breadth = (condition: readonly Part[]) =>
    condition.reduce((product, part) => product * (part.allowed.length / 3), 1);
  const found: Part[][] = [];
  const implied = (candidate: readonly Part[]) =>
    found.some((known) =>
      known.every((part) =>
        candidate.some(
          (other) =>
            other.m === part.m && other.allowed.every((value) => part.allowed.includes(value)),
        ),
      ),
    );
  const tryAll = (candidates: Part[][]) => {
    candidates.sort((a, b) => breadth(b) - breadth(a));
    for (const candidate of candidates) {
      if (!implied(candidate) && holds(candidate)) found.push(candidate);
    }
  };
  tryAll(Array.from({ length: n }, (_, m) => sets.map((allowed) => [{ m, allowed }])).flat());
  const pairs: Part[][] = [];
  for (let m1 = 0; m1 < n; m1 += 1)
    for (let m2 = m1 + 1; m2 < n; m2 += 1)
      for (const a1 of sets)
        for (const a2 of sets)
          pairs.push([
            { m: m1, allowed: a1 },
            { m: m2, allowed: a2 },
          ]);
  tryAll(pairs);
  if (found.length === 0) {
    const triples: Part[][] = [];
    const single = sets.slice(3);
    for (let m1 = 0; m1 < n; m1 += 1)
      for (let m2 = m1 + 1; m2 < n; m2 += 1)
        for (let m3 = m2 + 1; m3 < n; m3 += 1)
          for (const a1 of single)
            for (const a2 of single)
              for (const a3 of single)
                triples.push([
                  { m: m1, allowed: a1 },
                  { m: m2, allowed: a2 },
                  { m: m3, allowed: a3 },
                ]);
    tryAll(triples);
  }
  // Simpler conditions first: fewer matches, then more results left open.
  found.sort((a, b) => a.length - b.length || breadth(b) - breadth(a));
  const name = (club: ClubId) => plan.names[club] ?? club;
  const conditions = found.map((condition) =>
    condition.map(({ m, allowed }): Requirement => {
      const match = matches[m]?.match;
      return {
        match: matches[m]?.id ?? '',
        home: name(match?.home ?? ''),
        away: name(match?.away ?? ''),
        results: allowed,
      };
    }),
  );
  return {
    ...base,
    status: 'open',
    conditions,
    text: conditions.map((condition) =>
      condition
        .map((requirement) => phrase(requirement, base.club, language))
        .join(language === 'es' ? ' y ' : ' and '),
    ),
  };
}

/** A requirement in words, from the club's side where it plays. @internal */
function phrase(requirement: Requirement, club: string, language: Language): string {
  const { home, away, results } = requirement;
  const key = [...results].sort().join('');
  const mine = home === club ? 'home' : away === club ? 'away' : undefined;
  const es = language === 'es';
  if (mine) {
    const other = mine === 'home' ? away : home;
    const win: Result = mine === 'home' ? 'H' : 'A';
    const lose: Result = mine === 'home' ? 'A' : 'H';
    const against = es ? `ante ${other}` : `${mine === 'home' ? 'v' : 'at'} ${other}`;
    if (key === win) return es ? `ganar ${against}` : `win ${against}`;
    if (key === 'D') return es ? `empatar ${against}` : `draw ${against}`;
    if (key === lose) return es ? `perder ${against}` : `lose ${against}`;
    if (!results.includes(lose)) return es ? `no perder ${against}` : `not lose ${against}`;
    if (!results.includes('D')) return es ? `no empatar ${against}` : `not draw ${against}`;
    return es ? `no ganar ${against}` : `not win ${against}`;
  }
  if (key === 'H') return es ? `${home} gana a ${away}` : `${home} beat ${away}`;
  if (key === 'A') return es ? `${away} gana a ${home}` : `${away} win at ${home}`;
  if (key === 'D') return es ? `${home} y ${away} empatan` : `${home} and ${away} draw`;
  if (key === 'DH') return es ? `${away} no gana a ${home}` : `${away} do not win at ${home}`;
  if (key === 'AD') return es ? `${home} no gana a ${away}` : `${home} do not beat ${away}`;
  return es ? `${home} y ${away} no empatan` : `${home} and ${away} do not draw`;
}
