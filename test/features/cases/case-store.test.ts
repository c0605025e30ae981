import { createMemoryStore, createSqliteStore } from '../../../src/features/stores';
import { mongoUrl, throwawayMongoStore } from '../../store/mongo-test-store';
import { describeCaseWorkContract } from './case-store-contract';

// The case store contract on every backend; MongoDB when MONGO_URL is set (a throwaway database per store).

describeCaseWorkContract('memory', () => createMemoryStore());
describeCaseWorkContract('sqlite :memory:', () => createSqliteStore({ path: ':memory:' }));
const url = mongoUrl;
if (url) describeCaseWorkContract('mongodb', () => throwawayMongoStore(url, 'yibao_work'));
else it.skip('case store contract: mongodb (skipped: MONGO_URL not set)', () => {});
