import type {
  EditionFormat,
  KnockoutRoundFormat,
  PrintedRow,
  StageFormat,
} from '../format/edition-format.ts';
import type { Match } from '../model/match.ts';
import type { RuleSet } from '../model/rule-set.ts';
import type { PublishedRow, RecordGroup, SeasonRecord } from '../model/season-record.ts';
import { computeRecordTables } from './record-tables.ts';

/**
 * An edition format built from a season record, so that an imported article, RSSSF page or
 * fixtures file can be stored and run: every league-like group becomes a table stage with its
 * clubs and rounds (printed deductions become rulings; a table printed without its results makes
 * a stage whose matches are not known, that table kept as printed), every knockout stage rounds of ties: two
 * legs where a round of matches is the return of the one before, one leg otherwise; the last stage
 * names the champion.
 */
export function recordToEdition(
  record: SeasonRecord,
  rulesFor: (group: RecordGroup) => RuleSet,
): EditionFormat {
  const tables = computeRecordTables(record, { rulesFor });
  const stages: StageFormat[] = record.stages.map((stage, index): StageFormat => {
    const id = `stage-${index + 1}`;
    const last = index === record.stages.length - 1;
    const kinds = tables[index]?.groups.map((group) => group.kind) ?? [];
    if (kinds.length > 0 && kinds.every((kind) => kind === 'knockout')) {
      const rounds: KnockoutRoundFormat[] = stage.groups.flatMap((group, g) =>
        knockoutRounds(group).map((round, r) => ({
          ...round,
          id: `round-${g + 1}-${r + 1}`,
          name: round.name === 'Matches' ? group.name : round.name,
        })),
      );
      return {
        id,
        name: stage.name,
        kind: 'knockout',
        rounds,
        outcomes: last ? [{ tieResult: 'winner', outcome: 'champion' }] : [],
      };
    }
    // A table printed without its results: the stage was played, its matches are not known, and
    // the printed table stands for them.
    const unknown = kinds.length > 0 && kinds.every((kind) => kind === 'printed');
    const groups = stage.groups.map((group, g) => {
      const table = tables[index]?.groups[g]?.table ?? [];
      return {
        id: `group-${g + 1}`,
        name: group.name,
        entrants: table.map((row) => ({ kind: 'club' as const, club: row.clubId })),
        rounds: group.rounds.map((round) => ({
          name: round.name,
          ...(round.date ? { date: round.date } : {}),
          matches: round.matches,
        })),
        ...(unknown && group.published ? { printed: group.published.rows.map(printedRow) } : {}),
      };
    });
    const rules = stage.groups[0] ? rulesFor(stage.groups[0]) : undefined;
    const outcomes =
      last && groups.length === 1 ? [{ positions: [1], outcome: 'champion' as const }] : [];
    if (groups.length === 1 && groups[0]) {
      return {
        id,
        name: stage.name,
        kind: 'league',
        entrants: groups[0].entrants,
        rounds: groups[0].rounds,
        ...(groups[0].printed ? { printed: groups[0].printed } : {}),
        outcomes,
        ...(rules ? { rules } : {}),
        ...(unknown ? { matchesUnknown: true } : {}),
      };
    }
    return {
      id,
      name: stage.name,
      kind: 'groups',
      groups,
      outcomes,
      ...(rules ? { rules } : {}),
      ...(unknown ? { matchesUnknown: true } : {}),
    };
  });
  const printedDeductions = record.stages.flatMap((stage, index) =>
    stage.groups.flatMap((group) =>
      (group.published?.rows ?? []).flatMap((row) =>
        row.notes
          .filter((note) => /^[+-−]\s*\d+$/.test(note.trim()))
          .map((note) => ({
            kind: 'pointAdjustment' as const,
            club: row.club,
            points: Number(note.trim().replace('−', '-').replace(/\s/g, '')),
            reason: `printed [${note}] beside the table`,
            stage: `stage-${index + 1}`,
          })),
      ),
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
    rulings: [...record.rulings, ...printedDeductions],
  };
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
 * without its legs (`Quarterfinals, 1st leg` and `…, 2nd leg` are `Quarterfinals`); any other
 * round is one-leg ties. @internal
 */
function knockoutRounds(group: RecordGroup): Omit<KnockoutRoundFormat, 'id'>[] {
  const rounds: Omit<KnockoutRoundFormat, 'id'>[] = [];
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
        })),
      });
      r += 1;
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
      })),
    });
  }
  return rounds;
}
