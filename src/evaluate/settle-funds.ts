import { toFen, toYuan } from '../money/fen';
import { NO_MODEL } from '../model/model';
import { judge } from '../features/reviews/review';
import type { Ruleset } from '../rules/engine';
import type { EvalCase } from './case';

// A settlement system pays the entitlement, never more. Cases put claims of different generated members into
// one member's history and add lines, so a claim's fund amount can come out above what the member's scheme,
// deductible and caps allow: an over-payment no typology was written to carry. Before the measured run each
// case is judged once (nothing recorded, no model) and any fund amount above the entitlement the review
// computes is lowered to it, as the settlement would have paid.

export async function settleFunds(cases: readonly EvalCase[], ruleset: Ruleset): Promise<number> {
  let lowered = 0;
  for (const c of cases) {
    for (let pass = 0; pass < 3; pass++) {
      const { verdicts } = await judge(c.claims, ruleset, NO_MODEL, { source: 'evaluate-settle', reviewedAt: '2025-06-30T00:00:00.000Z', history: async () => [] });
      let changed = false;
      verdicts.forEach((v, i) => {
        for (const h of v.hits) {
          const entitled = h.family === 'benefits' ? h.evidence?.entitled : undefined;
          const claim = c.claims[i];
          if (typeof entitled === 'number' && toFen(entitled) < toFen(claim.amounts.fundClaimed)) {
            claim.amounts.fundClaimed = toYuan(toFen(entitled));
            changed = true;
            lowered += 1;
          }
        }
      });
      if (!changed) break;
    }
  }
  return lowered;
}
