import type { BenefitItem } from '../benefit-claim';
import type { ConsultGrade, ConsultGrades } from '../consult-grades';
import { registeredDoctor, type DoctorRegistry } from '../doctor-registry';
import type { MemberClaim } from '../member-claim';
import { addDays, daysBetween } from '../../contract/dates';
import { fenOf, toYuan } from '../../money/fen';
import { CLINIC_VISITS, list, type Suspect } from './common';
import { rowCodeOf } from '../../contract/catalogue-row';

// 超标准收费 by the doctor's grade: 《全国医疗服务价格项目规范》 prices an outpatient consultation by the professional grade of
// the doctor who sees the patient (普通门诊 / 副主任医师 / 主任医师门诊诊察费, rules/history/consult-grades.json), and a
// doctor holds one grade. The doctor's grade is read from his or her own practice: the grade billed on a clear majority
// (more than half) of the doctor's visits within the window, once there are enough of them (minVisits, SAMPLE); a visit
// billed ABOVE that grade charged a fee for a grade the doctor does not hold (《医疗保障基金使用监督管理条例》第十五条、
// 第三十八条). Billing below one's grade is no loss to the fund: a senior doctor who also staffs ordinary sessions (普通号)
// and bills the lower fee there is not judged, nor is a doctor whose visits split evenly (no majority). The fraud charges
// particular patients a grade the doctor lacks (对个别患者按更高职务收费); a patient the same doctor also bills at the usual
// grade within the window is not such a patient: the higher fee falls on visits of one course (assessment and
// reassessment at the doctor's grade, therapy sessions or refills between at the ordinary fee), which is how a senior
// doctor grades his or her own patient's visits — the lower fee there is the below-grade choice, so that visit is not
// judged, even where those session visits make the doctor's majority. Each claim alone
// is an ordinary visit; only the doctor's other patients show it, so their claims are read through the store
// (getDoctorVisits), as identical bills are. Quiet also: two doctors of different grades in one department (two doctor
// ids), a doctor id that names a department rather than a person, fees the table does not rank (急诊诊察费, 一般诊疗费,
// 门诊慢特病管理诊查费). A doctor the 医保医师 register knows on the service day is judged by the register instead
// (doctor-title.ts): the statistic only stands in for a title nobody recorded.

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
  /** The doctor's usual grade around this claim (the majority fee of the window), how many visits bill it, of how many. */
  usualFee: string;
  usualTitle: string;
  usualCount: number;
  visitCount: number;
  /** Claims of the doctor at the usual grade seen before this one, joined for reading. */
  usualClaims: string;
  windowDays: number;
  /** This claim's consultation lines when it bills above the usual grade (none otherwise), and their money. */
  lineIds: string[];
  amount: number | null;
  /**
   * Earlier-arrived claims of the doctor billing above the usual grade that had not been shown so before this claim
   * (事后发现: this claim completes the majority that reads them): each with its consultation line, money and fee.
   */
  suspects: (Suspect & { fee: string })[];
  /** The finding concerns only the earlier claims: this claim is not itself above the usual grade. */
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
export function gradeOf(e: Partial<Pick<MemberClaim, 'visitType' | 'consult'>>, table: ConsultGrades) {
  if (e.visitType !== undefined && !CLINIC_VISITS.has(e.visitType)) return null;
  return e.consult ? table.byRow.get(e.consult.row) ?? null : null;
}

/**
 * The key this claim's doctor's visits are looked up by (twice the window either side: a senior claim's own window whole),
 * or null; null too when the register knows the doctor on the day (his or her title is read there, not from the visits).
 */
export function doctorKey(e: MemberClaim, table: ConsultGrades | undefined, registry?: DoctorRegistry): DoctorKey | null {
  if (!table || !gradeOf(e, table)) return null;
  const doctorId = personDoctor(e);
  if (!doctorId || registeredDoctor(e, registry)) return null;
  const w = 2 * table.windowDays;
  return { hospitalId: e.hospitalId, doctorId, from: addDays(e.serviceDate, -w), to: addDays(e.serviceDate, w) };
}

const near = (a: string, b: string, days: number) => Math.abs(daysBetween(a, b)) <= days;

type Graded = { v: DoctorVisit; grade: ConsultGrade };

/**
 * The usual grade around `center` among the visits (in arrival order) up to index `upto`: the grade billed on more than
 * half of those within the window, when there are at least minVisits of them; else null (too few, or no majority).
 */
function usualGrade(visits: readonly Graded[], center: string, upto: number, table: ConsultGrades) {
  const counts = new Map<number, { grade: ConsultGrade; n: number }>();
  let total = 0;
  for (let j = 0; j <= upto; j++) {
    const x = visits[j];
    if (!near(x.v.serviceDate, center, table.windowDays)) continue;
    total++;
    const c = counts.get(x.grade.grade) ?? counts.set(x.grade.grade, { grade: x.grade, n: 0 }).get(x.grade.grade)!;
    c.n++;
  }
  if (total < table.minVisits) return null;
  for (const c of counts.values()) if (2 * c.n > total) return { grade: c.grade, count: c.n, total };
  return null;
}

