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

/** An ICD-9-CM-3 operation (chapters 00–86), not an examination or therapy (87–99) coded beside it. */
export function isOperationCode(code: string): boolean {
  return /^(0\d|[1-7]\d|8[0-6])\./.test(code);
}
