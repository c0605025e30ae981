/**
 * One claim in a member's ledger: only what the claim itself says (never a decision or a derived
 * amount), so replaying claims in any order leaves the ledger identical. Member state (year-to-date fund,
 * deductible used, admissions, recent stays) is derived from these entries in service-date order.
 */
export interface MemberClaim {
  insuredId: string;
  claimId: string;
  insuranceType: string;
  visitType: string;
  serviceDate: string;
  endDate: string;
  hospitalId: string;
  /**
   * The hospital's level (provider.level, 1–3): a later claim at a higher level re-examines an earlier one's tests
   * (上转复核, cross-claim/referred-up.ts). Absent (or null) on entries written before the field existed.
   */
  hospitalLevel?: number | null;
  /**
   * The treating region (就医地 admdvs, the claim's `region`: 6 digits, the first two the province), where care was
   * given; absent on entries written before the field existed.
   */
  region?: string | null;
  /** The doctor the claim names (provider.doctorId), when it does: identical bills are one doctor's (identical-bills.ts). */
  doctorId?: string | null;
  /**
   * provider.department, when the claim names one: a visit to an emergency department may repeat an examination
   * (exam-repeat.ts), read when a visit arrived before the claim whose result it repeats. Absent (or null) on entries
   * written before the field existed; those entries' test lines lack `indicatedBy`, which is what tells them apart.
   */
  department?: string | null;
  /**
   * A clinic visit's consultation (诊察费, catalogue subcategory consult, dated the visit day): its catalogue row, line and
   * money, so the doctor's other patients' claims are read by the grade they bill (cross-claim/doctor-grade.ts) without
   * their lines. Null on other claims; absent on entries written before the field existed (not judged).
   */
  consult?: { row: string; lineId: string; amountFen: number } | null;
  /** First three characters of the principal diagnosis (ICD-10 category). */
  principalCategory: string;
  /** MDC of the computed grouping (inpatient, grouped), else null. */
  mdc: string | null;
  totalFen: number;
  policyFen: number;
  fundClaimedFen: number;
  /** Hash of the items (code, date, quantity, unit price): equal for a resubmitted copy. */
  itemsSignature: string;
  /**
   * A clinic visit's hash of its lines other than drugs (code, date, quantity, unit price): a treatment bundle billed
   * alike to several members whatever each was dispensed (identical-bills.ts). A stay's hash of its orders without
   * dates (each distinct code, daily quantity and unit price): one doctor's same-day admissions given the same orders
   * whatever their length. Null on other claims; absent on entries written before the field existed (a stay is then
   * compared by its itemsSignature).
   */
  bundleSignature?: string | null;
  /**
   * A stay of a member insured in another pooling region than the institution's (异地就医): that region. Read on the
   * claim's own entry only (identical-bills.ts), not stored: a stored peer is matched by its bundleSignature, which
   * carries it.
   */
  insuredElsewhere?: string;
  /** Codes of the service lines (for the same service at two hospitals on one day). */
  serviceCodes: string[];
  /** 入院途径 (inpatient; settlement list), when the claim says: a transfer admission is not a split stay. */
  admissionRoute?: string | null;
  /** 离院方式 (inpatient), when the claim says: 'transfer' (医嘱转院) hands the patient on. */
  dischargeMode?: string | null;
  /** The hospital a transferred patient came from, when the claim says. */
  transferFromHospitalId?: string | null;
  /**
   * The claim's diagnosis codes (ICD-10) and coded procedures (ICD-9-CM-3), each once: what the member's record shows
   * beyond the principal's category (the injury an aftercare claim continues, a peritoneal dialysis catheter placed).
   * Absent on entries written before the field existed: such an entry shows nothing.
   */
  codes?: string[];
  /**
   * The claim carries an external cause whose costs a third party or 工伤保险 bears (external-causes.json,
   * 《社会保险法》第三十条). Absent on entries written before the field existed.
   */
  thirdParty?: boolean;
  /**
   * A stay's days of a coded operation (ICD-9-CM-3 00–86, contract/code-prefix.ts operationDays), when it names
   * its doctor: a clinic visit of that doctor in a far province reviewed after the stay reads them (冒名医生). Absent on
   * other claims and on entries written before the field existed (not judged).
   */
  operationDays?: string[];
  /**
   * Lines the cross-claim checks read (drug supply, same-day services, billing frequency): every line of an
   * outpatient, chronic or pharmacy claim; on an inpatient claim only items with a billing-frequency limit, a
   * staged operation or a recognised examination (exam-recognition.json), the examinations of its admission day
   * (repeated-exams.ts), the drugs of its last day in bed and
   * discharge day (`courseEnd`), the drugs of its first days (`courseStart`) and its costly consumables (`costly`), every day of a drug whose catalogue row limits
   * the days paid (`courseLimit`), every day of a drug given once per cycle or per week (drug-schedules.json) and its
   * hour-billed services (catalogue unit 小时) of the admission and discharge days (day-clock.ts).
   * Absent on entries written before the field existed.
   */
  lines?: LedgerLine[];
  /**
   * Order in which the store first saw the claim (assigned by the store, kept on re-review). A claim is
   * judged only against claims that arrived before it, so re-reviewing it sees exactly what it saw.
   */
  arrival?: number;
}

