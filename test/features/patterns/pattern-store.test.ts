import { createMemoryStore, createSqliteStore } from '../../../src/features/stores';
import { mongoUrl, throwawayMongoStore } from '../../store/mongo-test-store';
import { describePatternContract } from './pattern-store-contract';

// The pattern store contract on every backend; MongoDB when MONGO_URL is set (a throwaway database per store).

describePatternContract('memory', () => createMemoryStore());
describePatternContract('sqlite :memory:', () => createSqliteStore({ path: ':memory:' }));
const url = mongoUrl;
if (url) describePatternContract('mongodb', () => throwawayMongoStore(url, 'yibao_pat'));
else it.skip('pattern store contract: mongodb (skipped: MONGO_URL not set)', () => {});
