import { z } from 'zod';

// The claim contract of CONTRACTS.md. Field names here are fixed: outside systems depend on them.
// Unknown fields are kept (passthrough) so added fields such as a generator's label survive storage.

export const DIAGNOSIS_CODE = /^[A-Z]\d{2}(\.[0-9x]{1,3}(x\d{3})?)?(\+[A-Z]\d{2}(\.[0-9x]{1,3}(x\d{3})?)?\*)?$/;
export const PROCEDURE_CODE = /^\d{2}\.[0-9x]{2,5}([A-Z]\d)?(x\d{3,4})?$/;
export const REGION_CODE = /^\d{6}$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A real calendar day in YYYY-MM-DD, checked arithmetically (claims carry hundreds of dates). */
export function isCalendarDate(s: string): boolean {
  if (!ISO_DATE.test(s)) return false;
  const y = Number(s.slice(0, 4));
  const m = Number(s.slice(5, 7));
  const d = Number(s.slice(8, 10));
  if (m < 1 || m > 12 || d < 1) return false;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1];
  return d <= days;
}

const isoDate = z
  .string()
  .regex(ISO_DATE, 'must be a date YYYY-MM-DD')
  .refine(isCalendarDate, 'is not a calendar date');

/**
 * Characters no identifier or name may hold: C0/C1 controls (NUL, ESC, CR, LF, …), DEL, the bidirectional
 * overrides and isolates (U+202A–U+202E, U+2066–U+2069, which make text display other than it is) and lone
 * UTF-16 surrogates (not text at all). They are refused at the door, naming the field.
 */
export const UNSAFE_TEXT = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
export const UNSAFE_TEXT_MESSAGE = 'must not hold control characters, bidi controls or lone surrogates (含控制字符)';
const text = (min: number, max: number) =>
  z.string().min(min).max(max).refine((s) => !UNSAFE_TEXT.test(s), UNSAFE_TEXT_MESSAGE);

const money = z.number().finite().nonnegative('must not be negative');

export const INSURANCE_TYPES = ['employee', 'resident'] as const;
export const VISIT_TYPES = ['inpatient', 'outpatient', 'chronic', 'pharmacy'] as const;
export const ITEM_CATEGORIES = ['drug', 'service', 'consumable'] as const;
export const SPECIAL_ENROLLMENT = ['newborn', 'student_transfer', 'veteran', 'scheme_switch'] as const;
/** 入院途径 of the national settlement list: 1 急诊, 2 门诊, 3 其他医疗机构转入, 9 其他. */
export const ADMISSION_ROUTES = ['emergency', 'outpatient', 'transfer', 'other'] as const;
const ADMISSION_ROUTE_NAMES: Readonly<Record<string, string>> = { emergency: '急诊', outpatient: '门诊', transfer: '其他医疗机构转入', other: '其他' };
/** 入院途径 as an investigator reads it; null when the claim does not say. */
export const admissionRouteName = (route: string | null | undefined): string | null => (route ? (ADMISSION_ROUTE_NAMES[route] ?? route) : null);
/**
 * A planned admission: neither by emergency nor transferred from another hospital (入院途径 门诊 or 其他; a claim
 * without the field is judged as planned).
 */
export const plannedAdmission = (route: string | null | undefined): boolean => route !== 'emergency' && route !== 'transfer';
/** 离院方式: 1 医嘱离院, 2 医嘱转院, 3 医嘱转社区卫生服务机构/乡镇卫生院, 4 非医嘱离院, 5 死亡, 9 其他. */
export const DISCHARGE_MODES = ['ordered', 'transfer', 'community', 'against_advice', 'death', 'other'] as const;
/** An approved 门诊慢特病 disease: an ICD-10 (医保版) code or a category prefix of one (E11, I10.x00). */
export const CHRONIC_DISEASE_CODE = /^[A-Z]\d{2}[0-9A-Za-z.+*]{0,29}$/;

