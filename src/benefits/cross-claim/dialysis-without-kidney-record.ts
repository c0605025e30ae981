import type { BenefitItem } from '../benefit-claim';
import type { HistoryKnowledge } from '../history-knowledge';
import type { MemberClaim } from '../member-claim';
import { linesOf } from './common';
import { startsWithAny } from '../../contract/code-prefix';
import { rowCodeOf } from '../../contract/catalogue-row';

// 虚构透析/冒名: maintenance dialysis starts from a kidney disease the record shows elsewhere — a nephrology visit, a stay
// placing the access and dialysing first (血液净化标准操作规程 2021: 血管通路建立, 诱导透析), an AKI stay, sessions at
// another centre. A centre's own sessions are the only place the member's kidney failure appears, while the record holds
// other care (a cold, hypertension refills): the sessions are to be checked against the member. A member whose record
// holds nothing but them (care before the store held the member's claims) is not judged: absence of history is not evidence.

export interface DialysisWithoutKidneyRecord {
  lineIds: string[];
  amount: number;
  /** How many earlier claims of the member the record holds besides this centre's sessions. */
  otherClaims: number;
}

export function dialysisWithoutKidneyRecord(me: MemberClaim, items: readonly BenefitItem[], prior: readonly MemberClaim[], k: HistoryKnowledge): DialysisWithoutKidneyRecord | null {
  const t = k.limits.dialysisRecord;
  if (!t || !t.visitTypes.includes(me.visitType)) return null;
  const sessionItems = k.dialysisSessions ?? [];
  const sessions = items.filter((i) => sessionItems.includes(rowCodeOf(i)));
  if (!sessions.length) return null;
  const isSession = (e: MemberClaim) => e.serviceCodes.some((c) => sessionItems.includes(c));
  // The centre's own clinic sessions do not show the disease they bill for; its stay does (access placed, induction).
  const ownSessions = (e: MemberClaim) => e.visitType !== 'inpatient' && e.hospitalId === me.hospitalId && isSession(e);
  const record = prior.filter((e) => e.insuredId === me.insuredId && e.claimId !== me.claimId && !ownSessions(e));
  if (!record.length || record.some((e) => startsWithAny(e.codes ?? [], t.kidney))) return null;
  const { lineIds, amount } = linesOf(sessions);
  return { lineIds, amount, otherClaims: record.length };
}
