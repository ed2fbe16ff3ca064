import { editionWords } from '../format/edition-words.ts';
import type { ClubId } from '../model/club.ts';
import type { Match } from '../model/match.ts';
import type { RuleSet } from '../model/rule-set.ts';
import { type Ruling, rulingConcerns } from '../model/ruling.ts';
import type {
  PrintedFigures,
  PublishedRow,
  RecordGroup,
  SeasonRecord,
} from '../model/season-record.ts';
import type { AsOf } from '../standings/apply-rulings.ts';
import {
  computeStandings,
  type StandingRow,
  type Standings,
} from '../standings/compute-standings.ts';
import type { Language } from '../standings/tiebreaker-values.ts';
import { promotionsInProse } from './promotion-in-prose.ts';

/** The outcome a table shows for a club. */
export type TableStatus =
  | 'champion'
  | 'promoted'
  | 'relegated'
  | 'qualified'
  | 'eliminated'
  | 'withdrawn';

/** One row of a record's table, as `torneo table --json` prints it. */
export interface RecordTableRow {
  readonly position: number;
  readonly shared: boolean;
  readonly club: string;
  readonly clubId: ClubId;
  readonly played: number;
  readonly won: number;
  readonly drawn: number;
  readonly lost: number;
  readonly goalsFor: number;
  readonly goalsAgainst: number;
  readonly goalDifference: number;
  readonly points: number;
  readonly status?: TableStatus;
  /** Why the club is above the next one where a tie was broken, deductions, printed notes. */
  readonly note?: string;
}

/** The table of one group, or the ties of a knockout group. */
export interface RecordGroupTable {
  readonly name: string;
  /**
   * `league` when clubs meet several opponents (a table applies); `knockout` otherwise; `printed`
   * for a printed table with no results to compute it from (its rows then are the printed ones).
   */
  readonly kind: 'league' | 'knockout' | 'printed';
  readonly table: readonly RecordTableRow[];
  /** The engine's own result, for explanations. */
  readonly standings?: Standings;
  /** The rule set the table was computed with. */
  readonly rules?: RuleSet;
  /** True when the printed order was kept over the order the rules give. */
  readonly publishedOrderKept: boolean;
  /** True when the group has no results of its own and its table sums the earlier ones. */
  readonly fromEarlierStages: boolean;
}

/** The tables of one stage. */
export interface RecordStageTables {
  readonly name: string;
  readonly groups: readonly RecordGroupTable[];
}

/** What a record's tables are computed with. */
export interface RecordTableOptions {
  /** The rule set for a stage and group, given what the source printed. */
  readonly rulesFor: (group: RecordGroup) => RuleSet;
  /** The tables as they stood after a date or a round. */
  readonly asOf?: AsOf;
  /** The language of the tables' explanations (English). */
  readonly language?: Language;
}

/**
 * Computes the table of every league group of a record. Deductions printed beside a table and
 * rulings stated by the source apply; a play-off listed with a group decides the clubs it was
 * played between; where the source prints an order the rules cannot give (a shared place, a
 * decision outside the results) and the records are the same, the printed order is kept.
 */
export function computeRecordTables(
  record: SeasonRecord,
  options: RecordTableOptions,
): RecordStageTables[] {
  const lastStage = record.stages.at(-1);
  const earlierOf = tablesFromEarlierStages(record);
  return record.stages.map((stage) => ({
    name: stage.name,
    groups: stage.groups.map((group): RecordGroupTable => {
      const earlier = earlierOf.get(group)?.matches;
      const fromEarlier = earlier !== undefined;
      const matches = earlier ?? group.rounds.flatMap((round) => round.matches);
      if (fromEarlier && matches.length === 0) {
        return {
          name: group.name,
          kind: 'printed',
          table: printedTable(group, record),
          publishedOrderKept: false,
          fromEarlierStages: false,
        };
      }
      if (!isLeague(group, matches)) {
        return {
          name: group.name,
          kind: 'knockout',
          table: [],
          publishedOrderKept: false,
          fromEarlierStages: false,
        };
      }
      const decisions = playOffDecisions(
        group,
        (id) => record.clubs.find((club) => club.id === id)?.name ?? id,
        options.language,
      );
      const rules =
        decisions.length > 0
          ? playOffAfterPoints(options.rulesFor(group))
          : options.rulesFor(group);
      const rulings: Ruling[] = [
        ...record.rulings.filter((ruling) =>
          rulingConcerns(ruling, new Set(matches.flatMap((match) => [match.home, match.away]))),
        ),
        ...printedAdjustments(group, options.language),
        ...decisions,
      ];
      const clubs = clubsOfGroup(group, matches).map((id) => ({
        id,
        name: record.clubs.find((club) => club.id === id)?.name ?? id,
      }));
      const standings = computeStandings({
        matches,
        rules,
        rulings,
        clubs,
        ...(options.asOf ? { asOf: options.asOf } : {}),
        ...(options.language ? { language: options.language } : {}),
      });
      const isFinal = stage === lastStage && stage.groups.length === 1;
      const { rows, kept } = options.asOf
        ? { rows: standings.rows, kept: false }
        : keepPublishedOrder(standings.rows, group);
      return {
        name: group.name,
        kind: 'league',
        table: rows.map((row, index) =>
          tableRow(row, index, rows, group, record, isFinal, options.language),
        ),
        standings,
        rules,
        publishedOrderKept: kept,
        fromEarlierStages: fromEarlier,
      };
    }),
  }));
}

