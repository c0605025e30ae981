import { createMemoryStore } from '../../../src/features/stores';
import { describeStoreContract } from './review-store-contract';
import { describeCaseWorkContract } from '../cases/case-store-contract';

describeStoreContract('memory', () => createMemoryStore());
describeCaseWorkContract('memory', () => createMemoryStore());
