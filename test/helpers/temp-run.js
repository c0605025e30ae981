// Where the test run's temp dirs live, and their removal. Each file's dirs go at its end (test/temp-dir-environment.js);
// what a killed worker leaves goes with its run's parent dir at the run's end (test/global-teardown.js), and what a
// killed run leaves goes at the next run's start (test/global-setup.js). Swept by a dead pid, never by the prefix
// alone: other runs share /tmp.
const { mkdirSync, readdirSync, rmSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');

const PARENT = /^yibao-test-(\d+)$/;

/** The run's parent dir, named for the jest main process. */
const runParent = (pid = process.pid, root = tmpdir()) => join(root, `yibao-test-${pid}`);

/** Removes every dir; one that fails (EACCES, EBUSY) does not stop the rest. Returns the failures. */
function removeAll(dirs, rm = rmSync) {
  const failed = [];
  for (const dir of dirs) {
    try {
      rm(dir, { recursive: true, force: true });
    } catch (err) {
      failed.push(`${dir}: ${err.message}`);
    }
  }
  return failed;
}

function pidAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return err.code === 'EPERM'; // alive, someone else's
  }
}

/** Removes the parent dirs of runs whose process is gone. */
function sweepDead(root = tmpdir(), alive = pidAlive) {
  const dead = readdirSync(root).filter((name) => PARENT.test(name) && !alive(Number(PARENT.exec(name)[1])));
  return removeAll(dead.map((name) => join(root, name)));
}

/** For test/global-setup.js: the run's parent, made and handed to the workers through the environment. */
function startRun() {
  sweepDead();
  const parent = runParent();
  mkdirSync(parent, { recursive: true });
  process.env.YIBAO_TEST_TMP = parent;
}

module.exports = { removeAll, runParent, startRun, sweepDead };
