import { randomUUID } from 'node:crypto';
import { createMongoStore } from '../../src/features/stores';
import type { Store } from '../../src/features/stores';

// A MongoDB store on its own throwaway database (dropped when the store is closed), for the contract suites.

export const mongoUrl = process.env.MONGO_URL;

export function throwawayMongoStore(url: string, prefix: string): Store {
  const u = new URL(url);
  u.pathname = `/${prefix}_${randomUUID().replace(/-/g, '').slice(0, 12)}`;
  const store = createMongoStore({ url: u.toString(), serverSelectionTimeoutMS: 5000 });
  const close = store.close;
  // Drop the database on close so runs leave nothing behind.
  store.close = async () => {
    const { default: mongoose } = await import('mongoose');
    const c = await mongoose.createConnection(u.toString()).asPromise();
    await c.dropDatabase();
    await c.close();
    await close();
  };
  return store;
}
