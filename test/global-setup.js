// The CLI tests run the built bin (dist/), as a user would after `npm ci`; build once so it is never stale.
// `npm test` sets TYPECHECK=1: the type check of src and test (~30 s of one core) then runs beside the tests, at a
// lower priority (nice), and test/global-teardown.js fails the run on a type error. It used to hold every test back
// until it was done; the tests leave a core idle often enough (brokers, browsers, child processes) to absorb it.
const { spawn } = require('node:child_process');
const { existsSync } = require('node:fs');
const { startRun } = require('./helpers/temp-run');

const ROOT = `${__dirname}/..`;

/** Runs tsc; resolves with its output, rejects with it on a non-zero exit. */
const tsc = (args, { quiet = false, nice = false } = {}) =>
  new Promise((resolve, reject) => {
    const command = nice && existsSync('/usr/bin/nice') ? ['/usr/bin/nice', '-n', '10', 'npx', 'tsc', ...args] : ['npx', 'tsc', ...args];
    const child = spawn(command[0], command.slice(1), { stdio: quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit', cwd: ROOT });
    let output = '';
    if (quiet) for (const s of [child.stdout, child.stderr]) s.on('data', (d) => (output += d));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve(output) : reject(new Error(`tsc ${args.join(' ')} exited ${code}\n${output}`))));
  });

module.exports = async () => {
  startRun(); // the run's parent temp dir, for test/helpers/temp-dir.ts
  if (process.env.TYPECHECK === '1') {
    // Held in this process's global for the teardown (jest runs both in its main process); caught here so that a
    // failure is reported there, once, rather than as an unhandled rejection.
    const check = tsc(['-p', 'tsconfig.json', '--noEmit'], { quiet: true, nice: true });
    globalThis.__typecheck = check.then(() => null, (err) => err);
  }
  await tsc(['-p', 'tsconfig.build.json']);
};
