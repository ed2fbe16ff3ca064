import { InputError, type Issue, makeIssue } from '#core/errors.ts';
import { MATCH_STATUSES, type Match, type MatchStatus } from '#core/model/match.ts';
import type { ResultsFile, ResultsPlace } from '../results-file.ts';
import { clubsOf } from '../results-file.ts';
import { readCsv } from './read-csv.ts';

/** The columns a results CSV can have, each with the header names it is recognised by. */
const COLUMNS = {
  date: ['date', 'match_date', 'day'],
  round: ['round', 'matchday', 'fecha', 'week'],
  home: ['home', 'home_team', 'hometeam', 'home_club', 'local', 'team1'],
  away: ['away', 'away_team', 'awayteam', 'away_club', 'visitor', 'visitante', 'team2'],
  homeGoals: ['home_goals', 'homegoals', 'hgoal', 'fthg', 'home_score', 'hg', 'goals1'],
  awayGoals: ['away_goals', 'awaygoals', 'vgoal', 'ftag', 'away_score', 'ag', 'goals2'],
  status: ['status'],
  neutral: ['neutral'],
  homePenalties: ['home_penalties', 'home_pens', 'penalties1'],
  awayPenalties: ['away_penalties', 'away_pens', 'penalties2'],
  stage: ['stage', 'phase', 'etapa'],
  group: ['group', 'grupo', 'zone', 'zona'],
  playOff: ['play_off', 'playoff', 'desempate'],
} as const;

type Column = keyof typeof COLUMNS;
const REQUIRED: readonly Column[] = ['home', 'away', 'homeGoals', 'awayGoals'];

/**
 * Reads a results CSV: a header, then one match per row. Columns are found by name (`date`, `home`,
 * `away`, `home_goals`, `away_goals`, and optional `round`, `status`, `neutral`, `stage`, `group`,
 * `play_off`, `home_penalties`, `away_penalties`; common spellings such as `HomeTeam`/`FTHG` too). A row with empty goals is a scheduled match. Every bad cell is
 * reported with its line and column; nothing is returned unless the whole file is good.
 *
 * @example
 * parseResultsCsv('date,home,away,home_goals,away_goals\n1994-01-02,Aurora,CNI,1,0\n', 'final.csv').matches[0]
 * //=> { home: 'Aurora', away: 'CNI', status: 'played', score: { home: 1, away: 0 }, date: '1994-01-02' }
 */
