/**
 * Where a fact comes from: a publication, a page, a dataset.
 *
 * @example
 * const source: Source = { title: 'The Fjelstul English Football Database v1.1.0' };
 */
export interface Source {
  readonly title: string;
  readonly url?: string;
  /** What in the source backs the fact: a page, an article of the rules, a note. */
  readonly detail?: string;
}
