import { createMemoryStore } from '../../../src/store';
import { describeExportContract } from './export-store-contract';

describeExportContract('memory', () => createMemoryStore());
