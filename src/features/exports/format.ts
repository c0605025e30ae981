// Report cells never hold a float: money is integer fen written as a yuan string with two decimals, rates are
// computed in integers (BigInt, so fen × 10,000 cannot overflow) and written as percentages.

/** 123456 → "1234.56"; -5 → "-0.05". */
export function yuan(fen: number): string {
  if (!Number.isSafeInteger(fen)) throw new Error(`not a whole number of fen: ${fen}`);
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/** part / whole as a percentage with two decimals, rounded half up: (1, 3) → "33.33%"; whole 0 → "". */
export function percent(part: number, whole: number): string {
  if (whole === 0) return '';
  const bp = (BigInt(part) * 20000n + BigInt(whole)) / (2n * BigInt(whole)); // basis points, half up
  return `${bp / 100n}.${String(bp % 100n).padStart(2, '0')}%`;
}

/** True when part / whole ≥ target percent, exactly. */
export function atLeastPercent(part: number, whole: number, targetPercent: number): boolean {
  // In hundredths of a percent, so a target such as 72.5% compares exactly too.
  return whole > 0 && BigInt(part) * 10000n >= BigInt(Math.round(targetPercent * 100)) * BigInt(whole);
}

/** A risk score (0..1) as text with four decimals: a fixed width string, the same on every machine. */
export function score(x: number): string {
  return x.toFixed(4);
}
