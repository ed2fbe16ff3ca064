import { readFile, stat } from 'node:fs/promises';
import { z } from 'zod';
import { evenSizes } from '#core/draw/group-by-distance.ts';
import { InputError, type Issue, makeIssue, NotFoundError } from '#core/errors.ts';
import type { EditionFormat, Slot } from '#core/format/edition-format.ts';
import { runEdition } from '#core/format/run-edition.ts';
import { distanceMatrix, MAX_DISTANCE, MAX_DISTANCE_TEXT } from '#core/places/distance.ts';
import { PERU_CAPITALS, peruDepartment } from '#core/places/peru-departments.ts';
import { nameKey } from '#core/records/club-names.ts';
import { type Gazetteer, loadGazetteer } from '../../places/gazetteer.ts';
import { placeNamed } from '../../places/place-named.ts';
import { readEditionPath } from '../edition/read-edition.ts';
import { checkedParse } from '../json/checked-parse.ts';
import { parseJsonText } from '../json/locate-json-error.ts';
import { looksLikeMatrix, parseDistanceMatrix } from '../matrix/parse-distance-matrix.ts';

/** What a draw works on: named clubs, the distances between them, and sizes when the input says. */
export interface DrawInput {
  readonly names: readonly string[];
  readonly distances: readonly (readonly number[])[];
  readonly sizes?: readonly number[];
  /** Bench instances name clubs by their index in the output. */
  readonly byIndex: boolean;
  /** Each club's club id (editions), for finding clubs named on the command line. */
  readonly ids?: readonly string[];
  /** Each club's department or region, where known: clubs of one region can be kept apart. */
  readonly regions?: readonly (string | undefined)[];
  /**
   * Where each club is, when the input places clubs on the map (undefined for a club of
   * {@link unplaced}).
   */
  readonly places?: readonly ({ readonly lat: number; readonly lon: number } | undefined)[];
  /**
   * Clubs without a place, read so because the user's own distances are to come: their
   * distances are NaN until those fill them ({@link withDistancePairs} refuses any left).
   */
  readonly unplaced?: readonly UnplacedClub[];
  /** What the reader had to guess (a club placed at its department's capital, say). */
  readonly notes?: readonly string[];
  /** Constraints the instance itself states (clubs by index or name; groups from 1). */
  readonly constraints?: DrawRequestConstraints;
  /**
   * The measure of the distances, for what is printed: `km` when absent; `h` or `min` for the
   * user's travel times, empty when the input does not say (points on a plane, a `distance`
   * column).
   */
  readonly unit?: string;
  /**
   * The name keys ({@link nameKey}) and club ids of the edition's clubs outside this stage or
   * group: one file of distances between all of them serves every stage and group, its other
   * pairs passed over.
   */
  readonly elsewhere?: ReadonlySet<string>;
}

/**
 * A distance with its measure ({@link DrawInput.unit}, km when absent): `1234 km`, `38 h`, or
 * bare when the input does not say.
 */
export function withUnit(value: string | number, unit = 'km'): string {
  return unit === '' ? `${value}` : `${value} ${unit}`;
}

/** A club with no place, and the message to give if the user's distances leave it unmeasured. */
export interface UnplacedClub {
  readonly club: number;
  /** The location problem, told which clubs it has no distance to. */
  readonly issue: (missing: readonly string[]) => Issue;
}

/** Options of {@link drawInputOfEdition}. */
export interface EditionDrawOptions {
  /** Clubs or slots (by name, club id or slot label) put somewhere by the user. */
  readonly placed?: ReadonlyMap<string, string> | undefined;
  /** Where a place was asked for, in messages (`--place NAME` by default). */
  readonly placeAt?: (who: string) => string;
  /**
   * Keep a club that has no place, its distances unknown, rather than refuse it: the user's own
   * distances are to give them ({@link DrawInput.unplaced}).
   */
  readonly distancesToCome?: boolean;
}

/** A club named by its index (from 0) or by its name or id. */
export type ClubRef = number | string;

