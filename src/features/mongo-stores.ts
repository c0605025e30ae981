import type { Connection } from 'mongoose';
import { connectMongo } from '../store/mongo/connect';
import { defineModels } from '../store/mongo/schemas';
import { sessionRunner } from '../store/mongo/session';
import { mongoStoredParts } from '../store/mongo/stored-parts';
import { mongoCaseStore } from './cases/mongo-case-store';
import { mongoExportStore } from './exports/mongo-export-store';
import { mongoFsiStore } from './fsi/mongo-fsi-store';
import { mongoInspectionStore } from './inspections/mongo-inspection-store';
import { mongoKeyStore } from './keys/mongo-key-store';
import { mongoPatternStore } from './patterns/mongo-pattern-store';
import { mongoRankingStore } from './rankings/mongo-ranking-store';
import { mongoReviewStore } from './reviews/mongo-review-store';
import type { Store } from './store';

export interface MongoStoreOptions {
  url: string;
  serverSelectionTimeoutMS?: number;
}

/** Every feature's MongoDB adapter over one connection (loaded by stores.ts on first use). */
export function createMongoStore(opts: MongoStoreOptions): Store {
  const conn: Connection = connectMongo(opts.url, opts);
  const m = defineModels(conn);
  // One runner for every part, so they all ask the server once whether it has transactions.
  const inSession = sessionRunner(conn);
  // A long claim's texts, as GridFS files: written by the review store, read back by every store that reads them.
  const parts = mongoStoredParts(conn);
  return {
    ...mongoCaseStore(m, inSession, parts),
    ...mongoRankingStore(m),
    ...mongoKeyStore(m),
    ...mongoExportStore(m, parts),
    ...mongoFsiStore(m, inSession),
    ...mongoPatternStore(conn, m, parts),
    ...mongoReviewStore(conn, m, inSession, parts),
    ...mongoInspectionStore(conn, m, inSession),
  };
}
