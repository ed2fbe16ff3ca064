import type { Score } from '#core/model/match.ts';
import type { SeasonRecord } from '#core/model/season-record.ts';
import type { ClubAlias } from '#core/records/club-names.ts';
import { buildMatch } from '../text/build-match.ts';
import { monthNumber, parseDate, seasonYears } from '../text/dates.ts';
import { RecordBuilder } from '../text/record-builder.ts';
import { readScoreNotes } from '../text/score-notes.ts';

/** Options of {@link parseFootballTxt}. */
export interface ParseFootballTxtOptions {
  readonly file: string;
  readonly aliases?: readonly ClubAlias[];
}

const MATCHDAY =
  /^(?:»\s*)?(?:(.+?),\s*)?(?:(matchday|round|week|spieltag|jornada)\s+(\d+)|(\d+)\.\s*(round|matchday))\s*$/i;
/** `» Finals, Semifinals`: a stage and a round named in one heading. */
const STAGE_ROUND = /^»\s*(?:(.+?),\s*)?(.+?)\s*$/;
const DATE_LINE =
  /^\[?((?:mon|tue|wed|thu|fri|sat|sun)\w*\s+)?([a-z]{3,})[/ ](\d{1,2})(?:\s+(\d{4}))?\]?$/i;
const TIME = /^\d{1,2}[.:]\d{2}\s+/;
const RESULT =
  /^(.+?)\s+(?:(\d+)-(\d+)\s+pen\.?\s+)?(\d+)-(\d+)(\s+a\.?e\.?t\.?)?(?:\s*\((\d+)-(\d+)(?:,\s*(\d+)-(\d+))?\))?\s+(.+?)(?:\s+\[([^\]]*)\])?$/;
const VERSUS =
  /^(.+?)\s+v\s+(.+?)(?:\s+(?:(\d+)-(\d+)\s+pen\.?\s+)?(\d+)-(\d+)(\s+a\.?e\.?t\.?)?(?:\s*\((\d+)-(\d+)(?:,\s*(\d+)-(\d+))?\))?)?(?:\s+\[([^\]]*)\])?$/;
const UNPLAYED = /^(.+?)\s+-\s+(.+?)(?:\s+\[([^\]]*)\])?$/;

/**
 * Reads an openfootball Football.TXT league file: `= League 2019/20`, `Matchday N` (or
 * `» Matchday N`) headings, date lines (`[Sat Aug/10]`, `Fri Aug/16 2024`), and match lines in
 * either layout (`15.00  Home  2-1 (1-0)  Away`, `20:00  Home  v Away   4-2 (1-0)`), with
 * `a.e.t.`, penalties, `[awarded]`, `[cancelled]` and `[abandoned]`. A `== Playoffs` section is a
 * stage of its own, so its matches do not count in the league table.
 *
 * @example
 * parseFootballTxt(text, { file: '1-premierleague.txt' }).stages[0]?.groups[0]?.rounds.length //=> 38
 */