/** Constraints on a draw as a user states them: clubs by reference, groups numbered from 1. */
export interface DrawRequestConstraints {
  /** Pots in the order they are drawn; the clubs of a pot go to different groups. */
  readonly pots?: readonly (readonly ClubRef[])[];
  /** One host per group, in group order. */
  readonly hosts?: readonly ClubRef[];
  /** Clubs placed in a group before the draw. */
  readonly fixed?: readonly { readonly club: ClubRef; readonly group: number }[];
  /** Other classes of clubs to keep apart. */
  readonly apart?: readonly (readonly ClubRef[])[];
  /** Keep clubs of one region (department) apart. */
  readonly apartByRegion?: boolean;
}

const ClubRefSchema = z.union([z.int().min(0), z.string().min(1)], {
  error: 'a club by its index (from 0) or by its name',
});

const count = (what: string) => z.int({ error: what }).min(1, { error: what });
const coordinate = (what: string, limit: number) =>
  z.number({ error: what }).min(-limit, { error: what }).max(limit, { error: what });
const InstanceSchema = z.object({
  /** The number of clubs, when the instance says it: the matrix must then have as many rows. */
  n: count('the number of clubs, a whole number of 1 or more').optional(),
  groupSizes: z
    .array(count('the clubs of a group, a whole number of 1 or more'), {
      error: 'the size of each group, such as [5, 4, 4]',
    })
    .optional(),
  groups: count('the number of groups, a whole number of 1 or more').optional(),
  teams: z
    .array(
      // A club may be named alone, as the teams of a TTP instance are (its distances given).
      z.preprocess(
        (team) => (typeof team === 'string' && team.trim() !== '' ? { name: team } : team),
        z.object(
          {
            city: z.string({ error: 'a city name' }).optional(),
            region: z.string({ error: 'a region name' }).optional(),
            name: z.string({ error: 'a name' }).optional(),
            lat: coordinate('a latitude in degrees, from -90 to 90', 90).optional(),
            lon: coordinate('a longitude in degrees, from -180 to 180', 180).optional(),
            x: z.number({ error: 'an x coordinate' }).optional(),
            y: z.number({ error: 'a y coordinate' }).optional(),
          },
          { error: 'a club: its name, or { name?, city?, region?, lat and lon, or x and y }' },
        ),
      ),
      { error: 'a list of the clubs' },
    )
    .optional(),
  distances: z
    .array(
      z.array(
        z
          .number({ error: 'a distance of 0 or more' })
          .min(0, { error: 'a distance of 0 or more' })
          .max(MAX_DISTANCE, { error: `a distance of at most ${MAX_DISTANCE_TEXT}` }),
        { error: 'a row of distances, one per club' },
      ),
      { error: 'a square matrix of distances, one row per club' },
    )
    .optional(),
  /** The bench's instances say `km, great-circle (…)` when the matrix is in km. */
  distanceUnit: z.string({ error: 'the unit of the distances, such as "km"' }).optional(),
  pots: z
    .array(z.array(ClubRefSchema), { error: 'a list of pots, each a list of clubs' })
    .optional(),
  hosts: z.array(ClubRefSchema, { error: 'a list of clubs, one host per group' }).optional(),
  fixed: z
    .array(
      z.object(
        { team: ClubRefSchema, group: count('a group by its number, from 1') },
        { error: '{ team, group }' },
      ),
      { error: 'a list of { team, group }' },
    )
    .optional(),
  apart: z
    .array(z.array(ClubRefSchema), { error: 'a list of classes, each a list of clubs' })
    .optional(),
  keepApart: z
    .literal('region', { error: '"region", to keep the clubs of one region apart' })
    .optional(),
});

/**
 * Whether a path names an edition (a folder, or a YAML file) rather than an instance. A path that
 * does not exist is a NotFoundError whose hint says what was expected.
 */
export async function isEditionPath(path: string, hint: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory() || /\.ya?ml$/i.test(path);
  } catch (error) {
    throw new NotFoundError('file', path, { cause: error, hint });
  }
}

/**
 * Reads what to draw: `peru-departments` (the 24 departments and Callao, at their capitals), a
 * grouping instance (`{ teams, distances?, groupSizes? }`: distances given, a team then named
 * alone if need be, or from latitude and longitude, or from x and y), a matrix of distances as
 * text (one row per line, the clubs' names above or before the rows if at all), or an edition and
 * one of its stages (`stage`), whose clubs are placed at their department's capital (a qualifier
 * slot by its label's department). `placed` puts an edition's clubs or slots elsewhere, and
 * `distancesToCome` keeps a club with no place ({@link EditionDrawOptions}).
 */
