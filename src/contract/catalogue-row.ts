// How a bill line is known by catalogue code: its claimed code, or the catalogue row it matched. enrich/ and
// benefits/ import it from here alike (the one place: benefits/ cannot import enrich/, which imports it).

/**
 * The code a knowledge table knows a line by: the catalogue row it matched (a generic drug in one dosage form
 * covers every 23-character product code beneath it), else the claimed code.
 */
export function rowCodeOf(it: { code: string; catalogue: { code: string } | null }): string {
  return it.catalogue?.code ?? it.code;
}

/**
 * Whether a bill line is one of `codes` by its claimed code or by its catalogue row: a table may list either (a
 * product code beneath its row, or the row). The ledger line's twin is benefits/cross-claim/common.ts lineIn.
 */
export function itemIn(codes: Pick<ReadonlySet<string>, 'has'>, it: { code: string; catalogue: { code: string } | null }): boolean {
  return codes.has(it.code) || (it.catalogue !== null && codes.has(it.catalogue.code));
}
