import { buildRuleset, type Ruleset } from './engine';
import { loadRuleSource } from './load-ruleset';

/**
 * Holds the active rule set. A reload builds the new set completely before one reference swap, so a
 * claim (or a batch, which takes its snapshot once) is judged by one whole set, never half of each.
 * A failed reload leaves the last good set in place and reports why.
 */
export interface RulesetHolder {
  current(): Ruleset;
  reload(): Ruleset;
  readonly dir: string;
}

export function createRulesetHolder(dir: string): RulesetHolder {
  let active = buildRuleset(loadRuleSource(dir));
  return {
    dir,
    current: () => active,
    reload() {
      const next = buildRuleset(loadRuleSource(dir));
      active = next;
      return next;
    },
  };
}