export async function readDrawInput(
  path: string,
  stage: string | undefined,
  group?: string,
  options: Pick<EditionDrawOptions, 'placed' | 'distancesToCome'> = {},
): Promise<DrawInput> {
  // Only an edition's clubs can be placed by the user: the others come placed.
  const placedAlready = () => {
    const [first] = options.placed?.keys() ?? [];
    if (first === undefined) return;
    throw new InputError([
      makeIssue(
        'place',
        `--place ${first}`,
        "a club or slot of an edition's stage (an instance or peru-departments is placed already)",
        path,
      ),
    ]);
  };
  if (path === 'peru-departments') {
    placedAlready();
    return {
      names: PERU_CAPITALS.map((place) => place.region),
      distances: distanceMatrix(PERU_CAPITALS),
      byIndex: false,
      regions: PERU_CAPITALS.map((place) => place.region),
    };
  }
  if (
    stage !== undefined ||
    (await isEditionPath(path, 'expected a grouping instance, an edition, or peru-departments'))
  )
    return fromEdition(path, stage, group, options);
  placedAlready();
  const text = await readFile(path, 'utf8');
  if (looksLikeMatrix(text)) {
    const { distances, names } = parseDistanceMatrix(text, path, 'grouping instance');
    return {
      unit: '',
      names: names ?? distances.map((_, index) => `${index}`),
      distances,
      byIndex: true,
    };
  }
  const data = parseJsonText(text, path);
  const instance = checkedParse(InstanceSchema, data, path);
  const teams = instance.teams ?? [];
  const names = teams.map((team, index) => team.name ?? team.city ?? team.region ?? `${index}`);
  let distances = instance.distances;
  // Km between places on the map; a given matrix in km only when the instance says so.
  let unit = /^\s*km\b/i.test(instance.distanceUnit ?? '') ? 'km' : '';
  if (!distances) {
    if (teams.every((team) => team.lat !== undefined && team.lon !== undefined)) {
      unit = 'km';
      distances = distanceMatrix(teams.map((team) => ({ lat: team.lat ?? 0, lon: team.lon ?? 0 })));
    } else if (teams.every((team) => team.x !== undefined && team.y !== undefined)) {
      distances = teams.map((a) =>
        teams.map((b) => Math.round(Math.hypot((a.x ?? 0) - (b.x ?? 0), (a.y ?? 0) - (b.y ?? 0)))),
      );
    } else {
      throw new InputError([
        makeIssue(
          'grouping instance',
          path,
          'distances, or teams with lat and lon (or x and y)',
          'neither',
        ),
      ]);
    }
  }
  // As many clubs as the instance says (n), else as the matrix has rows.
  const size = instance.n ?? distances.length;
  const refuse = (where: string, expected: string, received: string): never => {
    throw new InputError([makeIssue('grouping instance', `${path} ${where}`, expected, received)]);
  };
  if (size === 0) refuse('distances', 'a square matrix of distances, one row per club', 'no clubs');
  if (!instance.distances && teams.length !== size) {
    refuse('teams', `${size} clubs, as n says`, `${teams.length}`);
  }
  if (distances.length !== size) {
    refuse('distances', `${size} rows, one per club (as n says)`, `${distances.length}`);
  }
  const uneven = distances.findIndex((row) => row.length !== size);
  if (uneven >= 0) {
    refuse(
      `distances[${uneven}]`,
      `${size} distances, one per club (the matrix is square)`,
      `${distances[uneven]?.length}`,
    );
  }
  if (teams.length > 0 && teams.length !== size) {
    refuse('teams', `${size} teams, one per row of distances`, `${teams.length}`);
  }
  const constraints: DrawRequestConstraints = {
    ...(instance.pots ? { pots: instance.pots } : {}),
    ...(instance.hosts ? { hosts: instance.hosts } : {}),
    ...(instance.fixed
      ? { fixed: instance.fixed.map(({ team, group }) => ({ club: team, group })) }
      : {}),
    ...(instance.apart ? { apart: instance.apart } : {}),
    ...(instance.keepApart === 'region' ? { apartByRegion: true } : {}),
  };
  return {
    unit,
    names: teams.length > 0 ? names : distances.map((_, index) => `${index}`),
    distances,
    ...(instance.groupSizes
      ? { sizes: instance.groupSizes }
      : instance.groups
        ? { sizes: evenSizes(distances.length, instance.groups) }
        : {}),
    byIndex: true,
    ...(teams.length > 0 ? { regions: teams.map((team) => team.region) } : {}),
    constraints,
  };
}

