import { loadEnrichRefs } from '../enrich/load-refs';
import { buildRuleset, type Ruleset } from './engine';
import { loadRuleSource } from './load-ruleset';

/**
 * Holds the active rule set with the tables it was loaded with. A reload builds the new snapshot
 * completely before one reference swap, so a claim (or a batch, which takes its snapshot once) is judged
 * by one whole set, never half of each. A failed reload leaves the last good set in place and throws.
 */
export interface RulesetHolder {
  current(): Ruleset;
  reload(): Ruleset;
  readonly dir: string;
}

export function createRulesetHolder(dir: string): RulesetHolder {
  let loaded = loadEnrichRefs(dir);
  let active = buildRuleset(loadRuleSource(dir), loaded.refs);
  return {
    dir,
    current: () => active,
    reload() {
      const source = loadRuleSource(dir);
      const refs = loadEnrichRefs(dir, loaded);
      const next = buildRuleset(source, refs.refs);
      loaded = refs;
      active = next;
      return next;
    },
  };
}
