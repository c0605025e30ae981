import { existsSync, readFileSync } from 'node:fs';
import { z } from 'zod';

// Reading the JSON tables under rules/ against their schemas: one way for every loader (enrich's knowledge tables,
// benefits' history tables, the catalogue import), so every table fails its load alike, naming the file and the
// field. In the bottom layer so that enrich and benefits share it without importing each other.

/** The table checked against its schema; a mismatch fails the load with the file, the field's path and zod's message. */
export function parseTable<T>(schema: z.ZodType<T>, json: unknown, file: string): T {
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${file}: ${issue.path.join('.')}: ${issue.message}`);
  }
  return parsed.data;
}

/** The file checked against its schema; null when the file is absent (no such check). */
export function readJsonTable<T>(file: string, schema: z.ZodType<T>): T | null {
  if (!existsSync(file)) return null;
  return parseTable(schema, JSON.parse(readFileSync(file, 'utf8')) as unknown, file);
}

/** A row's lines (ItemSelector): catalogue row codes (a drug's row covers every product code beneath it), and marks in the names of lines outside them. */
export const itemSelector = z.strictObject({
  codes: z.array(z.string().min(1)).default([]),
  nameMarks: z.array(z.string().min(2)).default([]),
});
