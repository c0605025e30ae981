import { mongoUrl, throwawayMongoStore } from '../../store/mongo-test-store';
import { describeExportContract } from './export-store-contract';

// The export contract against MongoDB; needs MONGO_URL (each store gets a throwaway database, dropped on close).

const url = mongoUrl;
if (!url) {
  it.skip('Export store contract: mongodb (skipped: MONGO_URL not set)', () => {});
} else {
  describeExportContract('mongodb', () => throwawayMongoStore(url, 'yibao_export'));
}
