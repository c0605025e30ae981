import type { EnrichRefs } from '../enrich/load-refs';
import { RuleLoadError } from './errors';
import type { RuleSource } from './load-ruleset';

// The 分解住院 window is one fact written in three places: history.split-hospitalisation's params.windowDays (its
// message), the same rule's condition value, and related-conditions.json courseStays minGapDays (a next course begins
// after the window). A region widening the window in one place only would silently exempt restarts inside it, so the
// load refuses figures that disagree.

const SPLIT_RULE = 'history.split-hospitalisation';

/** Throws RuleLoadError when the split-stay rule's window, its condition and the course rest intervals disagree. */
export function checkSplitWindow(source: RuleSource, refs: EnrichRefs): void {
  const rule = source.rules.find((r) => r.def.id === SPLIT_RULE);
  if (!rule) return;
  const window = (rule.def.params as { windowDays?: unknown } | undefined)?.windowDays;
  const all = (rule.def.conditions as { all?: { path?: string; value?: unknown }[] }).all ?? [];
  const limit = all.find((c) => c.path === '$.readmission.daysSinceDischarge')?.value;
  if (typeof window !== 'number' || window !== limit) {
    throw new RuleLoadError(rule.file, SPLIT_RULE, `params.windowDays ${String(window)} and the condition's daysSinceDischarge ${String(limit)} must be one window`);
  }
  for (const c of refs.history?.courseStays ?? []) {
    if (c.minGapDays !== undefined && c.minGapDays <= window) {
      throw new RuleLoadError(rule.file, SPLIT_RULE, `history/related-conditions.json courseStays「${c.name}」minGapDays ${c.minGapDays} lies inside the ${window}-day split-stay window: a next course begins after it (at least ${window + 1})`);
    }
  }
}
