import type { Claim } from '../../contract/claim';
import type { VerdictRecord } from '../../contract/records';
import type { Hit, Verdict } from '../../contract/verdict';
import type { MemberClaim } from '../../benefits/member-claim';
import { toFen, toYuan } from '../../money/fen';

// 事后发现: what every store does to an earlier claim's stored verdict when a later claim's review finds something
// about it (rules' `retrospective`, src/rules/retrospective.ts). Kept here, plain functions, so the SQLite, memory
// and MongoDB stores revise alike.

/** A stored verdict revised by retrospective findings; `after`: the claim whose review revised it (itself on its own re-review). */
export interface Revision {
  claimId: string;
  after: string;
  verdict: Verdict;
}

/** A retrospective finding's identity: one per (claim, rule, finding claim), whatever its text. */
export const findingKey = (claimId: string, hit: Hit) => `${claimId}\u0000${hit.ruleId}\u0000${hit.retrospective?.byClaimId ?? ''}`;

/** The finding as compared for "nothing new": its content without the time it was found. */
export const findingText = (hit: Hit) => JSON.stringify({ ...hit, retrospective: { byClaimId: hit.retrospective?.byClaimId } });

/**
 * The verdict and summary row with these retrospective hits: a stored one of the same (rule, finding claim) is
 * replaced, the rest appended in order. A pass becomes review (a warn finding; a settled claim is sent to people, so
 * never reject); the risk score is the claim's own. `revision`: how many later claims have found something about it.
 * The money at stake is the largest of the claim's own and each finding's, within the claim total.
 */
export function reviseVerdict(verdict: Verdict, record: VerdictRecord, found: readonly Hit[]): { verdict: Verdict; record: VerdictRecord } {
  const keys = new Set(found.map((h) => findingKey('', h)));
  const hits = [...verdict.hits.filter((h) => !h.retrospective || !keys.has(findingKey('', h))), ...found];
  const retro = hits.filter((h) => h.retrospective);
  const decision = verdict.decision === 'pass' && retro.some((h) => h.severity !== 'info') ? 'review' : verdict.decision;
  const revision = new Set(retro.map((h) => h.retrospective?.byClaimId)).size;
  const foundFen = retro.reduce((m, h) => Math.max(m, h.amount === null ? 0 : toFen(h.amount)), 0);
  return {
    verdict: { ...verdict, decision, hits, revision },
    record: {
      ...record,
      decision: decision as VerdictRecord['decision'],
      families: [...new Set([...record.families, ...found.map((h) => h.family)])].sort(),
      ruleIds: [...new Set([...record.ruleIds, ...found.map((h) => h.ruleId)])].sort(),
      amountAtStakeFen: Math.min(record.totalFen, Math.max(record.amountAtStakeFen, foundFen)),
    },
  };
}

/**
 * The claim a case opened by a retrospective finding holds when the store never kept the claim's text (it passed,
 * and a pass keeps no case): what its ledger entry and verdict row say, marked as such. The lines are those the
 * ledger keeps (every line of a visit or purchase; a stay's kept lines), with their amounts; quantities and prices
 * are not kept.
 */
export function claimFromLedger(entry: MemberClaim, record: VerdictRecord): Claim {
  const dates = entry.visitType === 'inpatient' ? { admissionDate: entry.serviceDate, dischargeDate: entry.endDate } : { visitDate: entry.serviceDate };
  return {
    claimId: entry.claimId,
    region: entry.region ?? record.region,
    insuranceType: entry.insuranceType,
    visitType: entry.visitType,
    patient: { insuredId: entry.insuredId },
    provider: {
      hospitalId: entry.hospitalId, level: record.hospitalLevel,
      ...(record.department ? { department: record.department } : {}), ...(record.doctorId ? { doctorId: record.doctorId } : {}),
    },
    ...dates,
    diagnoses: [{ code: record.principalDiagnosis ?? entry.principalCategory, principal: true }],
    items: (entry.lines ?? []).map((l) => ({ lineId: l.lineId, code: l.code, category: l.kind === 'consult' ? 'service' : l.kind, date: l.date, amount: toYuan(l.amountFen) })),
    台账摘要: '原始单据未保存（结算时审核通过），此为医保台账所存摘要：行项目仅含台账保存的行，无数量和单价',
  } as unknown as Claim;
}