/**
 * The clubs of an edition's stage, where the edition stands now (slots filled by the engine), each
 * placed by the best that is known: coordinates given with the club, else its city in the
 * gazetteer, else its department's capital, else (a qualifier not yet known) the capital of the
 * department the slot stands for.
 * @internal
 */
async function fromEdition(
  path: string,
  stageId: string | undefined,
  groupId: string | undefined,
  options: EditionDrawOptions,
): Promise<DrawInput> {
  const { edition, others } = await readEditionPath(path);
  return drawInputOfEdition(edition, others, stageId, groupId, path, options);
}

/**
 * The clubs of an edition's stage (or one group of it) as a draw or a schedule sees them: placed,
 * their distances, their regions; the sizes of a groups stage's groups. `where` names the edition
 * in messages. `placed` puts clubs or slots (by name, club id or slot label) at a department of
 * Peru, a city the gazetteer knows, or `lat,lon`, whatever the edition says: a slot whose club is
 * not known yet, such as the club relegated from a league the edition does not hold, can be placed
 * that way. `placeAt` says where a place was asked for, in messages (`--place NAME` by default).
 * A club with no place is refused, unless `distancesToCome` says the user's own distances will
 * measure it ({@link DrawInput.unplaced}).
 *
 * @throws {@link InputError} for a place that cannot be found, a name no entrant has, or a club
 * with no place.
 */