/**
 * Whether the doctor also billed visit `i`'s member at or below grade `usual` on another visit within the window that had
 * arrived by index `upto`: the member is the doctor's patient at the usual grade, the higher fee one visit of the course.
 */
function gradedCourse(visits: readonly Graded[], i: number, upto: number, usual: number, table: ConsultGrades): boolean {
  const me = visits[i].v;
  for (let j = 0; j <= upto; j++) {
    const x = visits[j];
    if (j !== i && x.v.insuredId === me.insuredId && x.grade.grade <= usual && near(x.v.serviceDate, me.serviceDate, table.windowDays)) return true;
  }
  return false;
}

/** Visit `i` read as billed above the doctor's usual grade by what had arrived by index `upto`: the usual grade, else null. */
function readAbove(visits: readonly Graded[], i: number, upto: number, table: ConsultGrades) {
  const u = usualGrade(visits, visits[i].v.serviceDate, upto, table);
  return u && visits[i].grade.grade > u.grade.grade && !gradedCourse(visits, i, upto, u.grade.grade, table) ? u : null;
}

/** Whether visit `i` was already read as above the usual grade when it or a later claim before `last` arrived. */
function shownBefore(visits: readonly Graded[], i: number, last: number, table: ConsultGrades): boolean {
  for (let t = i; t < last; t++) if (readAbove(visits, i, t, table)) return true;
  return false;
}

/**
 * This claim against the doctor's other claims that arrived before it (`visits`: any member's, stored and of the batch):
 * when it bills above the doctor's usual grade, its consultation lines; and the earlier claims billing above the usual
 * grade that this claim's arrival shows for the first time (each is named once: by its own review or the first claim
 * whose arrival completes the majority that reads it).
 */
export function doctorGrade(me: MemberClaim, items: readonly BenefitItem[], visits: readonly DoctorVisit[], table: ConsultGrades | undefined, registry?: DoctorRegistry): DoctorGrade | null {
  const key = doctorKey(me, table, registry);
  const mine = table && gradeOf(me, table);
  if (!key || !table || !mine) return null;
  const w = table.windowDays;
  const myArrival = me.arrival ?? Number.POSITIVE_INFINITY;
  const before: Graded[] = visits
    .filter((v) => v.claimId !== me.claimId && (v.arrival ?? 0) < myArrival && v.hospitalId === key.hospitalId && v.doctorId === key.doctorId)
    .map((v) => ({ v, grade: gradeOf(v, table) }))
    .filter((x): x is Graded => x.grade !== null)
    .sort((a, b) => (a.v.arrival ?? 0) - (b.v.arrival ?? 0) || (a.v.claimId < b.v.claimId ? -1 : 1));
  // Arrival order, this claim last: a claim is judged on what had arrived by then.
  const all: Graded[] = [...before, { v: me, grade: mine }];
  const last = all.length - 1;
  const usual = readAbove(all, last, last, table);
  const above = usual !== null;
  const suspects = before
    .map((s, i) => ({ s, i }))
    .filter(({ s, i }) => {
      // Any grade: this claim may be the one that brings the window to minVisits, whatever it bills.
      if (!near(s.v.serviceDate, me.serviceDate, w)) return false;
      return readAbove(all, i, last, table) !== null && !shownBefore(all, i, last, table);
    })
    .map(({ s }) => ({ claimId: s.v.claimId, lineIds: [s.v.consult!.lineId], amount: toYuan(s.v.consult!.amountFen), fee: s.grade.name }));
  if (!above && !suspects.length) return null;
  // The usual grade named: around this claim when it is above it, else around the first suspect (this claim completes it).
  const named = above ? usual! : usualGrade(all, before.find((b) => b.v.claimId === suspects[0].claimId)!.v.serviceDate, last, table)!;
  const usualClaims = before.filter((x) => x.grade.grade === named.grade.grade && near(x.v.serviceDate, me.serviceDate, w)).map((x) => x.v.claimId);
  const lineIds = above ? items.filter((i) => i.date === me.serviceDate && rowCodeOf(i) === me.consult!.row).map((i) => i.lineId) : [];
  return {
    doctorId: key.doctorId,
    fee: mine.name,
    title: mine.title,
    usualFee: named.grade.name,
    usualTitle: named.grade.title,
    usualCount: named.count,
    visitCount: named.total,
    usualClaims: list(usualClaims) || '本单据',
    windowDays: w,
    lineIds,
    amount: above ? toYuan(fenOf(items, new Set(lineIds))) : null,
    suspects,
    earlierOnly: !above,
  };
}
