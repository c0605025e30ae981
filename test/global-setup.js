// The CLI tests run the built bin (dist/), as a user would after `npm ci`; build once so it is never stale.
// `npm test` sets TYPECHECK=1: the type check of src and test runs beside the build (two single-threaded tsc runs on
// two cores) rather than before it, and a type error fails the run here.
const { spawn } = require('node:child_process');

const tsc = (args) =>
  new Promise((resolve, reject) => {
    const child = spawn('npx', ['tsc', ...args], { stdio: 'inherit', cwd: `${__dirname}/..` });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`tsc ${args.join(' ')} exited ${code}`))));
  });

module.exports = async () => {
  await Promise.all([tsc(['-p', 'tsconfig.build.json']), ...(process.env.TYPECHECK === '1' ? [tsc(['-p', 'tsconfig.json', '--noEmit'])] : [])]);
};
