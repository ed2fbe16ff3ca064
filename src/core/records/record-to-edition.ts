import type {
  EditionFormat,
  KnockoutRoundFormat,
  OutcomeRule,
  PrintedRow,
  StageFormat,
  TieFormat,
  TieRule,
} from '../format/edition-format.ts';
import type { ClubId } from '../model/club.ts';
import type { Match } from '../model/match.ts';
import type { RuleSet } from '../model/rule-set.ts';
import type { PublishedRow, RecordGroup, SeasonRecord } from '../model/season-record.ts';
import { movementInNote, promotionsInProse } from './promotion-in-prose.ts';
import {
  computeRecordTables,
  playOffAfterPoints,
  playOffDecisions,
  printedPoints,
  RECORD_REASONS,
  tablesFromEarlierStages,
} from './record-tables.ts';

/**
 * An edition format built from a season record, so that an imported article, RSSSF page or
 * fixtures file can be stored and run: every league-like group becomes a table stage with its
 * clubs and rounds (printed deductions become rulings; a table printed without its results makes
 * a stage whose matches are not known, that table kept as printed), every knockout stage rounds
 * of ties: two legs where a round of matches is the return of the one before, one leg otherwise;
 * a stage of both kinds one stage for each run of one kind; the last stage names the champion (or
 * the last the record's winner played in, where a play-off among others follows the final),
 * and who goes up where the prose says it.
 */
