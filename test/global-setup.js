// The CLI tests run the built bin (dist/), as a user would after `npm ci`; build once so it is never stale.
const { execFileSync } = require('node:child_process');

module.exports = async () => {
  execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit', cwd: `${__dirname}/..` });
};
