import type { Match } from '#core/model/match.ts';
import type { Entrant, PublishedRow, SeasonRecord, TopScorer } from '#core/model/season-record.ts';
import type { ClubAlias } from '#core/records/club-names.ts';
import { buildMatch } from '../text/build-match.ts';
import { digitsFitClubName } from '../text/club-name-digits.ts';
import { monthNumber, parseDate, seasonYears } from '../text/dates.ts';
import { RecordBuilder } from '../text/record-builder.ts';
import {
  addResultsGrid,
  type GridRow,
  type ResultsGrid,
  readResultsGrid,
} from '../text/results-grid.ts';
import { readScoreNotes, returnLegNotes, turnedScore } from '../text/score-notes.ts';
import {
  assignFigures,
  defaultColumns,
  readGluedRow,
  readHeader,
  readNamedHeader,
  readNamedRow,
  readRow,
  type TableColumn,
} from './table-columns.ts';

/** Options of {@link parseRsssf}. */
export interface ParseRsssfOptions {
  readonly file: string;
  readonly aliases?: readonly ClubAlias[];
}

// `Fecha 3` is a round; `Fecha 3 de marzo de 2042` (Spanish for date) is a day, not one.
const ROUND =
  /^(round|fecha|jornada|matchday|rodada|week|journ[ée]e|day)\s*(\d+)\b(?!\s+de\s+\p{L})\s*(.*)$/iu;
const ORDINAL_ROUND = /^(\d+)(?:st|nd|rd|th|[ºª])\s+(round|fecha|jornada)\b\s*(.*)$/i;
const GROUP = /^(group|grupo|zona|zone|serie|pool|poule|regi[oó]n)\s+([^\s].{0,30})$/i;
const STAGE =
  /^(first|second|third|fourth|final|semi|quarter|primera|segunda|tercera|cuarta|fase|etapa|liguilla|play-?offs?|promotion|relegation|repechaje|round of|octavos|cuartos|semifinal|finalísima|finalisima|championship|knockout|group stage|preliminary|qualifying)\b/i;
const AGGREGATE_TABLE =
  /^((aggregate|cumulative|overall|combined)\s+(table|standings)|tabla\s+(acumulada|general|agregada|[uú]nica)|acumulad[oa]|clasificaci[oó]n\s+general)\b/i;
const TABLE_MARK =
  /^(final\s+)?(table|standings|classification|clasificaci[oó]n|tabla|posiciones)\b/i;
const PLAY_OFF =
  /^(?:(?:first|second|third|fourth|fifth|sixth|\d+(?:st|nd|rd|th))[\s-]+place\s+|title\s+)?(play-?offs?|playoff|desempate|decider|deciding match|tie-?break(?:er)?|partido extra|extra match)\b[^:]*:?\s*(.*)$/i;
const SKIP =
  /^(scorers?|goleadores?|referee|[áa]rbitro|attendance|p[úu]blico|asistencia|lineups?|alineaciones?|note|nota|source|fuente|prepared|authors?|last updated|\(c\)|copyright|you are free|acknowledgement)\b/i;

/** @internal */
function clean(text: string): string[] {
  return text
    .replace(/^\uFEFF/, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/‹§[^›]*›/g, '')
    .replace(/^[ \t]*‹[^›]*›[ \t]*$/gm, '')
    .replace(/‹([^›]*?)(?:,\s*see page[^›]*)?›/g, '$1')
    .split(/\r?\n|\r/)
    .map((line) => line.replace(/\t/g, '    ').replace(/\s+$/, ''));
}

/**
 * Reads an RSSSF plain-text page: results under round headings with dates, in either layout
 * (`Home - Away   3-0` or `[date] [venue] Home  3-0 Away  [notes]`), results beside their table,
 * `FINAL TABLE` blocks in fixed columns with any column order (`Pts - P - W - D - L - GF - GA`,
 * `PJ PG PE PP GF GC PTS`), shared places (a blank position), bracketed notes (`[Promoted]`,
 * `[-3]`, `[Retired]`), awarded and unplayed matches, play-offs listed under a table or before it
 * (`First place play-off`), and the finalists as `Team (City, Department)`, with the short name
 * the results use in brackets after the name (`Universidad … Orrego [U.P.A.O.] (Trujillo, …)`).
 *
 * @example
 * parseRsssf(text, { file: 'copaperu-1979.txt' }).stages[0]?.groups[0]?.published?.rows.length //=> 6
 */