export function recordToEdition(
  record: SeasonRecord,
  rulesFor: (group: RecordGroup) => RuleSet,
): EditionFormat {
  const tables = computeRecordTables(record, { rulesFor });
  const earlierOf = tablesFromEarlierStages(record);
  // What this conversion writes in its own words, in Spanish too: the edition's translations.
  const spanish = new Map<string, string>();
  const say = (english: string, inSpanish: string): string => {
    spanish.set(english, inSpanish);
    return english;
  };
  // An edition's stage is a table or rounds of ties: a stage of the record whose groups are of
  // both kinds (a region's ties, then another's table) makes one stage for each run of one kind.
  const parts = record.stages.flatMap((stage, index) => {
    const groups = stage.groups.map((group, g) => ({
      group,
      kind: tables[index]?.groups[g]?.kind ?? 'league',
      table: tables[index]?.groups[g]?.table ?? [],
    }));
    const runs: (typeof groups)[] = [];
    for (const entry of groups) {
      const run = runs.at(-1);
      if (run && kindClass(run[0]?.kind) === kindClass(entry.kind)) run.push(entry);
      else runs.push([entry]);
    }
    return runs.map((run, part) => ({
      id: runs.length === 1 ? `stage-${index + 1}` : `stage-${index + 1}-${part + 1}`,
      name:
        runs.length === 1
          ? stage.name
          : `${stage.name} — ${run.map((entry) => entry.group.name).join('; ')}`,
      groups: run,
    }));
  });
  const stageOf = new Map(
    parts.flatMap((part) => part.groups.map((entry) => [entry.group, part.id] as const)),
  );
  // Who goes up from the last stage, where the prose says it ("The champion was promoted to 1994
  // Torneo Descentralizado").
  const promotions = promotionsInProse(record.summary);
  // The stage that names the champion: the last one, or the last the record's winner played in,
  // when a play-off among others follows the final (a promotion play-off).
  const played = (part: (typeof parts)[number]): Set<ClubId> =>
    new Set(
      part.groups.flatMap(({ group }) => [
        ...group.rounds.flatMap((round) =>
          round.matches.flatMap((match) => [match.home, match.away]),
        ),
        ...(group.published?.rows.map((row) => row.club) ?? []),
      ]),
    );
  const winner = record.winners;
  const lastPlayed =
    winner === undefined ? -1 : parts.findLastIndex((part) => played(part).has(winner));
  const deciding = lastPlayed >= 0 ? lastPlayed : parts.length - 1;
  // Clubs the source names as going up or down: an outcome of the deciding stage where they have a
  // place in it (by the table, or as the final's winner or loser), else a ruling that says where
  // the source states it.
  const named = record.movements ?? [];
  const placedNamed = new Set<(typeof named)[number]>();
  // A stage the competition played on from is over, and so is the deciding stage where the
  // source names the champion: a match of it the record has no score for was not played, and
  // counts for nothing rather than waiting to be played.
  const playedFrom = parts.map((part) =>
    part.groups.some(({ group }) =>
      group.rounds.some((round) =>
        round.matches.some((match) => match.score !== undefined || match.awarded !== undefined),
      ),
    ),
  );
  const over = (index: number): boolean =>
    playedFrom.slice(index + 1).some(Boolean) || (index === deciding && winner !== undefined);
  const notPlayed = (match: Match, index: number): Match =>
    match.status === 'scheduled' && match.score === undefined && over(index)
      ? { ...match, status: 'cancelled' }
      : match;
  const stages: StageFormat[] = parts.map(({ id, name, groups: run }, index): StageFormat => {
    const last = index === deciding;
    const kinds = run.map((entry) => entry.kind);
    if (kinds.every((kind) => kind === 'knockout')) {
      // Rounds of several groups (each region's quarterfinals) say whose they are.
      const own = (group: RecordGroup, round: string): string =>
        round === 'Matches'
          ? group.name
          : run.length > 1 && !round.startsWith(group.name)
            ? `${group.name}, ${round}`
            : round;
      const rounds: KnockoutRoundFormat[] = run.flatMap(({ group }, g) =>
        knockoutRounds(group).map((round, r) => ({
          ...round,
          id: `round-${g + 1}-${r + 1}`,
          name: own(group, round.name),
        })),
      );
      // Ties on points are decided by an extra match where the points are level (then goal
      // difference where none was played); ties on goals by one where one is recorded.
      const onPoints = tiesGoByPoints(run.map(({ group }) => group));
      const extra = rounds.some((round) => round.ties.some((tie) => tie.extraMatch));
      const tieRules: TieRule[] | undefined = onPoints
        ? [
            { kind: 'points' },
            { kind: 'extraMatch' },
            { kind: 'goalDifference' },
            { kind: 'extraTime' },
            { kind: 'penalties' },
          ]
        : extra
          ? [
              { kind: 'aggregate' },
              { kind: 'extraMatch' },
              { kind: 'extraTime' },
              { kind: 'penalties' },
            ]
          : undefined;
      // The final: the one tie of the last round, its winner the record's champion.
      const final = rounds.at(-1)?.ties;
      const finalists =
        final?.length === 1
          ? final[0]?.matches[0]
            ? [final[0].matches[0].home, final[0].matches[0].away]
            : []
          : [];
      const namedPlaces = last
        ? named.flatMap((movement) => {
            if (!finalists.includes(movement.club) || !record.winners) return [];
            if (!finalists.includes(record.winners)) return [];
            const place = movement.club === record.winners ? 1 : 2;
            placedNamed.add(movement);
            // The prose's promotion of that place gives it already.
            if (movement.outcome === 'promoted' && promotions.some((p) => p.places.includes(place)))
              return [];
            return [
              {
                tieResult: place === 1 ? ('winner' as const) : ('loser' as const),
                outcome: movement.outcome,
                ...(movement.to ? { to: movement.to } : {}),
              },
            ];
          })
        : [];
      return {
        id,
        name,
        kind: 'knockout',
        ...(tieRules ? { tieRules } : {}),
        rounds,
        outcomes: last
          ? [
              { tieResult: 'winner', outcome: 'champion' },
              ...promotions.flatMap(({ places, to }) =>
                places.map(
                  (place): OutcomeRule => ({
                    tieResult: place === 1 ? 'winner' : 'loser',
                    outcome: 'promoted',
                    to,
                  }),
                ),
              ),
              ...namedPlaces,
            ]
          : [],
      };
    }
    // A table printed without its results: the stage was played, its matches are not known, and
    // the printed table stands for them.
    const unknown = kinds.every((kind) => kind === 'printed');
    const groups = run.map(({ group, table }, g) => ({
      id: `group-${g + 1}`,
      name: group.name,
      entrants: table.map((row) => ({ kind: 'club' as const, club: row.clubId })),
      rounds: group.rounds.map((round) => ({
        name: round.name,
        ...(round.date ? { date: round.date } : {}),
        matches: round.matches.map((match) => notPlayed(match, index)),
      })),
      // A table printed without results of its own sums the earlier ones among its clubs, in
      // the stages they were played in.
      ...(earlierOf.get(group)?.matches.length
        ? {
            sums: [
              ...new Set(earlierOf.get(group)?.from.map((source) => stageOf.get(source) ?? id)),
            ],
          }
        : {}),
      ...(unknown && group.published ? { printed: group.published.rows.map(printedRow) } : {}),
    }));
    // A play-off listed with a group was played between clubs level on points: it decides their
    // order before goals do, as the record's own tables take it.
    const playedOff = run.some(({ group }) => group.playOffs.length > 0);
    const rules = run[0]
      ? playedOff
        ? playOffAfterPoints(rulesFor(run[0].group))
        : rulesFor(run[0].group)
      : undefined;
    // A note beside a row of the final table ("Promoted to the 2035 Liga de Ejemplo",
    // "[Relegated]") says who moves too, where the prose says nothing of that place.
    const noted = (run[0]?.group.published?.rows ?? []).flatMap((row) => {
      const movement = row.notes.map(movementInNote).find(Boolean);
      const place = (run[0]?.table.findIndex((entry) => entry.clubId === row.club) ?? -1) + 1;
      return movement && place > 0 && !promotions.some(({ places }) => places.includes(place))
        ? [{ places: [place], ...movement }]
        : [];
    });
    // A club the source names, by its place in the final table, where no rule above gives it.
    const namedPlaces = named.flatMap((movement) => {
      const place = (run[0]?.table.findIndex((entry) => entry.clubId === movement.club) ?? -1) + 1;
      if (!last || groups.length !== 1 || place === 0) return [];
      const given =
        noted.some((found) => found.places.includes(place)) ||
        (movement.outcome === 'promoted' &&
          promotions.some((found) => found.places.includes(place)));
      placedNamed.add(movement);
      const to: { competition?: string; edition?: string } = movement.to ?? {};
      return given ? [] : [{ places: [place], outcome: movement.outcome, to }];
    });
    const outcomes: OutcomeRule[] =
      last && groups.length === 1
        ? [
            { positions: [1], outcome: 'champion' },
            ...[
              ...promotions.map((found) => ({ ...found, outcome: 'promoted' as const })),
              ...noted,
              ...namedPlaces,
            ].map(
              ({ places, outcome, to }): OutcomeRule => ({
                positions: places,
                outcome,
                ...(to.competition ? { to } : {}),
              }),
            ),
          ]
        : [];
    if (groups.length === 1 && groups[0]) {
      return {
        id,
        name,
        kind: 'league',
        entrants: groups[0].entrants,
        rounds: groups[0].rounds,
        ...(groups[0].sums ? { sums: groups[0].sums } : {}),
        ...(groups[0].printed ? { printed: groups[0].printed } : {}),
        outcomes,
        ...(rules ? { rules } : {}),
        ...(unknown ? { matchesUnknown: true } : {}),
      };
    }
    return {
      id,
      name,
      kind: 'groups',
      groups,
      outcomes,
      ...(rules ? { rules } : {}),
      ...(unknown ? { matchesUnknown: true } : {}),
    };
  });
  const printedDeductions = record.stages.flatMap((stage) =>
    stage.groups.flatMap((group) =>
      (group.published?.rows ?? []).flatMap((row) =>
        row.notes
          .filter((note) => printedPoints(note) !== undefined)
          .map((note) => ({
            kind: 'pointAdjustment' as const,
            club: row.club,
            points: printedPoints(note) ?? 0,
            reason: say(
              RECORD_REASONS.en.printed(note, row.line),
              RECORD_REASONS.es.printed(note, row.line),
            ),
            stage: stageOf.get(group) ?? '',
          })),
      ),
    ),
  );
  // The play-offs of the groups that make tables, as decisions between the clubs they ranked.
  const playOffs = parts.flatMap((part) =>
    part.groups
      .filter(({ kind }) => kind !== 'knockout')
      .flatMap(({ group }) =>
        playOffDecisions(
          group,
          (id) => record.clubs.find((club) => club.id === id)?.name ?? id,
        ).map((decision) => ({
          ...decision,
          reason: say(decision.reason, RECORD_REASONS.es.playOff),
          stage: part.id,
        })),
      ),
  );
  const first = record.stages[0]?.groups[0];
  return {
    competition: record.competition ?? record.title ?? 'Imported competition',
    edition: record.season ?? 'imported',
    ...(record.previous ? { previous: record.previous } : {}),
    ...(record.next ? { next: record.next } : {}),
    sources: record.sources,
    rules: first
      ? rulesFor(first)
      : {
          name: 'generic',
          points: { win: 3, draw: 1, loss: 0 },
          tiebreakers: [{ kind: 'points' }],
          awardedGoalsCount: true,
          walkoverDeduction: 0,
        },
    clubs: record.clubs,
    stages,
    rulings: [
      ...record.rulings,
      ...printedDeductions,
      ...playOffs,
      ...named
        .filter((movement) => !placedNamed.has(movement))
        .map((movement) => ({
          kind: movement.outcome === 'promoted' ? ('promotion' as const) : ('relegation' as const),
          club: movement.club,
          ...(movement.to ? { to: movement.to } : {}),
          reason: say(
            `${movement.outcome} by ${movement.source}`,
            `${movement.outcome === 'promoted' ? 'asciende' : 'desciende'} según ${sourceInSpanish(movement.source)}`,
          ),
        })),
    ],
    ...(spanish.size > 0 ? { translations: { es: Object.fromEntries(spanish) } } : {}),
  };
}

