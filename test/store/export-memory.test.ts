import { createMemoryStore } from '../../src/store';
import { describeExportContract } from './export-contract';

describeExportContract('memory', () => createMemoryStore());
