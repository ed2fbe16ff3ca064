import { groupingCost, meanOfBothWays } from '#core/draw/group-by-distance.ts';
import { InputError } from '#core/errors.ts';
import type { EditionFormat } from '#core/format/edition-format.ts';
import { greatCircleKm } from '#core/places/distance.ts';
import { type DrawInput, drawInputOfEdition } from '../formats/draw/read-draw-input.ts';
import { countryOutline, type Outline } from '../places/country-outline.ts';
import { placeNamed } from '../places/place-named.ts';

/** A stage's clubs on the map, group by group, with each group's travel. */
export interface StageMap {
  readonly stage: string;
  readonly outline: Outline | undefined;
  /** Where the stage is played, when it has one host: each group's travel is then to there. */
  readonly host?: { readonly name: string; readonly lat: number; readonly lon: number };
  /** The measure of the groups' travel: km, or the user's own ({@link DrawInput.unit}). */
  readonly unit: string;
  readonly groups: readonly {
    readonly name: string;
    /**
     * The sum of the distances between every two clubs of the group (each pair both ways, halved),
     * or only of the pairs that meet ({@link met}), or with a host, of the great-circle distances
     * from each club to the host.
     */
    readonly travel: number;
    /** Some clubs of the group do not play each other: `travel` counts the pairs that do. */
    readonly met?: true;
    /** Every club of the group; one known only by the user's distances has no coordinates. */
    readonly clubs: readonly {
      readonly name: string;
      readonly lat?: number;
      readonly lon?: number;
    }[];
  }[];
}

/** Groups beyond which a stage has no map. */
const MAP_GROUPS = 64;

/**
 * The maps of an edition's league, table and groups stages whose clubs can all be placed (by
 * coordinates, city or department, as the draw places them); a stage with a club nowhere to be
 * found has no map. Peru's outline is drawn behind the Copa Perú's clubs, another country's
 * behind clubs that name it; a stage of more than {@link MAP_GROUPS} groups has none. A stage with a host (a final round in Lima) shows where it is played,
 * when the host can be found; one that cannot is left off its map.
 */
export async function stageMaps(format: EditionFormat): Promise<StageMap[]> {
  const maps: StageMap[] = [];
  for (const stage of format.stages) {
    if (stage.kind !== 'league' && stage.kind !== 'table' && stage.kind !== 'groups') continue;
    // Eight colours and a legend row per group: beyond this many groups a map tells none apart.
    if (stage.kind === 'groups' && stage.groups.length > MAP_GROUPS) continue;
    let input: Awaited<ReturnType<typeof drawInputOfEdition>>;
    try {
      input = await drawInputOfEdition(format, [], stage.id, undefined, format.edition);
    } catch {
      continue;
    }
    const places = input.places ?? [];
    if (places.length === 0) continue;
    const sizes = input.sizes ?? [places.length];
    const names = stage.kind === 'groups' ? stage.groups.map((group) => group.name) : [stage.name];
    let start = 0;
    const members = sizes.map((size) => {
      const group = Array.from({ length: size }, (_, k) => start + k);
      start += size;
      return group;
    });
    let host: StageMap['host'];
    if (stage.host) {
      try {
        const { lat, lon } = await placeNamed(stage.host, `stage ${stage.id} host`);
        host = { name: stage.host, lat, lon };
      } catch (error) {
        // Hosts are checked when an edition is read or stored; one stored before that goes
        // without its mark, but nothing else is hidden.
        if (!(error instanceof InputError)) throw error;
        host = undefined;
      }
    }
    // Who meets whom: a combined table whose clubs play only some of the others (the Tabla
    // Única's regional rivals) measures the pairs that play, not every pair of its fifty clubs.
    const ids = input.ids ?? [];
    const rounds =
      stage.kind === 'groups' ? stage.groups.flatMap((group) => group.rounds) : stage.rounds;
    const met = new Set(
      rounds.flatMap((round) =>
        round.matches.flatMap((match) => [
          `${match.home} ${match.away}`,
          `${match.away} ${match.home}`,
        ]),
      ),
    );
    const meets =
      met.size > 0
        ? (a: number, b: number) => met.has(`${ids[a] ?? ''} ${ids[b] ?? ''}`)
        : undefined;
    maps.push(await groupsMap(format, stage.id, input, members, names, host, meets));
  }
  return maps;
}

/**
 * The map of groups of a draw input's clubs (by index), each named, with the country's outline:
 * Peru's unless a club's location names another country; with a host, each group's travel is its
 * clubs' way there (in km: a club known only by the user's distances counts for nothing). Given
 * who `meets` whom, a group some of whose clubs do not meet counts the pairs that do.
 */
export async function groupsMap(
  format: EditionFormat,
  stage: string,
  input: Pick<DrawInput, 'names' | 'places' | 'distances' | 'unit'>,
  groups: readonly (readonly number[])[],
  names: readonly string[],
  host?: StageMap['host'],
  meets?: (a: number, b: number) => boolean,
): Promise<StageMap> {
  const places = input.places ?? [];
  const distances = meanOfBothWays(input.distances);
  const country = format.clubs.find((club) => club.location?.country)?.location?.country ?? 'Peru';
  return {
    stage,
    outline: await countryOutline(country),
    ...(host ? { host } : {}),
    unit: host ? 'km' : (input.unit ?? 'km'),
    groups: groups.map((members, index) => {
      const pairs = members.flatMap((a, k) => members.slice(k + 1).map((b) => [a, b] as const));
      const some = meets !== undefined && pairs.some(([a, b]) => !meets(a, b));
      return {
        name: names[index] ?? `${index + 1}`,
        travel: host
          ? members.reduce((sum, club) => {
              const place = places[club];
              return sum + (place ? Math.round(greatCircleKm(place, host)) : 0);
            }, 0)
          : some
            ? pairs.reduce((sum, [a, b]) => sum + (meets(a, b) ? (distances[a]?.[b] ?? 0) : 0), 0)
            : groupingCost(distances, [members]),
        ...(some && !host ? { met: true as const } : {}),
        clubs: members.map((club) => {
          const place = places[club];
          return {
            name: input.names[club] ?? '',
            ...(place ? { lat: place.lat, lon: place.lon } : {}),
          };
        }),
      };
    }),
  };
}
