/**
 * A problem found in outside input, as data: where it is, what was expected, what was found.
 *
 * @example
 * const issue: Issue = { path: 'line 4, column 3', expected: 'a whole number', received: '"x"', message: '…' };
 */
export interface Issue {
  /** Where the problem is: a file position ("line 4, column 3") or a path in a document. */
  readonly path: string;
  /** What was expected there, in words. */
  readonly expected: string;
  /** What was found, as the user wrote it. */
  readonly received: string;
  /** The whole message, built by {@link formatIssue}. */
  readonly message: string;
}

/**
 * Builds an issue with the one message template of the project:
 * `Invalid <what> at <path>: expected <x>, received <y>`.
 *
 * @example
 * makeIssue('score', 'results.csv line 4, column 4', 'a whole number of goals', '"x"').message
 * //=> 'Invalid score at results.csv line 4, column 4: expected a whole number of goals, received "x"'
 */
export function makeIssue(what: string, path: string, expected: string, received: string): Issue {
  return { path, expected, received, message: formatIssue(what, path, expected, received) };
}

/** @internal */
function formatIssue(what: string, path: string, expected: string, received: string): string {
  return `Invalid ${what} at ${path}: expected ${expected}, received ${received}`;
}

/**
 * Outside input that cannot be accepted. Carries every issue found, not only the first.
 *
 * @example
 * throw new InputError([makeIssue('club', 'line 2, column 2', 'a club name', 'an empty cell')]);
 */
export class InputError extends Error {
  override readonly name = 'InputError';
  readonly issues: readonly Issue[];

  constructor(issues: readonly Issue[], options?: { cause?: unknown }) {
    const first = issues[0]?.message ?? 'Invalid input';
    const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : '';
    super(`${first}${more}`, options);
    this.issues = issues;
  }
}

/**
 * Something that was asked for by name or id and does not exist.
 *
 * @example
 * throw new NotFoundError('rule preset', 'englnd');
 * //=> message: 'Unknown rule preset "englnd"'
 */
export class NotFoundError extends Error {
  override readonly name = 'NotFoundError';
  readonly entity: string;
  readonly id: string;

  constructor(entity: string, id: string, options?: { cause?: unknown; hint?: string }) {
    super(`Unknown ${entity} "${id}"${options?.hint ? `: ${options.hint}` : ''}`, options);
    this.entity = entity;
    this.id = id;
  }
}

/**
 * A request that is well formed but breaks a rule of the competition or of the model.
 *
 * @example
 * throw new RuleError('recordTransfer', 'Leeds City cannot take over its own record');
 */
export class RuleError extends Error {
  override readonly name = 'RuleError';
  readonly rule: string;

  constructor(rule: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.rule = rule;
  }
}

/**
 * A write made against a version that is no longer the current one: someone else changed the
 * thing first. Nothing was overwritten.
 *
 * @example
 * throw new ConflictError('edition', 'copa-peru-1993', 4, 5);
 * //=> message: 'Conflict on edition "copa-peru-1993": you edited version 4, the current version is 5'
 */
export class ConflictError extends Error {
  override readonly name = 'ConflictError';
  readonly entity: string;
  readonly id: string;
  readonly current: number;

  constructor(entity: string, id: string, expected: number, current: number) {
    super(
      `Conflict on ${entity} "${id}": you edited version ${expected}, the current version is ${current}`,
    );
    this.entity = entity;
    this.id = id;
    this.current = current;
  }
}

/** A request without the right to do what it asks: not signed in (401) or not allowed (403). */
export class AccessError extends Error {
  override readonly name = 'AccessError';
  readonly status: 401 | 403;

  constructor(status: 401 | 403, message: string) {
    super(message);
    this.status = status;
  }
}
