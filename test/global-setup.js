// The CLI tests run the built bin (dist/), as a user would after `npm ci`; build once so it is never stale. After
// `npm ci` (its `prepare` builds) or a run with nothing changed since, dist is current: the build's marker
// (dist/.tsbuildinfo) is newer than every file and directory under the build's inputs (a deleted or renamed file
// changes its directory's mtime), and the incremental tsc (~5 CPU s only to find nothing to do) is skipped.
// `npm test` sets TYPECHECK=1: the type check of src and test (~30 s of one core) then runs beside the tests, at a
// lower priority (nice), and test/global-teardown.js fails the run on a type error. It used to hold every test back
// until it was done; the tests leave a core idle often enough (brokers, browsers, child processes) to absorb it.
const { spawn } = require('node:child_process');
const { existsSync, readdirSync, statSync, utimesSync } = require('node:fs');
const { join } = require('node:path');
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

const MARKER = join(ROOT, 'dist', '.tsbuildinfo');
// What tsconfig.build.json compiles, its configs, and the compiler itself.
const INPUTS = ['src', 'bench', 'scripts', 'tsconfig.json', 'tsconfig.build.json', 'package.json', 'node_modules/typescript/package.json'];

/** The newest mtime (ms) of a file, or of a directory and everything under it. */
function newest(path) {
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  let t = s.mtimeMs;
  for (const name of readdirSync(path)) t = Math.max(t, newest(join(path, name)));
  return t;
}

/** dist/ built after the last change to anything it is built from. */
function distCurrent() {
  if (!existsSync(MARKER)) return false;
  const built = statSync(MARKER).mtimeMs;
  return INPUTS.every((p) => !existsSync(join(ROOT, p)) || newest(join(ROOT, p)) <= built);
}

module.exports = async () => {
  startRun(); // the run's parent temp dir, for test/helpers/temp-dir.ts
  if (process.env.TYPECHECK === '1') {
    // Held in this process's global for the teardown (jest runs both in its main process); caught here so that a
    // failure is reported there, once, rather than as an unhandled rejection.
    const check = tsc(['-p', 'tsconfig.json', '--noEmit'], { quiet: true, nice: true });
    globalThis.__typecheck = check.then(() => null, (err) => err);
  }
  if (distCurrent()) return;
  await tsc(['-p', 'tsconfig.build.json']);
  // tsc leaves the marker alone when it finds nothing to emit (a file saved unchanged): dated now, so that the next
  // run need not ask it again.
  if (existsSync(MARKER)) { const now = new Date(); utimesSync(MARKER, now, now); }
};
