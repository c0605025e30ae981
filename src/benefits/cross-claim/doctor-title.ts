import type { BenefitItem } from '../benefit-claim';
import type { ConsultGrades } from '../consult-grades';
import { registeredDoctor, type DoctorRegistry } from '../doctor-registry';
import type { MemberClaim } from '../member-claim';
import { fenOf, toYuan } from '../../money/fen';
import { gradeOf } from './doctor-grade';
import { rowCodeOf } from '../../contract/catalogue-row';

// 超标准收费 against the 医保医师 register: 《全国医疗服务价格项目规范》 prices the outpatient consultation by the title of the
// doctor who sees the patient (普通门诊 below 副主任医师, 副主任医师, 主任医师门诊诊察费; consult-grades.json `titles`), and
// the register (rules/history/doctor-registry/) says which title the doctor held at the institution on the service day.
// A consultation billed above it charges a grade the doctor does not hold (《医疗保障基金使用监督管理条例》第十五条、第三十八条):
// a fact of record, so a definite finding. A doctor the register does not know on the day is left to the statistical
// reading (doctor-grade.ts); billing below one's title (a senior doctor's 普通号) is no loss to the fund.

export interface DoctorTitleFinding {
  doctorId: string;
  /** The register's entry: title, the days it held it, and the version read. */
  registeredTitle: string;
  titleFrom: string;
  titleTo: string;
  registryVersion: string;
  /** The fee billed (its catalogue row's name) and the grade it prices. */
  fee: string;
  feeTitle: string;
  lineIds: string[];
  amount: number;
}

/** The claim's consultation billed above the registered title of its doctor on the day, else null. */
export function doctorTitle(me: MemberClaim, items: readonly BenefitItem[], registry: DoctorRegistry | undefined, table: ConsultGrades | undefined): DoctorTitleFinding | null {
  const mine = table?.titleGrade && gradeOf(me, table);
  const known = mine ? registeredDoctor(me, registry) : null;
  if (!mine || !known) return null;
  const allowed = table!.titleGrade!.get(known.row.title);
  if (allowed === undefined || mine.grade <= allowed) return null;
  const lineIds = items.filter((i) => i.date === me.serviceDate && rowCodeOf(i) === me.consult!.row).map((i) => i.lineId);
  return {
    doctorId: known.row.doctorCode,
    registeredTitle: known.row.title,
    titleFrom: known.row.effectiveFrom,
    titleTo: known.row.effectiveTo ?? '至今',
    registryVersion: known.version,
    fee: mine.name,
    feeTitle: mine.title,
    lineIds,
    amount: toYuan(fenOf(items, new Set(lineIds))),
  };
}
