import { createMemoryStore, createSqliteStore } from '../../../src/features/stores';
import { mongoUrl, throwawayMongoStore } from '../../store/mongo-test-store';
import { describeInspectionContract } from './inspection-store-contract';

// The inspection store contract on every backend; MongoDB when MONGO_URL is set (a throwaway database per store).

describeInspectionContract('memory', () => createMemoryStore());
describeInspectionContract('sqlite :memory:', () => createSqliteStore({ path: ':memory:' }));
const url = mongoUrl;
if (url) describeInspectionContract('mongodb', () => throwawayMongoStore(url, 'yibao_inspections'));
else it.skip('inspection store contract: mongodb (skipped: MONGO_URL not set)', () => {});
