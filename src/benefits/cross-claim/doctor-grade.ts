import type { BenefitItem } from '../benefit-claim';
import type { ConsultGrades } from '../consult-grades';
import type { MemberClaim } from '../member-claim';
import { addDays, daysBetween } from '../../contract/dates';
import { toYuan } from '../../money/fen';
import { CLINIC_VISITS, fenOf, list, type Suspect } from './common';

// 超标准收费 by the doctor's grade: 《全国医疗服务价格项目规范》 prices an outpatient consultation by the professional grade of
// the doctor who sees the patient (普通门诊 / 副主任医师 / 主任医师门诊诊察费, rules/history/consult-grades.json), and a
// doctor holds one grade. One doctor's visits billed at two grades within the window charged the higher fee for a grade
// he or she does not hold (《医疗保障基金使用监督管理条例》第十五条、第三十八条). Each claim alone is an ordinary visit; only
// the doctor's other patients show it, so their claims are read through the store (getDoctorVisits), as identical bills
// are. Quiet: a senior doctor billing the senior fee on every patient, two doctors of different grades in one
// department (two doctor ids), a doctor id that names a department rather than a person, fees the table does not rank
// (急诊诊察费, 一般诊疗费, 门诊慢特病管理诊查费).

/** What a doctor's visits are looked up by: one doctor of one institution, service dates from..to (inclusive). */
export interface DoctorKey {
  hospitalId: string;
  doctorId: string;
  from: string;
  to: string;
}

/** Another claim of the doctor as the check reads it: whose, when it arrived, its day and consultation line. */
export type DoctorVisit = Pick<MemberClaim, 'claimId' | 'insuredId' | 'arrival' | 'hospitalId' | 'doctorId' | 'serviceDate' | 'consult'>;

export interface DoctorGrade {
  doctorId: string;
  /** This claim's consultation fee (its catalogue row's name) and the grade it bills. */
  fee: string;
  title: string;
  /** Claims of the doctor at a lower grade seen before this one, joined for reading, and their fees. */
  lowerClaims: string;
  lowerFees: string;
  windowDays: number;
  /** This claim's consultation lines when it bills the higher grade (none when it is the lower side), and their money. */
  lineIds: string[];
  amount: number | null;
  /**
   * Earlier-arrived claims of the doctor billing a higher grade that no lower-grade claim had shown before this one
   * (事后发现): each with its consultation line, money and fee.
   */
  suspects: (Suspect & { fee: string })[];
  /** The finding concerns only the earlier claims: this claim (the lower fee) is not itself suspect. */
  earlierOnly: boolean;
}

/**
 * A doctor id that names a person: not empty, not the institution's id and not its department's (`${hospitalId}-${department}`
 * or the department itself, which some senders put where no doctor is recorded): a department holds several grades.
 */
export function personDoctor(e: Pick<MemberClaim, 'doctorId' | 'hospitalId' | 'department'>): string | null {
  const id = e.doctorId;
  if (!id?.trim() || id === e.hospitalId) return null;
  if (e.department && (id === e.department || id.endsWith(`-${e.department}`))) return null;
  return id;
}

/** The graded consultation of a ledger entry (a clinic visit naming a person as its doctor), else null. */
function gradeOf(e: Partial<Pick<MemberClaim, 'visitType' | 'consult'>>, table: ConsultGrades) {
  if (e.visitType !== undefined && !CLINIC_VISITS.has(e.visitType)) return null;
  return e.consult ? table.byRow.get(e.consult.row) ?? null : null;
}

/** The key this claim's doctor's visits are looked up by (twice the window either side: a senior claim's own window whole), or null. */
export function doctorKey(e: MemberClaim, table: ConsultGrades | undefined): DoctorKey | null {
  if (!table || !gradeOf(e, table)) return null;
  const doctorId = personDoctor(e);
  if (!doctorId) return null;
  const w = 2 * table.windowDays;
  return { hospitalId: e.hospitalId, doctorId, from: addDays(e.serviceDate, -w), to: addDays(e.serviceDate, w) };
}

const near = (a: string, b: string, days: number) => Math.abs(daysBetween(a, b)) <= days;

/**
 * This claim against the doctor's other claims that arrived before it (`visits`: any member's, stored and of the batch):
 * when it bills a higher grade than one of them within the window, its consultation lines; when they bill a higher grade
 * than it, the earlier higher-grade claims no lower-grade claim had shown yet (each is named once, by the first lower one).
 */
export function doctorGrade(me: MemberClaim, items: readonly BenefitItem[], visits: readonly DoctorVisit[], table: ConsultGrades | undefined): DoctorGrade | null {
  const key = doctorKey(me, table);
  const mine = table && gradeOf(me, table);
  if (!key || !table || !mine) return null;
  const w = table.windowDays;
  const myArrival = me.arrival ?? Number.POSITIVE_INFINITY;
  const before = visits
    .filter((v) => v.claimId !== me.claimId && (v.arrival ?? 0) < myArrival && v.hospitalId === key.hospitalId && v.doctorId === key.doctorId)
    .map((v) => ({ v, grade: gradeOf(v, table) }))
    .filter((x): x is { v: DoctorVisit; grade: NonNullable<typeof x.grade> } => x.grade !== null)
    .sort((a, b) => (a.v.arrival ?? 0) - (b.v.arrival ?? 0) || (a.v.claimId < b.v.claimId ? -1 : 1));
  const lower = before.filter((x) => x.grade.grade < mine.grade && near(x.v.serviceDate, me.serviceDate, w));
  // A higher-grade claim already shown by a lower-grade one seen before this claim was found then (on its own review or
  // as a finding of that one): named once.
  const suspects = before
    .filter((x) => x.grade.grade > mine.grade && near(x.v.serviceDate, me.serviceDate, w))
    .filter((s) => !before.some((l) => l.grade.grade < s.grade.grade && near(l.v.serviceDate, s.v.serviceDate, w)))
    .map((s) => ({ claimId: s.v.claimId, lineIds: [s.v.consult!.lineId], amount: toYuan(s.v.consult!.amountFen), fee: s.grade.name }));
  if (!lower.length && !suspects.length) return null;
  const lineIds = lower.length ? items.filter((i) => i.date === me.serviceDate && (i.catalogue?.code ?? i.code) === me.consult!.row).map((i) => i.lineId) : [];
  return {
    doctorId: key.doctorId,
    fee: mine.name,
    title: mine.title,
    lowerClaims: list(lower.map((x) => x.v.claimId)),
    lowerFees: [...new Set(lower.map((x) => x.grade.name))].join('、') || '无',
    windowDays: w,
    lineIds,
    amount: lower.length ? toYuan(fenOf(items, new Set(lineIds))) : null,
    suspects,
    earlierOnly: !lower.length,
  };
}
