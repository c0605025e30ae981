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
  zeroClaimLastYear: z.boolean().optional(),
  contributionYears: z.number().int().nonnegative().optional(),
  special: z.enum(SPECIAL_ENROLLMENT).nullable().optional(),
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
