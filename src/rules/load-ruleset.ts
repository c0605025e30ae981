import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { ruleProblems } from './check-conditions';
import { RuleLoadError } from './errors';
import { ruleFileSchema, type RuleDef } from './rule-schema';

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

/** The version the files under dir would have, whether or not they load (what a rejected set is called). */
export function diskVersion(dir: string): string {
  return contentHash(dir, listFiles(dir));
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
  const problems = ruleProblems(def);
  if (problems.length) throw new RuleLoadError(file, def.id, problems.join('; '));
}
