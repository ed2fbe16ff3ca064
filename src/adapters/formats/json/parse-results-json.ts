import { z } from 'zod';
import { InputError, type Issue, makeIssue } from '#core/errors.ts';
import type { Match } from '#core/model/match.ts';
import type { Ruling } from '#core/model/ruling.ts';
import { clubsOf, type ResultsFile } from '../results-file.ts';
import { checkedParse } from './checked-parse.ts';
import { parseJsonText } from './locate-json-error.ts';
import { MatchSchema, RulingSchema } from './schemas.ts';

/** A results document: its matches, and optionally the clubs, the preset and the rulings. */
export const ResultsDocumentSchema = z.strictObject({
  $schema: z.string().optional(),
  competition: z.string().optional(),
  season: z.int().optional(),
  rules: z.string().optional(),
  clubs: z.array(z.strictObject({ id: z.string().min(1), name: z.string().min(1) })).optional(),
  matches: z.array(MatchSchema),
  rulings: z.array(RulingSchema).optional(),
});

/** A results file in JSON, with its rulings. */
export interface ResultsJson extends ResultsFile {
  readonly rulings: readonly Ruling[];
}

/**
 * Reads a results document in JSON (described by `docs/formats/results.schema.json`): either an
 * array of matches or `{ "matches": [...], "clubs"?, "rules"?, "season"?, "rulings"? }`. Every
 * problem is reported with its path; a match with a score and no status is played, one without a
 * score is scheduled.
 *
 * @example
 * parseResultsJson('[{"home":"Aurora","away":"CNI","score":{"home":1,"away":0}}]', 'f.json').matches[0]?.status
 * //=> 'played'
 */
export function parseResultsJson(text: string, file: string): ResultsJson {
  const data = parseJsonText(text, file);
  const document = checkedParse(
    ResultsDocumentSchema,
    Array.isArray(data) ? { matches: data } : data,
    file,
    { data, rootIsWrapper: Array.isArray(data) },
  );
  const issues: Issue[] = [];
  const matches: Match[] = document.matches.map((raw, index) => {
    const { status: given, ...rest } = raw;
    const status = given ?? (raw.score ? 'played' : 'scheduled');
    const at = `${file} ${Array.isArray(data) ? '' : 'matches'}[${index}]`;
    if (raw.home === raw.away) {
      issues.push(
        makeIssue('match', `${at}.away`, 'an away club other than the home club', `"${raw.away}"`),
      );
    }
    if (status === 'played' && !raw.score) {
      issues.push(makeIssue('match', `${at}.score`, 'a score for a played match', 'none'));
    }
    if (status === 'walkover' && !raw.awarded) {
      issues.push(makeIssue('match', `${at}.awarded`, 'an awarded score for a walkover', 'none'));
    }
    return dropUndefined({ ...rest, status }) as Match;
  });
  if (issues.length > 0) throw new InputError(issues);
  const clubs = document.clubs ?? clubsOf(matches);
  return {
    matches,
    clubs,
    rulings: (document.rulings ?? []).map((ruling) => dropUndefined(ruling) as Ruling),
    ...(document.rules ? { rules: document.rules } : {}),
    ...(document.season !== undefined ? { season: document.season } : {}),
  };
}

/** @internal */
function dropUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
