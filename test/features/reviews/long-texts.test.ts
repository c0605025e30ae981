import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSqliteStore } from '../../../src/features/stores';
import { mongoUrl, throwawayMongoStore } from '../../store/mongo-test-store';
import { describeLongTextContract } from './long-text-contract';

// The long-text contract on SQLite (always) and MongoDB (MONGO_URL set: a throwaway database per store).

const dir = mkdtempSync(join(tmpdir(), 'long-texts-'));
let n = 0;
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describeLongTextContract('sqlite', () => createSqliteStore({ path: join(dir, `s${++n}.db`) }));
const url = mongoUrl;
if (url) describeLongTextContract('mongodb', () => throwawayMongoStore(url, 'yibao_long'));
else it.skip('long texts: mongodb (skipped: MONGO_URL not set)', () => {});
