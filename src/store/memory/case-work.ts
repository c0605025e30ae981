import type { CaseWorkStore } from '../case-work-store';
import type { MemoryState } from './memory-store';

/** Case work in memory (see ../case-work-store.ts). */
export function memoryCaseWork(_state: MemoryState): CaseWorkStore {
  return {};
}