/**
 * The groups whose table a source prints without results of its own (an aggregate of Apertura and
 * Clausura, a combined table printed apart), each with the earlier results among its clubs, from
 * which it is computed.
 */
export function tablesFromEarlierStages(
  record: SeasonRecord,
): Map<RecordGroup, { matches: Match[]; from: RecordGroup[] }> {
  const found = new Map<RecordGroup, { matches: Match[]; from: RecordGroup[] }>();
  const earlier: { match: Match; group: RecordGroup }[] = [];
  for (const stage of record.stages) {
    for (const group of stage.groups) {
      const own = group.rounds.flatMap((round) => round.matches);
      const printedClubs = new Set(group.published?.rows.map((row) => row.club) ?? []);
      if (own.length === 0 && printedClubs.size > 0) {
        const among = earlier.filter(
          ({ match }) => printedClubs.has(match.home) && printedClubs.has(match.away),
        );
        found.set(group, {
          matches: among.map(({ match }) => match),
          from: [...new Set(among.map((entry) => entry.group))],
        });
      }
      earlier.push(...own.map((match) => ({ match, group })));
    }
  }
  return found;
}

/** @internal */
function isLeague(group: RecordGroup, matches: readonly Match[]): boolean {
  if (group.published) return true;
  const opponents = new Map<ClubId, Set<ClubId>>();
  for (const match of matches) {
    for (const [club, other] of [
      [match.home, match.away],
      [match.away, match.home],
    ] as const) {
      const set = opponents.get(club) ?? new Set<ClubId>();
      set.add(other);
      opponents.set(club, set);
    }
  }
  return opponents.size >= 3 && [...opponents.values()].every((set) => set.size >= 2);
}

/** @internal */
function clubsOfGroup(group: RecordGroup, matches: readonly Match[]): ClubId[] {
  const clubs = new Set<ClubId>();
  for (const row of group.published?.rows ?? []) clubs.add(row.club);
  for (const match of matches) {
    clubs.add(match.home);
    clubs.add(match.away);
  }
  return [...clubs];
}

/**
 * The points a note beside a printed row adds or takes off (`-3`, `[-3]`, `-3 points`, `+2 pts`,
 * `−1 puntos`), or `undefined` for any other note.
 */
export function printedPoints(note: string): number | undefined {
  const found = /^([+-−]\s*\d+)\s*(?:pts?|points?|puntos?)?$/i.exec(note.trim());
  return found
    ? Number((found[1] ?? '').replace(/\s|−/g, (c) => (c === '−' ? '-' : '')))
    : undefined;
}

/** `[-3]` beside a printed row: a deduction the source states. @internal */
function printedAdjustments(group: RecordGroup, language: Language = 'en'): Ruling[] {
  const rulings: Ruling[] = [];
  for (const row of group.published?.rows ?? []) {
    for (const note of row.notes) {
      const points = printedPoints(note);
      if (points === undefined) continue;
      rulings.push({
        kind: 'pointAdjustment',
        club: row.club,
        points,
        reason: RECORD_REASONS[language].printed(note, row.line),
      });
    }
  }
  return rulings;
}

/** Why a ruling the source implies holds, by language. */
export const RECORD_REASONS: Record<
  Language,
  { printed: (note: string, line: number) => string; playOff: string }
> = {
  en: {
    printed: (note, line) => `printed [${note}] beside the table (line ${line})`,
    playOff: 'play-off listed with the group',
  },
  es: {
    printed: (note, line) => `[${note}] impreso junto a la tabla (línea ${line})`,
    playOff: 'desempate publicado con el grupo',
  },
};

/** A play-off listed with a group decides the order of the clubs it was played between. */
export function playOffDecisions(
  group: RecordGroup,
  nameOf: (club: ClubId) => string,
  language: Language = 'en',
): Ruling[] {
  const rulings: Ruling[] = [];
  for (const match of group.playOffs) {
    const score = match.penalties ?? match.extraTime ?? match.score ?? match.awarded;
    if (!score || score.home === score.away) continue;
    const [winner, loser] =
      score.home > score.away ? [match.home, match.away] : [match.away, match.home];
    rulings.push({
      kind: 'playOff',
      clubs: [match.home, match.away],
      order: [winner, loser],
      result: `${nameOf(match.home)} ${match.score?.home ?? score.home}-${match.score?.away ?? score.away} ${nameOf(match.away)}`,
      reason: RECORD_REASONS[language].playOff,
      ...(match.date ? { date: match.date } : {}),
    });
  }
  return rulings;
}

