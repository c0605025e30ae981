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
  zeroClaimLastYear: z.boolean().optional(),
  contributionYears: z.number().int().nonnegative().optional(),
  special: z.enum(SPECIAL_ENROLLMENT).nullable().optional(),
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