export function parseRsssf(text: string, options: ParseRsssfOptions): SeasonRecord {
  const lines = clean(text);
  // A copied page's title can come as a list item, in Spanish Wikipedia's namespace for lists:
  // `- Anexo:Copa Perú 2010`.
  const titleLine =
    lines
      .find((line) => line.trim() !== '')
      ?.trim()
      .replace(/^=+\s*/, '')
      .replace(/^[-•*]\s+/, '')
      .replace(/^anexo:\s*/i, '') ?? options.file;
  const titleParts = /^(?:(.+?)\s+-\s+)?(.+?)\s+(\d{4}(?:[/-]\d{2,4})?)\b/.exec(titleLine);
  // Or the season first, as a Wikipedia article's title: `1995 Copa Perú`.
  const seasonFirst = titleParts
    ? undefined
    : /^(\d{4}(?:[/-]\d{2,4})?)\s+(\p{L}.*)$/u.exec(titleLine);
  const competition = titleParts?.[2]?.trim() ?? seasonFirst?.[2]?.trim();
  const season = titleParts?.[3] ?? seasonFirst?.[1];
  const startYear = Number.parseInt(season ?? '', 10);
  const yearOf = Number.isNaN(startYear) ? undefined : seasonYears(startYear);
  const builder = new RecordBuilder(options.aliases, competition);
  const register = builder.register;

  const summary: string[] = [];
  const prose: string[] = [];
  const entrants: Entrant[] = [];
  const topScorers: TopScorer[] = [];
  let previous: string | undefined;
  let next: string | undefined;
  let stageOpen = false;
  let date: string | undefined;
  let columns: readonly TableColumn[] | undefined;
  let tableRows: PublishedRow[] = [];
  /** Under a header that names the position and the team (`Pos Team Pld … Pts Promotion`). */
  let namedTable = false;
  let tableLine = 0;
  let inPlayOff = false;
  let lastPosition = 0;
  let afterMatch = false;
  let skipping = false;
  let roundNumber: number | undefined;
  /** The round the results go to (the builder's default when no heading opened one). */
  let roundName = 'Matches';
  /** Return legs of two-legged ties met in the current round: a round of their own after it. */
  let secondLegs: Match[] = [];
  /** Whether a heading opened a round since the last stage or group began. */
  let roundOpen = false;
  /** The return legs' day, when a heading gives the days of both legs. */
  let secondLegDate: string | undefined;
  const flushSecondLegs = (): void => {
    if (secondLegs.length === 0) return;
    builder.round(`${roundName}, 2nd leg`, secondLegDate);
    for (const match of secondLegs) {
      builder.match(
        secondLegDate && !match.date
          ? { ...match, date: inCentury(secondLegDate, startYear) }
          : match,
      );
    }
    secondLegs = [];
  };
  let inScorers = false;
  /** The champion a `Champion: X` line names, and the lists of clubs gone up or down. */
  let winnersName: string | undefined;
  const lists: {
    value: string;
    outcome: 'promoted' | 'relegated';
    source: string;
    line: number;
  }[] = [];
  const scorerOf = (found: { name: string; team?: string; goals: number }): TopScorer => {
    const club = found.team === undefined ? undefined : register.known(found.team);
    return {
      name: found.name,
      ...(club ? { club } : found.team ? { team: found.team } : {}),
      goals: found.goals,
    };
  };

  const lineDateOf = (text: string): string | undefined => {
    if (/^\d{1,2}[./]\d{1,2}[./]\d{2,4}$/.test(text)) return parseDate(text.replace(/\//g, '.'));
    return dateIn(text, yearOf);
  };
  const ensureStage = (): void => {
    if (!stageOpen) {
      flushSecondLegs();
      builder.stage(competition && season ? `${competition} ${season}` : titleLine);
      stageOpen = true;
    }
  };
  const closeTable = (): void => {
    if (tableRows.length > 0) builder.published({ line: tableLine, rows: tableRows });
    tableRows = [];
    columns = undefined;
    namedTable = false;
    lastPosition = 0;
  };
  const addRow = (row: NonNullable<ReturnType<typeof readRow>>, lineNumber: number): void => {
    ensureStage();
    const useColumns = columns ?? defaultColumns(row.figures.length);
    if (row.figures.length !== useColumns.length) {
      builder.warnings.push({
        line: lineNumber,
        message: `The table row of "${row.name}" has ${row.figures.length} figures where the header has ${useColumns.length}; read in the header's order`,
      });
    }
    if (tableRows.length === 0) tableLine = lineNumber;
    const shared = row.position === undefined && !row.unranked && tableRows.length > 0;
    const position = row.position ?? (row.unranked ? tableRows.length + 1 : lastPosition);
    lastPosition = position;
    tableRows.push({
      line: lineNumber,
      position,
      shared,
      club: register.resolve(row.name),
      ...assignFigures(row.figures, useColumns),
      notes: row.unranked ? [...row.notes, 'not ranked'] : [...row.notes],
    });
    if (shared) {
      const above = tableRows[tableRows.length - 2];
      if (above && !above.shared) tableRows[tableRows.length - 2] = { ...above, shared: true };
    }
  };

  /** The last line of a results grid read ahead. */
  let gridEnd = -1;
  /**
   * The infobox of a copied Spanish Wikipedia page: `Podio`, its places (`• Campeón`,
   * `• Subcampeón`), then the clubs in that order.
   */
  let podium: { labels: string[]; clubs: string[] } | undefined;
  /**
   * Under a copied table of matches (`Ciudad Local Resultado Visitante`): whether columns come
   * before the home club's, so that a row (`TumbesDefensor San José1 - 0San Francisco de Asís`,
   * its cells run together) is read from its score outwards, the clubs the page's tables name.
   */
  let matchTable: { before: boolean } | undefined;
  /** The longest end (or start) of a text that names a club the page already has. */
  const clubAt = (text: string, end: boolean): string | undefined => {
    for (let cut = 0; cut < text.length; cut += 1) {
      const part = (end ? text.slice(cut) : text.slice(0, text.length - cut)).trim();
      if (part !== '' && /^\p{Lu}/u.test(part) && register.known(part)) return part;
    }
    return undefined;
  };
  /** A row of a copied table of matches as a result line: `Home - Away  1-0`. */
  const fromMatchTable = (line: string, lineNumber: number): string | undefined => {
    if (!matchTable) return undefined;
    const score = /(\d+)\s*[-–:]\s*(\d+)/.exec(line);
    if (!score) return undefined;
    const left = line.slice(0, score.index).trim();
    const right = line.slice(score.index + score[0].length).trim();
    const home = clubAt(left, true);
    if (!home && matchTable.before) {
      builder.warnings.push({
        line: lineNumber,
        message: `"${left}" ends in no club the page's tables name: read whole as the home club`,
      });
    }
    return `${home ?? left} - ${clubAt(right, false) ?? right}  ${score[1]}-${score[2]}`;
  };
  for (const [index, raw] of lines.entries()) {
    const lineNumber = index + 1;
    const line = raw.trim();
    if (index <= gridEnd) continue;
    if (line === '' || /^[-=_*]{3,}$/.test(line) || /^[-=_*](?:\s*[-=_*]){4,}$/.test(line)) {
      if (line === '') {
        afterMatch = false;
        matchTable = undefined;
      }
      continue;
    }
    const matchHeader =
      /^((?:(?:jor\.?|jornada|fecha|estadio|ciudad|sede)\s+)*)local\s+(?:resultado|marcador|score)\s+visita(?:nte)?$/i.exec(
        line,
      );
    if (matchHeader) {
      matchTable = { before: (matchHeader[1] ?? '').trim() !== '' };
      continue;
    }
    if (index === lines.findIndex((candidate) => candidate.trim() !== '')) continue;
    if (inScorers) {
      const found = readScorer(line);
      if (found) {
        topScorers.push(scorerOf(found));
        continue;
      }
      inScorers = false;
    }
    if (/podio$/i.test(line) && !stageOpen) {
      podium = { labels: [], clubs: [] };
      continue;
    }
    if (podium) {
      const label = /^[•·]\s*(\S.*)$/.exec(line);
      if (label && podium.clubs.length === 0) {
        podium.labels.push(label[1] ?? '');
        continue;
      }
      if (podium.labels.length > podium.clubs.length) {
        // The last club can run into the article's first sentence: `Alianza UnicachiLa Copa Perú
        // 2010 fue…`. The sentence goes on as prose.
        const glued = /^(.*?\p{Ll})(\p{Lu}\p{Ll}*\s.{30,})$/u.exec(line);
        const club = (glued?.[1] ?? line).trim();
        podium.clubs.push(club);
        const place = podium.labels[podium.clubs.length - 1] ?? '';
        if (/^campe[oó]n$/i.test(place) && winnersName === undefined) winnersName = club;
        if (podium.labels.length === podium.clubs.length) podium = undefined;
        if (glued?.[2]) summary.push(glued[2]);
        continue;
      }
      podium = undefined;
    }
    const seasons = /^(\d{4}(?:[/-]\d{2,4})?)?\s*\|\s*(\d{4}(?:[/-]\d{2,4})?)?\s*\|/.exec(line);
    if (seasons) {
      if (seasons[1]) previous = seasons[1];
      if (seasons[2]) next = seasons[2];
      continue;
    }
    if (line.startsWith('==')) {
      if (/about this document/i.test(line)) break;
      continue;
    }
    const named = readNamedHeader(line);
    if (named) {
      closeTable();
      columns = named;
      namedTable = true;
      continue;
    }
    if (namedTable && columns) {
      const row = readNamedRow(raw, columns);
      if (row) {
        addRow(row, lineNumber);
        continue;
      }
      closeTable();
    }
    const header = readHeader(line);
    if (header) {
      closeTable();
      columns = header;
      continue;
    }
    const grid = readPlainGrid(lines, index);
    if (grid) {
      closeTable();
      ensureStage();
      addResultsGrid(builder, grid.grid, lineNumber);
      gridEnd = grid.last;
      continue;
    }
    if (AGGREGATE_TABLE.test(line) && line.length < 50) {
      closeTable();
      inPlayOff = false;
      flushSecondLegs();
      builder.stage(titleCase(line.replace(/:$/, '')));
      stageOpen = true;
      continue;
    }
    if (TABLE_MARK.test(line) && line.length < 40) {
      closeTable();
      inPlayOff = false;
      continue;
    }
    // A result with its table row beside it (the World Cup layout).
    const beside = /^(.*\S)\s{3,}((?:\d{1,3}\s*\.\s*|-\.\s*)\S.*\d)\s*((?:\[[^\]]*\]\s*)*)$/.exec(
      raw,
    );
    const besideRow = beside ? readRow(`${beside[2]} ${beside[3] ?? ''}`, columns) : undefined;
    const matchText = besideRow ? (beside?.[1] ?? '') : (fromMatchTable(line, lineNumber) ?? raw);
    const besideRowOnly = besideRow && matchText.trim() === '';
    if (besideRow && !besideRowOnly) {
      if (readMatch(matchText)) {
        addRow(besideRow, lineNumber);
      }
    }
    const row = besideRow ? undefined : readRow(raw, columns);
    if (besideRowOnly && besideRow) {
      addRow(besideRow, lineNumber);
      continue;
    }
    if (
      row &&
      (columns !== undefined || tableRows.length > 0 || row.position !== undefined) &&
      !readMatch(raw)
    ) {
      addRow(row, lineNumber);
      continue;
    }
    // A copy's row with its figures run together, under a header: in the table's order.
    const glued = columns && !besideRow && !row ? readGluedRow(raw, columns) : undefined;
    if (glued) {
      addRow({ ...glued, position: tableRows.length + 1 }, lineNumber);
      continue;
    }
    const parsed = readMatch(matchText);
    if (parsed) {
      ensureStage();
      if (tableRows.length > 0 && !besideRow) closeTable();
      const lineDate = (parsed.dateText ? lineDateOf(parsed.dateText) : undefined) ?? date;
      const home = register.resolve(parsed.home);
      const away = register.resolve(parsed.away);
      const notes = readScoreNotes(parsed.notes);
      if (notes.awardedMark && !notes.awarded && !parsed.score) {
        builder.warnings.push({
          line: lineNumber,
          message: `${parsed.home} - ${parsed.away}: a walkover with no awarded score says neither who forfeited nor what counts; kept as not played (write it \`awd\` with \`[awarded 3-0]\`, the home club's goals first)`,
        });
      }
      const second = parsed.secondLeg;
      if (second && !roundOpen && !inPlayOff) {
        // Ties under a stage's heading alone: its first legs are a round, the return legs another.
        builder.round(`${roundName}, 1st leg`, date);
        roundOpen = true;
      }
      const match = buildMatch({
        home,
        away,
        ...(parsed.score ? { score: parsed.score } : {}),
        // Extra time and penalties beside a two-legged tie belong to its return leg.
        notes: second ? readScoreNotes('') : notes,
        ...(lineDate ? { date: inCentury(lineDate, startYear) } : {}),
        ...(roundNumber !== undefined ? { round: roundNumber } : {}),
      });
      if (inPlayOff) builder.playOff(match);
      else builder.match(match);
      if (second) {
        // The return leg at the other club's ground, its score turned round; a play-off's stays
        // with the play-offs.
        const returnLeg = buildMatch({
          home: away,
          away: home,
          score: turnedScore(second),
          notes: returnLegNotes(notes),
        });
        if (inPlayOff) builder.playOff(returnLeg);
        else secondLegs.push(returnLeg);
      }
      afterMatch = true;
      continue;
    }
    // A scorer or line-up line under a match, or the continuation of a skipped line.
    if ((afterMatch || skipping) && /^\s{2,}/.test(raw)) continue;
    skipping = false;
    // A club without a match this round.
    if (/^\S.*\s{2,}bye$|^bye\b/i.test(line)) continue;
    const playOff = PLAY_OFF.exec(line);
    if (playOff) {
      inPlayOff = true;
      const headingDate = dateIn(line.replace(/^[^[(]*/, ''), yearOf);
      if (headingDate) date = headingDate;
      const inline = readMatch(playOff[2] ?? '');
      if (inline) {
        builder.playOff(
          buildMatch({
            home: register.resolve(inline.home),
            away: register.resolve(inline.away),
            ...(inline.score ? { score: inline.score } : {}),
            notes: readScoreNotes(inline.notes),
            ...(date ? { date } : {}),
          }),
        );
      }
      continue;
    }
    // `Fecha 2 de marzo de 2040`, `Date: Mar 2`: the day of the matches below, no heading.
    const labelled = /^(?:fecha|date)\s*:?\s+(.+)$/i.exec(line);
    const labelledDate = labelled ? dateIn(labelled[1] ?? '', yearOf) : undefined;
    if (labelledDate) {
      date = labelledDate;
      continue;
    }
    const round = ROUND.exec(line) ?? ORDINAL_ROUND.exec(line);
    if (round && line.length < 60) {
      closeTable();
      inPlayOff = false;
      ensureStage();
      roundNumber = Number(ROUND.test(line) ? round[2] : round[1]);
      date = dateIn(round[3] ?? '', yearOf);
      flushSecondLegs();
      roundName = line.replace(/\s*[([].*$/, '').trim();
      roundOpen = true;
      secondLegDate = undefined;
      builder.round(roundName, date);
      continue;
    }
    const group = GROUP.exec(line);
    if (group && !/\d\s*-\s*\d/.test(line)) {
      closeTable();
      inPlayOff = false;
      ensureStage();
      flushSecondLegs();
      roundOpen = false;
      builder.group(line);
      date = undefined;
      roundNumber = undefined;
      continue;
    }
    const entrant = /^([^():[\]]+?)\s*(?:\[([^\]]+)\]\s*)?\(([^,()]+),\s*([^()]+)\)$/.exec(line);
    if (entrant && !stageOpen && digitsFitClubName(entrant[1] ?? '')) {
      const name = (entrant[1] ?? '').trim();
      const club = register.resolve(name);
      // `Universidad Particular Antenor Orrego [U.P.A.O.] (Trujillo, La Libertad)`: the results
      // name the club by what the brackets hold.
      const short = entrant[2]?.trim();
      if (short) {
        register.nameAlso(
          short,
          club,
          `line ${lineNumber} gives "${short}" as the short name of "${name}"`,
        );
      }
      entrants.push({
        club,
        city: (entrant[3] ?? '').trim(),
        region: (entrant[4] ?? '').trim(),
      });
      continue;
    }
    const headingLike =
      line.length < 60 &&
      /^\p{L}/u.test(line) &&
      !/[.,;:]$/.test(line) &&
      !/:/.test(line.slice(0, -1));
    const followedByResults = () => {
      const next = lines.slice(index + 1).find((candidate) => candidate.trim() !== '');
      return next !== undefined && (readMatch(next) !== undefined || ROUND.test(next.trim()));
    };
    if (
      headingLike &&
      ((STAGE.test(line) || line === line.toUpperCase()) && line.length < 50
        ? true
        : followedByResults())
    ) {
      closeTable();
      inPlayOff = false;
      // `Quarterfinals [Nov 23 and Nov 30]`: the days of its legs.
      const days = /\s*\[([^\]]*)\]\s*$/.exec(line);
      const [name, remark] = splitRemark(titleCase(days ? line.slice(0, days.index) : line));
      flushSecondLegs();
      roundName = name;
      roundOpen = false;
      builder.stage(name);
      if (remark) builder.notes.push({ heading: name, text: remark });
      stageOpen = true;
      const [first, second] = (days?.[1] ?? '')
        .split(/\s+(?:and|y|&)\s+|\s*[,;]\s*/)
        .map((part) => dateIn(part, yearOf));
      date = first;
      secondLegDate = second;
      continue;
    }
    // Ties decided on points (as Torneo's render marks them): not by their goals.
    if (/^\[(?:ties\s+)?(?:decided\s+)?(?:on points|por puntos)\]$/i.test(line)) {
      ensureStage();
      builder.tiesOnPoints();
      continue;
    }
    // `[Sep 27]`, or the days of both legs: `[Sep 27 and Oct 4]`.
    const bracketDate = /^\[([^\]]*)\]$/.exec(line);
    if (bracketDate) {
      const [first, second] = (bracketDate[1] ?? '')
        .split(/\s+(?:and|y|&)\s+/)
        .map((part) => dateIn(part, yearOf));
      date = bracketDate[1] === '' ? undefined : first;
      if (second) secondLegDate = second;
      continue;
    }
    const dateLine = dateIn(line, yearOf);
    if (dateLine && line.length < 40) {
      date = dateLine;
      continue;
    }
    const scorer = /^(?:top\s*-?\s*scorers?|goleadores|m[aá]ximos goleadores)\s*:?\s*(.*)$/i.exec(
      line,
    );
    if (scorer) {
      const inline = scorer[1]?.trim() ?? '';
      if (inline === '') inScorers = true;
      else {
        const found = readScorer(inline);
        if (found) topScorers.push(scorerOf(found));
      }
      continue;
    }
    // `Champion: X`, `Promoted: A, B (2043 Liga)`, `Relegated: C`, as Torneo's render writes the
    // page's opening.
    const champion = /^(?:champions?|campe[oó]n|winners?)\s*:\s*(.+?)\.?$/i.exec(line);
    if (champion && !stageOpen) {
      winnersName = champion[1];
      continue;
    }
    const moved = /^(promoted|relegated|ascensos?|descensos?)\s*:\s*(.+?)\.?$/i.exec(line);
    if (moved && !stageOpen) {
      const word = (moved[1] ?? '').toLowerCase();
      lists.push({
        value: moved[2] ?? '',
        outcome: /^(promoted|ascen)/.test(word) ? 'promoted' : 'relegated',
        source: `the page's "${moved[1]}" line`,
        line: lineNumber,
      });
      continue;
    }
    if (SKIP.test(line) || (/^\p{L}[\p{L} .'-]*:\s/u.test(line) && /,/.test(line))) {
      skipping = true;
      continue;
    }
    if (!stageOpen) summary.push(line);
    else prose.push(line);
  }
  closeTable();
  flushSecondLegs();
  for (const text of joinParagraphs(prose)) builder.notes.push({ text });
  // Clubs the prose says went up or down by name.
  const movements = builder.movements(lists, [
    ...joinParagraphs(summary),
    ...builder.notes.map((note) => note.text),
  ]);
  const winners = winnersName === undefined ? undefined : register.resolve(winnersName);

  return builder.build({
    format: 'rsssf',
    title: titleLine,
    ...(competition ? { competition } : {}),
    ...(season ? { season } : {}),
    summary: joinParagraphs(summary),
    ...(winners ? { winners } : {}),
    topScorers,
    ...(previous ? { previous } : {}),
    ...(next ? { next } : {}),
    teamChanges: [],
    entrants,
    rulings: [],
    ...(movements.length > 0 ? { movements } : {}),
    sources: [{ title: `RSSSF: ${titleLine}`, detail: options.file }],
  });
}

/** A label over a grid's column: a club's short name (`ALI`, `Cri`) or its number. @internal */
const GRID_LABEL = /^(?:\p{L}[\p{L}.]{0,4}|\d{1,2})$/u;
/** A grid's cell: a score, or the marks of a club against itself or a match not played. */
const GRID_CELL = /^(?:\d{1,2}-\d{1,2}|[-x*—]+|w\/?o|awd)$/i;

/**
 * A results grid in columns from line `at`: a line of labels, one a column, then a line a club,
 * its name and a cell under each label, up to the first line that is not one.
 *
 * @example
 * //          ALI UNI
 * // Alianza   xx 1-0
 * // Univ.    2-2  xx
 * @internal
 */
function readPlainGrid(
  lines: readonly string[],
  at: number,
): { grid: ResultsGrid; last: number } | undefined {
  const labels = (lines[at] ?? '').trim().split(/\s+/);
  if (labels.length < 2 || !labels.every((label) => GRID_LABEL.test(label))) return undefined;
  const rows: GridRow[] = [];
  let last = at;
  for (let index = at + 1; index < lines.length; index += 1) {
    const tokens = (lines[index] ?? '').trim().split(/\s+/);
    const cells = tokens.slice(-labels.length);
    const name = tokens
      .slice(0, -labels.length)
      .join(' ')
      .replace(/^\d{1,2}\.\s*/, '');
    if (tokens.length <= labels.length || !cells.every((cell) => GRID_CELL.test(cell))) break;
    if (!plausibleName(name)) break;
    rows.push({ line: index + 1, name, cells });
    last = index;
  }
  const grid = readResultsGrid(labels, rows);
  return grid ? { grid, last } : undefined;
}

/**
 * A top-scorer line: `Stábile (Argentina) 8 goals`, `8 Stábile (Argentina)`, `12 - Juan Pérez
 * (Alianza)`, `Juan Pérez (Alianza)  12`.
 * @internal
 */
function readScorer(line: string): { name: string; team?: string; goals: number } | undefined {
  const leading = /^(\d{1,3})\s*[-.:]?\s+([^\d(]+?)\s*(?:\(([^)]+)\))?\.?$/.exec(line);
  const trailing =
    /^([^\d(]+?)\s*(?:\(([^)]+)\))?\s*[,:-]?\s*(\d{1,3})\s*(?:goals?|goles)?\.?$/i.exec(line);
  if (leading) {
    const team = leading[3]?.trim();
    return {
      name: (leading[2] ?? '').trim(),
      ...(team ? { team } : {}),
      goals: Number(leading[1]),
    };
  }
  if (trailing) {
    const team = trailing[2]?.trim();
    return {
      name: (trailing[1] ?? '').trim(),
      ...(team ? { team } : {}),
      goals: Number(trailing[3]),
    };
  }
  return undefined;
}

/** A match line read apart. @internal */
interface MatchText {
  readonly home: string;
  readonly away: string;
  readonly score?: { home: number; away: number };
  /**
   * A two-legged tie on one line (`Sport Huancayo  3-0 1-2  Atlético Chalaco`): the return leg's
   * score, written like the first with the first-named club's goals first.
   */
  readonly secondLeg?: { home: number; away: number };
  readonly notes: string;
  /** The date the line opens with, as written. */
  readonly dateText?: string;
}

const NAME = /^[^,;:"]{1,40}$/u;

/** A club's name, digits only where names carry them (`2 de Mayo`, `Schalke 04`). @internal */
function plausibleName(name: string): boolean {
  return (
    NAME.test(name) &&
    name.split(/\s+/).length <= 6 &&
    /\p{L}/u.test(name) &&
    digitsFitClubName(name)
  );
}

/**
 * Reads the two layouts of a result: `Home - Away   3-0 [notes]` and
 * `[dd.mm.yy] [venue]  Home  3-0 Away  [notes]`; `awd` for an awarded match, `-` for one not played.
 * @internal
 */
function readMatch(text: string): MatchText | undefined {
  const [dateText, line] = splitLeadingDate(text.trim());
  const old =
    /^(.+?)\s+-\s+(.+?)\s{2,}(\d+\s*-\s*\d+|awd|w\/o|-|n\/p|p\/p|abd)(?![\w])\s*(.*)$/i.exec(line);
  let read: MatchText | undefined;
  if (old && plausibleName(old[1] ?? '') && plausibleName(old[2] ?? '')) {
    // `A - B   3-0 1-2`: the second score is the return leg's.
    const second = /^(\d+)\s*-\s*(\d+)(?![\w])\s*(.*)$/.exec(old[4] ?? '');
    read = withScore(
      old[1] ?? '',
      old[2] ?? '',
      old[3] ?? '',
      second ? (second[3] ?? '') : (old[4] ?? ''),
    );
    if (read && second && read.score) {
      read = { ...read, secondLeg: { home: Number(second[1]), away: Number(second[2]) } };
    }
  } else {
    const twoLegs = /^(.*?\S)\s+(\d+\s*-\s*\d+)\s+(\d+)\s*-\s*(\d+)\s+(\S.*)$/.exec(line);
    const modern = twoLegs
      ? ([twoLegs[0], twoLegs[1], twoLegs[2], twoLegs[5]] as const)
      : /^(.*?\S)\s+(\d+\s*-\s*\d+|awd|w\/o|n\/p|p\/p|abd|-)\s+(\S.*)$/i.exec(line);
    if (!modern) return undefined;
    // A venue may come before the home club, two spaces or more apart: the home club is the last field.
    const home =
      (modern[1] ?? '')
        .split(/\s{2,}/)
        .pop()
        ?.trim() ?? '';
    const after = modern[3] ?? '';
    const awayEnd = after.search(/\s{2,}|\s*\[|\s+(?:aet|a\.e\.t\.|awd|\(|pen)/i);
    const away = (awayEnd === -1 ? after : after.slice(0, awayEnd)).trim();
    const notes = awayEnd === -1 ? '' : after.slice(awayEnd);
    if (!plausibleName(home) || !plausibleName(away)) return undefined;
    read = withScore(home, away, modern[2] ?? '', notes);
    if (read && twoLegs) {
      read = { ...read, secondLeg: { home: Number(twoLegs[3]), away: Number(twoLegs[4]) } };
    }
  }
  return read && dateText ? { ...read, dateText } : read;
}

const LEADING_DATE =
  /^(\d{1,2}[./]\d{1,2}(?:[./]\d{2,4})?|\d{4}-\d{2}-\d{2}|[A-Za-z]{3,9}\.?\s+\d{1,2}(?:,\s*\d{4})?|\d{1,2}\s+[A-Za-z]{3,9}\.?(?:\s+\d{4})?)(?=\s)\s+/;

/**
 * A date that opens a result line (`13.07.30`, `Jun 20`, `Jul  1`, `20 Jun`), apart from the rest.
 * Month names are checked, so that a club called "Sport 2" is not taken for a date.
 * @internal
 */
function splitLeadingDate(line: string): [string | undefined, string] {
  const found = LEADING_DATE.exec(line);
  if (!found) return [undefined, line];
  const text = found[1] ?? '';
  const word = /[A-Za-z]+/.exec(text)?.[0];
  if (word !== undefined && monthNumber(word) === undefined) return [undefined, line];
  return [text, line.slice(found[0].length)];
}

/** @internal */
function withScore(
  home: string,
  away: string,
  score: string,
  notes: string,
): MatchText | undefined {
  const found = /^(\d+)\s*-\s*(\d+)$/.exec(score.trim());
  const mark = found ? '' : score.trim().toLowerCase();
  const extra =
    mark === 'awd' || mark === 'w/o'
      ? ` ${mark}`
      : mark === 'abd'
        ? ' abandoned'
        : mark === 'p/p'
          ? ' postponed'
          : '';
  return {
    home: home.trim(),
    away: away.trim(),
    ...(found ? { score: { home: Number(found[1]), away: Number(found[2]) } } : {}),
    notes: `${notes}${extra}`,
  };
}

/** A date inside a heading or a line: "(Sep 30)", "(Oct 3, 1979)", "Montevideo, July 30, 1930." @internal */
function dateIn(
  text: string,
  yearOf: ((month: number, day: number) => number) | undefined,
): string | undefined {
  const inner = text.replace(/[()[\].]/g, ' ').trim();
  const full =
    /([A-Za-záé]+\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+(?:de\s+)?[A-Za-záé]+\s+(?:de\s+)?\d{4}|\d{4}-\d{2}-\d{2})/.exec(
      inner,
    );
  if (full) return parseDate(full[1] ?? '');
  const short = /^(?:[A-Za-z]{3},?\s+)?([A-Za-záé]+)\s+(\d{1,2})$|^(\d{1,2})\s+([A-Za-záé]+)$/.exec(
    inner,
  );
  if (!short || !yearOf) return undefined;
  const monthName = short[1] ?? short[4] ?? '';
  const day = Number(short[2] ?? short[3]);
  const month = monthNumber(monthName);
  if (month === undefined) return undefined;
  return parseDate(`${day} ${monthName}`, yearOf(month, day));
}

/** A date whose two-digit year was read in the wrong century, put in the season's. @internal */
function inCentury(date: string, startYear: number): string {
  if (Number.isNaN(startYear)) return date;
  const year = Number(date.slice(0, 4));
  const shift = Math.round((startYear - year) / 100) * 100;
  return shift === 0 ? date : `${String(year + shift).padStart(4, '0')}${date.slice(4)}`;
}

/** "Quarterfinals (no extra time in case of draw)" → the name and the remark. @internal */
function splitRemark(heading: string): [string, string | undefined] {
  const found = /^(.*?\S)\s*\(([^)]*)\)\s*$/.exec(heading);
  return found ? [found[1] ?? heading, found[2]] : [heading, undefined];
}

/** @internal */
function titleCase(line: string): string {
  if (line !== line.toUpperCase()) return line;
  return line
    .toLowerCase()
    .replace(/(^|\s)(\p{L})/gu, (_, space: string, letter: string) => space + letter.toUpperCase());
}

/** Lines of prose joined into paragraphs. @internal */
function joinParagraphs(lines: readonly string[]): string[] {
  const paragraphs: string[] = [];
  let current = '';
  for (const line of lines) {
    current = current === '' ? line : `${current} ${line}`;
    if (/[.:]$/.test(line)) {
      paragraphs.push(current);
      current = '';
    }
  }
  if (current !== '') paragraphs.push(current);
  return paragraphs;
}
