import { describe, expect, test } from 'vitest';
import { Mulberry32, seeded } from './random.ts';

describe('the seeded generator', () => {
  test("draws mulberry32's numbers, the same on every machine", () => {
    const random = seeded(1);
    expect([random(), random(), random()]).toEqual([
      0.6270739405881613, 0.002735721180215478, 0.5274470399599522,
    ]);
  });

  test('gives the same numbers as an object as it does as a function, a seed of 0 as 1', () => {
    for (const seed of [0, 1, 7, 2 ** 32 - 1]) {
      const random = seeded(seed);
      const generator = new Mulberry32(seed);
      const numbers = Array.from({ length: 1000 }, () => random());
      expect(Array.from({ length: 1000 }, () => generator.next())).toEqual(numbers);
      expect(numbers.every((value) => value >= 0 && value < 1)).toBe(true);
    }
    expect(new Mulberry32(0).next()).toBe(seeded(1)());
  });
});
