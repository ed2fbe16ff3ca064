import type { ClubId } from '../model/club.ts';
import type { Match } from '../model/match.ts';
import type { RuleSet } from '../model/rule-set.ts';
import { type Ruling, rulingConcerns, type TableDecision } from '../model/ruling.ts';
import { nameKey } from '../records/club-names.ts';
import { describeRow, printedRows, type TableStatus } from '../records/record-tables.ts';
import type { AsOf } from '../standings/apply-rulings.ts';
import { computeStandings } from '../standings/compute-standings.ts';
import type { Language } from '../standings/tiebreaker-values.ts';
import { decideTie } from './decide-tie.ts';
import type {
  EditionFormat,
  EditionRuling,
  GroupFormat,
  KnockoutStageFormat,
  LeagueStageFormat,
  OutcomeRule,
  PrintedRow,
  Slot,
  StageFormat,
  TieRule,
} from './edition-format.ts';
import type {
  EditionState,
  GroupState,
  Movement,
  SlotState,
  StageState,
  TieState,
} from './edition-state.ts';
import { type EditionWords, editionWords } from './edition-words.ts';
import { listMatches } from './match-ids.ts';

/** What running an edition needs besides its format. */
export interface RunEditionOptions {
  /** The state as it was at the end of a date or a round. */
  readonly asOf?: AsOf;
  /** Other editions' states, for clubs that come from them (relegated, promoted). */
  readonly others?: readonly EditionState[];
  /** The language of the tables' explanations (English). */
  readonly language?: Language;
}

/** The default chain for a knockout tie: aggregate, away goals, extra time, penalties. */
const DEFAULT_TIE_RULES: readonly TieRule[] = [
  { kind: 'aggregate' },
  { kind: 'extraTime' },
  { kind: 'penalties' },
];

/**
 * Runs an edition from its first stage to its outcomes: each stage's entrants are filled from the
 * stages before it (and from other editions), tables are computed with the stage's rules and the
 * rulings in force, ties are decided by the stage's chain, and the outcomes (champion, promoted,
 * relegated) follow. Everything is derived: a corrected result or a new ruling changes everything
 * downstream of it.
 *
 * @example
 * runEdition(copaPeru1993).champion //=> 'aurich-canana'
 */
export function runEdition(format: EditionFormat, options: RunEditionOptions = {}): EditionState {
  return new EditionRun(format, options).run();
}

/** @internal */
class EditionRun {
  readonly #format: EditionFormat;
  readonly #asOf: AsOf | undefined;
  readonly #language: Language | undefined;
  readonly #words: EditionWords;
  readonly #others: readonly EditionState[];
  readonly #rulings: readonly EditionRuling[];
  readonly #states = new Map<string, StageState>();
  readonly #warnings: string[] = [];
  readonly #promoted: Movement[] = [];
  readonly #relegated: Movement[] = [];
  readonly #teamChanges = new Map<string, ClubId[]>();
  /** {@link #groupsOfClubs}, by stage. */
  readonly #clubGroups = new Map<string, ReadonlyMap<ClubId, readonly string[]>>();
  /** The edition's clubs' names by id. */
  readonly #names: ReadonlyMap<ClubId, string>;
  #champion: ClubId | null = null;

