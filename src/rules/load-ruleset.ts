import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { CLAIM_FACT_NAMES, ITEM_FACT_NAMES } from '../enrich/facts';
import { conditionProblems } from './check-conditions';
import { RuleLoadError } from './errors';
import { ruleFileSchema, type RuleDef } from './rule-schema';
import { templatePaths } from './template';

export interface LoadedRule {
  def: RuleDef;
  /** Path relative to the rules directory. */
  file: string;
}

export interface RuleSource {
  version: string;
  dir: string;
  rules: LoadedRule[];
}

const RULE_FILE = /\.rules\.json$/;

function listFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    if (name.startsWith('.')) continue;
    const full = join(dir, name);
    if (statSync(full).isDirectory()) out.push(...listFiles(full));
    else out.push(full);
  }
  return out;
}

/**
 * The ruleset version is a content hash of everything under rules/ (rule files and the tables they
 * join against), so a verdict names exactly the data that judged it.
 */
function contentHash(dir: string, files: string[]): string {
  const h = createHash('sha256');
  for (const f of files) {
    h.update(relative(dir, f).split(sep).join('/'));
    h.update('\0');
    h.update(readFileSync(f));
    h.update('\0');
  }
  return `rs-${h.digest('hex').slice(0, 16)}`;
}

/** Reads and checks every *.rules.json under dir. Throws RuleLoadError naming the file and rule. */
export function loadRuleSource(dir: string): RuleSource {
  const files = listFiles(dir);
  const rules: LoadedRule[] = [];
  const seen = new Map<string, string>();
  for (const full of files.filter((f) => RULE_FILE.test(f))) {
    const file = relative(dir, full).split(sep).join('/');
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(full, 'utf8'));
    } catch (e) {
      throw new RuleLoadError(file, null, `not valid JSON: ${(e as Error).message}`);
    }
    const parsed = ruleFileSchema.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const idx = issue.path[0] === 'rules' ? issue.path[1] : undefined;
      const ruleId = typeof idx === 'number' ? idOf((json as { rules: unknown[] }).rules[idx]) : null;
      throw new RuleLoadError(file, ruleId, `${issue.path.join('.')}: ${issue.message}`);
    }
    for (const def of parsed.data.rules) {
      const other = seen.get(def.id);
      if (other) throw new RuleLoadError(file, def.id, `duplicate rule id (also in ${other})`);
      seen.set(def.id, file);
      checkRule(file, def);
      rules.push({ def, file });
    }
  }
  return { version: contentHash(dir, files), dir, rules };
}

function idOf(rule: unknown): string | null {
  return rule && typeof rule === 'object' && typeof (rule as { id?: unknown }).id === 'string'
    ? (rule as { id: string }).id
    : null;
}

function checkRule(file: string, def: RuleDef): void {
  // Only a clear violation may intercept: a suspicion is a reminder at every door.
  if (def.meta.resultType === '可疑' && def.severity === 'block') {
    throw new RuleLoadError(file, def.id, 'meta.resultType 可疑 with severity block: only a 明确违规 rule may block');
  }
  const facts = new Set<string>(CLAIM_FACT_NAMES);
  if (def.appliesTo === 'item') ITEM_FACT_NAMES.forEach((f) => facts.add(f));
  const problems = conditionProblems(def.conditions, facts);
  if (problems.length) throw new RuleLoadError(file, def.id, problems.join('; '));
  const roots = new Set<string>([...facts, 'params']);
  for (const path of [...templatePaths(def.message), def.amount, def.lineIds, ...Object.values(def.evidence ?? {})].filter(Boolean) as string[]) {
    if (!roots.has(path.split('.')[0])) {
      throw new RuleLoadError(file, def.id, `"${path}" does not start with a known fact`);
    }
  }
}
