import { randomUUID } from 'node:crypto';
import { createMongoStore } from '../../src/store/mongo';
import { describeStoreContract } from './store-contract';

// The one Store contract, against MongoDB. Needs a server: MONGO_URL (e.g. mongodb://localhost:27017, or the
// compose file's mongo). Each store gets its own throwaway database, dropped when the test closes it.

const url = process.env.MONGO_URL;

if (!url) {
  console.log('skipped: MONGO_URL not set');
  it.skip('Store contract: mongodb (skipped: MONGO_URL not set)', () => {});
} else {
  describeStoreContract('mongodb', () => {
    const db = `yibao_test_${randomUUID().replace(/-/g, '').slice(0, 12)}`;
    const u = new URL(url);
    u.pathname = `/${db}`;
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
  });
}
