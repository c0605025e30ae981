import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

// rules/benefits/policies.json: benefit policy keyed by province (省级统筹), with optional regional
// overrides, by scheme and visit type, amounts by hospital level. Checked at load.

const byLevel = z.union([z.number().nonnegative(), z.record(z.enum(['1', '2', '3']), z.number().nonnegative())]);

const ciAdjustments = z.looseObject({
  continuousYearBonusFromYear: z.number().int().positive(),
  continuousYearBonus: z.number().nonnegative(),
  zeroClaimBonus: z.number().nonnegative(),
  maxIncreaseShare: z.number().min(0).max(1),
  lapsedYearPenalty: z.number().nonnegative(),
  maxDecreaseShare: z.number().min(0).max(1),
});

export const benefitRuleSchema = z.looseObject({
  deductible: byLevel,
  /** Later admissions in the same year pay this share of the deductible (1 = the full deductible again). */
  laterAdmissionDeductibleShare: z.number().min(0).max(1).optional(),
  ratio: byLevel,
  retireeRatioBonus: z.number().min(0).max(1).default(0),
  maxRatio: z.number().min(0).max(1).optional(),
  annualFundCap: z.number().nonnegative(),
  criticalIllnessCap: z.number().nonnegative().optional(),
  /** Share of cost above the basic cap that 大病保险 pays (editable default). */
  criticalIllnessRatio: z.number().min(0).max(1).optional(),
  criticalIllnessAdjustments: ciAdjustments.nullable().optional(),
});

const schemeSchema = z.looseObject({
  inpatient: benefitRuleSchema,
  outpatient: benefitRuleSchema,
  chronic: benefitRuleSchema,
  pharmacy: benefitRuleSchema,
});

export const waitingPeriodSchema = z.looseObject({
  fixedDays: z.number().int().nonnegative(),
  perExtraLapsedYearDays: z.number().int().nonnegative(),
  countFirstLapsedYear: z.boolean(),
  backPaidYearReducesDays: z.number().int().nonnegative(),
  minTotalDaysIfLapsedOver4Years: z.number().int().nonnegative(),
  exemptSpecial: z.array(z.string()),
  /** Newborns are exempt only when enrolled within this many days of birth. */
  newbornEnrolWithinDays: z.number().int().nonnegative().default(90),
  /** Scheme switchers are exempt only with at least this many continuous years. */
  schemeSwitchMinContinuousYears: z.number().int().nonnegative().default(2),
});

const provinceSchema = z.looseObject({
  name: z.string(),
  retirement: z.looseObject({
    minContributionYearsMale: z.number().int().nonnegative(),
    minContributionYearsFemale: z.number().int().nonnegative(),
  }),
  waitingPeriod: waitingPeriodSchema,
  schemes: z.looseObject({ employee: schemeSchema, resident: schemeSchema }),
  /** Regional overrides: region code → a partial province (same shape), merged over the province. */
  regions: z.record(z.string().regex(/^\d{6}$/), z.unknown()).optional(),
});

export const policiesSchema = z.looseObject({
  version: z.string(),
  provinces: z.record(z.string().regex(/^\d{2}$/), provinceSchema),
});

export type BenefitRule = z.infer<typeof benefitRuleSchema>;
export type WaitingPeriodPolicy = z.infer<typeof waitingPeriodSchema>;
export type ProvincePolicy = z.infer<typeof provinceSchema>;
export type Policies = z.infer<typeof policiesSchema>;

export const POLICY_FILE = join('benefits', 'policies.json');

export function loadPolicies(rulesDir: string): Policies | null {
  const file = join(rulesDir, POLICY_FILE);
  if (!existsSync(file)) return null;
  const parsed = policiesSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${file}: ${issue.path.join('.')}: ${issue.message}`);
  }
  return parsed.data;
}

function mergeDeep(base: unknown, over: unknown): unknown {
  if (!over || typeof over !== 'object' || Array.isArray(over)) return over === undefined ? base : over;
  const out: Record<string, unknown> = { ...((base as Record<string, unknown>) ?? {}) };
  for (const [k, v] of Object.entries(over)) out[k] = mergeDeep(out[k], v);
  return out;
}

/** Merged regional policies per loaded policy set: merging and checking one cost ~50 us, once per claim. */
const mergedByPolicies = new WeakMap<Policies, Map<string, ProvincePolicy>>();

/**
 * The province's policy with the region's overrides applied; null where the province has none. Shared
 * and read-only, like the province's own object (a loaded policy set never changes).
 */
export function policyFor(policies: Policies | null, region: string): ProvincePolicy | null {
  const province = policies?.provinces[region.slice(0, 2)];
  if (!province) return null;
  const override = province.regions?.[region];
  if (!override) return province;
  let merged = mergedByPolicies.get(policies as Policies);
  if (!merged) mergedByPolicies.set(policies as Policies, (merged = new Map()));
  let policy = merged.get(region);
  if (!policy) merged.set(region, (policy = provinceSchema.parse(mergeDeep(province, override))));
  return policy;
}

export function atLevel(v: z.infer<typeof byLevel>, level: number): number {
  return typeof v === 'number' ? v : (v[String(level) as '1' | '2' | '3'] ?? 0);
}