export async function drawInputOfEdition(
  edition: EditionFormat,
  others: readonly EditionFormat[],
  stageId: string | undefined,
  groupId: string | undefined,
  where: string,
  { placed, placeAt = (who) => `--place ${who}`, distancesToCome = false }: EditionDrawOptions = {},
): Promise<DrawInput> {
  const path = where;
  const stage = edition.stages.find((candidate) => candidate.id === stageId);
  if (!stage) {
    throw new NotFoundError('stage', stageId ?? '', {
      hint: `name one with --stage: ${edition.stages.map((candidate) => candidate.id).join(', ')}`,
    });
  }
  const state = runEdition(edition, { others: others.map((other) => runEdition(other)) });
  const stageState = state.stages.find((candidate) => candidate.id === stage.id);
  const slots: { readonly slot: Slot | undefined; readonly label: string; club: string | null }[] =
    [];
  if (stage.kind !== 'groups' && groupId !== undefined) {
    // Left unsaid, the whole stage would be drawn or scheduled in the group's place.
    throw new NotFoundError('group', groupId, {
      hint: `${stage.name} is a ${stage.kind} stage, without groups: leave the group out`,
    });
  }
  if (stage.kind === 'groups') {
    if (groupId !== undefined && !stage.groups.some((group) => group.id === groupId)) {
      throw new NotFoundError('group', groupId, {
        hint: `the groups of ${stage.name} are ${stage.groups.map((group) => group.id).join(', ')}`,
      });
    }
    stage.groups.forEach((group, g) => {
      if (groupId !== undefined && group.id !== groupId) return;
      group.entrants.forEach((slot, index) => {
        const filled = stageState?.groups[g]?.entrants[index];
        slots.push({ slot, label: filled?.label ?? slot.kind, club: filled?.club ?? null });
      });
    });
  } else if (stage.kind === 'knockout') {
    for (const tie of stageState?.ties.filter((tie) => tie.round === stageState.ties[0]?.round) ??
      []) {
      for (const side of [tie.home, tie.away])
        slots.push({ slot: undefined, label: side.label, club: side.club });
    }
  } else {
    // A league's clubs are those of its one table; a qualification stage lists them itself.
    const filledSlots =
      stageState && stageState.entrants.length > 0
        ? stageState.entrants
        : (stageState?.groups[0]?.entrants ?? []);
    stage.entrants.forEach((slot, index) => {
      const filled = filledSlots[index];
      slots.push({ slot, label: filled?.label ?? slot.kind, club: filled?.club ?? null });
    });
  }
  const names: string[] = [];
  const ids: string[] = [];
  const regions: (string | undefined)[] = [];
  const places: ({ lat: number; lon: number } | undefined)[] = [];
  const unplaced: UnplacedClub[] = [];
  const notes: string[] = [];
  let gazetteer: Gazetteer | undefined;
  const moves = new Map([...(placed ?? [])].map(([who, to]) => [nameKey(who), { who, to }]));
  const moved = new Set<string>();
  for (const { slot, label, club: clubId } of slots) {
    const club = edition.clubs.find((candidate) => candidate.id === clubId);
    const name = club?.name ?? label;
    const move = [name, club?.id, label]
      .map((key) => (key === undefined ? undefined : moves.get(nameKey(key))))
      .find((found) => found !== undefined);
    let place: { lat: number; lon: number } | undefined;
    let region: string | undefined;
    if (move) {
      moved.add(nameKey(move.who));
      ({ region, ...place } = await placeNamed(move.to, placeAt(move.who)));
    } else {
      const location = club?.location;
      const department =
        (location?.region !== undefined ? peruDepartment(location.region) : undefined) ??
        (slot?.kind === 'qualifier' ? peruDepartment(slot.label) : undefined);
      if (location?.lat !== undefined && location.lon !== undefined) {
        place = { lat: location.lat, lon: location.lon };
      } else if (location?.city) {
        gazetteer ??= await loadGazetteer();
        const country = location.country ?? (department ? 'PE' : undefined);
        const found = gazetteer.locate(location.city, {
          ...(country ? { country } : {}),
          ...(location.region ? { region: location.region } : {}),
        });
        if (found.kind === 'found') place = found.place;
        else
          notes.push(
            found.kind === 'ambiguous'
              ? `${name}: ${found.places.length} places are called ${location.city} (${found.places
                  .slice(0, 3)
                  .map((candidate) => `${candidate.region ?? '?'}, ${candidate.country}`)
                  .join('; ')}); give the club's region or coordinates`
              : `${name}: ${location.city} is not in the gazetteer; give the club's coordinates`,
          );
      }
      if (!place && department) {
        place = PERU_CAPITALS.find((capital) => capital.region === department);
        if (place && location?.city) notes.push(`${name}: placed at the capital of ${department}`);
      }
      region = department ?? location?.region;
    }
    if (!place) {
      const note = notes.length > 0 ? ` (${notes[notes.length - 1]})` : '';
      const issue = (missing: readonly string[]) =>
        makeIssue(
          'club location',
          `${path} stage ${stage.id}`,
          `a club with coordinates, a city the gazetteer knows or a department of Peru (any club or slot can be put somewhere: --place NAME=WHERE in the CLI, places in the API)${missing.length > 0 ? `, or its distance to every other club, which is missing to ${missing.slice(0, 5).join(', ')}${missing.length > 5 ? '…' : ''}` : ''}`,
          `"${name}"${note}`,
        );
      if (!distancesToCome) throw new InputError([issue([])]);
      unplaced.push({ club: names.length, issue });
    }
    names.push(name);
    ids.push(club?.id ?? label);
    regions.push(region);
    places.push(place);
  }
  const unknown = [...moves.values()].filter(({ who }) => !moved.has(nameKey(who)));
  if (unknown.length > 0) {
    throw new InputError(
      unknown.map(({ who }) =>
        makeIssue(
          'place',
          placeAt(who),
          `a club, club id or slot of ${path} stage ${stage.id}: ${names.slice(0, 4).join(', ')}${names.length > 4 ? '…' : ''}`,
          `"${who}"`,
        ),
      ),
    );
  }
  const here = new Set([...names, ...ids].map(nameKey));
  const elsewhere = new Set(
    edition.clubs
      .flatMap((club) => [club.name, club.id].map(nameKey))
      .filter((key) => !here.has(key)),
  );
  return {
    names,
    ids,
    regions,
    elsewhere,
    // A club without a place is NaN away from the others, until the user's distances come.
    distances: distanceMatrix(places.map((place) => place ?? { lat: Number.NaN, lon: 0 })).map(
      (row, a) => row.map((km, b) => (a === b ? 0 : km)),
    ),
    places: places.map((place) => place && { lat: place.lat, lon: place.lon }),
    ...(unplaced.length > 0 ? { unplaced } : {}),
    byIndex: false,
    notes,
    ...(stage.kind === 'groups' && groupId === undefined
      ? { sizes: stage.groups.map((group) => group.entrants.length) }
      : {}),
  };
}
