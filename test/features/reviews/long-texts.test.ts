import { join } from 'node:path';
import { createSqliteStore } from '../../../src/features/stores';
import { mongoUrl, throwawayMongoStore } from '../../store/mongo-test-store';
import { describeLongTextContract } from './long-text-contract';
import { tempDir } from '../../helpers/temp-dir';

// The long-text contract on SQLite (always) and MongoDB (MONGO_URL set: a throwaway database per store).

const dir = tempDir('long-texts-');
let n = 0;

describeLongTextContract('sqlite', () => createSqliteStore({ path: join(dir, `s${++n}.db`) }));
const url = mongoUrl;
if (url) describeLongTextContract('mongodb', () => throwawayMongoStore(url, 'yibao_long'));
else it.skip('long texts: mongodb (skipped: MONGO_URL not set)', () => {});
