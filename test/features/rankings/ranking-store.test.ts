import { createMemoryStore, createSqliteStore } from '../../../src/features/stores';
import { mongoUrl, throwawayMongoStore } from '../../store/mongo-test-store';
import { describeRankingContract } from './ranking-store-contract';

// The ranking store contract on every backend; MongoDB when MONGO_URL is set (a throwaway database per store).

describeRankingContract('memory', () => createMemoryStore());
describeRankingContract('sqlite :memory:', () => createSqliteStore({ path: ':memory:' }));
const url = mongoUrl;
if (url) describeRankingContract('mongodb', () => throwawayMongoStore(url, 'yibao_rank'));
else it.skip('ranking store contract: mongodb (skipped: MONGO_URL not set)', () => {});
