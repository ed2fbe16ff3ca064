import { z } from 'zod';
import { InputError, type Issue, makeIssue } from '#core/errors.ts';
import type { Match } from '#core/model/match.ts';
import type { Ruling } from '#core/model/ruling.ts';
import { clubsOf, type ResultsFile } from '../results-file.ts';
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
  const parsed = ResultsDocumentSchema.safeParse(Array.isArray(data) ? { matches: data } : data, {
    error: expectedValue,
  });
  if (!parsed.success)
    throw new InputError(zodIssues(parsed.error, file, data, Array.isArray(data)));
  const document = parsed.data;
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

/**
 * What a value should have been, in the words of the project's messages ("expected a text, not
 * empty"), for the checks a schema states without words of its own. Passed to every parse whose
 * issues {@link zodIssues} reports: zod's own wording ("Too small: expected string to have >=1
 * characters") would follow "expected" there.
 */
export const expectedValue: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      return typeWords[issue.expected] ?? `a value of type ${issue.expected}`;
    case 'too_small':
      return sizeWords(issue.origin, 'least', Number(issue.minimum), issue.inclusive !== false);
    case 'too_big':
      return sizeWords(issue.origin, 'most', Number(issue.maximum), issue.inclusive !== false);
    case 'invalid_value':
      return issue.values.length === 1
        ? JSON.stringify(issue.values[0])
        : `one of ${issue.values.map((value) => JSON.stringify(value)).join(', ')}`;
    case 'unrecognized_keys':
      // Told key by key, at each key's path ({@link zodIssues}).
      return 'no such key here';
    case 'invalid_union':
      return unionWords(issue);
    case 'invalid_key':
      return 'a key of the form this place takes';
    case 'invalid_format':
      return issue.format === 'regex' ? `text of the form ${issue.pattern}` : `a ${issue.format}`;
    case 'not_multiple_of':
      return `a multiple of ${issue.divisor}`;
    default:
      return undefined;
  }
};

/** @internal */
const typeWords: Readonly<Record<string, string>> = {
  string: 'a text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
  record: 'an object',
  null: 'null',
};

/**
 * @internal What a union expected: the values its discriminator takes, or the kinds of value its
 * forms take when the value is of none of those kinds ("a list or a text").
 */
function unionWords(issue: { readonly errors: readonly (readonly z.core.$ZodIssue[])[] }): string {
  const options = (issue as { readonly options?: readonly unknown[] }).options;
  if (options && options.length > 0) {
    return `one of ${options.map((option) => JSON.stringify(option)).join(', ')}`;
  }
  const kinds = issue.errors.map((errors) => {
    const [only] = errors;
    return errors.length === 1 && only?.code === 'invalid_type' && only.path.length === 0
      ? typeWords[only.expected]
      : undefined;
  });
  return kinds.length > 0 && kinds.every((kind) => kind !== undefined)
    ? [...new Set(kinds)].join(' or ')
    : 'a value of one of the forms this place takes';
}

/** @internal How long or how large at least or at most, by what zod measured. */
function sizeWords(origin: string, side: 'least' | 'most', limit: number, inclusive: boolean) {
  if (origin === 'string') {
    return side === 'least' && limit === 1
      ? 'a text, not empty'
      : `a text of at ${side} ${limit} characters`;
  }
  if (origin === 'array' || origin === 'set') {
    return side === 'least' && limit === 1
      ? 'at least one item'
      : `at ${side} ${limit} ${limit === 1 ? 'item' : 'items'}`;
  }
  if (!inclusive) return `a number ${side === 'least' ? 'above' : 'below'} ${limit}`;
  return `a number of at ${side} ${limit}`;
}

/**
 * Turns zod issues into the project's issues, with a readable path such as `matches[3].score.home`.
 */
export function zodIssues(
  error: z.ZodError,
  file: string,
  data: unknown,
  rootIsMatches = false,
): Issue[] {
  // A key the schema does not know is told at its own path, one issue per key.
  const each = error.issues.flatMap((issue) =>
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => ({
          path: [...issue.path, key],
          message: issue.message,
        }))
      : [{ path: issue.path, message: issue.message }],
  );
  return each.map((issue) => {
    const parts = rootIsMatches ? issue.path.slice(1) : issue.path;
    const path = parts
      .map((part, index) =>
        typeof part === 'number' ? `[${part}]` : `${index === 0 ? '' : '.'}${String(part)}`,
      )
      .join('');
    const found = valueAt(data, parts);
    const text = found === undefined ? 'nothing' : JSON.stringify(found);
    // A whole object or list would bury the message: its start is enough to find it.
    const received = text.length > receivedLength ? `${text.slice(0, receivedLength - 1)}…` : text;
    return makeIssue('value', path ? `${file} ${path}` : file, issue.message, received);
  });
}

/** @internal The longest value a message quotes as received. */
const receivedLength = 80;

/** @internal */
function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let current = data;
  for (const part of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[part];
  }
  return current;
}

/** @internal */
function dropUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
