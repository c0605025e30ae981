// The node test environment, which at the end of each test file removes the dirs test/helpers/temp-dir.ts made.
const { TestEnvironment } = require('jest-environment-node');
const { removeAll } = require('./helpers/temp-run');

class TempDirEnvironment extends TestEnvironment {
  async teardown() {
    try {
      const failed = removeAll(this.global.__testTempDirs ?? []);
      if (failed.length) process.stderr.write(`temp dirs left (the run's end removes them):\n${failed.join('\n')}\n`);
    } finally {
      await super.teardown();
    }
  }
}

module.exports = TempDirEnvironment;
