import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { NORM_FILES } from '../../src/grouping/norms';
import { buildSampleNorms } from '../../src/tools/sample-norms';

// The SAMPLE norm tables have one source of truth, src/tools/sample-norms.ts: the committed files must be what it
// writes from these rules and this generator. When this fails, the tables are stale (a change to the generator,
// catalogue or grouper moved them): regenerate them and commit the result, after checking the decisions move as
// expected (`node dist/src/cli.js evaluate` before and after):
//   npm run build && node dist/src/tools/sample-norms.js rules

const RULES = resolve(__dirname, '../../rules');
const rows = (file: string): unknown[] => (JSON.parse(readFileSync(join(RULES, 'grouping', 'norms', file), 'utf8')) as { rows: unknown[] }).rows;
// Compared as the files hold them (written through JSON, so undefined fields are absent).
const asWritten = (r: unknown[]): unknown[] => JSON.parse(JSON.stringify(r)) as unknown[];

describe('the committed sample norms', () => {
  const built = buildSampleNorms(RULES);

  it.each([
    ['payment schemes', NORM_FILES.schemes, built.schemes],
    ['DRG norms', NORM_FILES.drg, built.drgRows],
    ['DIP scores', NORM_FILES.dip, built.dipRows],
  ])('%s are what src/tools/sample-norms.ts makes from these rules', (_name, file, made) => {
    const committed = rows(file);
    const expected = asWritten(made);
    // The first differing row names itself, rather than a 7,536-row diff.
    const at = expected.findIndex((row, i) => JSON.stringify(row) !== JSON.stringify(committed[i]));
    expect({ file, rows: committed.length, firstDiffering: at === -1 ? null : { committed: committed[at], made: expected[at] } }).toEqual({ file, rows: expected.length, firstDiffering: null });
  });
});
