import { join } from 'node:path';
import { loadConfig, type Config } from '../../src/config';
import { createContext, type AppContext } from '../../src/context';
import { createLogger } from '../../src/logger';
import { sharedRules } from './shared-rules';
import { tempDir } from './temp-dir';

/** A real review context (real rules/, real SQLite store in a temp dir) for door-level tests; the rules built once per file. */
export function testContext(env: Record<string, string> = {}): { ctx: AppContext; config: Config; dir: string } {
  const dir = tempDir('review-');
  const config = loadConfig({ STORE_PATH: join(dir, 'review.db'), SAMPLE_DATA: 'off', PORT: '0', HOST: '127.0.0.1', ...env });
  const ctx = createContext(config, createLogger('silent'), { rules: sharedRules(config.rulesDir) });
  return { ctx, config, dir };
}

export const silentLogger = createLogger('silent');
