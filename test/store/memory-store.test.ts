import { createMemoryStore } from '../../src/store';
import { describeStoreContract } from './store-contract';
import { describeCaseWorkContract } from './case-work-contract';

describeStoreContract('memory', () => createMemoryStore());
describeCaseWorkContract('memory', () => createMemoryStore());
