// Longest files first, so that jest's two workers finish together rather than one running a long file alone at
// the end. Jest does this itself from the timings it caches after a run; on a fresh clone (CI) it has none and
// orders by file size, and the slowest files (waiting on a broker, a browser, a child process) are small ones that
// then start last. Until jest has its own timing of a file, the recorded seconds in slow-files.json stand in.
const { relative } = require('node:path');
const Sequencer = require('@jest/test-sequencer').default;
const { seconds: RECORDED } = require('./slow-files.json');

const ROOT = `${__dirname}/..`;

class SlowFirstSequencer extends Sequencer {
  sort(tests) {
    const ms = (test) => this.time(test) ?? (RECORDED[relative(ROOT, test.path)] ?? 0) * 1000;
    const size = (test) => test.context.hasteFS.getSize(test.path) ?? 0;
    return [...tests].sort(
      (a, b) => Number(this.hasFailed(b)) - Number(this.hasFailed(a)) || ms(b) - ms(a) || size(b) - size(a),
    );
  }
}

module.exports = SlowFirstSequencer;
