import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { RuleLoadError } from '../../src/rules/errors';
import { loadRuleSource } from '../../src/rules/load-ruleset';
import { tempDir } from './temp-dir';

/** Rule-library metadata every rule must carry (a 明确违规 rule, so a test may give it severity block). */
export const TEST_META = { stages: ['事中'], resultType: '明确违规', period: '当次就诊', basis: ['test'] };

/** A valid claim rule; override any field to make a bad one. */
export function ruleDef(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 'catalogue.test-rule',
    family: 'catalogue',
    severity: 'warn',
    appliesTo: 'claim',
    title: 'test',
    message: 'total {{totalFen}} fen',
    conditions: { all: [{ fact: 'totalFen', operator: 'greaterThan', value: 100 }] },
    meta: TEST_META,
    ...overrides,
  };
}

/** A temporary rules directory holding the given files (objects are written as JSON). */
export function rulesDir(files: Record<string, unknown>): string {
  const dir = tempDir('rules-');
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), typeof content === 'string' ? content : JSON.stringify(content));
  }
  return dir;
}

/** The error loading the rules in `dir` refuses them with (fails the test when they load). */
export function loadError(dir: string): RuleLoadError {
  try {
    loadRuleSource(dir);
  } catch (e) {
    if (e instanceof RuleLoadError) return e;
    throw e;
  }
  throw new Error('expected a RuleLoadError');
}