/** Where a record says a club went, as its readers name it, in Spanish. @internal */
function sourceInSpanish(source: string): string {
  const field = /^the infobox's "(.+)"$/.exec(source);
  if (field) return `el campo "${field[1]}" de la ficha`;
  const line = /^the page's "(.+)" line$/.exec(source);
  if (line) return `la línea "${line[1]}" de la página`;
  return source === 'the prose' ? 'el texto' : source;
}

/**
 * Whether a stage's ties (its groups') go by points: the source says so, or an extra match was
 * played although a club scored more over the legs.
 */
export function tiesGoByPoints(groups: readonly RecordGroup[]): boolean {
  return (
    groups.some((group) => group.tiesOnPoints) ||
    groups.some((group) =>
      knockoutRounds(group).some((round) => round.ties.some(levelOnPointsOnly)),
    )
  );
}

/**
 * Whether a tie went to an extra match with its legs level on points (3 a win) but not on goals:
 * played that way only where ties go by points. @internal
 */
function levelOnPointsOnly(tie: TieFormat): boolean {
  const home = tie.home?.kind === 'club' ? tie.home.club : undefined;
  if (!tie.extraMatch || tie.matches.length !== 2 || home === undefined) return false;
  let goals = 0;
  let points = 0;
  for (const match of tie.matches) {
    if (!match.score) return false;
    const own = match.home === home ? match.score.home : match.score.away;
    const other = match.home === home ? match.score.away : match.score.home;
    goals += own - other;
    points += Math.sign(own - other) * 3;
  }
  return goals !== 0 && points === 0;
}

