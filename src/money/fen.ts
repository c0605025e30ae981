// Money travels as yuan numbers in the contract; inside, it is integer fen so no float drift reaches a report.

/** Yuan → fen, rounding half away from zero; a tiny epsilon absorbs binary float noise (0.1 + 0.2). */
export function toFen(yuan: number): number {
  const scaled = yuan * 100;
  return Math.sign(scaled) * Math.round(Math.abs(scaled) + 1e-7);
}

/** Fen → yuan number for JSON output (exact to two decimals). */
export function toYuan(fen: number): number {
  return Math.round(fen) / 100;
}

/** True when the yuan number is whole fen (no third decimal). */
export function isWholeFen(yuan: number): boolean {
  return Math.abs(yuan * 100 - Math.round(yuan * 100)) < 1e-6;
}

/** quantity × unitPrice in fen, rounded to the fen, for comparing with a line amount. */
export function lineFen(quantity: number, unitPrice: number): number {
  return toFen(quantity * unitPrice);
}

/** The fen of a claim's lines: all of them, or those whose lineId is in `ids` (a finding's money, summed in fen). */
export function fenOf(lines: readonly { lineId: string; amountFen: number }[], ids?: ReadonlySet<string>): number {
  let fen = 0;
  for (const l of lines) if (!ids || ids.has(l.lineId)) fen += l.amountFen;
  return fen;
}

/** The fen of `part` of a line's `whole` units (a share of its amount), rounded down: never more than was billed for them. */
export function prorateFen(amountFen: number, part: number, whole: number): number {
  return whole > 0 ? Math.floor((amountFen * Math.min(part, whole)) / whole) : 0;
}
