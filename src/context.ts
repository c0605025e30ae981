import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Config } from './config';
import { loadGrouper, type Grouper } from './grouping';
import type { Logger } from './logger';
import { NO_MODEL, type AnomalyModel } from './model/model';
import type { ReviewContext } from './review/review';
import { createRulesetHolder, type RulesetHolder } from './rules/ruleset-holder';
import { createSqliteStore } from './store/sqlite';

/** The grouping scheme the enrich stage uses: a data directory, so another version is a config change. */
export const GROUPING_DIR = join('grouping', 'chs-drg-1.1');

export interface AppContext extends ReviewContext {
  rules: RulesetHolder;
}

/** Plain factory wiring: builds every dependency of review() from the checked config. */
export function createContext(config: Config, logger: Logger): AppContext {
  const groupingDir = join(config.rulesDir, GROUPING_DIR);
  const grouper: Grouper | null = existsSync(groupingDir) ? loadGrouper(groupingDir) : null;
  if (!grouper) logger.warn({ groupingDir }, 'no grouping tables: inpatient claims will not be grouped');
  const rules = createRulesetHolder(config.rulesDir);
  const model: AnomalyModel = NO_MODEL;
  const store = createSqliteStore({ path: config.storePath });
  logger.info(
    { rulesetVersion: rules.current().version, rules: rules.current().rules.length, modelVersion: model.version, store: config.storePath },
    'review context ready',
  );
  return { rules, model: { current: () => model }, refs: { grouper }, store };
}
