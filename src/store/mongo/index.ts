import type { Connection } from 'mongoose';
import type { Store } from '../../features/reviews/review-store';
import type { MongoStoreOptions } from '../../features/reviews/mongo-review-store';
import type { Models } from './schemas';

// mongoose is loaded on first use: every door and each review worker imports this module, and loading
// mongoose (~0.2 s) is wasted on the embedded store, the default.

export type { MongoStoreOptions, Models };

export function createMongoStore(opts: MongoStoreOptions): Store {
  return (require('../../features/reviews/mongo-review-store') as typeof import('../../features/reviews/mongo-review-store')).createMongoStore(opts);
}

export function connectMongo(url: string, opts?: { serverSelectionTimeoutMS?: number }): Connection {
  return (require('./connect') as typeof import('./connect')).connectMongo(url, opts);
}

export function defineModels(conn: Connection): Models {
  return (require('./schemas') as typeof import('./schemas')).defineModels(conn);
}
