/**
 * @module Instances for the tests of draws and schedules: clubs at random points of a
 * 1,000 × 1,000 square, with whole distances between them, the same for the same seed.
 */
import { seeded } from '#core/random.ts';

/** The distances between `n` clubs at random points of the square, from `seed`. */
export function randomPlane(n: number, seed: number): number[][] {
  const random = seeded(seed);
  const points = Array.from({ length: n }, () => [random() * 1000, random() * 1000] as const);
  return points.map(([x, y]) => points.map(([u, v]) => Math.round(Math.hypot(x - u, y - v))));
}
