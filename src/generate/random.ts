import seedrandom from 'seedrandom';

// One seeded stream drives the whole file, so the same seed gives the same bytes.
// alea is seedrandom's fastest generator; Math.random and the clock are never used.

export interface Rng {
  next(): number;
  int(min: number, max: number): number;
  chance(p: number): boolean;
  pick<T>(xs: readonly T[]): T;
  weighted<T>(xs: readonly T[], weight: (x: T) => number): T;
}

export function makeRng(seed: string | number): Rng {
  const r = seedrandom.alea(String(seed));
  const next = () => r();
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (p) => next() < p,
    pick: (xs) => xs[Math.floor(next() * xs.length)],
    weighted: (xs, weight) => {
      let total = 0;
      for (const x of xs) total += weight(x);
      let u = next() * total;
      for (const x of xs) {
        u -= weight(x);
        if (u < 0) return x;
      }
      return xs[xs.length - 1];
    },
  };
}
