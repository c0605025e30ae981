import type { ExportStore } from '../export-store';
import type { MemoryState } from './memory-store';

/** Export reads in memory (see ../export-store.ts). */
export function memoryExports(_state: MemoryState): ExportStore {
  return {};
}
