/**
 * @module Parsing with a zod schema as every reader of the project does: each problem an issue
 * that says where and what was expected, in the project's words, all of them at once.
 */
import type { z } from 'zod';
import { InputError, type Issue, makeIssue } from '#core/errors.ts';

/**
 * `schema`'s reading of `input`, or an {@link InputError} with every problem ({@link zodIssues}),
 * each check told by {@link expectedValue} where it states no words of its own. `reported` is the
 * document the paths are read in, when the schema reads it wrapped (a bare list of matches read as
 * `{ matches }`, its paths told from the list).
 */
export function checkedParse<S extends z.ZodType>(
  schema: S,
  input: unknown,
  file: string,
  reported: { readonly data: unknown; readonly rootIsWrapper: boolean } = {
    data: input,
    rootIsWrapper: false,
  },
): z.output<S> {
  const parsed = schema.safeParse(input, { error: expectedValue });
  if (!parsed.success) {
    throw new InputError(zodIssues(parsed.error, file, reported.data, reported.rootIsWrapper));
  }
  return parsed.data;
}

/**
 * What a value should have been, in the words of the project's messages ("expected a text, not
 * empty"), for the checks a schema states without words of its own ({@link checkedParse} gives it
 * to every parse): zod's own wording ("Too small: expected string to have >=1 characters") would
 * follow "expected" there.
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
 * @internal Turns zod issues into the project's issues, with a readable path such as
 * `matches[3].score.home`.
 */
function zodIssues(error: z.ZodError, file: string, data: unknown, rootIsWrapper = false): Issue[] {
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
    const parts = rootIsWrapper ? issue.path.slice(1) : issue.path;
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
