import type { Connection } from 'mongoose';
import type { Models } from './schemas';

// mongoose is loaded on first use: loading it (~0.2 s) is wasted on the embedded store, the default.

export type { Models };

export function connectMongo(url: string, opts?: { serverSelectionTimeoutMS?: number }): Connection {
  return (require('./connect') as typeof import('./connect')).connectMongo(url, opts);
}

export function defineModels(conn: Connection): Models {
  return (require('./schemas') as typeof import('./schemas')).defineModels(conn);
}