export function parseFootballTxt(text: string, options: ParseFootballTxtOptions): SeasonRecord {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const titleLine =
    lines
      .find((line) => line.startsWith('= '))
      ?.slice(2)
      .trim() ?? options.file;
  const titleParts = /^(.+?)\s+(\d{4}(?:\/\d{2,4})?)$/.exec(titleLine);
  const competition = titleParts?.[1] ?? titleLine;
  const season = titleParts?.[2];
  const startYear = Number.parseInt(season ?? '', 10);
  const yearOf = Number.isNaN(startYear) ? undefined : seasonYears(startYear);
  const builder = new RecordBuilder(options.aliases, competition);
  const register = builder.register;
  builder.stage(competition);
  let date: string | undefined;
  let roundNumber: number | undefined;
  let stageName = competition;
  /** `» Regular, Matchday 1` then `» Finals, Final`: a new stage when the name changes. */
  const switchStage = (name: string | undefined): void => {
    if (name === undefined || name === stageName) return;
    stageName = name;
    builder.stage(name);
  };

  for (const [index, raw] of lines.entries()) {
    const lineNumber = index + 1;
    const line = raw.trim();
    if (line === '' || line.startsWith('#') || line.startsWith('= ')) continue;
    if (line.startsWith('==')) {
      stageName = line.replace(/^=+\s*/, '');
      builder.stage(stageName);
      roundNumber = undefined;
      continue;
    }
    const matchday = MATCHDAY.exec(line);
    if (matchday) {
      switchStage(matchday[1]);
      roundNumber = Number(matchday[3] ?? matchday[4]);
      builder.round(`${capitalize(matchday[2] ?? matchday[5] ?? '')} ${roundNumber}`);
      continue;
    }
    const stageRound = STAGE_ROUND.exec(line);
    if (stageRound) {
      switchStage(stageRound[1]);
      roundNumber = undefined;
      builder.round(stageRound[2] ?? '');
      continue;
    }
    const dated = DATE_LINE.exec(line);
    if (dated) {
      const month = monthNumber(dated[2] ?? '');
      const day = Number(dated[3]);
      if (month !== undefined) {
        const year = dated[4] ? Number(dated[4]) : yearOf?.(month, day);
        if (year !== undefined) date = parseDate(`${day} ${dated[2]} ${year}`);
        continue;
      }
    }
    const body = line.replace(TIME, '');
    const versus = VERSUS.exec(body);
    const result = versus ? undefined : RESULT.exec(body);
    const unplayed = versus || result ? undefined : UNPLAYED.exec(body);
    if (!versus && !result && !unplayed && /^\p{L}[\p{L}\s-]{0,39}$/u.test(line)) {
      // A bare heading ("Semifinals", "Final") names the round of the matches below it.
      roundNumber = undefined;
      builder.round(line);
      continue;
    }
    if (!versus && !result && !unplayed) {
      builder.warnings.push({
        line: lineNumber,
        message: `Not read: "${line}" is not a heading, a date or a match`,
      });
      continue;
    }
    let home: string;
    let away: string;
    let final: Score | undefined;
    let normal: Score | undefined;
    let penalties: Score | undefined;
    let extraTime = false;
    let note = '';
    if (versus) {
      home = versus[1] ?? '';
      away = versus[2] ?? '';
      if (versus[5] !== undefined) final = { home: Number(versus[5]), away: Number(versus[6]) };
      if (versus[3] !== undefined) penalties = { home: Number(versus[3]), away: Number(versus[4]) };
      extraTime = versus[7] !== undefined;
      if (extraTime && versus[8] !== undefined)
        normal = { home: Number(versus[8]), away: Number(versus[9]) };
      note = versus[12] ?? '';
    } else if (result) {
      home = result[1] ?? '';
      away = result[11] ?? '';
      final = { home: Number(result[4]), away: Number(result[5]) };
      if (result[2] !== undefined) penalties = { home: Number(result[2]), away: Number(result[3]) };
      extraTime = result[6] !== undefined;
      if (extraTime && result[7] !== undefined)
        normal = { home: Number(result[7]), away: Number(result[8]) };
      note = result[12] ?? '';
    } else {
      home = unplayed?.[1] ?? '';
      away = unplayed?.[2] ?? '';
      note = unplayed?.[3] ?? '';
    }
    const notes = readScoreNotes(`${extraTime ? 'aet ' : ''}${note ? `[${note}]` : ''}`);
    builder.match(
      buildMatch({
        home: register.resolve(home),
        away: register.resolve(away),
        ...(final ? { score: final } : {}),
        ...(normal ? { normalTime: normal } : {}),
        notes: penalties ? { ...notes, penalties } : notes,
        ...(date ? { date } : {}),
        ...(roundNumber !== undefined ? { round: roundNumber } : {}),
      }),
    );
  }

  return builder.build({
    format: 'footballtxt',
    title: titleLine,
    competition,
    ...(season ? { season } : {}),
    summary: [],
    topScorers: [],
    teamChanges: [],
    entrants: [],
    rulings: [],
    sources: [{ title: titleLine, detail: options.file }],
  });
}

/** @internal */
function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();
}
