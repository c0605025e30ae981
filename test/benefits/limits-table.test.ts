import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadHistoryKnowledge } from '../../src/benefits/history-knowledge';
import { tempDir } from '../helpers/temp-dir';

// limits.json is read strictly: a figure the checks no longer read (a table moved to a file of its own, a misspelt
// key) fails the load naming it, instead of lying there as if it still counted.

const SHIPPED = join(__dirname, '../../rules/history/limits.json');

function rulesWithLimits(limits: unknown): string {
  const dir = tempDir('limits-');
  mkdirSync(join(dir, 'history'));
  writeFileSync(join(dir, 'history', 'limits.json'), JSON.stringify(limits));
  return dir;
}

describe('history limits table', () => {
  const shipped = JSON.parse(readFileSync(SHIPPED, 'utf8')) as Record<string, unknown>;

  it('loads the shipped table', () => {
    expect(loadHistoryKnowledge(rulesWithLimits(shipped)).limits.preAdmissionWindowDays).toBe(shipped.preAdmissionWindowDays);
  });

  it('refuses a key the checks do not read, naming it', () => {
    expect(() => loadHistoryKnowledge(rulesWithLimits({ ...shipped, titration: { rows: [] } }))).toThrow(/limits\.json.*titration/);
  });
});
