import { daysBetween } from '../../contract/dates';
import type { BenefitItem } from '../benefit-claim';
import { toYuan } from '../../money/fen';
import type { LedgerLine, MemberClaim } from '../member-claim';
import type { HistoryKnowledge } from '../history-knowledge';
import { emergencyVisit, lineIn, list, sameCondition } from './common';

export interface PreAdmissionWorkup {
  /** The stay, its admission date, and the first outpatient visit carrying its work-up. */
  stayClaimId: string;
  admissionDate: string;
  visitClaimId: string;
  visits: string;
  dates: string;
  /** Days from the latest such visit to admission, and the same in words for the message (前2天, 当日). */
  daysBeforeAdmission: number;
  beforeAdmission: string;
  /** Tests and examinations of the visits the stay does not bill: codes, and how many of the visits' tests. */
  tests: string;
  moved: number;
  of: number;
  /** This claim's lines: the moved tests when this is the visit; none on the stay (its bill lacks them). */
  lineIds: string[];
  /** The moved tests, yuan. */
  amount: number;
  /** The visits that arrived before the stay (they settle first): their moved tests. */
  suspects: { claimId: string; lineIds: string[]; amount: number }[];
  /**
   * The work-up moved out of an ordinary surgical stay (limits.json preAdmissionTransfer): the moved tests include a
   * pre-operative screen and the stay was admitted a day or more before its first operation. False otherwise.
   */
  transferred: boolean;
  /** Days from admission to the stay's first operation, or null (no operation kept). */
  preOperativeDays: number | null;
}

interface WorkupVisit {
  claim: MemberClaim;
  moved: LedgerLine[];
  of: number;
  /** Settled on the admission day: read only for the operation's transfer, never as the note. */
  sameDay: boolean;
}

/**
 * A visit's tests and examinations making up a stay's admission work-up: 普通门诊 at the hospital of the stay, 1 to
 * preAdmissionWindowDays days before admission (a same-day visit is the encounter that led to the admission, read only
 * when planned and billing a pre-operative screen), for the stay's condition (the same ICD-10 category or related-conditions group), whose tests the stay
 * does not bill itself for more than half of them.
 */
function workupVisit(stay: MemberClaim, visit: MemberClaim, stayCodes: ReadonlySet<string>, k: HistoryKnowledge): WorkupVisit | null {
  if (visit.visitType !== 'outpatient' || visit.hospitalId !== stay.hospitalId) return null;
  const gap = daysBetween(visit.serviceDate, stay.serviceDate);
  if (gap < 0 || gap > k.limits.preAdmissionWindowDays) return null;
  if (!sameCondition(visit.principalCategory, stay.principalCategory, k)) return null;
  const tests = (visit.lines ?? []).filter((l) => l.test);
  const moved = tests.filter((l) => !lineIn(stayCodes, l));
  if (moved.length * 2 <= tests.length) return null;
  // The admission day's own visit is the encounter that led to the admission; only a planned one (no emergency visit,
  // no emergency admission: an A&E work-up screens for the operation it leads to) billing a pre-operative screen
  // (blood group, infection screen: asked for by the operation alone; or the whole pre-anaesthetic set) is read, and
  // only as the operation's work-up.
  if (gap === 0 && (!screened(moved, k) || emergencyVisit(visit, k.examRecognition) || stay.admissionRoute === 'emergency')) return null;
  return { claim: visit, moved, of: tests.length, sameDay: gap === 0 };
}

/**
 * Whether the moved tests hold the operation's own work-up: a pre-operative screen (blood group, infection screen), or
 * the whole pre-anaesthetic assessment together (coagulation, ECG and chest X-ray: each alone a diagnostic test, the
 * three together the 临床路径's 术前必需检查 of an elective operation).
 */
function screened(moved: readonly LedgerLine[], k: HistoryKnowledge): boolean {
  const cfg = k.limits.preAdmissionTransfer;
  if (!cfg) return false;
  const rows = new Set(moved.map((l) => l.row ?? l.code));
  return cfg.screens.some((c) => rows.has(c)) || (cfg.preOperativeSet.length > 0 && cfg.preOperativeSet.every((test) => test.some((c) => rows.has(c))));
}

