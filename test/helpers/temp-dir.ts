import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Where the test file's temp dirs are noted: the file's global, which test/temp-dir-environment.js reads at its end. */
const made = ((globalThis as { __testTempDirs?: string[] }).__testTempDirs ??= []);

/**
 * A fresh directory under the run's parent dir (test/helpers/temp-run.js; the system temp dir outside jest), removed
 * when the test file ends, hooks and all (the runs left `review-*`, `rules-*` … behind until /tmp filled the disk). Removed by the test environment's teardown, not an
 * afterAll: jest runs afterAll hooks in the order they are declared, so a shared one would go before a file's own
 * (closing its store, its workers) still using the dir.
 */
export function tempDir(prefix: string): string {
  const parent = process.env.YIBAO_TEST_TMP ?? tmpdir();
  mkdirSync(parent, { recursive: true });
  const dir = mkdtempSync(join(parent, prefix));
  made.push(dir);
  return dir;
}
