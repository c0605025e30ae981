import { applyPaediatricDoses } from './paediatric-doses';
import type { Knowledge } from './knowledge';
import type { KnowledgeClaimInput } from './knowledge-claim-input';
import { applyTestIndications } from './test-indication-facts';
import { applyChronicScope, applyClinicDrugIndications, applyCompanions, applyDrugIndications } from './drug-indication-facts';
import { applyConsistency } from './item-consistency-facts';
import { applyAftermath } from './aftermath-facts';
import { applySchedules } from './drug-schedule-facts';

// Per-claim facts from the knowledge tables (rules/knowledge/), written into the item facts itemFacts()
// created with these fields null (same object shape, so the rules' property reads stay monomorphic).
// Each table row is judged once per claim and the result reused for every line it covers. The checks are in
// files of their own (test-indication-facts.ts, drug-indication-facts.ts, item-consistency-facts.ts,
// drug-schedule-facts.ts, paediatric-doses.ts; a stay's test load against its DRG is test-load-facts.ts).

/** Test indications, and on inpatient claims item consistency. */
export function applyKnowledge(c: KnowledgeClaimInput, k: Knowledge): void {
  applyTestIndications(c, k);
  const visitType = c.visitType ?? (c.inpatient ? 'inpatient' : 'outpatient');
  if (c.pharmacy && k.drugs.size > 0) applyDrugIndications(c, k.drugs);
  else if (c.chronicApproved && c.chronicApproved.length > 0) applyChronicScope(c, k.drugs, c.chronicApproved, k.chronicCare);
  // A clinic visit's prescription is written for that visit's diagnoses (处方管理办法 第十四条), as a purchase is.
  else if (visitType === 'outpatient' && k.drugs.size > 0) applyClinicDrugIndications(c, k.drugs);
  if (k.drugCompanions.length > 0 && (c.pharmacy || (c.chronicApproved?.length ?? 0) > 0)) applyCompanions(c, k.drugCompanions);
  if (k.consistency.size > 0 && k.consistencyVisitTypes.has(visitType)) applyConsistency(c, k, visitType);
  // After the consistency rows: the arrest day's and the lysis day's lines are judged by what follows, whatever the day's support.
  if (k.resuscitation) applyAftermath(c, k.resuscitation);
  if (k.thrombolysis) applyAftermath(c, k.thrombolysis);
  if (k.schedules.size > 0 && !c.pharmacy) applySchedules(c, k.schedules);
  if (k.paediatricDoses) applyPaediatricDoses(c, k.paediatricDoses);
}
