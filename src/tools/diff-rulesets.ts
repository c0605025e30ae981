import type { Readable } from 'node:stream';
import type { Hit, Verdict } from '../contract/verdict';
import type { AnomalyModel } from '../model/model';
import { toFen, toYuan } from '../money/fen';
import { ndjsonBatches } from '../ingest/ndjson-batches';
import { judge } from '../features/reviews/review';
import type { ReviewedClaim } from '../features/reviews/review-store';
import type { Ruleset } from '../rules/engine';

/** One claim whose outcome differs between the active and the candidate rule set. */
export interface ChangedClaim {
  claimId: string | null;
  line: number;
  before: { decision: string; ruleIds: string[]; amountAtStake: number };
  after: { decision: string; ruleIds: string[]; amountAtStake: number };
  added: Hit[];
  removed: Hit[];
}

export interface RuleDelta {
  added: number;
  removed: number;
  amountAdded: number;
  amountRemoved: number;
}

export interface DiffSummary {
  activeVersion: string;
  candidateVersion: string;
  claims: number;
  changed: number;
  decisionChanges: Record<string, number>;
  perRule: Record<string, RuleDelta>;
  /** Σ amount at stake under the candidate − under the active set, yuan. */
  amountAtStakeDelta: number;
}

const hitKey = (h: Hit) => `${h.ruleId}|${h.lineIds.join(',')}`;

function stake(verdict: Verdict, reviewed: Map<string, ReviewedClaim>): number {
  return verdict.claimId ? (reviewed.get(verdict.claimId)?.record.amountAtStakeFen ?? 0) : 0;
}

/**
 * Backtest: the same claims judged by the active and the candidate rule set (nothing is recorded),
 * reporting each claim whose decision or hits change, counts per rule and the money involved.
 */
export async function diffRulesets(
  input: Readable,
  active: Ruleset,
  candidate: Ruleset,
  model: AnomalyModel,
  onChanged: (c: ChangedClaim) => void | Promise<void>,
  batchSize = 500,
): Promise<DiffSummary> {
  const summary: DiffSummary = {
    activeVersion: active.version,
    candidateVersion: candidate.version,
    claims: 0,
    changed: 0,
    decisionChanges: {},
    perRule: {},
    amountAtStakeDelta: 0,
  };
  let deltaFen = 0;
  const rule = (id: string) => (summary.perRule[id] ??= { added: 0, removed: 0, amountAdded: 0, amountRemoved: 0 });
  // Member history comes only from the claims of the same batch: a backtest records nothing.
  const opts = { source: 'backtest', reviewedAt: new Date().toISOString(), history: async () => [] };

  for await (const { items: batch, lines } of ndjsonBatches(input, batchSize)) {
    const [a, b] = await Promise.all([judge(batch, active, model, opts), judge(batch, candidate, model, opts)]);
    const byIdA = new Map(a.reviewed.map((r) => [r.claim.claimId, r]));
    const byIdB = new Map(b.reviewed.map((r) => [r.claim.claimId, r]));
    for (let i = 0; i < batch.length; i++) {
      const va = a.verdicts[i];
      const vb = b.verdicts[i];
      summary.claims += 1;
      const keysA = new Set(va.hits.map(hitKey));
      const keysB = new Set(vb.hits.map(hitKey));
      const added = vb.hits.filter((h) => !keysA.has(hitKey(h)));
      const removed = va.hits.filter((h) => !keysB.has(hitKey(h)));
      if (va.decision === vb.decision && !added.length && !removed.length) continue;
      summary.changed += 1;
      if (va.decision !== vb.decision) {
        const k = `${va.decision}→${vb.decision}`;
        summary.decisionChanges[k] = (summary.decisionChanges[k] ?? 0) + 1;
      }
      for (const h of added) {
        rule(h.ruleId).added += 1;
        rule(h.ruleId).amountAdded = toYuan(toFen(rule(h.ruleId).amountAdded) + toFen(h.amount ?? 0));
      }
      for (const h of removed) {
        rule(h.ruleId).removed += 1;
        rule(h.ruleId).amountRemoved = toYuan(toFen(rule(h.ruleId).amountRemoved) + toFen(h.amount ?? 0));
      }
      const sa = stake(va, byIdA);
      const sb = stake(vb, byIdB);
      deltaFen += sb - sa;
      await onChanged({
        claimId: vb.claimId,
        line: lines[i],
        before: { decision: va.decision, ruleIds: [...new Set(va.hits.map((h) => h.ruleId))], amountAtStake: toYuan(sa) },
        after: { decision: vb.decision, ruleIds: [...new Set(vb.hits.map((h) => h.ruleId))], amountAtStake: toYuan(sb) },
        added,
        removed,
      });
    }
  }
  summary.amountAtStakeDelta = toYuan(deltaFen);
  return summary;
}
