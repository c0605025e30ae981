import { loadEnrichRefs } from '../enrich/load-refs';
import { reloadFailures } from '../metrics';
import { buildRuleset, type Ruleset } from './engine';
import { RuleLoadError } from './errors';
import { diskVersion, loadRuleSource } from './load-ruleset';
import { checkSplitWindow } from './split-window';

/**
 * Holds the active rule set with the tables it was loaded with. A reload builds the new snapshot
 * completely before one reference swap, so a claim (or a batch, which takes its snapshot once) is judged
 * by one whole set, never half of each. A failed reload leaves the last good set in place and throws.
 */
export interface RulesetHolder {
  current(): Ruleset;
  reload(): Ruleset;
  /** The rule files on disk that the last reload refused (null once one loads): /readyz shows them. */
  rejected(): RejectedRules | null;
  readonly dir: string;
}

export interface RejectedRules {
  /** The version the refused files would have had. */
  version: string;
  file: string | null;
  ruleId: string | null;
  error: string;
  at: string;
}

/** The rule set in dir built with its tables: what a holder starts from. */
export interface BuiltRules {
  loaded: ReturnType<typeof loadEnrichRefs>;
  active: Ruleset;
}

export function buildRules(dir: string): BuiltRules {
  const loaded = loadEnrichRefs(dir);
  const source = loadRuleSource(dir);
  checkSplitWindow(source, loaded.refs);
  return { loaded, active: buildRuleset(source, loaded.refs) };
}

/** `first`: a set built already (tests build the repository's rules once per file, test/helpers/shared-rules.ts). */
export function createRulesetHolder(dir: string, first: BuiltRules = buildRules(dir)): RulesetHolder {
  let { loaded, active } = first;
  let rejected: RejectedRules | null = null;
  return {
    dir,
    current: () => active,
    rejected: () => rejected,
    reload() {
      try {
        const source = loadRuleSource(dir);
        const refs = loadEnrichRefs(dir, loaded);
        checkSplitWindow(source, refs.refs);
        const next = buildRuleset(source, refs.refs);
        loaded = refs;
        active = next;
        rejected = null;
        return next;
      } catch (err) {
        reloadFailures.inc({ what: 'rules' });
        let version = 'unreadable';
        try {
          version = diskVersion(dir);
        } catch {
          // the directory itself cannot be read: the error says why
        }
        const e = err as Error;
        rejected = {
          version,
          file: err instanceof RuleLoadError ? err.file : null,
          ruleId: err instanceof RuleLoadError ? err.ruleId : null,
          error: e.message,
          at: new Date().toISOString(),
        };
        throw err;
      }
    },
  };
}
