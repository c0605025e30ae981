import { createMemoryStore, createSqliteStore } from '../../../src/features/stores';
import { mongoUrl, throwawayMongoStore } from '../../store/mongo-test-store';
import { describeKeyContract } from './key-store-contract';

// The key store contract on every backend; MongoDB when MONGO_URL is set (a throwaway database per store).

describeKeyContract('memory', () => createMemoryStore());
describeKeyContract('sqlite :memory:', () => createSqliteStore({ path: ':memory:' }));
const url = mongoUrl;
if (url) describeKeyContract('mongodb', () => throwawayMongoStore(url, 'yibao_keys'));
else it.skip('key store contract: mongodb (skipped: MONGO_URL not set)', () => {});
