// Build step: the console's static files (HTML, ES modules, CSS) go next to the compiled app, which serves them.
const { cpSync, rmSync } = require('node:fs');
const { join } = require('node:path');

const root = join(__dirname, '..');
const from = join(root, 'src', 'api', 'console');
const to = join(root, 'dist', 'src', 'api', 'console');
rmSync(to, { recursive: true, force: true });
cpSync(from, to, { recursive: true });