/**
 * A play-off listed with a group was played because its clubs were level on points: it decides
 * their order before goals do (RSSSF's Copa Perú 1997: Juan Aurich beat U.P.A.O. 1-0 in a play-off
 * for first place, though their goal differences differed). The step moves to just after the
 * points in the rules' chain, or goes there when the chain has none.
 */
export function playOffAfterPoints(rules: RuleSet): RuleSet {
  const chain = rules.tiebreakers.filter((step) => step.kind !== 'playOff');
  const points = chain.findIndex((step) => step.kind === 'points' || step.kind === 'pointsPerGame');
  if (points < 0) return rules;
  return {
    ...rules,
    tiebreakers: [...chain.slice(0, points + 1), { kind: 'playOff' }, ...chain.slice(points + 1)],
  };
}

/**
 * Where the printed table has the same records in another order (a shared place, a decision
 * outside the results), the printed order is the official one.
 * @internal
 */
function keepPublishedOrder(
  rows: readonly StandingRow[],
  group: RecordGroup,
): {
  rows: readonly (StandingRow & { printedPosition?: number; printedShared?: boolean })[];
  kept: boolean;
} {
  const printed = group.published?.rows ?? [];
  if (printed.length !== rows.length || printed.length === 0) return { rows, kept: false };
  const byClub = new Map(rows.map((row) => [row.club, row]));
  const sameRecords = printed.every((row) => {
    const computed = byClub.get(row.club);
    return computed !== undefined && sameRecord(row, computed);
  });
  const sameOrder = printed.every(
    (row, index) => rows[index]?.club === row.club && rows[index]?.position === row.position,
  );
  if (!sameRecords || sameOrder) return { rows, kept: false };
  return {
    rows: printed.map((row) => ({
      ...(byClub.get(row.club) as StandingRow),
      position: row.position,
      shared: printed.some((other) => other !== row && other.position === row.position),
    })),
    kept: true,
  };
}

/** @internal */
function sameRecord(printed: PublishedRow, computed: StandingRow): boolean {
  const pairs: [number | undefined, number][] = [
    [printed.played, computed.played],
    [printed.won, computed.won],
    [printed.drawn, computed.drawn],
    [printed.lost, computed.lost],
    [printed.goalsFor, computed.goalsFor],
    [printed.goalsAgainst, computed.goalsAgainst],
    [printed.points, computed.points],
  ];
  return pairs.every(([a, b]) => a === undefined || a === b);
}

const STATUS_NOTES: readonly [RegExp, TableStatus][] = [
  [/^(champions?|campe[oó]n|winners?)$/i, 'champion'],
  [/^(promoted|ascend(?:ido|ió)|ascenso|promovido)$/i, 'promoted'],
  [/^(relegated|descend(?:ido|ió)|descenso)$/i, 'relegated'],
  [/^(qualified|clasificado|advanced?)$/i, 'qualified'],
  [/^(retired|withdrew|withdrawn|retirado|expelled|disqualified)$/i, 'withdrawn'],
];

/** @internal The rows of a table a record's source printed, for a group with no results. */
function printedTable(group: RecordGroup, record: SeasonRecord): RecordTableRow[] {
  return printedRows(
    group.published?.rows ?? [],
    (club) => record.clubs.find((candidate) => candidate.id === club)?.name ?? club,
    { statusFromNotes: true },
  );
}

/** A row as a source prints it: the figures it gives, its notes, a position if printed. */
export interface PrintedTableRow extends PrintedFigures {
  readonly club: ClubId;
  /** The printed position; without one, the row's place in the order (or the row above's). */
  readonly position?: number;
  /** Printed without a position of its own: it shares the place of the row above. */
  readonly shared?: boolean;
  readonly notes: readonly string[];
}

/**
 * The rows of a table as a source prints them, in its order, for a table with no results to
 * compute it from: a figure the source left out is worked out from the others where it can be
 * (played from won, drawn and lost), else 0. With `statusFromNotes`, a note such as "Promoted" or
 * "Campeón" becomes the row's status (a record's own words); otherwise every note stays a note.
 */
