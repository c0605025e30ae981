import { createMemoryStore } from '../../../src/features/stores';
import { describeExportContract } from './export-store-contract';

describeExportContract('memory', () => createMemoryStore());
