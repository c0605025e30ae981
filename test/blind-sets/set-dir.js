'use strict';
// The set a scorer reads: a directory (test/blind-sets/blind52), or a set's name beside this file (blind52).
const fs = require('fs'); const path = require('path');
exports.setDir = (arg) => {
  if (!arg) { console.error('usage: first argument: the set\'s directory (or its name, e.g. blind52)'); process.exit(2); }
  const named = path.join(__dirname, arg);
  const dir = fs.existsSync(path.join(arg, 'labels.json')) ? arg : named;
  if (!fs.existsSync(path.join(dir, 'labels.json'))) { console.error(`no labels.json in ${arg}`); process.exit(2); }
  return path.resolve(dir);
};
