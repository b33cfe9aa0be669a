/** A small deterministic PRNG (mulberry32): the same seed gives the same sequence on every runtime. */
export interface Random {
  next(): number;
  integer(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  /** A normally distributed value (Box–Muller). */
  normal(mean: number, deviation: number): number;
}

export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    integer: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (items) => items[Math.floor(next() * items.length)] as (typeof items)[number],
    normal: (mean, deviation) =>
      mean + deviation * Math.sqrt(-2 * Math.log(next() || 1e-12)) * Math.cos(2 * Math.PI * next()),
  };
}
