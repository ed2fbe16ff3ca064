import { tally } from '#core/format/decide-tie.ts';
import type { ClubId } from '#core/model/club.ts';
import type { Match } from '#core/model/match.ts';
import type {
  Entrant,
  PublishedRow,
  SeasonRecord,
  TeamChange,
  TopScorer,
} from '#core/model/season-record.ts';
import { peruDepartment } from '#core/places/peru-departments.ts';
import type { ClubAlias } from '#core/records/club-names.ts';
import { columnsNamed } from '../rsssf/table-columns.ts';
import { buildMatch } from '../text/build-match.ts';
import { parseDate, seasonYears } from '../text/dates.ts';
import { RecordBuilder } from '../text/record-builder.ts';
import { addResultsGrid, readResultsGrid } from '../text/results-grid.ts';
import { leadingScore, readScoreNotes, returnLegNotes, turnedScore } from '../text/score-notes.ts';
import { splitClubList } from './split-club-list.ts';

/** Options of {@link parseArticle}. */
export interface ParseArticleOptions {
  /** The file name, for sources and messages. */
  readonly file: string;
  readonly aliases?: readonly ClubAlias[];
}

const HEADING = /^(={1,6})\s*(.+?)\s*\1\s*$/;
const GROUP_HEADING = /^(group|grupo|zone|zona|serie|pool|region|región)\b/i;
const MATCH_LINE = /^(.+?)\s+(\d{1,2})\s*[-–]\s*(\d{1,2})(?=\s)\s*(?:\(([^)]*)\))?\s+(.+)$/;
const FIXTURE_LINE = /^(.+?)\s+(?:v|vs\.?)\s+(.+)$/;
/** A section of results, for the table printed before it. */
const RESULTS_SECTION = /^(results?|matches|fixtures|fixtures and results|resultados|partidos)$/i;
/** A heading over the matches that decide level ties: `Tiebreaker`, `Play-off`, `Desempate`. */
const DECIDER =
  /^(tie-?breakers?|play-?offs?|replays?|deciders?|desempates?|third match|extra match(es)?|partidos? extras?|tercer partido)$/i;

/**
 * Reads a season article in the layout of the project's seed: `= Title =`, an `Infobox` with
 * `- Key: Value` lines, `== Section ==` and `=== Sub ===` headings, pipe tables, and rounds of a date
 * line and `Home 1-1 Away` lines. Sections with matches are stages; a sub-heading is a group when
 * it is named like one (Group A, Zona Norte) and a round otherwise.
 *
 * @example
 * const record = parseArticle(text, { file: 'copa-peru-1993.txt' });
 * record.stages.at(-1)?.groups[0]?.rounds.length //=> 5
 */
