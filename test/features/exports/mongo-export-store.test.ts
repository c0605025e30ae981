import { randomUUID } from 'node:crypto';
import { createMongoStore } from '../../../src/features/stores';
import { describeExportContract } from './export-store-contract';

// The export contract against MongoDB; needs MONGO_URL (each store gets a throwaway database, dropped on close).

const url = process.env.MONGO_URL;

if (!url) {
  it.skip('Export store contract: mongodb (skipped: MONGO_URL not set)', () => {});
} else {
  describeExportContract('mongodb', () => {
    const u = new URL(url);
    u.pathname = `/yibao_export_${randomUUID().replace(/-/g, '').slice(0, 12)}`;
    const store = createMongoStore({ url: u.toString(), serverSelectionTimeoutMS: 5000 });
    const close = store.close;
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