/**
 * Days from admission whose drugs a stay's ledger entry keeps (`courseStart`: the admission day and the next, SAMPLE —
 * an order written on the evening of admission starts the next morning): what a readmission is compared with
 * (related-stays.ts newEvent).
 */
export const STAY_OPENING_DAYS = 2;

/** The ICD-10 categories (first three characters) of diagnosis codes, each once: what ledger entries keep. */
export const icdCategories = (codes: readonly string[]) => [...new Set(codes.map((d) => d.slice(0, 3)))];

/** One line of a ledger entry: only what cross-claim checks need. */
export interface LedgerLine {
  lineId: string;
  code: string;
  date: string;
  /** drug · consult (registration and consultation) · service · consumable */
  kind: 'drug' | 'consult' | 'service' | 'consumable';
  amountFen: number;
  /** Units billed (quantity), kept so a bill settled again with one quantity nudged is known (nudged-duplicate.ts). */
  quantity?: number;
  /** Service lines: the catalogue row the code belongs to, where it is not the code itself (same service, another code). */
  row?: string;
  /** Service lines: a laboratory test or an examination (catalogue subcategory lab or exam). */
  test?: boolean;
  /** Service lines: an examination (检查: imaging, electrophysiology; catalogue subcategory exam), not a laboratory test. */
  exam?: boolean;
  /**
   * Test lines (`test`): the ICD-10 categories of the claim's diagnoses that call for the test (test-indications.json;
   * a test without a row there: the principal diagnosis's), so a repeat arriving before the result it repeats is read
   * for a changed condition (exam-repeat.ts). Absent on entries written before the field existed: not judged.
   */
  indicatedBy?: string[];
  /**
   * Service lines outside a stay: the codes (catalogue rows) the service includes on the member's other claims of that
   * day at the hospital (catalogue includesDuring `sameDayClaims`: a dialysis session's monitoring), where it has any.
   */
  includesOnDay?: string[];
  /**
   * Laboratory lines outside a stay: the catalogue rows the panel includes (catalogue includes: 肝功能全套's ALT, AST,
   * bilirubin), so a stay admitted from the visit that day billing one singly is known (panel-parts.ts).
   */
  parts?: string[];
  /** Service lines of a stay: an operation or intervention (catalogue subcategory surgery), kept on every stay's entry. */
  operation?: boolean;
  /** Drug lines: the generic-drug key supply is kept under (genericDrugKey). */
  drug?: string;
  /** Drug lines outside a stay: days of supply dispensed (quantity ÷ usual quantity per day), where known. */
  days?: number;
  /**
   * Drug lines outside a stay: the days at an indication's dose (catalogue supplyPerDayFor), for a member whose record
   * carries one of `codes`; the supply checks read them in place of `days`.
   */
  daysFor?: { codes: string[]; days: number }[];
  /** Drug lines outside a stay: days one dispensing unit lasts (1 ÷ usual quantity per day), where above a day. */
  unitDays?: number;
  /** Drug lines: marked a 长处方. */
  long?: boolean;
  /**
   * Drug lines outside a stay: a 麻醉药品 or 精神药品 (catalogue specialControl), written on its own special prescription
   * (《处方管理办法》附件1 处方标准), so never one prescription with other drugs (cross-claim/split-prescription.ts).
   */
  controlled?: boolean;
  /** Drug lines of a stay kept for its last day in bed and discharge day only (not a complete list of its drugs). */
  courseEnd?: boolean;
  /**
   * Drug lines of a stay kept for its first STAY_OPENING_DAYS days only (not a complete list of its drugs). Absent on
   * entries written before the field existed.
   */
  courseStart?: boolean;
  /** Drug lines of a stay: the catalogue row's limit of days paid (限定支付疗程 maxDays), kept for every day of such a drug. */
  courseLimit?: number;
  /** Consumable lines of a stay kept because they are costly (costly-item.ts), for the provider patterns. */
  costly?: boolean;
  /**
   * Consumable lines (kept on a stay too) named as a ureteric stent (devices-in-place.json `placement.nameMarks`): the claim
   * placed one, coded or not (cross-claim/stent-removal-unplaced.ts). Absent on entries written before the field existed.
   */
  stent?: boolean;
}

/** The catalogue row a ledger line's service belongs to (its own code where it is the row), as enrich's rowCodeOf for a bill line. */
export const ledgerRowOf = (l: Pick<LedgerLine, 'code' | 'row'>): string => l.row ?? l.code;