  constructor(format: EditionFormat, options: RunEditionOptions) {
    this.#format = format;
    this.#asOf = options.asOf;
    this.#language = options.language;
    this.#words = editionWords(options.language);
    this.#others = options.others ?? [];
    const names = new Map<ClubId, string>();
    for (const club of format.clubs) if (!names.has(club.id)) names.set(club.id, club.name);
    this.#names = names;
    const by = options.asOf?.date;
    this.#rulings = format.rulings.filter(
      (ruling) => by === undefined || ruling.date === undefined || ruling.date <= by,
    );
  }

  run(): EditionState {
    for (const stage of this.#format.stages) {
      const state = this.#runStage(stage);
      this.#states.set(stage.id, state);
      this.#applyOutcomes(stage, state);
    }
    for (const ruling of this.#rulings) {
      if (ruling.kind !== 'relegation' && ruling.kind !== 'promotion') continue;
      const to = ruling.to;
      (ruling.kind === 'relegation' ? this.#relegated : this.#promoted).push({
        club: ruling.club,
        to: to ? [to.edition, to.competition].filter(Boolean).join(' ') : ruling.reason,
        ...(to?.competition ? { competition: to.competition } : {}),
        ...(to?.edition ? { edition: to.edition } : {}),
      });
    }
    return {
      competition: this.#format.competition,
      edition: this.#format.edition,
      champion: this.#champion,
      promoted: this.#promoted,
      relegated: this.#relegated,
      stages: [...this.#states.values()],
      teamChanges: [...this.#teamChanges].map(([heading, clubs]) => ({ heading, clubs })),
      warnings: this.#warnings,
    };
  }

  #runStage(stage: StageFormat): StageState {
    const base = { id: stage.id, name: stage.name, kind: stage.kind };
    switch (stage.kind) {
      case 'qualification': {
        const qualified = stage.qualified.map((qualifier) => ({
          label: this.#words.placeOf(qualifier.place, qualifier.label),
          club: qualifier.club ?? null,
        }));
        const entrants = stage.entrants.map((slot) => this.#slotState(slot, stage.id));
        const known = qualified.every((slot) => slot.club !== null);
        const status = known ? 'complete' : stage.matchesUnknown ? 'unknown' : 'in progress';
        return { ...base, status, groups: [], ties: [], entrants, qualified };
      }
      case 'league':
      case 'table': {
        const group = this.#runGroup(stage, stage);
        return {
          ...base,
          status: statusOf(stage, [group]),
          groups: [group],
          ties: [],
          entrants: [],
          qualified: [],
        };
      }
      case 'groups': {
        const groups = stage.groups.map((group) => this.#runGroup(stage, group));
        return {
          ...base,
          status: statusOf(stage, groups),
          groups,
          ties: [],
          entrants: [],
          qualified: [],
        };
      }
      case 'knockout': {
        const ties = this.#runKnockout(stage);
        const decided = ties.every((tie) => tie.winner !== null);
        const started = ties.some((tie) => tie.legs.some((leg) => leg.status !== 'scheduled'));
        const status =
          decided && ties.length > 0
            ? 'complete'
            : started
              ? 'in progress'
              : stage.matchesUnknown
                ? 'unknown'
                : 'not started';
        return { ...base, status, groups: [], ties, entrants: [], qualified: [] };
      }
    }
  }

  #runGroup(
    stage: StageFormat,
    {
      id,
      name,
      entrants,
      rounds,
      printed,
      sums = [],
      sumsMatches = 'between',
    }: GroupFormat | LeagueStageFormat,
  ): GroupState {
    const slots = entrants.map((slot) => this.#slotState(slot, stage.id));
    if (stage.matchesUnknown && printed && printed.length > 0) {
      return this.#printedGroup(stage, { id, name, printed }, slots);
    }
    const clubs = slots.flatMap((slot) => (slot.club === null ? [] : [slot.club]));
    const matches = [
      ...rounds.flatMap((round, index) =>
        round.matches.map((match) => ({
          ...match,
          ...(match.date === undefined && round.date !== undefined ? { date: round.date } : {}),
          ...(match.round === undefined ? { round: index + 1 } : {}),
        })),
      ),
      ...this.#summedMatches(stage, id, sums, sumsMatches, new Set(clubs)),
    ];
    const rules = stage.rules ?? this.#format.rules;
    const known = new Set([...clubs, ...matches.flatMap((match) => [match.home, match.away])]);
    // Carrying every result of its clubs, the table ranks them, not the clubs they played.
    const ranked =
      sumsMatches === 'all'
        ? [
            ...new Set([
              ...clubs,
              ...rounds.flatMap((round) =>
                round.matches.flatMap((match) => [match.home, match.away]),
              ),
            ]),
          ]
        : undefined;
    // A ruling on a club of the stage's other group is that group's (a deduction printed there).
    const groupsOf = this.#groupsOfClubs(stage);
    const others = {
      has: (club: ClubId) => groupsOf.get(club)?.some((group) => group !== id) ?? false,
    };
    const rulings = [
      ...this.#stageRulings(stage.id, known, others),
      ...this.#summedRulings(stage.id, sums, known),
    ];
    const earlier = stage.earlierRankFrom === undefined ? [] : this.#ranking(stage.earlierRankFrom);
    const standings = computeStandings({
      matches,
      rules,
      rulings,
      clubs: [...known].map((club) => ({ id: club, name: this.#nameOf(club) })),
      earlierRanks: Object.fromEntries(earlier.map((club, index) => [club, index + 1])),
      ...(ranked ? { ranked } : {}),
      ...(this.#asOf ? { asOf: this.#asOf } : {}),
      ...(this.#language ? { language: this.#language } : {}),
    });
    for (const warning of standings.warnings) this.#warnings.push(`${name}: ${warning}`);
    // A club that withdrew forfeits what it had left to play: those matches are not pending.
    const forfeiting = new Set(
      rulings.flatMap((ruling) =>
        ruling.kind === 'withdrawal' && ruling.results === 'forfeitRemaining' ? [ruling.club] : [],
      ),
    );
    const pending = matches.filter(
      (match) => !this.#counts(match) && !forfeiting.has(match.home) && !forfeiting.has(match.away),
    ).length;
    const complete =
      slots.every((slot) => slot.club !== null) &&
      matches.length > 0 &&
      pending === 0 &&
      !stage.matchesUnknown;
    const outcomes = complete
      ? this.#outcomeStatuses(
          stage,
          name,
          standings.rows.map((row) => row.club),
        )
      : new Map<ClubId, { status: TableStatus; notes: string[] }>();
    const table = standings.rows.map((row, index, rows) =>
      describeRow(
        row,
        index,
        rows,
        outcomes.get(row.club)?.status,
        outcomes.get(row.club)?.notes,
        this.#language,
      ),
    );
    const summed = sums.flatMap((source) =>
      source !== stage.id
        ? [this.#stageName(source)]
        : stage.kind === 'groups'
          ? stage.groups.filter((group) => group.id !== id).map((group) => group.name)
          : [],
    );
    return {
      id,
      name,
      entrants: slots,
      complete,
      pending,
      table,
      standings,
      ...(summed.length > 0 ? { sums: summed } : {}),
      ...(summed.length > 0 && sumsMatches === 'all' ? { sumsMatches: 'all' as const } : {}),
    };
  }

  /**
   * A table a source prints for a stage whose matches are not known: shown as printed, its order
   * deciding the stage's outcomes. An entrant missing from it, or a row whose club is not an
   * entrant, is reported.
   */
  #printedGroup(
    stage: StageFormat,
    { id, name, printed }: { id: string; name: string; printed: readonly PrintedRow[] },
    slots: readonly SlotState[],
  ): GroupState {
    const listed = new Set(printed.map((row) => row.club));
    const entered = new Set(slots.flatMap((slot) => (slot.club === null ? [] : [slot.club])));
    for (const club of entered) {
      if (!listed.has(club)) {
        this.#warnings.push(`${name}: ${this.#nameOf(club)} is not in the printed table`);
      }
    }
    for (const club of listed) {
      if (entered.size > 0 && !entered.has(club)) {
        this.#warnings.push(`${name}: ${this.#nameOf(club)} is printed but did not enter`);
      }
    }
    const rows = printedRows(
      printed.map(({ note, ...row }) => ({ ...row, notes: note ? [note] : [] })),
      (club) => this.#nameOf(club),
    );
    const outcomes = this.#outcomeStatuses(
      stage,
      name,
      rows.map((row) => row.clubId),
    );
    const table = rows.map((row) => {
      const outcome = outcomes.get(row.clubId);
      const notes = [...(outcome?.notes ?? []), ...(row.note ? [row.note] : [])];
      const { note: _note, ...plain } = row;
      return {
        ...plain,
        ...(outcome ? { status: outcome.status } : {}),
        ...(notes.length > 0 ? { note: notes.join('; ') } : {}),
      };
    });
    return { id, name, entrants: slots, complete: true, pending: 0, table, printed: true };
  }

  /** Whether a match counts by the as-of moment. */
  #counts(match: Match): boolean {
    const asOf = this.#asOf;
    if (asOf?.date !== undefined && match.date !== undefined && match.date > asOf.date)
      return false;
    if (asOf?.round !== undefined && match.round !== undefined && match.round > asOf.round)
      return false;
    return (
      match.awarded !== undefined ||
      match.status === 'played' ||
      match.status === 'annulled' ||
      match.status === 'cancelled'
    );
  }

  #runKnockout(stage: KnockoutStageFormat): TieState[] {
    const ties: TieState[] = [];
    let previous: TieState[] = [];
    for (const round of stage.rounds) {
      const pairs: [SlotState, SlotState][] = [];
      if (round.pairing.kind === 'seeded') {
        const ranking = this.#ranking(round.pairing.stage).slice(0, round.pairing.count);
        this.#warnSharedSeeds(round.pairing.stage, round.pairing.count + 1, round.name);
        for (let i = 0; i < round.pairing.count / 2; i += 1) {
          const better = i + 1;
          const worse = round.pairing.count - i;
          pairs.push([
            {
              label: this.#words.nthOf(
                worse,
                this.#words.theStage(this.#stageName(round.pairing.stage)),
              ),
              club: ranking[worse - 1] ?? null,
            },
            {
              label: this.#words.nthOf(
                better,
                this.#words.theStage(this.#stageName(round.pairing.stage)),
              ),
              club: ranking[better - 1] ?? null,
            },
          ]);
        }
      } else if (round.pairing.kind === 'bracket') {
        const previousName = previous[0]?.round ?? '';
        for (let i = 0; i + 1 < previous.length; i += 2) {
          pairs.push([
            {
              label: this.#words.tieResult('winner', i + 1, previousName),
              club: previous[i]?.winner ?? null,
            },
            {
              label: this.#words.tieResult('winner', i + 2, previousName),
              club: previous[i + 1]?.winner ?? null,
            },
          ]);
        }
      } else {
        for (const tie of round.ties) {
          pairs.push([
            tie.home
              ? this.#slotState(tie.home, stage.id, round.id)
              : { label: this.#words.toBeDrawn, club: null },
            tie.away
              ? this.#slotState(tie.away, stage.id, round.id)
              : { label: this.#words.toBeDrawn, club: null },
          ]);
        }
      }
      const roundTies = pairs.map(([home, away], index): TieState => {
        const given = round.ties[index];
        const replaced = (slot: SlotState): SlotState =>
          slot.replaced ? slot : this.#replaced(slot, slot.club, stage.id, round.id);
        const h = replaced(home);
        const a = replaced(away);
        const legs = (given?.matches ?? []).map((match) =>
          this.#counts(match) ? match : notYetPlayed(match),
        );
        const extraMatch =
          given?.extraMatch && this.#counts(given.extraMatch) ? given.extraMatch : undefined;
        const base = {
          round: round.name,
          roundId: round.id,
          home: h,
          away: a,
          legs,
          ...(extraMatch ? { extraMatch } : {}),
        };
        if (h.club === null || a.club === null)
          return { ...base, winner: null, decidedBy: null, aggregate: [0, 0] };
        const award = this.#rulings.find(
          (ruling) =>
            ruling.kind === 'tieAward' &&
            ruling.stage === stage.id &&
            ruling.clubs.includes(h.club ?? '') &&
            ruling.clubs.includes(a.club ?? ''),
        );
        if (award?.kind === 'tieAward') {
          return {
            ...base,
            winner: award.winner,
            decidedBy: this.#words.tie.byRuling(award.reason, award.authority),
            aggregate: [0, 0],
          };
        }
        const lots = this.#lotsBetween(h.club, a.club);
        const decision = decideTie(h.club, a.club, legs, extraMatch, {
          rules: stage.tieRules ?? this.#format.tieRules ?? DEFAULT_TIE_RULES,
          legs: round.legs,
          singleVenue: stage.singleVenue === true,
          placeIn: (stageId, club) => {
            const position = this.#ranking(stageId).indexOf(club);
            return position === -1
              ? undefined
              : { position: position + 1, stageName: this.#stageName(stageId) };
          },
          ...(lots ? { lots } : {}),
          words: this.#words,
        });
        return { ...base, ...decision };
      });
      ties.push(...roundTies);
      previous = roundTies;
      // Later rounds of the same stage may take a tie's loser (a third-place match): let slots
      // see the ties decided so far.
      this.#states.set(stage.id, {
        id: stage.id,
        name: stage.name,
        kind: 'knockout',
        status: 'in progress',
        groups: [],
        ties: [...ties],
        entrants: [],
        qualified: [],
      });
    }
    return ties;
  }

  /** Clubs that share a place within the seeded positions are seeded in the table's order: say so. */
  #warnSharedSeeds(stageId: string, through: number, round: string): void {
    const table = this.#states.get(stageId)?.groups[0]?.table ?? [];
    const shared = new Map<number, string[]>();
    for (const row of table) {
      if (!row.shared || row.position > through) continue;
      shared.set(row.position, [...(shared.get(row.position) ?? []), row.club]);
    }
    for (const [position, clubs] of shared) {
      this.#warnings.push(
        `${round}: ${clubs.join(' and ')} share place ${position} of the ${this.#stageName(stageId)}; they were seeded in the table's order (by name) — record a drawing of lots to decide it`,
      );
    }
  }

  /** The clubs of a table stage in order (the first group's), for seeding and "better placed". */
  #ranking(stageId: string): ClubId[] {
    const group = this.#states.get(stageId)?.groups[0];
    return group?.table.map((row) => row.clubId) ?? [];
  }

  #lotsBetween(a: ClubId, b: ClubId): { winner: ClubId; date?: string } | undefined {
    for (const ruling of this.#rulings) {
      if (ruling.kind !== 'drawingOfLots') continue;
      const decision: TableDecision = ruling;
      if (!decision.clubs.includes(a) || !decision.clubs.includes(b)) continue;
      const winner = decision.order.find((club) => club === a || club === b);
      if (winner) return decision.date ? { winner, date: decision.date } : { winner };
    }
    return undefined;
  }

  /**
   * Rulings on results and tables that concern a stage's group of `clubs`: those of the stage,
   * but for the ones on clubs of its other groups only (`others`), and those of no stage that
   * concern its clubs.
   */
  #stageRulings(
    stageId: string,
    clubs: ReadonlySet<ClubId>,
    others: { has(club: ClubId): boolean } = new Set(),
  ): Ruling[] {
    const found: Ruling[] = [];
    for (const ruling of this.#rulings) {
      if (
        ruling.kind === 'replacement' ||
        ruling.kind === 'tieAward' ||
        ruling.kind === 'relegation' ||
        ruling.kind === 'promotion'
      )
        continue;
      if (ruling.stage !== undefined && ruling.stage !== stageId) continue;
      const { stage: _stage, ...plain } = ruling;
      if (!rulingConcerns(plain, clubs)) {
        if (ruling.stage === undefined || rulingConcerns(plain, others)) continue;
      }
      found.push(plain);
    }
    return found;
  }

  /**
   * The groups of a groups stage each club is named in (as an entrant or in a match), worked out
   * once per stage: a stage of thousands of groups asks it for each of them.
   */
  #groupsOfClubs(stage: StageFormat): ReadonlyMap<ClubId, readonly string[]> {
    const known = this.#clubGroups.get(stage.id);
    if (known) return known;
    const found = new Map<ClubId, string[]>();
    for (const group of stage.kind === 'groups' ? stage.groups : []) {
      const add = (club: ClubId) => {
        const list = found.get(club) ?? [];
        if (list.at(-1) !== group.id) list.push(group.id);
        found.set(club, list);
      };
      for (const slot of group.entrants) if (slot.kind === 'club') add(slot.club);
      for (const round of group.rounds) {
        for (const match of round.matches) {
          add(match.home);
          add(match.away);
        }
      }
    }
    this.#clubGroups.set(stage.id, found);
    return found;
  }

  /**
   * The matches of `clubs` in the stages a table sums (its own stage standing for its other
   * groups): between two of them, or all they played. Each with its id and its round's date; not
   * its round's number, which is another stage's.
   */
  #summedMatches(
    stage: StageFormat,
    groupId: string,
    sums: readonly string[],
    which: 'between' | 'all',
    clubs: ReadonlySet<ClubId>,
  ): Match[] {
    const found: Match[] = [];
    for (const source of this.#format.stages) {
      if (!sums.includes(source.id)) continue;
      const part =
        source.id !== stage.id
          ? source
          : source.kind === 'groups'
            ? { ...source, groups: source.groups.filter((group) => group.id !== groupId) }
            : undefined;
      if (!part) continue;
      for (const { id, match } of listMatches({ ...this.#format, stages: [part] })) {
        const home = clubs.has(match.home);
        const away = clubs.has(match.away);
        if (which === 'all' ? home || away : home && away) found.push({ ...match, id });
      }
    }
    return found;
  }

  /**
   * The rulings of the stages a table sums that decide results (an awarded result, a withdrawal, a
   * record taken over): those results count in the table as they do in their own stage. A
   * stage's deductions and decisions between clubs level are its own table's.
   */
  #summedRulings(stageId: string, sums: readonly string[], clubs: ReadonlySet<ClubId>): Ruling[] {
    const found: Ruling[] = [];
    for (const ruling of this.#rulings) {
      if (
        (ruling.kind !== 'awardedResult' &&
          ruling.kind !== 'withdrawal' &&
          ruling.kind !== 'recordTransfer') ||
        ruling.stage === undefined ||
        ruling.stage === stageId ||
        !sums.includes(ruling.stage)
      )
        continue;
      const { stage: _stage, ...plain } = ruling;
      if (rulingConcerns(plain, clubs)) found.push(plain);
    }
    return found;
  }

  #slotState(slot: Slot, stageId: string, round?: string): SlotState {
    const state = this.#replaced({ label: this.#label(slot) }, this.#resolve(slot), stageId, round);
    const club = state.club;
    if (slot.kind === 'external' && club !== null) {
      const heading = this.#words.external(slot.outcome, `${slot.edition} ${slot.competition}`);
      const list = this.#teamChanges.get(heading) ?? [];
      if (!list.includes(club)) list.push(club);
      this.#teamChanges.set(heading, list);
    }
    return state;
  }

  /**
   * The place of `club` in a stage (and round): the club itself, or the one a replacement ruling
   * put in it, with the club it replaced and the ruling, said in the edition's words.
   */
  #replaced(
    slot: Pick<SlotState, 'label'>,
    club: ClubId | null,
    stageId: string,
    round?: string,
  ): SlotState {
    if (club === null) return { ...slot, club };
    for (const ruling of this.#rulings) {
      if (ruling.kind !== 'replacement' || ruling.stage !== stageId || ruling.out !== club)
        continue;
      if (ruling.round !== undefined && round !== undefined && ruling.round !== round) continue;
      return {
        ...slot,
        club: ruling.in,
        replaced: {
          club,
          note: this.#words.inPlaceOf(
            this.#nameOf(ruling.in),
            this.#nameOf(club),
            ruling.date,
            ruling.reason,
            ruling.authority,
          ),
        },
      };
    }
    return { ...slot, club };
  }

  #resolve(slot: Slot): ClubId | null {
    switch (slot.kind) {
      case 'club':
        return slot.club;
      case 'position': {
        const state = this.#states.get(slot.stage);
        const group =
          slot.group === undefined
            ? state?.groups[0]
            : state?.groups.find(
                (candidate) => candidate.id === slot.group || candidate.name === slot.group,
              );
        if (!group?.complete) return null;
        const row = group.table.find(
          (candidate) => candidate.position === slot.position && !candidate.shared,
        );
        return row?.clubId ?? null;
      }
      case 'best': {
        const state = this.#states.get(slot.stage);
        if (!state || state.groups.some((group) => !group.complete)) return null;
        const stage = this.#format.stages.find((candidate) => candidate.id === slot.stage);
        const chain = (stage?.rules ?? this.#format.rules).tiebreakers;
        const rows = state.groups.flatMap((group) =>
          group.table.filter((row) => row.position === slot.position),
        );
        rows.sort((x, y) => compareRows(x, y, chain));
        return rows[slot.rank - 1]?.clubId ?? null;
      }
      case 'tie': {
        const tie = this.#states
          .get(slot.stage)
          ?.ties.filter((candidate) => candidate.round === this.#roundName(slot.stage, slot.round))[
          slot.tie - 1
        ];
        if (!tie?.winner) return null;
        if (slot.result === 'winner') return tie.winner;
        return tie.winner === tie.home.club ? tie.away.club : tie.home.club;
      }
      case 'qualifier': {
        const stage = this.#format.stages.find((candidate) => candidate.id === slot.stage);
        if (stage?.kind !== 'qualification') return null;
        return (
          stage.qualified.find(
            (qualifier) =>
              nameKey(qualifier.label) === nameKey(slot.label) && qualifier.place === slot.place,
          )?.club ?? null
        );
      }
      case 'external': {
        if (slot.club !== undefined) return slot.club;
        const other = this.#others.find(
          (state) =>
            nameKey(state.competition) === nameKey(slot.competition) &&
            state.edition === slot.edition,
        );
        if (!other) return null;
        const list =
          slot.outcome === 'champion'
            ? other.champion
              ? [{ club: other.champion }]
              : []
            : slot.outcome === 'promoted'
              ? other.promoted
              : other.relegated;
        return list[(slot.index ?? 1) - 1]?.club ?? null;
      }
    }
  }

  #label(slot: Slot): string {
    switch (slot.kind) {
      case 'club':
        return this.#nameOf(slot.club);
      case 'position': {
        const where =
          slot.group === undefined
            ? this.#words.theStage(this.#stageName(slot.stage))
            : this.#words.groupOfStage(
                this.#groupName(slot.stage, slot.group),
                this.#stageName(slot.stage),
              );
        return this.#words.placeOf(slot.position, where);
      }
      case 'best':
        return this.#words.bestOf(slot.rank, slot.position, this.#stageName(slot.stage));
      case 'tie':
        return this.#words.tieResult(
          slot.result,
          slot.tie,
          this.#roundName(slot.stage, slot.round),
        );
      case 'qualifier':
        return this.#words.placeOf(slot.place, slot.label);
      case 'external':
        return this.#words.external(slot.outcome, `${slot.edition} ${slot.competition}`);
    }
  }

  /** Statuses of a finished table from its stage's outcome rules, with where clubs go. */
  #outcomeStatuses(
    stage: StageFormat,
    group: string,
    order: readonly ClubId[],
  ): Map<ClubId, { status: TableStatus; notes: string[] }> {
    const outcomes = new Map<ClubId, { status: TableStatus; notes: string[] }>();
    for (const rule of stage.outcomes) {
      if (rule.group !== undefined && nameKey(rule.group) !== nameKey(group)) continue;
      for (const position of rule.positions ?? []) {
        const club = order[position - 1];
        const status = statusOfOutcome(rule);
        if (club === undefined || !status) continue;
        // The first outcome listed shows as the status (champion before promoted); the others
        // say where the club goes.
        const found = outcomes.get(club) ?? { status, notes: [] };
        const target = rule.to
          ? [rule.to.edition, rule.to.competition].filter(Boolean).join(' ') ||
            (rule.to.stage === undefined ? undefined : this.#stageName(rule.to.stage))
          : undefined;
        if (
          target &&
          (rule.outcome === 'promoted' ||
            rule.outcome === 'relegated' ||
            rule.outcome === 'qualified')
        ) {
          found.notes.push(this.#words.goesTo(rule.outcome, target));
        }
        outcomes.set(club, found);
      }
    }
    return outcomes;
  }

  #applyOutcomes(stage: StageFormat, state: StageState): void {
    const apply = (rule: OutcomeRule, club: ClubId): void => {
      if (rule.outcome === 'champion') this.#champion = club;
      const to = rule.to;
      const target = to
        ? [to.edition, to.competition].filter(Boolean).join(' ') || to.stage || ''
        : '';
      const movement: Movement = {
        club,
        to: target,
        ...(to?.competition ? { competition: to.competition } : {}),
        ...(to?.edition ? { edition: to.edition } : {}),
      };
      if (rule.outcome === 'promoted') this.#promoted.push(movement);
      if (rule.outcome === 'relegated') this.#relegated.push(movement);
    };
    for (const rule of stage.outcomes) {
      if (rule.tieResult !== undefined) {
        const last = state.ties.at(-1);
        if (!last?.winner) continue;
        const club =
          rule.tieResult === 'winner'
            ? last.winner
            : last.winner === last.home.club
              ? last.away.club
              : last.home.club;
        if (club) apply(rule, club);
        continue;
      }
      for (const group of state.groups) {
        if (!group.complete) continue;
        if (rule.group !== undefined && nameKey(rule.group) !== nameKey(group.name)) continue;
        for (const position of rule.positions ?? []) {
          const club = group.table[position - 1]?.clubId;
          if (club) apply(rule, club);
        }
      }
    }
  }

  #nameOf(club: ClubId): string {
    return this.#names.get(club) ?? club;
  }

  #stageName(stageId: string): string {
    return this.#format.stages.find((stage) => stage.id === stageId)?.name ?? stageId;
  }

  #groupName(stageId: string, groupId: string): string {
    const stage = this.#format.stages.find((candidate) => candidate.id === stageId);
    return stage?.kind === 'groups'
      ? (stage.groups.find((group) => group.id === groupId)?.name ?? groupId)
      : groupId;
  }

  #roundName(stageId: string, roundId: string): string {
    const stage = this.#format.stages.find((candidate) => candidate.id === stageId);
    return stage?.kind === 'knockout'
      ? (stage.rounds.find((round) => round.id === roundId)?.name ?? roundId)
      : roundId;
  }
}

