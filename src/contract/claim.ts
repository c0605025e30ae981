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

const money = z.number().finite().nonnegative('must not be negative');

export const INSURANCE_TYPES = ['employee', 'resident'] as const;
export const VISIT_TYPES = ['inpatient', 'outpatient', 'chronic', 'pharmacy'] as const;
export const ITEM_CATEGORIES = ['drug', 'service', 'consumable'] as const;
export const SPECIAL_ENROLLMENT = ['newborn', 'student_transfer', 'veteran', 'scheme_switch'] as const;
/** 入院途径 of the national settlement list: 1 急诊, 2 门诊, 3 其他医疗机构转入, 9 其他. */
export const ADMISSION_ROUTES = ['emergency', 'outpatient', 'transfer', 'other'] as const;
/** 离院方式: 1 医嘱离院, 2 医嘱转院, 3 医嘱转社区卫生服务机构/乡镇卫生院, 4 非医嘱离院, 5 死亡, 9 其他. */
export const DISCHARGE_MODES = ['ordered', 'transfer', 'community', 'against_advice', 'death', 'other'] as const;
/** An approved 门诊慢特病 disease: an ICD-10 (医保版) code or a category prefix of one (E11, I10.x00). */
export const CHRONIC_DISEASE_CODE = /^[A-Z]\d{2}[0-9A-Za-z.+*]{0,29}$/;

export const patientSchema = z.looseObject({
  insuredId: z.string().min(1).max(64),
  gender: z.enum(['M', 'F']),
  birthDate: isoDate,
  retired: z.boolean().optional(),
  birthWeightGrams: z.number().int().positive().max(9999).optional(),
  name: z.string().max(64).optional(),
  idNumber: z.string().max(32).optional(),
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
  lineId: z.string().min(1).max(32),
  code: z.string().min(1).max(64),
  name: z.string().max(200).optional(),
  category: z.enum(ITEM_CATEGORIES),
  date: isoDate,
  quantity: z.number().finite().nonnegative('must not be negative'),
  unitPrice: money,
  amount: money,
  /** Drug lines: a 长处方 (up to 12 weeks for a stable chronic condition). */
  longPrescription: z.boolean().optional(),
});

export const claimSchema = z.looseObject({
  claimId: z.string().min(1).max(128),
  region: z.string().regex(REGION_CODE, 'must be a 6-digit region code'),
  insuranceType: z.enum(INSURANCE_TYPES),
  visitType: z.enum(VISIT_TYPES),
  patient: patientSchema,
  enrollment: enrollmentSchema.optional(),
  provider: z.looseObject({
    hospitalId: z.string().min(1).max(64),
    level: z.union([z.literal(1), z.literal(2), z.literal(3)]),
    department: z.string().max(64).optional(),
    doctorId: z.string().max(64).optional(),
  }),
  admissionDate: isoDate.optional(),
  dischargeDate: isoDate.optional(),
  visitDate: isoDate.optional(),
  admissionRoute: z.enum(ADMISSION_ROUTES).optional(),
  dischargeMode: z.enum(DISCHARGE_MODES).optional(),
  /** The hospital a transferred patient came from. */
  transferFromHospitalId: z.string().min(1).max(64).optional(),
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
    .looseObject({ drg: z.string().max(16).nullable().optional(), dip: z.string().max(64).nullable().optional() })
    .nullable()
    .optional(),
  items: z.array(itemSchema),
  amounts: z.looseObject({ total: money, policy: money, fundClaimed: money }),
});

export type Claim = z.infer<typeof claimSchema>;
export type ClaimItem = z.infer<typeof itemSchema>;
export type InsuranceType = (typeof INSURANCE_TYPES)[number];
export type VisitType = (typeof VISIT_TYPES)[number];
