import { describeFsiContract } from '../fsi/fsi-store-contract';
import { mongoUrl, throwawayMongoStore } from '../../store/mongo-test-store';
import { describeStoreContract } from './review-store-contract';

// The Store contracts against MongoDB: reviews and FSI findings (case work, rankings and keys: the store
// tests in their feature folders; exports: mongo-export-store.test.ts).
// Needs a server: MONGO_URL (e.g. mongodb://localhost:27017, or the compose file's replica set). Each store
// gets its own throwaway database, dropped when the test closes it.

const url = mongoUrl;

if (!url) {
  console.log('skipped: MONGO_URL not set');
  it.skip('Store contracts: mongodb (skipped: MONGO_URL not set)', () => {});
} else {
  describeStoreContract('mongodb', () => throwawayMongoStore(url, 'yibao_test'), { alongInTransaction: false });
  describeFsiContract('mongodb', () => throwawayMongoStore(url, 'yibao_fsi'));
}
