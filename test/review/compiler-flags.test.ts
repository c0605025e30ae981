import { spawnSync } from 'node:child_process';
import { REVIEW_COMPILER_FLAGS } from '../../src/review/compiler-flags';

// setFlagsFromString ignores a flag V8 does not know, without a word: a flag renamed in a later Node would leave
// the review compiled as before, only slower. Node's own command line refuses an unknown flag.

describe('review compiler flags', () => {
  it('are flags this Node knows', () => {
    const run = spawnSync(process.execPath, [...REVIEW_COMPILER_FLAGS.split(' '), '-e', ''], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });

  it('a flag it does not know is refused (the check above can fail)', () => {
    const run = spawnSync(process.execPath, ['--no-turbo-inlining-renamed', '-e', ''], { encoding: 'utf8' });
    expect(run.status).not.toBe(0);
  });
});