/** A match as it stood before it was played: its clubs, date and round, no score. @internal */
function notYetPlayed(match: Match): Match {
  return {
    home: match.home,
    away: match.away,
    status: 'scheduled',
    ...(match.date !== undefined ? { date: match.date } : {}),
    ...(match.round !== undefined ? { round: match.round } : {}),
    ...(match.neutral !== undefined ? { neutral: match.neutral } : {}),
  };
}

/** @internal */
function statusOf(stage: StageFormat, groups: readonly GroupState[]): StageState['status'] {
  if (groups.every((group) => group.complete)) return 'complete';
  const started = groups.some((group) => group.table.some((row) => row.played > 0));
  if (started) return 'in progress';
  return stage.matchesUnknown ? 'unknown' : 'not started';
}

/** @internal */
function statusOfOutcome(rule: OutcomeRule): TableStatus | undefined {
  switch (rule.outcome) {
    case 'champion':
      return 'champion';
    case 'promoted':
      return 'promoted';
    case 'relegated':
      return 'relegated';
    case 'qualified':
    case 'nextEdition':
      return 'qualified';
    case 'eliminated':
      return 'eliminated';
  }
}

/** Orders rows of different groups by the record criteria of a chain. @internal */
function compareRows(
  x: {
    points: number;
    played: number;
    goalDifference: number;
    goalsFor: number;
    goalsAgainst: number;
    won: number;
    club: string;
  },
  y: typeof x,
  chain: RuleSet['tiebreakers'],
): number {
  for (const tiebreaker of chain) {
    let difference = 0;
    switch (tiebreaker.kind) {
      case 'points':
        difference = y.points - x.points;
        break;
      case 'pointsPerGame':
        difference = y.points / Math.max(1, y.played) - x.points / Math.max(1, x.played);
        break;
      case 'goalDifference':
        difference = y.goalDifference - x.goalDifference;
        break;
      case 'goalAverage':
        difference =
          y.goalsFor / Math.max(1, y.goalsAgainst) - x.goalsFor / Math.max(1, x.goalsAgainst);
        break;
      case 'goalsFor':
        difference = y.goalsFor - x.goalsFor;
        break;
      case 'goalsAgainst':
        difference = x.goalsAgainst - y.goalsAgainst;
        break;
      case 'wins':
        difference = y.won - x.won;
        break;
      default:
        break;
    }
    if (difference !== 0) return difference;
  }
  return x.club < y.club ? -1 : x.club > y.club ? 1 : 0;
}
