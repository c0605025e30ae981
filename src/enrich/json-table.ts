// What the knowledge tables' rows share beside their loading (contract/json-table.ts readJsonTable): rows by code,
// the selector of a row's lines.

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

// The selector of a row's lines lives with readJsonTable, where benefits' tables (operation-classes.json) read it too.
export { itemSelector } from '../contract/json-table';
