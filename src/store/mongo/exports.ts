import type { ExportStore } from '../export-store';
import type { Models } from './schemas';

/**
 * Monthly exports on MongoDB (see ../export-store.ts): not built yet, the export issue fills it in here.
 * Until then mongo-store.ts answers its methods with a clear rejection (see pending.ts).
 */
export function mongoExports(_models: Models): Partial<ExportStore> {
  return {};
}