export function printedRows(
  rows: readonly PrintedTableRow[],
  nameOf: (club: ClubId) => string,
  { statusFromNotes = false }: { readonly statusFromNotes?: boolean } = {},
): RecordTableRow[] {
  let above = 0;
  return rows.map((row, index) => {
    const position = row.position ?? (row.shared && index > 0 ? above : index + 1);
    above = position;
    const won = row.won ?? 0;
    const drawn = row.drawn ?? 0;
    const lost = row.lost ?? 0;
    const goalsFor = row.goalsFor ?? 0;
    const goalsAgainst = row.goalsAgainst ?? 0;
    let status: TableStatus | undefined;
    const notes: string[] = [];
    for (const note of row.notes) {
      const found = statusFromNotes
        ? STATUS_NOTES.find(([pattern]) => pattern.test(note.trim()))
        : undefined;
      if (found && !status) status = found[1];
      else notes.push(note);
    }
    return {
      position,
      shared: row.shared === true,
      club: nameOf(row.club),
      clubId: row.club,
      played: row.played ?? won + drawn + lost,
      won,
      drawn,
      lost,
      goalsFor,
      goalsAgainst,
      goalDifference: goalsFor - goalsAgainst,
      points: row.points ?? 0,
      ...(status ? { status } : {}),
      ...(notes.length > 0 ? { note: notes.join('; ') } : {}),
    };
  });
}

/** @internal */
function tableRow(
  row: StandingRow,
  index: number,
  rows: readonly StandingRow[],
  group: RecordGroup,
  record: SeasonRecord,
  isFinal: boolean,
  language: Language = 'en',
): RecordTableRow {
  const printed = group.published?.rows.find((candidate) => candidate.club === row.club);
  let status: TableStatus | undefined;
  const notes: string[] = [];
  for (const note of printed?.notes ?? []) {
    const found = STATUS_NOTES.find(([pattern]) => pattern.test(note.trim()));
    if (found && !status) status = found[1];
    else if (!/^[+-−]\s*\d+/.test(note)) notes.push(note);
  }
  const champion =
    isFinal &&
    index === 0 &&
    !row.shared &&
    (record.winners === undefined || record.winners === row.club);
  if (champion) status = 'champion';
  // Who goes up, as the prose says it: the champion, the runner-up.
  if (isFinal && (champion || (index === 1 && !row.shared))) {
    for (const { places, to } of promotionsInProse(record.summary)) {
      if (!places.includes(index + 1)) continue;
      status ??= 'promoted';
      const target = [to.edition, to.competition].filter(Boolean).join(' ');
      notes.push(editionWords(language).goesTo('promoted', target));
    }
  }
  // Who goes up or down by name, as the source says it ("Relegated: Sport Boys").
  if (isFinal) {
    for (const movement of record.movements ?? []) {
      if (movement.club !== row.club) continue;
      status ??= movement.outcome;
      const target = [movement.to?.edition, movement.to?.competition].filter(Boolean).join(' ');
      notes.push(editionWords(language).goesTo(movement.outcome, target));
    }
  }
  return describeRow(row, index, rows, status, notes, language);
}

/** The words of a row's notes, by language. @internal */
const ROW_WORDS: Record<Language, { points: string; sharesThePlace: string }> = {
  en: { points: 'points', sharesThePlace: 'shares the place: level on' },
  es: { points: 'puntos', sharesThePlace: 'comparte el puesto: igualados en' },
};

/**
 * A computed row as tables show it: the figures, the status, and a note with what the source
 * noted, any point adjustment, why the club is above the next one where a tie was broken, and
 * what a shared place is level on.
 */
export function describeRow(
  row: StandingRow,
  index: number,
  rows: readonly StandingRow[],
  status: TableStatus | undefined,
  notesBefore: readonly string[] = [],
  language: Language = 'en',
): RecordTableRow {
  const notes = [...notesBefore];
  const words = ROW_WORDS[language];
  if (row.pointAdjustment !== 0) {
    notes.push(`${row.pointAdjustment > 0 ? '+' : ''}${row.pointAdjustment} ${words.points}`);
  }
  const next = rows[index + 1];
  if (
    row.explanation &&
    next &&
    row.explanation.criterion !== 'points' &&
    row.explanation.criterion !== 'pointsPerGame'
  ) {
    notes.push(row.explanation.text);
  }
  // Before a match is played every club shares first place: nothing to explain.
  if (row.shared && row.sharedOn && rows.some((other) => other.played > 0)) {
    notes.push(`${words.sharesThePlace} ${row.sharedOn.join(', ')}`);
  }
  return {
    position: row.position,
    shared: row.shared,
    club: row.name,
    clubId: row.club,
    played: row.played,
    won: row.won,
    drawn: row.drawn,
    lost: row.lost,
    goalsFor: row.goalsFor,
    goalsAgainst: row.goalsAgainst,
    goalDifference: row.goalDifference,
    points: row.points,
    ...(status ? { status } : {}),
    ...(notes.length > 0 ? { note: notes.join('; ') } : {}),
  };
}
