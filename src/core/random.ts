/**
 * A small, well-mixed generator of numbers in [0, 1) (mulberry32): the same seed gives the same
 * sequence on every machine, so that draws and searches are reproducible by seed.
 */
export function seeded(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    return mulberry(state);
  };
}

/**
 * {@link seeded}'s generator as an object: its `next` is one function for every generator, so a
 * hot loop that makes a generator per call (a draw) stays compiled from one call to the next,
 * where a new closure each call sends it back to the interpreter.
 */
export class Mulberry32 {
  #state: number;

  constructor(seed: number) {
    this.#state = seed >>> 0 || 1;
  }

  next(): number {
    this.#state = (this.#state + 0x6d2b79f5) >>> 0;
    return mulberry(this.#state);
  }
}

/** The number in [0, 1) mulberry32 draws at a state. @internal */
function mulberry(state: number): number {
  let z = state;
  z = Math.imul(z ^ (z >>> 15), z | 1);
  z ^= z + Math.imul(z ^ (z >>> 7), z | 61);
  return ((z ^ (z >>> 14)) >>> 0) / 2 ** 32;
}

/**
 * The seed of the `index`-th of many independent streams drawn from one seed: simulation `index`
 * gets the same numbers whichever worker plays it, so results do not depend on how the work is
 * split.
 */
export function streamSeed(seed: number, index: number): number {
  let z = (Math.imul(seed >>> 0, 0x9e3779b1) ^ Math.imul(index + 1, 0x85ebca6b)) >>> 0;
  z = Math.imul(z ^ (z >>> 16), 0x7feb352d);
  z = Math.imul(z ^ (z >>> 15), 0x846ca68b);
  return (z ^ (z >>> 16)) >>> 0 || 1;
}