export function parseArticle(text: string, options: ParseArticleOptions): SeasonRecord {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const infobox = new Map<string, { value: string; line: number }>();
  let title: string | undefined;
  for (const [index, raw] of lines.entries()) {
    const heading = HEADING.exec(raw.trim());
    if (heading && heading[1] === '=' && title === undefined) title = heading[2];
    const entry = /^\s*-\s*([^:]+):\s*(.*)$/.exec(raw);
    if (entry && !infobox.has(entry[1]?.trim().toLowerCase() ?? '')) {
      infobox.set(entry[1]?.trim().toLowerCase() ?? '', {
        value: entry[2]?.trim() ?? '',
        line: index + 1,
      });
    }
  }
  const field = (...keys: string[]): string | undefined => {
    for (const key of keys) {
      const value = infobox.get(key)?.value;
      if (value) return value;
    }
    return undefined;
  };
  // `1993 Copa Perú` as English articles are titled, `Copa Perú 2010` (or `Anexo:Copa Perú 2010`,
  // in Spanish Wikipedia's namespace for lists) as Spanish ones are.
  const plainTitle = (title ?? '').replace(/^anexo:\s*/i, '');
  const titleParts = /^(\d{4}(?:[-–/]\d{2,4})?)\s+(.+)$/.exec(plainTitle);
  const seasonLast = titleParts
    ? undefined
    : /^(\p{L}.*?)\s+(\d{4}(?:[-–/]\d{2,4})?)$/u.exec(plainTitle);
  const competition =
    field('competition', 'tournament', 'torneo') ?? titleParts?.[2] ?? seasonLast?.[1];
  const season = field('season', 'temporada') ?? titleParts?.[1] ?? seasonLast?.[2];
  const builder = new RecordBuilder(options.aliases, competition);
  const register = builder.register;

  // "La Loretana (1st title)", "Universitario (26.º título)", "Universitario (11)": the count of
  // titles is no part of the name.
  const winnersText = field(...WINNERS_KEYS)?.replace(
    /\s*\((?:(?:\d+(?:st|nd|rd|th|\.?º|\.?°)?|first|second|third)\s+(?:titles?|t[ií]tulos?)|\d+)\)\s*$/i,
    '',
  );
  const winners = winnersText ? register.resolve(winnersText) : undefined;
  const scorersWritten = readTopScorers(
    field('league topscorer', 'top scorer', 'top scorers', 'topscorer', 'goleador') ?? '',
  );

  const summary: string[] = [];
  /** The index of the last line the summary took, so that a paragraph's next line joins it. */
  let summaryLine = -2;
  const teamChanges: TeamChange[] = [];
  const entrants: Entrant[] = [];
  const startYear = Number.parseInt(season ?? '', 10);
  const yearOf = Number.isNaN(startYear) ? undefined : seasonYears(startYear);

  let level2: string | undefined;
  let openedStage: string | undefined;
  let pendingGroup: string | undefined;
  let pendingRound: string | undefined;
  /** A group-like `===` heading (`Region I`) whose `====` groups are its own. */
  let level3Group: string | undefined;
  let date: string | undefined;
  let inInfobox = false;
  let table: { line: number; cells: string[] }[] = [];
  let noteHeading: string | undefined;
  let noteText: string[] = [];
  /** The current group holds knockout ties read from a table, not a league. */
  let tiesGroup = false;

  // A section with nothing in it but its heading is kept as an empty note: the article has it.
  let sectionUsed = true;
  let entrantsHeading: string | undefined;
  let entrantsSection: { heading: string; text: string } | undefined;
  const flushNote = (): void => {
    const text = noteText.join('\n').trim();
    if (
      entrantsHeading !== undefined &&
      (noteHeading ?? level2) === entrantsHeading &&
      !entrantsSection
    ) {
      entrantsSection = { heading: entrantsHeading, text };
      sectionUsed = true;
    } else if (text !== '') {
      const heading = noteHeading ?? level2;
      builder.notes.push(heading === undefined ? { text } : { heading, text });
      sectionUsed = true;
    }
    noteText = [];
  };
  const closeSection = (): void => {
    flushNote();
    if (!sectionUsed && level2 !== undefined) builder.notes.push({ heading: level2, text: '' });
  };
  /** Opens the section's stage, and the group a heading named, when its first content comes. */
  const openSection = (stage: string): void => {
    if (openedStage !== stage) {
      // A `== Results ==` section after a table printed without its results holds that table's.
      const tableAbove =
        RESULTS_SECTION.test(stage) &&
        pendingGroup === undefined &&
        builder.printedRows() !== undefined &&
        builder.groupMatches().length === 0;
      if (!tableAbove) builder.stage(stage);
      openedStage = stage;
      tiesGroup = false;
    }
    if (pendingGroup !== undefined) {
      builder.group(pendingGroup);
      pendingGroup = undefined;
      tiesGroup = false;
    }
  };

  /** The name of a group a heading opens: a region's own under it (`Region I, Regional Final`). */
  const ownGroup = (name: string): string =>
    level3Group !== undefined && name !== level3Group ? `${level3Group}, ${name}` : name;

  /** A printed table of a stage ("| Pos | Team | Pld | W | … | Pts |"): kept for the cross-checks. */
  const readStandingsTable = (rows: { line: number; cells: string[] }[]): boolean => {
    const header = rows[0]?.cells ?? [];
    const positionColumn = header.findIndex((cell) => /^(pos|#|position|pos\.)$/i.test(cell));
    const teamColumn = header.findIndex((cell) => /^(team|club|equipo)s?$/i.test(cell));
    const notesColumn = header.findIndex((cell) =>
      /^(status|notes?|qualification|promotion|relegation|(qualification|promotion) or relegation|estado|clasificaci[oó]n|ascenso|descenso)$/i.test(
        cell,
      ),
    );
    if (teamColumn < 0 || level2 === undefined) return false;
    // Results printed after the table's own columns, one column an opponent (`| … | Pts | SFA |
    // BSP | … |`): a grid, whose labels are no figures. A cell the row above spans (its
    // qualification) is left out of the rows under it.
    const body = rows
      .slice(1)
      .filter((row) => row.cells[teamColumn])
      .map((row, index, all) => {
        const above = all[index - 1]?.cells;
        return row.cells.length === header.length - 1 && notesColumn >= 0 && above
          ? {
              ...row,
              cells: [
                ...row.cells.slice(0, notesColumn),
                above[notesColumn] ?? '',
                ...row.cells.slice(notesColumn),
              ],
            }
          : row;
      });
    const gridAt = header.length - body.length;
    const pointsAt = columnsNamed(header).indexOf('points');
    const grid =
      pointsAt >= 0 && gridAt > Math.max(pointsAt, teamColumn, notesColumn)
        ? readResultsGrid(
            header.slice(gridAt),
            body.map((row) => ({
              line: row.line,
              name: row.cells[teamColumn] ?? '',
              cells: row.cells.slice(gridAt),
            })),
          )
        : undefined;
    const columns = columnsNamed(grid ? header.slice(0, gridAt) : header);
    if (!columns.includes('played') || !columns.includes('points')) return false;
    openSection(level2);
    if (tiesGroup) {
      // A table after knockout ties in one section (`=== Final group stage ===`) is a group of
      // its own: the ties' matches must not count in it.
      builder.group(ownGroup(pendingRound ?? level2));
      pendingRound = undefined;
      tiesGroup = false;
    }
    const published: PublishedRow[] = [];
    let lastPosition = 0;
    for (const row of body) {
      const name = row.cells[teamColumn];
      if (!name) continue;
      const printed = positionColumn >= 0 ? (row.cells[positionColumn] ?? '') : '';
      const number = /^(\d+)/.exec(printed);
      const position = number ? Number(number[1]) : lastPosition;
      const shared = /=$/.test(printed) || (!number && published.length > 0);
      lastPosition = position;
      const figures: Record<string, number> = {};
      columns.forEach((column, index) => {
        const cell = (row.cells[index] ?? '').replace(/^\+/, '').replace('−', '-');
        if (column && column !== 'ignored' && /^-?\d+$/.test(cell)) figures[column] = Number(cell);
      });
      const note = notesColumn >= 0 ? (row.cells[notesColumn] ?? '').trim() : '';
      published.push({
        line: row.line,
        position,
        shared,
        club: register.resolve(name),
        ...figures,
        // Several notes in one cell, apart: "Champion; -1 points".
        notes: note === '' ? [] : note.split(/\s*;\s*/).filter(Boolean),
      });
    }
    for (let index = 1; index < published.length; index += 1) {
      const row = published[index];
      const above = published[index - 1];
      if (row && above && row.position === above.position && !above.shared)
        published[index - 1] = { ...above, shared: true };
    }
    builder.published({ line: rows[0]?.line ?? 0, rows: published });
    if (grid) addResultsGrid(builder, grid, rows[0]?.line ?? 0);
    return true;
  };

  /** A grid on its own: `| Home \ Away | ACC | AST | … |`, a club's name first in each row. */
  const readGridTable = (rows: { line: number; cells: string[] }[]): boolean => {
    if (level2 === undefined || rows.length < 3) return false;
    const grid = readResultsGrid(
      rows[0]?.cells.slice(1) ?? [],
      rows.slice(1).map((row) => ({
        line: row.line,
        name: row.cells[0] ?? '',
        cells: row.cells.slice(1),
      })),
    );
    if (!grid) return false;
    // A `== Results ==` section after the `== League table ==` one: the grid of the clubs the
    // table printed, whose results it has not yet, is that table's.
    const clubs = new Set(rows.slice(1).map((row) => register.resolve(row.cells[0] ?? '')));
    const printed = builder.printedRows();
    const tableAbove =
      printed !== undefined &&
      printed.length === clubs.size &&
      printed.every((row) => clubs.has(row.club)) &&
      builder.groupMatches().length === 0;
    if (!tableAbove) openSection(level2);
    addResultsGrid(builder, grid, rows[0]?.line ?? 0);
    return true;
  };

  const flushTable = (): void => {
    if (table.length === 0) return;
    sectionUsed = true;
    readTable(table);
    table = [];
  };
  /**
   * Knockout ties in a table: `| Team 1 | Agg. | Team 2 | 1st leg | 2nd leg |`, or one match a
   * row under `Score`; the Copa Perú's `| 1st leg home team | Points | 2nd leg home team | 1st leg
   * | 2nd leg | Extra | Pen. |` too, whose ties are decided on points and, where those are level,
   * by an extra match. Every score is written with Team 1's goals first, so the second leg, at Team
   * 2's ground, is turned round; penalties or extra time beside the aggregate, or under `Pen.`,
   * belong to the last match of the tie. An extra match is a decider of the group, and so are the
   * matches of a `Tiebreaker` table between a tie's two clubs. An aggregate (or points total)
   * that is not what the matches give is reported.
   */
  const readTies = (rows: { line: number; cells: string[] }[], header: string[]): boolean => {
    const column = (pattern: RegExp) => header.findIndex((cell) => pattern.test(cell));
    const first = column(
      /^(team|club|equipo)\s*1$|^(1st|first)\s+leg\s+home(\s+(team|club))?$|^local\s+(de\s+)?ida$/,
    );
    const second = column(
      /^(team|club|equipo)\s*2$|^(2nd|second)\s+leg\s+home(\s+(team|club))?$|^local\s+(de\s+)?vuelta$/,
    );
    const legOne = column(/^(1st|first)\s+leg$|^ida$/);
    const legTwo = column(/^(2nd|second)\s+leg$|^vuelta$/);
    const single = column(/^(score|result|resultado|marcador)$/);
    const aggregate = column(/^(agg\.?|aggregate|global)/);
    const points = column(/^(points|pts\.?|puntos)$/);
    const extra = column(/^(extra|extra match|play-?off|desempate|partido extra)$/);
    const shootout = column(/^(pen\.?|pens\.?|penalties|penales)$/);
    const legs = legOne >= 0 && legTwo >= 0;
    if (first < 0 || second < 0 || level2 === undefined || (!legs && single < 0)) return false;
    // Ties under a group's own heading (`==== Group A ====`) are that group's round.
    const groupNamed = pendingGroup;
    openSection(level2);
    if (!tiesGroup && builder.hasContent()) {
      builder.group(ownGroup(pendingRound ?? level2));
    }
    tiesGroup = true;
    if (points >= 0 && legs) builder.tiesOnPoints();
    // Two legs are two rounds: a club plays once in each.
    const name = pendingRound ?? groupNamed ?? level2;
    pendingRound = undefined;
    const rounds = legs ? [`${name}, 1st leg`, `${name}, 2nd leg`] : [name];
    const decider = !legs && DECIDER.test(name);
    const firstRound = builder.nextRoundNumber();
    const legMatches: Match[][] = rounds.map(() => []);
    const deciders: Match[] = [];
    for (const row of rows.slice(1)) {
      const one = row.cells[first] ?? '';
      const two = row.cells[second] ?? '';
      if (one === '' || two === '') continue;
      const home = register.resolve(one);
      const away = register.resolve(two);
      const aggregateText = aggregate >= 0 ? (row.cells[aggregate] ?? '') : '';
      const [penalties] = shootout >= 0 ? leadingScore(row.cells[shootout] ?? '') : [undefined];
      if (!legs) {
        const [score, rest] = leadingScore(row.cells[single] ?? '');
        const parts = {
          home,
          away,
          ...(score ? { score } : {}),
          notes: readScoreNotes(rest),
          ...(date ? { date } : {}),
        };
        // A tiebreaker between the two clubs of a tie before it decides that tie.
        const tie = decider
          ? builder
              .groupMatches()
              .filter(
                (match) =>
                  (match.home === home && match.away === away) ||
                  (match.home === away && match.away === home),
              )
          : [];
        if (tie.length > 0) {
          deciders.push(buildMatch(parts));
          continue;
        }
        legMatches[0]?.push(buildMatch({ ...parts, round: firstRound }));
        continue;
      }
      const [firstScore, firstRest] = leadingScore(row.cells[legOne] ?? '');
      const [secondScore, secondRest] = leadingScore(row.cells[legTwo] ?? '');
      const [extraScore, extraRest] =
        extra >= 0 ? leadingScore(row.cells[extra] ?? '') : [undefined, ''];
      const [total, aggregateRest] = leadingScore(aggregateText);
      const firstLeg = buildMatch({
        home,
        away,
        ...(firstScore ? { score: firstScore } : {}),
        notes: readScoreNotes(firstRest),
        ...(date ? { date } : {}),
        round: firstRound,
      });
      legMatches[0]?.push(firstLeg);
      // Penalties go to the tie's last match: the extra one where there was one.
      const lastNotes = readScoreNotes(`${aggregateRest} ${extraScore ? extraRest : secondRest}`);
      const shot = penalties ? { ...lastNotes, penalties } : lastNotes;
      const secondNotes = extraScore ? readScoreNotes(secondRest) : shot;
      const secondLeg = buildMatch({
        home: away,
        away: home,
        ...(secondScore ? { score: turnedScore(secondScore) } : {}),
        notes: returnLegNotes(secondNotes),
        round: firstRound + 1,
      });
      legMatches[1]?.push(secondLeg);
      const extraMatch = extraScore
        ? buildMatch({ home, away, score: extraScore, notes: shot })
        : undefined;
      if (extraMatch) deciders.push(extraMatch);
      if (points >= 0) {
        const [printed] = leadingScore(row.cells[points] ?? '');
        const played = extraMatch ? [firstLeg, secondLeg, extraMatch] : [firstLeg, secondLeg];
        const [got, against] = tally(home, played, true).points;
        if (printed && (printed.home !== got || printed.away !== against)) {
          builder.warnings.push({
            line: row.line,
            message: `The points ${printed.home}-${printed.away} of ${one} v ${two} are not what its matches give (${got}-${against}, 3 a win)`,
          });
        }
      }
      if (
        total &&
        firstScore &&
        secondScore &&
        (total.home !== firstScore.home + secondScore.home ||
          total.away !== firstScore.away + secondScore.away)
      ) {
        builder.warnings.push({
          line: row.line,
          message: `The aggregate ${total.home}-${total.away} of ${one} v ${two} is not the sum of its legs (${firstScore.home}-${firstScore.away}, ${secondScore.home}-${secondScore.away})`,
        });
      }
    }
    rounds.forEach((round, index) => {
      const matches = legMatches[index] ?? [];
      if (matches.length === 0) return;
      builder.round(round, index === 0 ? date : undefined);
      for (const match of matches) builder.match(match);
    });
    for (const match of deciders) builder.playOff(match);
    return true;
  };

  const readTable = (all: { line: number; cells: string[] }[]): void => {
    // A header over the header (`| Teams | Scores |` above the ties' columns) says nothing more.
    const spanning =
      all.length > 2 &&
      (all[0]?.cells.length ?? 0) < (all[1]?.cells.length ?? 0) &&
      all[0]?.cells.every((cell) =>
        /^(teams?|clubs?|equipos?|scores?|results?|resultados?|marcador(es)?)$/i.test(cell),
      );
    const rows = spanning ? all.slice(1) : all;
    const header = rows[0]?.cells.map((cell) => cell.toLowerCase()) ?? [];
    if (readStandingsTable(rows)) return;
    if (readTies(rows, header)) return;
    if (readGridTable(rows)) return;
    const teamColumn = header.findIndex((cell) => /^(team|club|equipo)s?$/.test(cell));
    if (teamColumn >= 0) {
      entrantsHeading = level2;
      const regionColumn = header.findIndex((cell) =>
        /department|departamento|region|región|country|país/.test(cell),
      );
      const cityColumn = header.findIndex((cell) => /location|city|ciudad|sede/.test(cell));
      // A department with two clubs spans two rows: the second row leaves out its first cells
      // (`| Deportivo Educación | Abancay |`), or some sources end it with an empty cell instead.
      const body = rows.slice(1);
      const peruvian =
        regionColumn === 0 &&
        body.filter((row) => peruDepartment(row.cells[0] ?? '') !== undefined).length * 2 >
          body.length;
      let above: readonly string[] = [];
      for (const row of body) {
        let cells: readonly string[] = row.cells;
        const filled = cells.at(-1) === '' ? cells.slice(0, -1) : cells;
        const spanned =
          cells.length < header.length ||
          (peruvian &&
            filled.length < header.length &&
            peruDepartment(cells[0] ?? '') === undefined);
        if (spanned && above.length >= header.length) {
          cells = [...above.slice(0, header.length - filled.length), ...filled];
        } else {
          above = cells;
        }
        const name = cells[teamColumn];
        if (!name) continue;
        const region = regionColumn >= 0 ? cells[regionColumn] : undefined;
        const city = cityColumn >= 0 ? cells[cityColumn] : undefined;
        entrants.push({
          club: register.resolve(name),
          ...(region ? { region } : {}),
          ...(city ? { city } : {}),
        });
      }
      return;
    }
    if (
      /team changes|cambios/i.test(level2 ?? '') ||
      header.some((cell) => /relegated|promoted|descend|ascend/.test(cell))
    ) {
      const headings = rows[0]?.cells ?? [];
      const knownNames = [...entrants.map((entrant) => register.nameOf(entrant.club))];
      headings.forEach((heading, column) => {
        const names: string[] = [];
        let guessed = false;
        for (const row of rows.slice(1)) {
          const cell = row.cells[column] ?? '';
          if (cell === '') continue;
          // Separated names are taken as they are; a run without separators is split by known names.
          const parts = /[,;]|\s\/\s/.test(cell)
            ? cell.split(/\s*(?:[,;]|\s\/\s)\s*/).filter(Boolean)
            : [cell];
          for (const part of parts) {
            const split =
              parts.length > 1
                ? { names: [part], allKnown: true }
                : splitClubList(part, knownNames);
            names.push(...split.names);
            if (!split.allKnown && split.names.length > 1) guessed = true;
          }
        }
        const clubs: ClubId[] = names.map((name) => register.resolve(name));
        teamChanges.push({ heading, clubs });
        if (guessed) {
          builder.warnings.push({
            line: rows[1]?.line ?? rows[0]?.line ?? 0,
            message: `The clubs under "${heading}" are written without separators; read by known names and name-opening words as: ${names.join(' | ')}`,
          });
        }
      });
      return;
    }
    builder.notes.push({
      ...(level2 ? { heading: level2 } : {}),
      text: rows.map((row) => `| ${row.cells.join(' | ')} |`).join('\n'),
    });
  };

  for (const [index, raw] of lines.entries()) {
    const lineNumber = index + 1;
    const line = raw.trim();
    if (line.startsWith('|')) {
      const cells = line
        .replace(/^\||\|$/g, '')
        .split('|')
        .map((cell) => cell.trim());
      // A Markdown table's rule under its header (`|---|:---:|`) is no row.
      if (!cells.every((cell) => /^:?-+:?$/.test(cell))) table.push({ line: lineNumber, cells });
      continue;
    }
    flushTable();
    if (line === '' || /^-{4,}$/.test(line)) {
      if (inInfobox && line === '') inInfobox = false;
      continue;
    }
    if (/^infobox\b/i.test(line)) {
      inInfobox = true;
      continue;
    }
    if (inInfobox && line.startsWith('-')) continue;
    inInfobox = false;
    const heading = HEADING.exec(line);
    if (heading) {
      const depth = heading[1]?.length ?? 0;
      const name = heading[2] ?? '';
      if (depth === 1) continue;
      flushNote();
      date = undefined;
      if (depth === 2) {
        closeSection();
        sectionUsed = false;
        level2 = name;
        level3Group = undefined;
        pendingGroup = undefined;
        pendingRound = undefined;
        noteHeading = name;
      } else if (GROUP_HEADING.test(name)) {
        // `==== Group A ====` under `=== Region I ===` is the region's group A.
        pendingGroup = depth > 3 && level3Group !== undefined ? `${level3Group}, ${name}` : name;
        if (depth === 3) level3Group = name;
        pendingRound = undefined;
        noteHeading = name;
      } else {
        if (depth === 3) level3Group = undefined;
        pendingRound = name;
        noteHeading = name;
      }
      continue;
    }
    const when = parseDate(line.replace(/^[a-z]+day,?\s+/i, ''), undefined);
    const partial = when ?? dateWithoutYear(line, yearOf);
    if (partial) {
      date = partial;
      continue;
    }
    // `Play-off: A 2-1 B` (as Torneo writes it, and `Desempate: …`): a decider outside the table.
    const playOff = /^(?:play-?offs?|playoff|desempate|decider)\s*:\s*(.+)$/i.exec(line);
    const playOffMatch = playOff ? MATCH_LINE.exec(playOff[1] ?? '') : null;
    if (playOffMatch && level2 !== undefined) {
      sectionUsed = true;
      openSection(level2);
      const [awayName, trailing] = splitTrailingNotes(playOffMatch[5] ?? '');
      builder.playOff(
        buildMatch({
          home: register.resolve(playOffMatch[1] ?? ''),
          away: register.resolve(awayName),
          score: { home: Number(playOffMatch[2]), away: Number(playOffMatch[3]) },
          notes: readScoreNotes(`${playOffMatch[4] ? `(${playOffMatch[4]})` : ''} ${trailing}`),
          ...(date ? { date } : {}),
        }),
      );
      continue;
    }
    // A line of prose that holds a score ("Aurora: ahead on the play-off (Aurora 2-1 CNI)") is no
    // match: a club's name has no colon or semicolon.
    const found = MATCH_LINE.exec(line) ?? FIXTURE_LINE.exec(line);
    // Nor is a row of scores (a results grid whose cells only spaces part): a club's name has a
    // letter.
    const prose =
      found !== null &&
      (/[:;]/.test(found[1] ?? '') ||
        !/\p{L}/u.test(found[1] ?? '') ||
        !/\p{L}/u.test(found.at(-1) ?? ''));
    const matchLine = prose ? null : MATCH_LINE.exec(line);
    const fixture = prose || matchLine ? undefined : FIXTURE_LINE.exec(line);
    if ((matchLine || fixture) && level2 !== undefined) {
      sectionUsed = true;
      openSection(level2);
      if (pendingRound !== undefined) {
        builder.round(pendingRound, date);
        pendingRound = undefined;
      }
      const roundNumber = builder.nextRoundNumber() - 1 || 1;
      if (matchLine) {
        const [awayName, trailing] = splitTrailingNotes(matchLine[5] ?? '');
        const notes = readScoreNotes(`${matchLine[4] ? `(${matchLine[4]})` : ''} ${trailing}`);
        builder.match(
          buildMatch({
            home: register.resolve(matchLine[1] ?? ''),
            away: register.resolve(awayName),
            score: { home: Number(matchLine[2]), away: Number(matchLine[3]) },
            notes,
            ...(date ? { date } : {}),
            round: roundNumber,
          }),
        );
      } else if (fixture) {
        const [awayName, trailing] = splitTrailingNotes(fixture[2] ?? '');
        builder.match(
          buildMatch({
            home: register.resolve(fixture[1] ?? ''),
            away: register.resolve(awayName),
            notes: readScoreNotes(trailing),
            ...(date ? { date } : {}),
            round: roundNumber,
          }),
        );
      }
      continue;
    }
    if (level2 === undefined) {
      // A paragraph wrapped over several lines is one paragraph of the summary.
      if (summaryLine === index - 1 && summary.length > 0) {
        summary[summary.length - 1] = `${summary.at(-1)} ${line}`;
      } else summary.push(line);
      summaryLine = index;
    } else {
      noteText.push(line);
    }
  }
  flushTable();
  closeSection();

  for (const [key, entry] of infobox) {
    if (KNOWN_INFOBOX_KEYS.has(key)) continue;
    builder.warnings.push({
      line: entry.line,
      message: `The infobox field "${key}" is not one Torneo reads; kept out of the record`,
    });
  }
  // Who went up or down by name: the infobox's lists, and sentences of the prose.
  const listed = (keys: readonly string[], outcome: 'promoted' | 'relegated') =>
    keys.flatMap((key) => {
      const entry = infobox.get(key);
      return entry?.value
        ? [{ value: entry.value, outcome, source: `the infobox's "${key}"`, line: entry.line }]
        : [];
    });
  const movements = builder.movements(
    [...listed(PROMOTED_KEYS, 'promoted'), ...listed(RELEGATED_KEYS, 'relegated')],
    [...summary, ...builder.notes.map((note) => note.text)],
  );
  const previous = field('prevseason', 'previous season', 'previous', 'anterior');
  const next = field('nextseason', 'next season', 'next', 'siguiente');
  return builder.build({
    format: 'article',
    ...(title ? { title } : {}),
    ...(competition ? { competition } : {}),
    ...(season ? { season } : {}),
    summary,
    ...(winners ? { winners } : {}),
    // A scorer's club, once the whole article has named its clubs.
    topScorers: scorersWritten.map(({ team, ...scorer }) => {
      const club = team === undefined ? undefined : register.known(team);
      return club ? { ...scorer, club } : team ? { ...scorer, team } : scorer;
    }),
    ...(previous ? { previous } : {}),
    ...(next ? { next } : {}),
    teamChanges,
    entrants,
    ...(entrantsSection ? { entrantsSection } : {}),
    rulings: [],
    ...(movements.length > 0 ? { movements } : {}),
    sources: [{ title: title ?? options.file, detail: options.file }],
  });
}

/** Infobox fields that name the champion. @internal */
const WINNERS_KEYS = ['winners', 'winner', 'champions', 'champion', 'campeón', 'primero'];

/** Infobox fields that list the clubs promoted, and relegated. @internal */
const PROMOTED_KEYS = ['promoted', 'ascenso', 'ascensos', 'ascenso(s)', 'ascendidos'];
const RELEGATED_KEYS = ['relegated', 'descenso', 'descensos', 'descenso(s)', 'descendidos'];

const KNOWN_INFOBOX_KEYS = new Set([
  ...PROMOTED_KEYS,
  ...RELEGATED_KEYS,
  'competition',
  'tournament',
  'torneo',
  'season',
  'temporada',
  ...WINNERS_KEYS,
  'nombre',
  'league topscorer',
  'top scorer',
  'top scorers',
  'topscorer',
  'goleador',
  'prevseason',
  'previous season',
  'previous',
  'anterior',
  'nextseason',
  'next season',
  'next',
  'siguiente',
]);

/** "Richard Vinatea (6)", several separated by commas or semicolons. @internal */
function readTopScorers(text: string): TopScorer[] {
  const scorers: TopScorer[] = [];
  // "Richard Vinatea (6)", "Roberto Valenzuela (Deportivo Municipal) (4 goals)", "(4 goles)".
  for (const found of text.matchAll(
    /([^,;()]+?)\s*(?:\(([^()\d][^()]*)\)\s*)?\((\d+)(?:\s*(?:goals?|goles?))?\)/gi,
  )) {
    const team = found[2]?.trim();
    scorers.push({
      name: (found[1] ?? '').trim(),
      ...(team ? { team } : {}),
      goals: Number(found[3]),
    });
  }
  return scorers;
}

/** Splits "CNI [awarded 3-0]" into the name and its notes. @internal */
function splitTrailingNotes(text: string): [string, string] {
  const found =
    /\s+((?:\[[^\]]*\]|\((?:a\.?e\.?t|aet|awd|w\.?\/?o|pen|annulled|abandoned|postponed|not played|cancell?ed|no jugado|played|pr[oó]rroga|jugado|anulado|suspendido|postergado|[0-9]+\s*[-–]\s*[0-9]+\s*p)[^)]*\)|\bawd\b|\bw\/o\b|\ba\.e\.t\.)[\s\S]*)$/i.exec(
      text,
    );
  if (!found) return [text.trim(), ''];
  return [text.slice(0, found.index).trim(), found[1] ?? ''];
}

/** A date line without a year ("2 January", "Jan 2"), given the season's years. @internal */
function dateWithoutYear(
  line: string,
  yearOf: ((month: number, day: number) => number) | undefined,
): string | undefined {
  if (!yearOf) return undefined;
  const guess = parseDate(line, 2000);
  if (!guess) return undefined;
  const month = Number(guess.slice(5, 7));
  const day = Number(guess.slice(8, 10));
  return parseDate(line, yearOf(month, day));
}
