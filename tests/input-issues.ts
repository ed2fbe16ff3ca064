import { InputError } from '#core/errors.ts';

/**
 * The messages of the {@link InputError} that `run` throws (none when it throws nothing); any
 * other error is thrown on.
 */
export function inputIssues(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    if (error instanceof InputError) return error.issues.map((issue) => issue.message);
    throw error;
  }
  return [];
}