export const patientSchema = z.looseObject({
  insuredId: text(1, 64),
  gender: z.enum(['M', 'F']),
  birthDate: isoDate,
  retired: z.boolean().optional(),
  birthWeightGrams: z.number().int().positive().max(9999).optional(),
  name: text(0, 64).optional(),
  idNumber: text(0, 32).optional(),
});

export const enrollmentSchema = z.looseObject({
  enrolledOn: isoDate.optional(),
  inConcentratedPeriod: z.boolean().optional(),
  continuousYears: z.number().int().nonnegative().optional(),
  lapsedYears: z.number().int().nonnegative().optional(),
  backPaidYears: z.number().int().nonnegative().optional(),
  /** Days between the end of the previous coverage and this enrolment (中断缴费天数; seed 004 item 6's 90-day window). */
  lapseDays: z.number().int().nonnegative().optional(),
  zeroClaimLastYear: z.boolean().optional(),
  contributionYears: z.number().int().nonnegative().optional(),
  special: z.enum(SPECIAL_ENROLLMENT).nullable().optional(),
  chronicDiseases: z.array(z.string().regex(CHRONIC_DISEASE_CODE, 'is not an ICD-10 (医保版) code or category prefix')).max(64).optional(),
  /** Zero-claim years whose 大病 cap reward has accumulated and is unused (absent: zeroClaimLastYear counts as one). */
  zeroClaimRewardYears: z.number().int().nonnegative().optional(),
});

export const itemSchema = z.looseObject({
  lineId: text(1, 32),
  code: text(1, 64),
  name: text(0, 200).optional(),
  category: z.enum(ITEM_CATEGORIES),
  date: isoDate,
  quantity: z.number().finite().nonnegative('must not be negative'),
  unitPrice: money,
  amount: money,
  /** Drug lines: a 长处方 (up to 12 weeks for a stable chronic condition). */
  longPrescription: z.boolean().optional(),
});

export const claimSchema = z.looseObject({
  claimId: text(1, 128),
  region: z.string().regex(REGION_CODE, 'must be a 6-digit region code'),
  insuranceType: z.enum(INSURANCE_TYPES),
  visitType: z.enum(VISIT_TYPES),
  patient: patientSchema,
  enrollment: enrollmentSchema.optional(),
  provider: z.looseObject({
    hospitalId: text(1, 64),
    level: z.union([z.literal(1), z.literal(2), z.literal(3)]),
    department: text(0, 64).optional(),
    doctorId: text(0, 64).optional(),
  }),
  admissionDate: isoDate.optional(),
  dischargeDate: isoDate.optional(),
  visitDate: isoDate.optional(),
  admissionRoute: z.enum(ADMISSION_ROUTES).optional(),
  dischargeMode: z.enum(DISCHARGE_MODES).optional(),
  /** The hospital a transferred patient came from. */
  transferFromHospitalId: text(1, 64).optional(),
  /** 参保地 when treated elsewhere (异地就医); absent = region. */
  insuredRegion: z.string().regex(REGION_CODE, 'must be a 6-digit region code').optional(),
  diagnoses: z
    .array(
      z.looseObject({
        code: z.string().regex(DIAGNOSIS_CODE, 'is not an ICD-10 (医保版) diagnosis code'),
        principal: z.boolean().optional(),
      }),
    )
    .min(1, 'must list at least one diagnosis'),
  procedures: z
    .array(
      z.looseObject({
        code: z.string().regex(PROCEDURE_CODE, 'is not an ICD-9-CM-3 procedure code'),
        date: isoDate.optional(),
      }),
    )
    .optional(),
  reportedGroup: z
    .looseObject({ drg: text(0, 16).nullable().optional(), dip: text(0, 64).nullable().optional() })
    .nullable()
    .optional(),
  items: z.array(itemSchema),
  amounts: z.looseObject({ total: money, policy: money, fundClaimed: money }),
});

export type Claim = z.infer<typeof claimSchema>;
export type ClaimItem = z.infer<typeof itemSchema>;
export type InsuranceType = (typeof INSURANCE_TYPES)[number];
export type VisitType = (typeof VISIT_TYPES)[number];
