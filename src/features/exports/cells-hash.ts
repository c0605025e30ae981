import { createHash, type Hash } from 'node:crypto';
import type { Cell } from './sheets';

/**
 * A running SHA-256 over a table's cells (header included), one JSON array per row. The XLSX zip differs
 * from run to run in its entry timestamps, so this is what shows two workbooks hold the same contents;
 * reading a workbook back and hashing its cells the same way gives the same value.
 */
export function cellsHasher(): { add(cells: readonly Cell[]): void; hex(): string } {
  const h: Hash = createHash('sha256');
  return {
    add: (cells) => void h.update(`${JSON.stringify(cells)}\n`),
    hex: () => h.digest('hex'),
  };
}
