import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';

/** A country's outline: rings of [longitude, latitude] points. */
export type Outline = readonly (readonly (readonly [number, number])[])[];

interface Topology {
  readonly transform: { readonly scale: [number, number]; readonly translate: [number, number] };
  readonly arcs: readonly (readonly [number, number][])[];
  readonly objects: {
    readonly countries: {
      readonly geometries: readonly {
        readonly id?: string;
        readonly type: string;
        readonly properties?: { readonly name?: string };
        readonly arcs: unknown;
      }[];
    };
  };
}

let topology: Promise<Topology> | undefined;
const outlines = new Map<string, Outline | undefined>();

/**
 * The outline of a country by name ("Peru") or ISO 3166 numeric code ("604"), from Natural Earth's
 * 1:50m countries as the npm package `world-atlas` 2.0.2 ships them (public domain data), read on
 * first use. A small TopoJSON reader: arcs are delta-encoded and quantized; a negative index walks
 * an arc backwards.
 */
export async function countryOutline(country: string): Promise<Outline | undefined> {
  const key = country.toLowerCase();
  if (outlines.has(key)) return outlines.get(key);
  topology ??= readFile(
    createRequire(import.meta.url).resolve('world-atlas/countries-50m.json'),
    'utf8',
  ).then((text) => JSON.parse(text) as Topology);
  const world = await topology;
  const geometry = world.objects.countries.geometries.find(
    (candidate) => candidate.id === country || candidate.properties?.name?.toLowerCase() === key,
  );
  const decoded = geometry ? decode(world, geometry) : undefined;
  outlines.set(key, decoded);
  return decoded;
}

/** @internal */
function decode(world: Topology, geometry: { type: string; arcs: unknown }): Outline {
  const [sx, sy] = world.transform.scale;
  const [tx, ty] = world.transform.translate;
  const arc = (index: number): [number, number][] => {
    const raw = world.arcs[index < 0 ? ~index : index] ?? [];
    let x = 0;
    let y = 0;
    const points = raw.map(([dx, dy]): [number, number] => {
      x += dx;
      y += dy;
      return [x * sx + tx, y * sy + ty];
    });
    return index < 0 ? points.reverse() : points;
  };
  const ring = (indices: readonly number[]): [number, number][] =>
    indices.flatMap((index, at) => (at === 0 ? arc(index) : arc(index).slice(1)));
  const polygons =
    geometry.type === 'Polygon'
      ? [geometry.arcs as number[][]]
      : geometry.type === 'MultiPolygon'
        ? (geometry.arcs as number[][][])
        : [];
  return polygons.flatMap((polygon) => polygon.map(ring));
}
