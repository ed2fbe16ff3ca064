import { readFile, stat } from 'node:fs/promises';
import { z } from 'zod';
import { InputError, makeIssue, NotFoundError } from '#core/errors.ts';
import { distanceMatrix } from '#core/places/distance.ts';
import { PERU_CAPITALS, peruDepartment } from '#core/places/peru-departments.ts';
import { readEditionPath } from '../edition/read-edition.ts';
import { parseJsonText } from '../json/locate-json-error.ts';
import { zodIssues } from '../json/parse-results-json.ts';

/** What a draw works on: named clubs, the distances between them, and sizes when the input says. */
export interface DrawInput {
  readonly names: readonly string[];
  readonly distances: readonly (readonly number[])[];
  readonly sizes?: readonly number[];
  /** Bench instances name clubs by their index in the output. */
  readonly byIndex: boolean;
}

const InstanceSchema = z.object({
  groupSizes: z.array(z.int().min(1)).optional(),
  groups: z.int().min(1).optional(),
  teams: z
    .array(
      z.object({
        city: z.string().optional(),
        region: z.string().optional(),
        name: z.string().optional(),
        lat: z.number().optional(),
        lon: z.number().optional(),
        x: z.number().optional(),
        y: z.number().optional(),
      }),
    )
    .optional(),
  distances: z.array(z.array(z.number().min(0))).optional(),
});

/**
 * Reads what to draw: `peru-departments` (the 24 departments and Callao, at their capitals), a
 * grouping instance (`{ teams, distances?, groupSizes? }`: distances given, or from latitude and
 * longitude, or from x and y), or an edition and one of its stages (`stage`), whose clubs are
 * placed at their department's capital (a qualifier slot by its label's department).
 */
export async function readDrawInput(path: string, stage: string | undefined): Promise<DrawInput> {
  if (path === 'peru-departments') {
    return {
      names: PERU_CAPITALS.map((place) => place.region),
      distances: distanceMatrix(PERU_CAPITALS),
      byIndex: false,
    };
  }
  let isFolder = false;
  try {
    isFolder = (await stat(path)).isDirectory();
  } catch (error) {
    throw new NotFoundError('file', path, {
      cause: error,
      hint: 'expected a grouping instance, an edition, or peru-departments',
    });
  }
  if (isFolder || /\.ya?ml$/.test(path) || stage !== undefined) return fromEdition(path, stage);
  const data = parseJsonText(await readFile(path, 'utf8'), path);
  const parsed = InstanceSchema.safeParse(data);
  if (!parsed.success) throw new InputError(zodIssues(parsed.error, path, data));
  const instance = parsed.data;
  const teams = instance.teams ?? [];
  const names = teams.map((team, index) => team.name ?? team.city ?? team.region ?? `${index}`);
  let distances = instance.distances;
  if (!distances) {
    if (teams.every((team) => team.lat !== undefined && team.lon !== undefined)) {
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
  if (distances.length === 0 || distances.some((row) => row.length !== distances?.length)) {
    throw new InputError([
      makeIssue(
        'grouping instance',
        `${path} distances`,
        'a square matrix',
        `${distances.length} rows of other lengths`,
      ),
    ]);
  }
  return {
    names: names.length === distances.length ? names : distances.map((_, index) => `${index}`),
    distances,
    ...(instance.groupSizes ? { sizes: instance.groupSizes } : {}),
    byIndex: true,
  };
}

/** @internal */
async function fromEdition(path: string, stageId: string | undefined): Promise<DrawInput> {
  const { edition } = await readEditionPath(path);
  const stage = edition.stages.find((candidate) => candidate.id === stageId);
  if (!stage) {
    throw new NotFoundError('stage', stageId ?? '', {
      hint: `name one with --stage: ${edition.stages.map((candidate) => candidate.id).join(', ')}`,
    });
  }
  const slots =
    stage.kind === 'groups'
      ? stage.groups.flatMap((group) => group.entrants)
      : stage.kind === 'knockout'
        ? []
        : stage.entrants;
  const names: string[] = [];
  const places = [];
  for (const slot of slots) {
    const club =
      slot.kind === 'club'
        ? edition.clubs.find((candidate) => candidate.id === slot.club)
        : undefined;
    const department =
      slot.kind === 'qualifier'
        ? peruDepartment(slot.label)
        : club?.location?.region !== undefined
          ? peruDepartment(club.location.region)
          : undefined;
    const place = PERU_CAPITALS.find((capital) => capital.region === department);
    const name =
      club?.name ??
      (slot.kind === 'qualifier'
        ? `${slot.label} ${slot.place === 1 ? 'champion' : slot.place}`
        : slot.kind);
    if (!place) {
      throw new InputError([
        makeIssue(
          'club location',
          `${path} stage ${stage.id}`,
          'a club or qualifier with a department of Peru',
          `"${name}"`,
        ),
      ]);
    }
    names.push(name);
    places.push(place);
  }
  return { names, distances: distanceMatrix(places), byIndex: false };
}
