import seedrandom from 'seedrandom';

// The evaluation's own seeded random source (not the generator's), so a seed gives the same cases.

export interface Rng {
  next(): number;
  int(lo: number, hi: number): number;
  pick<T>(xs: readonly T[]): T;
  chance(p: number): boolean;
}

export function makeRng(seed: string): Rng {
  const r = seedrandom(seed);
  const rng: Rng = {
    next: () => r(),
    int: (lo, hi) => lo + Math.floor(r() * (hi - lo + 1)),
    pick: (xs) => xs[Math.floor(r() * xs.length)],
    chance: (p) => r() < p,
  };
  return rng;
}
