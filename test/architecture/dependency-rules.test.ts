import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { tempDir } from '../helpers/temp-dir';

// `npm test` runs dependency-cruiser over src/ with .dependency-cruiser.cjs before jest. This checks that the
// rules catch what they are for, on a small tree made for it: an import cycle, a cycle between two stage
// folders, a layer reaching upward, a folder in no layer, a tool imported outside the CLI. (The real tree
// passing is `npm test`'s second step.)

const ROOT = resolve(__dirname, '../..');
const BIN = join(ROOT, 'node_modules', '.bin', 'depcruise');

function cruise(files: Record<string, string>): { rule: string; from: string; to: string }[] {
  const dir = tempDir('depcruise-');
  writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: { module: 'commonjs', strict: true }, include: ['src'] }));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  let out: string;
  try {
    out = execFileSync(BIN, ['src', '--config', join(ROOT, '.dependency-cruiser.cjs'), '--output-type', 'json'], { cwd: dir, encoding: 'utf8' });
  } catch (err) {
    out = (err as { stdout: string }).stdout; // violations: non-zero exit, the report on stdout
  }
  const report = JSON.parse(out) as { summary: { violations: { rule: { name: string }; from: string; to: string }[] } };
  return report.summary.violations.map((v) => ({ rule: v.rule.name, from: v.from, to: v.to }));
}

describe('the dependency rules (.dependency-cruiser.cjs)', () => {
  it('pass a tree that imports only downward and in no circle', () => {
    expect(
      cruise({
        'src/config.ts': 'export const x = 1;\n',
        'src/store/db.ts': "import { x } from '../config';\nexport const db = x;\n",
        'src/rules/engine.ts': "import { db } from '../store/db';\nexport const engine = db;\n",
        'src/review/review.ts': "import { engine } from '../rules/engine';\nexport const review = engine;\n",
        'src/features/cases/service.ts': "import { review } from '../../review/review';\nexport const cases = review;\n",
        'src/api/app.ts': "import { cases } from '../features/cases/service';\nexport const app = cases;\n",
        'src/main.ts': "import { app } from './api/app';\nexport const main = app;\n",
      }),
    ).toEqual([]);
  });

  it('fail on a module cycle, a folder cycle between stages, a layer reaching upward, a folder in no layer a tool outside the CLI, a door importing the composition root and a slice importing the stores', () => {
    const found = cruise({
      'src/config.ts': 'export const x = 1;\n',
      // review/a → rules/b → review/a: a module cycle, and so a folder cycle.
      'src/review/a.ts': "import { b } from '../rules/b';\nexport const a = b;\n",
      'src/rules/b.ts': "import type { a } from '../review/a';\nexport const b = 1 as unknown as typeof a;\n",
      // enrich/x → benefits/y and benefits/z → enrich/w: no module cycle, but the two folders need each other.
      'src/enrich/x.ts': "import { y } from '../benefits/y';\nexport const x = y;\n",
      'src/enrich/w.ts': 'export const w = 1;\n',
      'src/benefits/y.ts': 'export const y = 1;\n',
      'src/benefits/z.ts': "import { w } from '../enrich/w';\nexport const z = w;\n",
      // store plumbing importing a feature: upward.
      'src/features/cases/filter.ts': 'export const filter = 1;\n',
      'src/store/sqlite.ts': "import { filter } from '../features/cases/filter';\nexport const s = filter;\n",
      // a pipeline stage importing the service's wiring: upward.
      'src/context.ts': "import { x } from './config';\nexport const ctx = x;\n",
      'src/model/m.ts': "import { ctx } from '../context';\nexport const m = ctx;\n",
      'src/somewhere/new.ts': "import { x } from '../config';\nexport const n = x;\n",
      // a tool imported by the service rather than by a CLI command.
      'src/tools/norms.ts': 'export const norms = 1;\n',
      'src/server.ts': "import { norms } from './tools/norms';\nexport const server = norms;\n",
      // a door importing the composition root (only entry points and worker threads' entry files may).
      'src/api/app.ts': "import { ctx } from '../context';\nexport const app = ctx;\n",
      'src/api/review-thread/review-thread-worker.ts': "import { ctx } from '../../context';\nexport const worker = ctx;\n",
      // a feature slice importing the stores that assemble the slices.
      'src/features/stores.ts': "import { filter } from './cases/filter';\nexport const stores = filter;\n",
      'src/features/keys/keys.ts': "import { stores } from '../stores';\nexport const keys = stores;\n",
    });
    const rules = (name: string) => found.filter((v) => v.rule === name).map((v) => `${v.from} → ${v.to}`);
    expect(rules('no-cycle').length).toBeGreaterThan(0);
    expect(rules('no-folder-cycle')).toEqual(expect.arrayContaining(['src/enrich → src/benefits', 'src/review → src/rules']));
    expect(rules('no-upward-from-store')).toEqual(['src/store/sqlite.ts → src/features/cases/filter.ts']);
    expect(rules('no-upward-from-pipeline')).toEqual(['src/model/m.ts → src/context.ts']);
    expect(rules('in-a-layer')).toEqual(['src/somewhere/new.ts → src/config.ts']);
    expect(rules('tools-only-from-cli')).toEqual(['src/server.ts → src/tools/norms.ts']);
    expect(rules('no-upward-from-doors')).toEqual(['src/api/app.ts → src/context.ts']);
    expect(rules('stores-on-top-of-features')).toEqual(['src/features/keys/keys.ts → src/features/stores.ts']);
  });
});