/** Ties or a table: the kind of edition stage a group of the record makes. @internal */
function kindClass(kind: 'league' | 'knockout' | 'printed' | undefined): 'ties' | 'table' {
  return kind === 'knockout' ? 'ties' : 'table';
}

/** A printed row as an edition keeps it: its figures and notes, its place shared or not. @internal */
function printedRow(row: PublishedRow): PrintedRow {
  const { line: _line, position: _position, shared, notes, ...figures } = row;
  return {
    ...figures,
    ...(shared ? { shared: true } : {}),
    ...(notes.length > 0 ? { note: notes.join('; ') } : {}),
  };
}

/**
 * A knockout group's rounds as rounds of ties: a round whose every match is the return of one in
 * the round before (the same two clubs, grounds swapped) makes two-legged ties with it, named
 * without its legs (`Quarterfinals, 1st leg` and `…, 2nd leg` are `Quarterfinals`); so does a
 * round that lists both legs of each of its ties; any other round is one-leg ties. A play-off
 * between a tie's two clubs is its extra match.
 */
export function knockoutRounds(group: RecordGroup): Omit<KnockoutRoundFormat, 'id'>[] {
  const rounds: Omit<KnockoutRoundFormat, 'id'>[] = [];
  // A decider listed with the group between a tie's two clubs is the tie's extra match.
  const extra = (home: string, away: string) => {
    const found = group.playOffs.find(
      (match) =>
        (match.home === home && match.away === away) ||
        (match.home === away && match.away === home),
    );
    return found ? { extraMatch: found } : {};
  };
  for (let r = 0; r < group.rounds.length; r += 1) {
    const round = group.rounds[r];
    if (!round) continue;
    const next = group.rounds[r + 1];
    const returns =
      next?.matches.length === round.matches.length
        ? round.matches.map((first) =>
            next.matches.find((second) => second.home === first.away && second.away === first.home),
          )
        : [];
    if (
      round.matches.length > 0 &&
      returns.length === round.matches.length &&
      returns.every(Boolean)
    ) {
      rounds.push({
        // `1st Leg` alone under a stage's heading: the tie's round is the group.
        name: round.name.replace(/,?\s*(?:1st|first)\s+leg$/i, '') || group.name,
        legs: 2,
        pairing: { kind: 'given' },
        ties: round.matches.map((first, m) => ({
          home: { kind: 'club', club: first.home },
          away: { kind: 'club', club: first.away },
          matches: [first, returns[m] as Match],
          ...extra(first.home, first.away),
        })),
      });
      r += 1;
      continue;
    }
    // Both legs listed in one round (two match boxes under `Final`): every match and its return.
    const firsts = round.matches.filter(
      (match, m) =>
        !round.matches
          .slice(0, m)
          .some((before) => before.home === match.away && before.away === match.home),
    );
    const seconds = firsts.map((first) =>
      round.matches.find((second) => second.home === first.away && second.away === first.home),
    );
    if (firsts.length > 0 && firsts.length * 2 === round.matches.length && seconds.every(Boolean)) {
      rounds.push({
        name: round.name,
        legs: 2,
        pairing: { kind: 'given' },
        ties: firsts.map((first, m) => ({
          home: { kind: 'club', club: first.home },
          away: { kind: 'club', club: first.away },
          matches: [first, seconds[m] as Match],
          ...extra(first.home, first.away),
        })),
      });
      continue;
    }
    rounds.push({
      name: round.name,
      legs: 1,
      pairing: { kind: 'given' },
      ties: round.matches.map((match) => ({
        home: { kind: 'club', club: match.home },
        away: { kind: 'club', club: match.away },
        matches: [match],
        ...extra(match.home, match.away),
      })),
    });
  }
  return rounds;
}
