import { existsSync } from 'node:fs';
import { loadRuleSource } from '../../rules/load-ruleset';

// What the by-rule table says about each rule beside its counts: its name and the rule library's metadata
// (结果类型, 政策依据; issue 17 point 4). Taken from the rule files in force when the export runs.

export interface RuleDescription {
  title: string;
  resultType: string;
  basis: readonly string[];
}

export type RuleDescriptions = ReadonlyMap<string, RuleDescription>;

/** From rule definitions (a loaded set, or the files on disk). */
export function describeRules(defs: Iterable<{ id: string; title: string; meta: { resultType: string; basis: readonly string[] } }>): RuleDescriptions {
  const out = new Map<string, RuleDescription>();
  for (const d of defs) out.set(d.id, { title: d.title, resultType: d.meta.resultType, basis: d.meta.basis });
  return out;
}

/** The model has no rule file: its finding is always 可疑 (a reminder to look). */
const MODEL: RuleDescription = { title: '费用结构异常（异常检测模型）', resultType: '可疑', basis: [] };

export function ruleDescription(rules: RuleDescriptions | undefined, ruleId: string): RuleDescription | null {
  return rules?.get(ruleId) ?? (ruleId.startsWith('anomaly.') ? MODEL : null);
}

/** The rule files under `dir` as the export describes them; none when there is no rules directory there. */
export function describeRulesOnDisk(dir: string): RuleDescriptions {
  return existsSync(dir) ? describeRules(loadRuleSource(dir).rules.map((r) => r.def)) : new Map();
}
