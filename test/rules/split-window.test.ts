import { loadEnrichRefs } from '../../src/enrich/load-refs';
import { RuleLoadError } from '../../src/rules/errors';
import { loadRuleSource } from '../../src/rules/load-ruleset';
import { checkSplitWindow } from '../../src/rules/split-window';
import { RULES_DIR } from '../helpers/rules-dir';

// Review 29 item 8: the 分解住院 window (the rule's params.windowDays, its condition, courseStays minGapDays) is one
// figure; a region widening it in one place must not silently exempt restarts inside it.
describe('the split-stay window agrees across the rule and related-conditions.json (checkSplitWindow)', () => {
  const source = loadRuleSource(RULES_DIR);
  const refs = loadEnrichRefs(RULES_DIR).refs;
  const split = source.rules.find((r) => r.def.id === 'history.split-hospitalisation')!;
  const widened = (windowDays: number, value: number) => ({
    ...source,
    rules: source.rules.map((r) => (r === split ? { ...r, def: { ...r.def, params: { windowDays }, conditions: { all: [{ fact: 'member', path: '$.readmission.daysSinceDischarge', operator: 'lessThanInclusive', value }] } } } : r)),
  });

  it('accepts the shipped figures', () => {
    expect(() => checkSplitWindow(source, refs)).not.toThrow();
  });

  it('refuses a window widened in the rule and not in the course rest interval, or in the message and not the condition', () => {
    expect(() => checkSplitWindow(widened(30, 30), refs)).toThrow(RuleLoadError);
    expect(() => checkSplitWindow(widened(30, 30), refs)).toThrow(/minGapDays 16/);
    expect(() => checkSplitWindow(widened(30, 15), refs)).toThrow(/must be one window/);
  });
});
