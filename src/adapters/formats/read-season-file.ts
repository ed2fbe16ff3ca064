import { readdir, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { readTextFile } from '#adapters/files/read-text-file.ts';
import { EDITION_FILES } from '#adapters/formats/edition/read-edition.ts';
import { InputError, makeIssue } from '#core/errors.ts';
import type { Match } from '#core/model/match.ts';
import type { SeasonRecord } from '#core/model/season-record.ts';
import type { ClubAlias } from '#core/records/club-names.ts';
import { parseArticle } from './article/parse-article.ts';
import { parseResultsCsv } from './csv/parse-results-csv.ts';
import { parseFootballTxt } from './footballtxt/parse-footballtxt.ts';
import { parseResultsJson } from './json/parse-results-json.ts';
import { isSeasonDocument, parseSeasonJson } from './json/parse-season-json.ts';
import { BUILT_IN_ALIASES } from './read-aliases.ts';
import type { ResultsFile } from './results-file.ts';
import { parseRsssf } from './rsssf/parse-rsssf.ts';
import { isPageCopy, parsePageCopy } from './wikitext/parse-page-copy.ts';
import { parseWikitext } from './wikitext/parse-wikitext.ts';

/** The formats a season file can be read from. */
export const SEASON_FORMATS = [
  'article',
  'wikitext',
  'copy',
  'rsssf',
  'footballtxt',
  'csv',
  'json',
] as const;
export type SeasonFormat = (typeof SEASON_FORMATS)[number];

/**
 * Tells a season file's format from its content: wikitext opens with a template (`{{Infobox …`)
 * or holds a season's templates or a `{|` table; JSON starts with `{` or `[`; a copy of a season
 * article's web page marks its headings `[edit]`; a season article opens with `= Title =` or has
 * an `Infobox`; Football.TXT opens with `= League 2019/20` and has
 * match days or date lines; a CSV's first line is a header of comma-separated names; anything else
 * is read as an RSSSF page.
 *
 * @example
 * detectFormat('= 1993 Copa Perú =\n\nInfobox\n') //=> 'article'
 */
export function detectFormat(text: string): SeasonFormat {
  const body = text.replace(/^\uFEFF/, '');
  if (
    /^\s*\{\{/.test(body) ||
    /\{\{\s*(infobox|#invoke:\s*sports|football ?box|twolegresult)/i.test(body) ||
    /^\{\|/m.test(body)
  ) {
    return 'wikitext';
  }
  const first = body.trimStart()[0];
  if (first === '{' || first === '[') return 'json';
  if (isPageCopy(body)) return 'copy';
  const lines = body.split(/\r?\n/).filter((line) => line.trim() !== '');
  const head = lines[0]?.trim() ?? '';
  if (
    /^=\s.*\s=$/.test(head) ||
    lines.slice(0, 20).some((line) => /^infobox\b/i.test(line.trim()))
  ) {
    return 'article';
  }
  // Football.TXT: `= League 2019/20` (no closing mark), then matchdays, dated lines, or results
  // indented under a round's name (`  Alfa  2-0  Beta`), as Torneo writes it.
  if (
    /^=\s/.test(head) &&
    (lines.some((line) =>
      /^(»|matchday\s+\d+|\[?(mon|tue|wed|thu|fri|sat|sun)\s+[a-z]{3}[/ ]\d)/i.test(line.trim()),
    ) ||
      (!/=$/.test(head) && lines.some((line) => /^\s{2,}\S.*\s\d+-\d+\s{2,}\S/.test(line))))
  ) {
    return 'footballtxt';
  }
  if (/^[\w"' ]+(,[\w"' ]+){3,}$/.test(head) && /home|team|local/i.test(head)) return 'csv';
  return 'rsssf';
}

/** Options of {@link readSeasonFile}. */
export interface ReadSeasonOptions {
  readonly from?: SeasonFormat;
  /** Aliases besides the built-in ones (the Copa Perú's abbreviations). */
  readonly aliases?: readonly ClubAlias[];
}

/**
 * Reads a season file of any format into a {@link SeasonRecord}. A results CSV or JSON becomes a
 * record of one stage and one group.
 *
 * @example
 * const record = await readSeasonFile('../shared/seed/copa-peru-1993.txt');
 */
export async function readSeasonFile(
  path: string,
  options: ReadSeasonOptions = {},
): Promise<SeasonRecord> {
  // A folder cannot be a season file; one that holds an edition is met by `torneo edition`.
  const isFolder = await stat(path).then(
    (info) => info.isDirectory(),
    () => false,
  );
  if (isFolder) {
    const names = await readdir(path);
    if (EDITION_FILES.some((name) => names.includes(name))) throw editionInstead(path, 'a folder');
  }
  const text = await readTextFile(path, 'no such file can be read');
  return parseSeasonText(text, path, options);
}

/**
 * An edition file (`competition`, `edition`, `clubs`, `stages` at the top, YAML or JSON) read as a
 * season file would give tables under the wrong rules and clubs under the wrong names: it is told
 * apart and sent to `torneo edition`, unless `--from` asks for a format.
 *
 * @example
 * isEditionText('competition: Copa Perú\nedition: 1993\nstages: []\n') //=> true
 */
export function isEditionText(text: string): boolean {
  const body = text.replace(/^\uFEFF/, '');
  if (/^\s*\{/.test(body)) {
    // Parsed here only when it may be one: a season's JSON is parsed once, by its own reader.
    if (!/"edition"\s*:/.test(body) || !/"stages"\s*:/.test(body)) return false;
    try {
      const data: unknown = JSON.parse(body);
      return typeof data === 'object' && data !== null && 'edition' in data && 'stages' in data;
    } catch {
      return false;
    }
  }
  return /^edition:/m.test(body) && /^stages:/m.test(body);
}

/** @internal */
function editionInstead(path: string, what: string): InputError {
  return new InputError([
    makeIssue(
      'season file',
      path,
      'a season article (its wikitext, or its page copied as text), an RSSSF page, a Football.TXT file, a results CSV or JSON with matches, tables or entrants',
      `${what} with an edition (its format, clubs and stages), which is run, not imported: \`torneo edition ${path}\` prints its tables, POST /api/editions stores it`,
    ),
  ]);
}

/** Reads season text already in memory; see {@link readSeasonFile}. */
export function parseSeasonText(
  text: string,
  path: string,
  options: ReadSeasonOptions = {},
): SeasonRecord {
  if (options.from === undefined && isEditionText(text)) throw editionInstead(path, 'a file');
  const format = options.from ?? detectFormat(text);
  const record = parseAs(format, text, path, options);
  const understood =
    record.stages.length > 0 || record.entrants.length > 0 || record.teamChanges.length > 0;
  if (!understood) {
    const first =
      text
        .split(/\r?\n/)
        .find((line) => line.trim() !== '')
        ?.trim() ?? '';
    throw new InputError([
      makeIssue(
        'season file',
        `${path} line 1`,
        'a season article (its wikitext, or its page copied as text), an RSSSF page, a Football.TXT file, a results CSV or JSON with matches, tables or entrants',
        first === ''
          ? 'an empty file'
          : `nothing Torneo could read, starting "${first.slice(0, 60)}"`,
      ),
    ]);
  }
  return record;
}

/** @internal */
function parseAs(
  format: SeasonFormat,
  text: string,
  path: string,
  options: ReadSeasonOptions,
): SeasonRecord {
  const common = { file: path, aliases: [...BUILT_IN_ALIASES, ...(options.aliases ?? [])] };
  switch (format) {
    case 'article':
      return parseArticle(text, common);
    case 'wikitext':
      return parseWikitext(text, common);
    case 'copy':
      return parsePageCopy(text, common);
    case 'rsssf':
      return parseRsssf(text, common);
    case 'footballtxt':
      return parseFootballTxt(text, common);
    case 'csv':
      return fromResults(parseResultsCsv(text, path), path, 'csv');
    case 'json': {
      if (isSeasonDocument(safeJson(text))) return parseSeasonJson(text, path);
      const parsed = parseResultsJson(text, path);
      return { ...fromResults(parsed, path, 'json'), rulings: parsed.rulings };
    }
  }
}

/** A results file as a record of one stage and one group. @internal */
function fromResults(results: ResultsFile, path: string, format: SeasonFormat): SeasonRecord {
  const name = basename(path).replace(/\.[^.]+$/, '');
  // Stages and groups in the order the file first names them; within each, rounds by number.
  const stages = new Map<
    string,
    Map<string, { rounds: Map<number, Match[]>; playOffs: Match[] }>
  >();
  results.matches.forEach((match, index) => {
    const place = results.places?.[index] ?? {};
    const stage = place.stage || name;
    const groups = stages.get(stage) ?? new Map();
    stages.set(stage, groups);
    const groupName = place.group || stage;
    const group = groups.get(groupName) ?? { rounds: new Map<number, Match[]>(), playOffs: [] };
    groups.set(groupName, group);
    if (place.playOff) {
      group.playOffs.push(match);
      return;
    }
    const list = group.rounds.get(match.round ?? 0) ?? [];
    list.push(match);
    group.rounds.set(match.round ?? 0, list);
  });
  return {
    format,
    ...(results.rules !== undefined ? { preset: results.rules } : {}),
    title: name,
    ...(results.season !== undefined ? { season: String(results.season) } : {}),
    summary: [],
    topScorers: [],
    teamChanges: [],
    entrants: [],
    stages: [...stages].map(([stage, groups]) => ({
      name: stage,
      groups: [...groups].map(([group, { rounds, playOffs }]) => ({
        name: group,
        rounds: [...rounds].map(([round, matches]) => ({
          name: round === 0 ? 'Matches' : `Round ${round}`,
          matches,
        })),
        playOffs,
      })),
    })),
    clubs: results.clubs,
    merges: [],
    rulings: [],
    notes: [],
    warnings: [],
    sources: [{ title: name, detail: path }],
  };
}

/** The JSON value of a text, or `undefined` when it is not JSON (the reader then says where). @internal */
function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
