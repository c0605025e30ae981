import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { tempDir } from '../helpers/temp-dir';

// Temp dirs in tests come from test/helpers/temp-dir.ts, whose dirs the test environment removes at each file's end;
// a bare mkdtemp under the system temp dir leaks one dir per run (review 29, item 18: a test merged after the tidy did).
const TEST = resolve(__dirname, '..');
const HELPERS = ['helpers/temp-dir.ts', 'helpers/temp-run.js'];
// Kept on purpose: the Kafka mock cluster's compiled launcher, cached across runs under one dir per source hash.
const CACHE = 'kafka/mock-cluster.ts';
// The blind-set generators (test/blind-sets/blindNN/) build the sets outside jest.
const GENERATORS = /^blind-sets\/blind\d+\//;
// This file, whose made tree below spells the calls out.
const SELF = 'architecture/temp-dirs.test.ts';
const BARE = /\bmkdtemp(Sync)?\s*\(|\btmpdir\s*\(/;

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : /\.(ts|js|cjs|mjs)$/.test(e.name) ? [join(dir, e.name)] : []);
}

export function bareTempDirs(root: string): string[] {
  return files(root)
    .map((f) => relative(root, f).split('\\').join('/'))
    .filter((f) => !HELPERS.includes(f) && f !== CACHE && f !== SELF && !GENERATORS.test(f))
    .filter((f) => BARE.test(readFileSync(join(root, f), 'utf8')));
}

describe('temp dirs in tests', () => {
  it('come only from tempDir (test/helpers/temp-dir.ts)', () => expect(bareTempDirs(TEST)).toEqual([]));

  it('a bare mkdtemp or tmpdir call is found; the helper, the launcher cache and a set generator are not', () => {
    const root = tempDir('temp-dirs-');
    const bare = "import { tmpdir } from 'node:os';\nconst d = require('fs').mkdtempSync(tmpdir() + '/x-');\n";
    const tree: Record<string, string> = {
      'benefits/a.test.ts': "const dir = mkdtempSync(join(os.tmpdir(), 'a-'));\n",
      'enrich/b.test.ts': "const dir = join(tmpdir(), 'b');\n",
      'cli/c.test.ts': "const dir = tempDir('c-'); // not mkdtemp\n",
      [HELPERS[0]]: bare,
      [HELPERS[1]]: bare,
      [CACHE]: bare,
      'blind-sets/blind90/make-cases.js': bare,
    };
    for (const [path, text] of Object.entries(tree)) {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), text);
    }
    expect(bareTempDirs(root).sort()).toEqual(['benefits/a.test.ts', 'enrich/b.test.ts']);
  });
});
