// The node test environment, which at the end of each test file removes the dirs test/helpers/temp-dir.ts made.
const { TestEnvironment } = require('jest-environment-node');
const { rmSync } = require('node:fs');

class TempDirEnvironment extends TestEnvironment {
  async teardown() {
    for (const dir of this.global.__testTempDirs ?? []) rmSync(dir, { recursive: true, force: true });
    await super.teardown();
  }
}

module.exports = TempDirEnvironment;
