/**
 * The longest distance an input may give, in any measure (km, hours, minutes): a billion. A season's
 * travel, summed from such distances, stays finite and exact to the unit; beyond it a sum may not.
 */
export const MAX_DISTANCE = 1_000_000_000;
/** How {@link MAX_DISTANCE} is written in messages: 1,000,000,000. */
export const MAX_DISTANCE_TEXT = MAX_DISTANCE.toLocaleString('en-US');

/**
 * What a distance an input gives in a matrix should have been, in a message's words, or undefined
 * when it is one: a finite number from 0 to {@link MAX_DISTANCE}, and 0 on the diagonal (`own`: a
 * club's distance to its own venue).
 *
 * @example
 * distanceExpected(-2, false) //=> 'a finite distance, none negative'
 * distanceExpected(0, true) //=> undefined
 */
export function distanceExpected(value: unknown, own: boolean): string | undefined {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    return 'a finite distance, none negative';
  }
  if (value > MAX_DISTANCE) return `a distance of at most ${MAX_DISTANCE_TEXT}`;
  if (own && value !== 0) return "0, a club's distance to its own venue";
  return undefined;
}

/** The mean Earth radius in km (IUGG). */
const EARTH_RADIUS_KM = 6371.0088;

/**
 * The great-circle distance between two points in km (haversine).
 *
 * @example
 * Math.round(greatCircleKm({ lat: -12.0464, lon: -77.0428 }, { lat: -13.5226, lon: -71.9673 })) //=> 573
 */
export function greatCircleKm(
  a: { lat: number; lon: number },
  b: { lat: number; lon: number },
): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** The matrix of great-circle distances between points, rounded to whole km. */
export function distanceMatrix(points: readonly { lat: number; lon: number }[]): number[][] {
  return points.map((a) => points.map((b) => Math.round(greatCircleKm(a, b))));
}
