// Codes judged by prefix (ICD-10 / ICD-9-CM-3 categories, ATC groups), in a leaf module: knowledge.ts and the table
// modules it loads (standard courses, oxygen, consumables, daily repeats) all use it without importing each other.

/** Whether some code starts with one of the prefixes. */
export function startsWithAny(codes: readonly string[], prefixes: readonly string[]): boolean {
  for (const c of codes) for (const p of prefixes) if (c.startsWith(p)) return true;
  return false;
}

/** "C34、Z51.1" style list for messages, at most `max` entries (等 beyond). */
export function prefixList(xs: readonly string[], max = 12): string {
  return xs.length > max ? `${xs.slice(0, max).join('、')}等` : xs.join('、');
}
