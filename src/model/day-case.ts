import type { ClaimFacts } from '../enrich/facts';

// 日间手术 is admitted, operated on and discharged within one day (24 h; 48 h at most when kept for its condition) by
// definition (《日间手术推荐目录（2022年版）》国卫办医函〔2022〕38号) and paid as 日间手术 (by 病种, or within DRG/DIP as a
// day-surgery group), not as a low-rate case of its inpatient group. The model's peers for a stay are its DRG / ADRG /
// MDC part's stays, ordinary stays of several days (training holds no day-surgery group): a day case's total, its cost
// against the group's norm, its cost per day and its one bed-day's share of a small bill lie far from theirs because it
// is a day case, not because its care was thin or its bed held. Those level features are therefore not read for it
// (as grouping.low-rate and grouping.los-far-off do not judge it); what its day held (service days, unsupported,
// unknown or over-priced lines, quantities, a cost far above even ordinary stays) is read as before. A stay with no
// principal procedure on the list, or kept two nights or more, is no day case and is read as an ordinary stay.

/** A day-surgery episode (fact daySurgeryProcedure: principal procedure on rules/knowledge/day-surgery.json, discharged within its maxNights). */
export function dayCase(f: ClaimFacts): boolean {
  return f.inpatient && f.daySurgeryProcedure != null;
}