/**
 * The admission work-up billed on an outpatient visit at the same hospital shortly before the stay and left out of
 * it (入院前本院门诊检查费用应并入住院结算; 将住院费用分解至门诊结算): see workupVisit. `transferred` when the moved tests
 * include a pre-operative screen (blood group, infection screen: tests no diagnosis asks for, only the operation) and
 * the stay had a day or more in bed before its operation, when the work-up is done; a stay admitted on its operation
 * day (日间手术, same-day admission) has its work-up in the clinic by design. Whichever arrives second carries
 * the hit: the stay names the visits; a visit arriving after its stay names the stay and its moved lines.
 */
export function preAdmissionWorkup(me: MemberClaim, items: readonly BenefitItem[], prior: readonly MemberClaim[], k: HistoryKnowledge): PreAdmissionWorkup | null {
  const codes = (stay: MemberClaim) => new Set(stay.serviceCodes);
  const hit = (stay: MemberClaim, visits: WorkupVisit[], lineIds: string[], amountFen: number): PreAdmissionWorkup | null => {
    visits.sort((a, b) => (a.claim.serviceDate < b.claim.serviceDate ? -1 : a.claim.serviceDate > b.claim.serviceDate ? 1 : 0));
    const moved = visits.flatMap((v) => v.moved);
    const firstOperation = (stay.lines ?? []).filter((l) => l.operation).reduce<string | null>((m, l) => (m === null || l.date < m ? l.date : m), null);
    const preOperativeDays = firstOperation === null ? null : daysBetween(stay.serviceDate, firstOperation);
    const cfg = k.limits.preAdmissionTransfer;
    // A screen settled at the clinic on the admission day itself is the pathway's 住院第1天 work-up whenever the operation
    // came on a later day: no day in bed was saved by it (a same-day admission and operation, 日间手术, is not this).
    const sameDay = visits.some((v) => v.sameDay);
    const transferred = !!cfg && preOperativeDays !== null && preOperativeDays >= (sameDay ? 1 : cfg.minPreOperativeDays) && screened(moved, k);
    if (!transferred && sameDay) {
      const earlier = visits.filter((v) => !v.sameDay);
      if (earlier.length === 0) return null;
      return hit(stay, earlier, lineIds.length ? earlier.flatMap((v) => v.moved.map((l) => l.lineId)) : [], earlier.reduce((s, v) => s + v.moved.reduce((t, l) => t + l.amountFen, 0), 0));
    }
    const days = daysBetween(visits[visits.length - 1].claim.serviceDate, stay.serviceDate);
    return {
      stayClaimId: stay.claimId, admissionDate: stay.serviceDate, visitClaimId: visits[0].claim.claimId, visits: list(visits.map((v) => v.claim.claimId)),
      dates: list(visits.map((v) => v.claim.serviceDate)), daysBeforeAdmission: days, beforeAdmission: days === 0 ? '当日' : `前${days}天`,
      tests: list(moved.map((l) => l.code), 8), moved: moved.length, of: visits.reduce((s, v) => s + v.of, 0), lineIds, amount: toYuan(amountFen),
      transferred, preOperativeDays,
      suspects: lineIds.length ? [] : visits.map((v) => ({ claimId: v.claim.claimId, lineIds: v.moved.map((l) => l.lineId), amount: toYuan(v.moved.reduce((t, l) => t + l.amountFen, 0)) })),
    };
  };
  if (me.visitType === 'outpatient') {
    for (const stay of prior.filter((e) => e.visitType === 'inpatient' && e.serviceDate >= me.serviceDate)) {
      const v = workupVisit(stay, me, codes(stay), k);
      const f = v && hit(stay, [v], v.moved.map((l) => l.lineId), v.moved.reduce((s, l) => s + l.amountFen, 0));
      if (f) return f;
    }
    return null;
  }
  if (me.visitType !== 'inpatient') return null;
  const stayCodes = new Set(items.filter((i) => i.category === 'service').map((i) => i.code));
  const visits = prior.map((e) => workupVisit(me, e, stayCodes, k)).filter((v): v is WorkupVisit => v !== null);
  return visits.length ? hit(me, visits, [], visits.reduce((s, v) => s + v.moved.reduce((t, l) => t + l.amountFen, 0), 0)) : null;
}
