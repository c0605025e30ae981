import { createMemoryStore, createSqliteStore } from '../../../src/features/stores';
import { describeFsiContract } from './fsi-store-contract';

// The FSI contract that MongoDB is held to (mongo-store.test.ts), checked here against the reference
// backends so its expectations are SQLite's behaviour, not a guess; these run without a server.

describeFsiContract('sqlite :memory:', () => createSqliteStore({ path: ':memory:' }));
describeFsiContract('memory', () => createMemoryStore());
