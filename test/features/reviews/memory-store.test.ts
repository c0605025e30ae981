import { createMemoryStore } from '../../../src/features/stores';
import { describeStoreContract } from './review-store-contract';

describeStoreContract('memory', () => createMemoryStore());
