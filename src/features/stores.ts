import { memoryCaseStore } from './cases/memory-case-store';
import { memoryExportStore } from './exports/memory-export-store';
import { memoryFsiStore } from './fsi/memory-fsi-store';
import { memoryInspectionStore } from './inspections/memory-inspection-store';
import { memoryKeyStore } from './keys/memory-key-store';
import type { MongoStoreOptions } from './mongo-stores';
import type { Store } from './store';
import { memoryPatternStore } from './patterns/memory-pattern-store';
import { memoryRankingStore } from './rankings/memory-ranking-store';
import { memoryReviewStore, memoryState } from './reviews/memory-review-store';
import type { SqliteOptions } from '../store/sqlite/connection';
import type { PartWriter } from '../store/sqlite/stored-parts';

// Every feature's store on one backend: the features' adapters over one connection (one SQLite file, one
// MongoDB database, one set of maps). Each caller depends on the feature interfaces it uses; the composition
// root (src/context.ts) picks the backend from config.

export type { Store, SqliteOptions, MongoStoreOptions };

/**
 * The embedded store: one SQLite file (or ':memory:'), opened with its schema on creation. `writeParts`: who
 * writes long texts' parts (sqlite-review-store.ts; default this connection). The adapters and better-sqlite3 are
 * loaded on first use, like mongoose below: the unit tests' memory store (and every jest file that imports it) does
 * not need them (~0.1 CPU s of module loading a test file).
 */
export function createSqliteStore(opts: SqliteOptions, writeParts?: PartWriter): Store {
  return (require('./sqlite-stores') as typeof import('./sqlite-stores')).createSqliteStore(opts, writeParts);
}

/** The fake store for unit tests: same semantics as the SQLite store, kept in Maps. */
export function createMemoryStore(): Store {
  const state = memoryState();
  const cases = memoryCaseStore(state);
  return {
    ...cases,
    ...memoryRankingStore(state),
    ...memoryKeyStore(),
    ...memoryExportStore(state),
    ...memoryFsiStore(state),
    ...memoryPatternStore(state),
    ...memoryReviewStore(state),
    ...memoryInspectionStore(cases),
  };
}

/**
 * The store on MongoDB (MONGO_URL). mongoose is loaded on first use: every door and each review worker
 * imports this module, and loading mongoose (~0.2 s) is wasted on the embedded store, the default.
 */
export function createMongoStore(opts: MongoStoreOptions): Store {
  return (require('./mongo-stores') as typeof import('./mongo-stores')).createMongoStore(opts);
}
