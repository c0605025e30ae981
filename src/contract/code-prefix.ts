// Codes judged by prefix (ICD-10 / ICD-9-CM-3 categories, ATC groups, I10 covering I10.x00x002), in a leaf module of
// the bottom layer: enrich, benefits (cross-claim rules included), rules and the generator all use it without
// importing each other.

/** Whether the code starts with one of the prefixes. */
export function underAny(code: string, prefixes: readonly string[]): boolean {
  for (const p of prefixes) if (code.startsWith(p)) return true;
  return false;
}

/** Whether some code starts with one of the prefixes. */
export function startsWithAny(codes: readonly string[], prefixes: readonly string[]): boolean {
  for (const c of codes) if (underAny(c, prefixes)) return true;
  return false;
}

/** "C34、Z51.1" style list for messages, at most `max` entries (等 beyond). */
export function prefixList(xs: readonly string[], max = 12): string {
  return xs.length > max ? `${xs.slice(0, max).join('、')}等` : xs.join('、');
}

/**
 * An ICD-9-CM-3 operation (chapters 00–86), not an examination or therapy (87–99) coded beside it. The one reading of
 * "an operation": the theatre, consistency and doctor-two-places checks all use it (review 30B item 8).
 */
export function isOperationCode(code: string): boolean {
  return /^(0\d|[1-7]\d|8[0-6])\./.test(code);
}

/**
 * A claim's days of a coded operation (isOperationCode), each once; 87–99 are diagnostic and other non-operative
 * procedures, done by others. The ledger entry stores them (MemberClaim.operationDays); checks read the entry's.
 */
export function operationDays(procedures: readonly { code: string; date?: string | null }[]): string[] {
  const days = procedures.filter((p) => p.date && isOperationCode(p.code)).map((p) => p.date!);
  return [...new Set(days)];
}

/**
 * The same operations as prefixes, for the tables: a table's procedure list names them `"operations"` (ICD-9-CM-3
 * chapters 0–15, codes 00–86: chapter 00, procedures and interventions not elsewhere classified, holds operations
 * too — the hip and knee revisions 00.7/00.8 — while 87–99, chapter 16, are the diagnostic and other procedures).
 */
export const OPERATIONS = 'operations';
const OPERATION_PREFIXES = ['0', '1', '2', '3', '4', '5', '6', '7', '80', '81', '82', '83', '84', '85', '86'];

/** A table's ICD-9-CM-3 prefixes with `"operations"` written out as the prefixes of isOperationCode. */
export function withOperations(prefixes: readonly string[]): string[] {
  return prefixes.flatMap((p) => (p === OPERATIONS ? OPERATION_PREFIXES : [p]));
}

/**
 * The codes, each dagger–asterisk pair (M32.114+G94.8*) followed by its asterisk half (G94.8) as a code of its own:
 * the asterisk names the manifestation the record codes (ICD-10 dual classification, WHO ICD-10 Volume 2, 3.1.3), so a
 * lupus encephalopathy is a brain disorder for what the brain's disorders call for.
 */
export function withManifestations(codes: readonly string[]): readonly string[] {
  if (!codes.some((c) => c.includes('+'))) return codes;
  const out: string[] = [];
  for (const c of codes) {
    out.push(c);
    const plus = c.indexOf('+');
    if (plus > 0 && c.endsWith('*')) out.push(c.slice(plus + 1, -1));
  }
  return out;
}