export function parseResultsCsv(text: string, file: string): ResultsFile {
  const records = readCsv(text, { file });
  const header = records[0];
  if (!header) {
    throw new InputError([
      makeIssue(
        'results CSV',
        `${file} line 1`,
        `a header naming the columns ${REQUIRED.join(', ')}`,
        'an empty file',
      ),
    ]);
  }
  const index = new Map<Column, number>();
  header.cells.forEach((name, position) => {
    const key = name
      .trim()
      .toLowerCase()
      .replace(/[\s-]+/g, '_');
    for (const [column, names] of Object.entries(COLUMNS) as [Column, readonly string[]][]) {
      if (names.includes(key) && !index.has(column)) index.set(column, position);
    }
  });
  const missing = REQUIRED.filter((column) => !index.has(column));
  if (missing.length > 0) {
    throw new InputError(
      missing.map((column) =>
        makeIssue(
          'results CSV header',
          `${file} line ${header.line}`,
          `a column named ${COLUMNS[column].map((name) => `"${name}"`).join(' or ')}`,
          header.cells.map((cell) => `"${cell}"`).join(', '),
        ),
      ),
    );
  }

  const issues: Issue[] = [];
  const matches: Match[] = [];
  const places: ResultsPlace[] = [];
  for (const record of records.slice(1)) {
    const cell = (column: Column): { text: string; at: string } | undefined => {
      const position = index.get(column);
      if (position === undefined) return undefined;
      return {
        text: (record.cells[position] ?? '').trim(),
        at: `${file} line ${record.line}, column ${position + 1}`,
      };
    };
    const home = cell('home');
    const away = cell('away');
    const homeGoals = cell('homeGoals');
    const awayGoals = cell('awayGoals');
    if (!home || !away || !homeGoals || !awayGoals) continue;
    const rowIssues: Issue[] = [];
    for (const club of [home, away]) {
      if (club.text === '')
        rowIssues.push(makeIssue('club', club.at, 'a club name', 'an empty cell'));
    }
    if (home.text !== '' && home.text === away.text) {
      rowIssues.push(
        makeIssue('match', away.at, 'an away club other than the home club', `"${away.text}"`),
      );
    }
    const unplayed = homeGoals.text === '' && awayGoals.text === '';
    const goals = unplayed
      ? []
      : [homeGoals, awayGoals].map((g) => parseGoals(g.text, g.at, rowIssues));
    const date = cell('date');
    if (date && date.text !== '' && !isIsoDate(date.text)) {
      rowIssues.push(makeIssue('date', date.at, 'a date as YYYY-MM-DD', `"${date.text}"`));
    }
    const round = cell('round');
    let roundNumber: number | undefined;
    if (round && round.text !== '') {
      roundNumber = Number(round.text);
      if (!Number.isInteger(roundNumber) || roundNumber < 1) {
        rowIssues.push(makeIssue('round', round.at, 'a round number from 1', `"${round.text}"`));
      }
    }
    const statusCell = cell('status');
    let status: MatchStatus = unplayed ? 'scheduled' : 'played';
    if (statusCell && statusCell.text !== '') {
      const given = statusCell.text.toLowerCase() as MatchStatus;
      if (MATCH_STATUSES.includes(given)) status = given;
      else
        rowIssues.push(
          makeIssue(
            'status',
            statusCell.at,
            `one of ${MATCH_STATUSES.join(', ')}`,
            `"${statusCell.text}"`,
          ),
        );
    }
    if ((status === 'played' || status === 'walkover') && unplayed) {
      rowIssues.push(
        makeIssue('score', homeGoals.at, `goals for a ${status} match`, 'empty cells'),
      );
    }
    const neutral = cell('neutral');
    // A shoot-out after the match: both columns or neither.
    const shootout = [cell('homePenalties'), cell('awayPenalties')];
    const kicked = shootout.filter((kicks) => kicks && kicks.text !== '');
    const penalties =
      kicked.length === 2
        ? shootout.map((kicks) => parseGoals(kicks?.text ?? '', kicks?.at ?? file, rowIssues))
        : undefined;
    if (kicked.length === 1) {
      const [given] = kicked;
      rowIssues.push(
        makeIssue('penalties', given?.at ?? file, "both clubs' penalties", 'one of them'),
      );
    }
    if (rowIssues.length > 0) {
      issues.push(...rowIssues);
      continue;
    }
    const [h, a] = goals as [number, number] | [];
    const score = h === undefined || a === undefined ? undefined : { home: h, away: a };
    matches.push({
      home: home.text,
      away: away.text,
      status,
      ...(score && status === 'walkover' ? { awarded: score } : score ? { score } : {}),
      ...(date && date.text !== '' ? { date: date.text } : {}),
      ...(roundNumber !== undefined ? { round: roundNumber } : {}),
      ...(neutral && /^(1|true|yes|y)$/i.test(neutral.text) ? { neutral: true } : {}),
      ...(penalties ? { penalties: { home: penalties[0] ?? 0, away: penalties[1] ?? 0 } } : {}),
    });
    const stage = cell('stage')?.text ?? '';
    const group = cell('group')?.text ?? '';
    const playOff = /^(1|true|yes|y|s[ií])$/i.test(cell('playOff')?.text ?? '');
    places.push({
      ...(stage ? { stage } : {}),
      ...(group ? { group } : {}),
      ...(playOff ? { playOff } : {}),
    });
  }
  if (issues.length > 0) throw new InputError(issues);
  const placed = places.some((place) => place.stage || place.group || place.playOff);
  return { matches, ...(placed ? { places } : {}), clubs: clubsOf(matches) };
}

/** @internal */
function parseGoals(text: string, at: string, issues: Issue[]): number {
  if (!/^\d{1,3}$/.test(text)) {
    issues.push(
      makeIssue(
        'score',
        at,
        'a whole number of goals (0 or more)',
        text === '' ? 'an empty cell' : `"${text}"`,
      ),
    );
    return 0;
  }
  return Number(text);
}

/** @internal */
function isIsoDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
}
