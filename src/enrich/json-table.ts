import { existsSync, readFileSync } from 'node:fs';
import { z } from 'zod';

// Reading the JSON tables under rules/ (knowledge tables, the catalogue's indication mapping): one loader, so
// every table fails its load the same way, naming the file and the field.

/** The file checked against its schema; null when the file is absent (no such check). */
export function readJsonTable<T>(file: string, schema: z.ZodType<T>): T | null {
  if (!existsSync(file)) return null;
  const parsed = schema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${file}: ${issue.path.join('.')}: ${issue.message}`);
  }
  return parsed.data;
}

/** Rows by each of their codes; a code in two rows fails the load. */
export function rowsByCode<R extends { codes: readonly string[] }>(file: string, rows: readonly R[]): Map<string, R> {
  const map = new Map<string, R>();
  rows.forEach((row, i) => {
    for (const code of row.codes) {
      if (map.has(code)) throw new Error(`${file} row ${i}: code ${code} is already in another row`);
      map.set(code, row);
    }
  });
  return map;
}

/** A row's lines (ItemSelector): catalogue row codes (a drug's row covers every product code beneath it), and marks in the names of lines outside them. */
export const itemSelector = z.strictObject({
  codes: z.array(z.string().min(1)).default([]),
  nameMarks: z.array(z.string().min(2)).default([]),
});
