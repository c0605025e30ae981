import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from './temp-dir';
const { removeAll, runParent, sweepDead } = require('./temp-run') as {
  removeAll: (dirs: string[], rm?: (dir: string, o: object) => void) => string[];
  runParent: (pid?: number, root?: string) => string;
  sweepDead: (root?: string, alive?: (pid: number) => boolean) => string[];
};

describe('the test run\'s temp dirs (test/helpers/temp-run.js)', () => {
  it('one dir that cannot be removed does not stop the rest, and is reported', () => {
    const [a, b] = [tempDir('rm-a-'), tempDir('rm-b-')];
    const failed = removeAll([a, b], (dir, o) => {
      if (dir === a) throw new Error('EBUSY');
      rmSync(dir, o);
    });
    expect(failed).toEqual([`${a}: EBUSY`]);
    expect([existsSync(a), existsSync(b)]).toEqual([true, false]);
  });

  it('sweeps the parents of dead runs only, never another dir of the prefix or a live run\'s', () => {
    const root = tempDir('sweep-');
    const names = ['yibao-test-111', 'yibao-test-222', 'yibao-test-abc', 'yibao-test-111-x', 'other-111'];
    for (const name of names) mkdirSync(join(root, name, 'left'), { recursive: true });
    expect(runParent(111, root)).toBe(join(root, 'yibao-test-111'));
    expect(sweepDead(root, (pid) => pid === 222)).toEqual([]);
    expect(names.map((n) => existsSync(join(root, n)))).toEqual([false, true, true, true, true]);
  });

  it('a jest worker makes its dirs under the run\'s parent, which test/global-setup.js made', () => {
    const parent = process.env.YIBAO_TEST_TMP ?? '';
    expect(parent).toMatch(/yibao-test-\d+$/);
    expect(tempDir('here-').startsWith(join(parent, 'here-'))).toBe(true);
  });
});
