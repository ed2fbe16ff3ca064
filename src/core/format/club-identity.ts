import type { Club, ClubId } from '../model/club.ts';
import { nameKey } from '../records/club-names.ts';
import type { EditionFormat, StageFormat } from './edition-format.ts';
import { changeMatch, listMatches } from './match-ids.ts';

/** The keys whose string value names a club, and the keys whose list of strings does. */
const CLUB_KEYS = new Set(['club', 'home', 'away', 'winner', 'out', 'in', 'from', 'to']);
const CLUB_LISTS = new Set(['clubs', 'order']);

/** Every reference to club `from` in a value made to `to`. @internal */
function renameClub<T>(value: T, from: ClubId, to: ClubId): T {
  const rename = (item: unknown, key?: string): unknown => {
    if (typeof item === 'string')
      return item === from && key !== undefined && CLUB_KEYS.has(key) ? to : item;
    if (Array.isArray(item))
      return item.map((entry) =>
        typeof entry === 'string' && key !== undefined && CLUB_LISTS.has(key) && entry === from
          ? to
          : rename(entry),
      );
    if (item && typeof item === 'object') {
      return Object.fromEntries(Object.entries(item).map(([k, v]) => [k, rename(v, k)]));
    }
    return item;
  };
  return rename(value) as T;
}

/**
 * Two clubs that are one: every reference to `from` (matches, slots, rulings) made to `into`;
 * `from` leaves the edition's clubs and its names are kept among those of `into`.
 *
 * @example
 * mergeClubs(format, 'aurich-canana-2', 'aurich-canana').clubs.map((club) => club.id)
 */
export function mergeClubs(format: EditionFormat, from: ClubId, into: ClubId): EditionFormat {
  const source = format.clubs.find((club) => club.id === from);
  const clubs = format.clubs
    .filter((club) => club.id !== from)
    .map((club) =>
      club.id === into && source
        ? {
            ...club,
            names: [...(club.names ?? []), { name: source.name }, ...(source.names ?? [])],
          }
        : club,
    );
  return { ...renameClub({ ...format, clubs: [] }, from, into), clubs };
}

/**
 * One club that is two: the matches listed (by id) are given to a new club, and in every stage
 * where `from` then has no match left, its place (entrant slots, rulings of that stage) goes to
 * the new club as well. The matches must be matches of `from`; the new club's id must be free.
 *
 * @returns the edition, or the ids that are not matches of `from`
 */
export function splitClub(
  format: EditionFormat,
  from: ClubId,
  club: Club,
  matchIds: readonly string[],
): { readonly format: EditionFormat } | { readonly notOfClub: readonly string[] } {
  const matches = listMatches(format);
  const notOfClub = matchIds.filter((id) => {
    const found = matches.find((entry) => entry.id === id)?.match;
    return !found || (found.home !== from && found.away !== from);
  });
  if (notOfClub.length > 0) return { notOfClub };
  let split: EditionFormat = { ...format, clubs: [...format.clubs, club] };
  for (const id of matchIds) {
    split =
      changeMatch(split, id, (match) => ({
        ...match,
        home: match.home === from ? club.id : match.home,
        away: match.away === from ? club.id : match.away,
      }))?.format ?? split;
  }
  // The stages the club has left altogether: its places there are the new club's.
  const left = listMatches(split);
  const gone = new Set(
    matches
      .filter((entry) => matchIds.includes(entry.id))
      .map((entry) => entry.stage)
      .filter(
        (stage) =>
          !left.some(
            (entry) =>
              entry.stage === stage && (entry.match.home === from || entry.match.away === from),
          ),
      ),
  );
  const stages = split.stages.map(
    (stage): StageFormat => (gone.has(stage.id) ? renameClub(stage, from, club.id) : stage),
  );
  const rulings = split.rulings.map((ruling) =>
    'stage' in ruling && ruling.stage !== undefined && gone.has(ruling.stage)
      ? renameClub(ruling, from, club.id)
      : ruling,
  );
  return { format: { ...split, stages, rulings } };
}

/**
 * Every club a value names (under the keys that name clubs), each made an id by `resolve`; the
 * references it cannot resolve come back with their path, and the value is left as it was.
 */
export function resolveClubReferences<T>(
  value: T,
  resolve: (reference: string) => ClubId | undefined,
): { readonly value: T; readonly unknown: readonly { path: string; reference: string }[] } {
  const unknown: { path: string; reference: string }[] = [];
  const visit = (item: unknown, key: string | undefined, path: string): unknown => {
    if (typeof item === 'string' && key !== undefined && CLUB_KEYS.has(key)) {
      const id = resolve(item);
      if (id === undefined) unknown.push({ path, reference: item });
      return id ?? item;
    }
    if (Array.isArray(item)) {
      return item.map((entry, index) =>
        typeof entry === 'string' && key !== undefined && CLUB_LISTS.has(key)
          ? visit(entry, 'club', `${path}[${index}]`)
          : visit(entry, undefined, `${path}[${index}]`),
      );
    }
    if (item && typeof item === 'object') {
      return Object.fromEntries(
        Object.entries(item).map(([k, v]) => [k, visit(v, k, path ? `${path}.${k}` : k)]),
      );
    }
    return item;
  };
  const resolved = visit(value, undefined, '') as T;
  return { value: unknown.length > 0 ? value : resolved, unknown };
}

/** The club a reference names: its id, or any of its names (accents, case and dashes aside). */
export function findClub(clubs: readonly Club[], reference: string): Club | undefined {
  return clubs.find(
    (club) =>
      club.id === reference ||
      [club.name, ...(club.names ?? []).map((entry) => entry.name)].some(
        (name) => nameKey(name) === nameKey(reference),
      ),
  );
}
