import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { isCalendarDate } from '../contract/claim';

// rules/benefits/policies.json: benefit policy keyed by province (省级统筹), with optional regional
// overrides, by scheme and visit type, amounts by hospital level. Checked at load: unknown keys are refused
// (naming the path), and values against the seeds' bounds.
//
// Every entry may carry effectiveFrom / effectiveTo (inclusive, YYYY-MM-DD) and may be a list of dated
// variants: a claim is judged by the variant in force on its service date (admission or visit date). An entry
// without dates is in force on every date; an entry with none in force on the date is absent for that claim.

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD').refine(isCalendarDate, 'is not a calendar date');
const dates = { effectiveFrom: isoDate.optional(), effectiveTo: isoDate.optional() };
/** Where a figure comes from: a seed document and article, or "editable default"/"sample". */
const notes = { source: z.string().optional(), sources: z.record(z.string(), z.string()).optional(), note: z.string().optional() };
const share = z.number().min(0, 'must be a share between 0 and 1').max(1, 'must be a share between 0 and 1');
const yuan = z.number().nonnegative();
const levels = <T extends z.ZodType>(v: T) => z.strictObject({ '1': v, '2': v, '3': v });
const yuanByLevel = z.union([yuan, levels(yuan)]);
const shareByLevel = z.union([share, levels(share)]);

export type Dated<T> = T & { effectiveFrom?: string; effectiveTo?: string };

/** One entry, or a list of dated variants of it that never overlap. */
function dated<T extends z.ZodType<Dated<object>>>(entry: T) {
  return z.union([
    entry,
    z.array(entry).min(1).superRefine((list, ctx) => {
      const spans = list.map((v, i) => ({ i, from: v.effectiveFrom ?? '0000-01-01', to: v.effectiveTo ?? '9999-12-31' }));
      spans.sort((a, b) => (a.from < b.from ? -1 : 1));
      for (let k = 1; k < spans.length; k++) {
        if (spans[k].from <= spans[k - 1].to) {
          ctx.addIssue({ code: 'custom', path: [spans[k].i, 'effectiveFrom'], message: `overlaps variant ${spans[k - 1].i} (in force until ${spans[k - 1].to})` });
        }
      }
    }),
  ]);
}

const ciAdjustments = z
  .strictObject({
    ...dates,
    ...notes,
    continuousYearBonusFromYear: z.number().int().positive(),
    continuousYearBonus: yuan,
    zeroClaimBonus: yuan,
    maxIncreaseShare: share,
    lapsedYearPenalty: yuan,
    maxDecreaseShare: share,
  });

/** Member-ledger entries keep each claim's ICD-10 category, so a cap group is a chapter letter or a category. */
const capCode = z.string().regex(/^[A-Z](\d{2})?$/, 'must be an ICD-10 chapter letter or 3-character category (the member ledger keeps each claim\'s category)');

/** One 门诊慢特病 disease group with its own annual fund cap (dated like every entry). */
const diseaseCapSchema = z.strictObject({
  ...dates,
  ...notes,
  /** The group's name as an investigator reads it (尿毒症透析). */
  name: z.string().min(1),
  /** ICD-10 prefixes: a claim whose principal diagnosis is under one of them is judged by this cap. */
  codes: z.array(capCode).min(1),
  annualFundCap: yuan,
});

/** Group id → group; two groups may not claim the same diagnosis (else which cap applies would be a guess). */
const diseaseCapsSchema = z.record(z.string().regex(/^[a-z][a-z0-9-]*$/, 'must be a lower-case group id'), dated(diseaseCapSchema)).superRefine((groups, ctx) => {
  const owners: { id: string; code: string }[] = [];
  for (const [id, g] of Object.entries(groups)) {
    for (const code of new Set(variants(g).flatMap((v) => v.codes))) {
      const other = owners.find((o) => o.id !== id && (o.code.startsWith(code) || code.startsWith(o.code)));
      if (other) ctx.addIssue({ code: 'custom', path: [id, 'codes'], message: `${code} overlaps ${other.code} of group ${other.id}` });
      owners.push({ id, code });
    }
  }
});

export const benefitRuleSchema = z.strictObject({
  ...dates,
  ...notes,
  deductible: yuanByLevel,
  /** Later admissions in the same year pay this share of the deductible (1 = the full deductible again). */
  laterAdmissionDeductibleShare: share.optional(),
  ratio: shareByLevel,
  retireeRatioBonus: share.default(0),
  maxRatio: share.optional(),
  annualFundCap: yuan,
  criticalIllnessCap: yuan.optional(),
  /** Share of cost above the basic cap that 大病保险 pays (editable default). */
  criticalIllnessRatio: share.optional(),
  criticalIllnessAdjustments: dated(ciAdjustments).nullable().optional(),
  /**
   * 门诊慢特病 only: disease groups with their own annual fund cap, each met from the year's claims of that
   * group; `annualFundCap` is then the cap of the diseases in no group, met from their claims together.
   */
  diseaseCaps: diseaseCapsSchema.optional(),
});

const SCHEMES = ['employee', 'resident'] as const;

export const waitingPeriodSchema = z.strictObject({
  ...dates,
  ...notes,
  /** The schemes the provision covers (seed 004 items 6–11: 居民医保). */
  schemes: z.array(z.enum(SCHEMES)).min(1),
  fixedDays: z.number().int().nonnegative(),
  perExtraLapsedYearDays: z.number().int().nonnegative(),
  countFirstLapsedYear: z.boolean(),
  backPaidYearReducesDays: z.number().int().nonnegative(),
  /** 连续断缴N年以上: from this many lapsed years on (以上 includes the number itself) the repaired total has a floor. */
  longLapseYears: z.number().int().positive(),
  minTotalDaysAfterLongLapse: z.number().int().nonnegative(),
  exemptSpecial: z.array(z.enum(['newborn', 'student_transfer', 'veteran', 'scheme_switch'])),
  /** Newborns are exempt only when enrolled within this many days of birth (90天内: day 90 included). */
  newbornEnrolWithinDays: z.number().int().nonnegative().default(90),
  /** Scheme switchers are exempt only with at least this many continuous years (2年（含2年）以上). */
  schemeSwitchMinContinuousYears: z.number().int().nonnegative().default(2),
  /** ... and only when they re-enrol within this many days of the lapse (中断缴费90天内). */
  schemeSwitchReenrolWithinDays: z.number().int().nonnegative().default(90),
});

/**
 * Whether the province's basic insurance pays for infertility care on the date: excluded nationally (劳社部发〔1999〕22号),
 * then taken in province by province with the 辅助生殖 items (国家医保局 2023 指导意见), each from its own date.
 */
const infertilityCareSchema = z.strictObject({
  ...dates,
  ...notes,
  covered: z.boolean(),
  /** ICD-10 prefixes of infertility care: a claim whose principal diagnosis is under one is judged by `covered`. */
  diagnoses: z.array(z.string().min(1)).min(1),
});

const yiSelfPayShareSchema = z.strictObject({ ...dates, ...notes, drug: share, service: share, consumable: share });

const chronicDiseasesSchema = z.strictObject({
  ...dates,
  ...notes,
  /** ICD-10 (医保版) codes or category prefixes: a diagnosis under one of them is on the list. */
  diseases: z
    .array(
      z.strictObject({
        code: z.string().regex(/^[A-Z](\d{2}[0-9A-Za-z.]{0,12})?$/, 'is not an ICD-10 code or prefix'),
        name: z.string().min(1),
        /** Codes of the same 病种 under another category (a transplant's rejection T86 under 器官移植术后抗排异治疗 Z94): an approval of `code` takes them in. */
        covers: z.array(z.string().regex(/^[A-Z](\d{2}[0-9A-Za-z.]{0,12})?$/, 'is not an ICD-10 code or prefix')).min(1).optional(),
      }),
    )
    .min(1),
});

const fundShareTargetSchema = z.strictObject({ ...dates, ...notes, value: share });

const retirementSchema = z.strictObject({
  ...dates,
  ...notes,
  /**
   * Whether the minimum contribution years are the province's published figure (a seed quotes it). Below an
   * unconfirmed minimum the retiree bonus is shown for reference only: a member's years may satisfy the real one.
   */
  confirmed: z.boolean(),
  ageMale: z.number().int().positive(),
  ageFemale: z.number().int().positive(),
  /** The earliest age any retirement takes effect at (early retirement for illness or 特殊工种): a younger retiree is not one. */
  earliestAgeMale: z.number().int().positive(),
  earliestAgeFemale: z.number().int().positive(),
  minContributionYearsMale: z.number().int().nonnegative(),
  minContributionYearsFemale: z.number().int().nonnegative(),
});

const visitsSchema = z
  .strictObject({
    inpatient: dated(benefitRuleSchema),
    outpatient: dated(benefitRuleSchema),
    chronic: dated(benefitRuleSchema),
    pharmacy: dated(benefitRuleSchema),
  })
  .superRefine((v, ctx) => {
    for (const visit of ['inpatient', 'outpatient', 'pharmacy'] as const) {
      variants(v[visit]).forEach((rule, i) => {
        if (rule.diseaseCaps) ctx.addIssue({ code: 'custom', path: [visit, ...(Array.isArray(v[visit]) ? [i] : []), 'diseaseCaps'], message: 'disease caps apply to 门诊慢特病 (chronic) only' });
      });
    }
  });

/**
 * Whether the province's deductibles, ratios and caps are its published figures. The shipped tables are editable
 * defaults (the seeds give principles, "总体支付比例75%左右", not each figure), and a fund amount computed by a
 * settlement system under the province's real figures may lie above them: against unconfirmed figures only what
 * no basic scheme pays (above `ceilingRatio` of the policy scope) is a finding; the rest is shown for reference.
 */
const figuresSchema = z.strictObject({
  ...dates,
  ...notes,
  confirmed: z.boolean(),
  /** The share of policy-scope cost no basic scheme pays beyond, whatever its figures. */
  ceilingRatio: share,
});

/** seeds/000 (吉林, 2024): "职工医保起付标准原则上不高于统筹地区年职工平均工资的10%". */
export const DEDUCTIBLE_WAGE_SHARE_MAX = 0.1;

const provinceSchema = z
  .strictObject({
    ...notes,
    name: z.string(),
    /** The stated average annual wage the deductible ceiling is checked against. */
    assumedAverageWage: z.strictObject({ ...notes, value: z.number().positive() }),
    /** Dated like every entry, and in force on every date: a claim is judged against confirmed figures or the ceiling, never neither. */
    figures: dated(figuresSchema).superRefine((v, ctx) => {
      const gap = firstUncoveredDate(variants(v));
      if (gap !== null) ctx.addIssue({ code: 'custom', path: [], message: `no variant is in force on ${gap}: the figures must cover every date` });
    }),
    retirement: dated(retirementSchema),
    waitingPeriod: dated(waitingPeriodSchema).optional(),
    schemes: z.strictObject({ employee: visitsSchema, resident: visitsSchema }),
    /** 乙类 个人先行自付比例 by kind: applies to every 乙 row that does not set its own. */
    yiSelfPayShare: dated(yiSelfPayShareSchema),
    /** 门诊慢特病 病种 list of the province. */
    chronicDiseases: dated(chronicDiseasesSchema).optional(),
    infertilityCare: dated(infertilityCareSchema).optional(),
    /** DRG/DIP payment's target share of inpatient fund spending (以上: the target itself is met). */
    drgDipFundShareTarget: dated(fundShareTargetSchema).optional(),
    /** Regional overrides: region code → a partial province (same shape), merged over the province. */
    regions: z.record(z.string().regex(/^\d{6}$/, 'must be a 6-digit region code'), z.unknown()).optional(),
  })
  .superRefine((p, ctx) => {
    const ceiling = p.assumedAverageWage.value * DEDUCTIBLE_WAGE_SHARE_MAX;
    variants(p.schemes.employee.inpatient).forEach((rule, i) => {
      const at = Array.isArray(p.schemes.employee.inpatient) ? [i] : [];
      const d = rule.deductible;
      for (const level of ['1', '2', '3'] as const) {
        const v = typeof d === 'number' ? d : d[level];
        if (v > ceiling) {
          ctx.addIssue({
            code: 'custom',
            path: ['schemes', 'employee', 'inpatient', ...at, 'deductible', ...(typeof d === 'number' ? [] : [level])],
            message: `employee deductible ${v} is above 10% of the stated average wage ${p.assumedAverageWage.value} (seeds/000: 起付标准原则上不高于统筹地区年职工平均工资的10%)`,
          });
          if (typeof d === 'number') break;
        }
      }
    });
  });

export const policiesSchema = z.strictObject({
  note: z.string().optional(),
  basis: z.record(z.string(), z.string()).optional(),
  version: z.string().min(1),
  provinces: z.record(z.string().regex(/^\d{2}$/, 'must be a 2-digit province code'), provinceSchema),
});

type DatedList<T> = T | T[];
export type BenefitRuleEntry = z.infer<typeof benefitRuleSchema>;
export type CriticalIllnessAdjustments = z.infer<typeof ciAdjustments>;
export type DiseaseCap = z.infer<typeof diseaseCapSchema>;
/** A benefit rule as in force on one date: its adjustments and disease caps resolved too (groups in force only). */
export type BenefitRule = Omit<BenefitRuleEntry, 'criticalIllnessAdjustments' | 'diseaseCaps'> & {
  criticalIllnessAdjustments?: CriticalIllnessAdjustments | null;
  diseaseCaps?: Record<string, DiseaseCap>;
};
export type WaitingPeriodPolicy = z.infer<typeof waitingPeriodSchema>;
export type YiSelfPayShare = z.infer<typeof yiSelfPayShareSchema>;
export type ChronicDiseaseList = z.infer<typeof chronicDiseasesSchema>;
export type InfertilityCarePolicy = z.infer<typeof infertilityCareSchema>;
type ProvinceEntry = z.infer<typeof provinceSchema>;
export type Policies = z.infer<typeof policiesSchema>;
export type Scheme = (typeof SCHEMES)[number];
export type VisitKind = 'inpatient' | 'outpatient' | 'chronic' | 'pharmacy';

/** A province's policy as in force on one date (regional overrides applied). */
export interface ProvincePolicy {
  name: string;
  /** The stated average annual wage (yuan) the deductible ceiling was checked against. */
  assumedAverageWage: number;
  /** Whether the figures are the province's published ones, and the ratio no scheme pays beyond. */
  figures: { confirmed: boolean; ceilingRatio: number };
  retirement: z.infer<typeof retirementSchema> | null;
  /** null: no waiting-period provision in force on the date. */
  waitingPeriod: WaitingPeriodPolicy | null;
  schemes: Record<Scheme, Record<VisitKind, BenefitRule | null>>;
  yiSelfPayShare: YiSelfPayShare | null;
  chronicDiseases: ChronicDiseaseList | null;
  /** null: the table says nothing of infertility care on the date (not judged). */
  infertilityCare: InfertilityCarePolicy | null;
  drgDipFundShareTarget: number | null;
  /** The table's version and each dated entry in force, "path from–to": what the claim was judged by. */
  version: string;
  inForce: string[];
}

export const POLICY_FILE = join('benefits', 'policies.json');

function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  const keys = issue.code === 'unrecognized_keys' ? ` ${issue.keys.join(', ')}` : '';
  return `${issue.path.join('.') || '(top)'}: ${issue.message}${keys}`;
}

/** Loads and checks the policy table; each regional override is checked merged over its province. */
export function loadPolicies(rulesDir: string): Policies | null {
  const file = join(rulesDir, POLICY_FILE);
  if (!existsSync(file)) return null;
  return parsePolicies(JSON.parse(readFileSync(file, 'utf8')), file);
}

export function parsePolicies(json: unknown, where = POLICY_FILE): Policies {
  const parsed = policiesSchema.safeParse(json);
  if (!parsed.success) throw new Error(`${where}: ${firstIssue(parsed.error)}`);
  for (const [code, province] of Object.entries(parsed.data.provinces)) {
    for (const [region, override] of Object.entries(province.regions ?? {})) {
      if (region.slice(0, 2) !== code) throw new Error(`${where}: provinces.${code}.regions.${region}: region is not in province ${code}`);
      const merged = provinceSchema.safeParse(mergeDeep(withoutRegions(province), override));
      if (!merged.success) throw new Error(`${where}: provinces.${code}.regions.${region} (merged over the province): ${firstIssue(merged.error)}`);
    }
  }
  return parsed.data;
}

function withoutRegions(p: ProvinceEntry): ProvinceEntry {
  const { regions: _r, ...rest } = p;
  return rest as ProvinceEntry;
}

function mergeDeep(base: unknown, over: unknown): unknown {
  if (!over || typeof over !== 'object' || Array.isArray(over)) return over === undefined ? base : over;
  if (!base || typeof base !== 'object' || Array.isArray(base)) return over;
  const out: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  for (const [k, v] of Object.entries(over)) out[k] = mergeDeep(out[k], v);
  return out;
}

function variants<T>(v: DatedList<T>): T[] {
  return Array.isArray(v) ? v : [v];
}

function inForceOn<T extends Dated<object>>(v: DatedList<T> | null | undefined, date: string): T | null {
  if (v === null || v === undefined) return null;
  for (const x of variants(v)) {
    if ((x.effectiveFrom === undefined || x.effectiveFrom <= date) && (x.effectiveTo === undefined || date <= x.effectiveTo)) return x;
  }
  return null;
}

/** Every date on which some entry starts or stops being in force: between two of them nothing changes. */
function boundaries(p: ProvinceEntry): string[] {
  const out = new Set<string>();
  const visit = (v: unknown): void => {
    if (Array.isArray(v)) return v.forEach(visit);
    if (!v || typeof v !== 'object') return;
    const o = v as Record<string, unknown>;
    if (typeof o.effectiveFrom === 'string') out.add(o.effectiveFrom);
    if (typeof o.effectiveTo === 'string') out.add(nextDay(o.effectiveTo));
    for (const [k, x] of Object.entries(o)) if (k !== 'regions') visit(x);
  };
  visit(p);
  return [...out].sort();
}

/** The first date none of the (non-overlapping) variants is in force on; null when they cover every date. */
function firstUncoveredDate(list: readonly Dated<object>[]): string | null {
  let next = '0000-01-01';
  for (const v of [...list].sort((a, b) => ((a.effectiveFrom ?? '') < (b.effectiveFrom ?? '') ? -1 : 1))) {
    if ((v.effectiveFrom ?? '0000-01-01') > next) return next;
    if (v.effectiveTo === undefined) return null;
    next = nextDay(v.effectiveTo);
  }
  return next;
}

function nextDay(iso: string): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

function span(x: Dated<object>): string {
  return `${x.effectiveFrom ?? '…'}–${x.effectiveTo ?? ''}`;
}

/** The figures in force (the load check leaves no date without them). */
function figuresOn(f: z.infer<typeof figuresSchema> | null): ProvincePolicy['figures'] {
  if (!f) throw new Error('policy figures: none in force (the load check requires them on every date)');
  return { confirmed: f.confirmed, ceilingRatio: f.ceilingRatio };
}

function resolve(p: ProvinceEntry, code: string, date: string, version: string): ProvincePolicy {
  const inForce: string[] = [];
  const pick = <T extends Dated<object>>(path: string, v: DatedList<T> | null | undefined): T | null => {
    const x = inForceOn(v, date);
    if (x && (x.effectiveFrom !== undefined || x.effectiveTo !== undefined)) inForce.push(`${code}.${path} ${span(x)}`);
    return x;
  };
  const visits = (scheme: Scheme): Record<VisitKind, BenefitRule | null> => {
    const out = {} as Record<VisitKind, BenefitRule | null>;
    for (const visit of ['inpatient', 'outpatient', 'chronic', 'pharmacy'] as const) {
      const rule = pick(`schemes.${scheme}.${visit}`, p.schemes[scheme][visit]);
      if (!rule) {
        out[visit] = null;
        continue;
      }
      const { diseaseCaps, ...rest } = rule;
      const resolved: BenefitRule = { ...rest, criticalIllnessAdjustments: pick(`schemes.${scheme}.${visit}.criticalIllnessAdjustments`, rule.criticalIllnessAdjustments) };
      if (diseaseCaps) {
        resolved.diseaseCaps = {};
        for (const [id, g] of Object.entries(diseaseCaps)) {
          const cap = pick(`schemes.${scheme}.${visit}.diseaseCaps.${id}`, g);
          if (cap) resolved.diseaseCaps[id] = cap;
        }
      }
      out[visit] = resolved;
    }
    return out;
  };
  return {
    name: p.name,
    assumedAverageWage: p.assumedAverageWage.value,
    figures: figuresOn(pick('figures', p.figures)),
    retirement: pick('retirement', p.retirement),
    waitingPeriod: pick('waitingPeriod', p.waitingPeriod),
    schemes: { employee: visits('employee'), resident: visits('resident') },
    yiSelfPayShare: pick('yiSelfPayShare', p.yiSelfPayShare),
    chronicDiseases: pick('chronicDiseases', p.chronicDiseases),
    infertilityCare: pick('infertilityCare', p.infertilityCare),
    drgDipFundShareTarget: pick('drgDipFundShareTarget', p.drgDipFundShareTarget)?.value ?? null,
    version,
    inForce,
  };
}

interface RegionCache {
  entry: ProvinceEntry;
  boundaries: string[];
  /** Resolved policy per interval between boundaries: bounded by the number of dated entries, not of dates. */
  byInterval: Map<number, ProvincePolicy>;
}

const cacheByPolicies = new WeakMap<Policies, Map<string, RegionCache | null>>();

function regionCache(policies: Policies, region: string): RegionCache | null {
  let regions = cacheByPolicies.get(policies);
  if (!regions) cacheByPolicies.set(policies, (regions = new Map()));
  let c = regions.get(region);
  if (c === undefined) {
    const province = policies.provinces[region.slice(0, 2)];
    const override = province?.regions?.[region];
    const entry = !province ? null : override ? provinceSchema.parse(mergeDeep(withoutRegions(province), override)) : province;
    c = entry ? { entry, boundaries: boundaries(entry), byInterval: new Map() } : null;
    regions.set(region, c);
  }
  return c;
}

/**
 * The policy of the region's province, with the region's overrides, as in force on `date` (the claim's
 * admission or visit date); null where the province has none. Shared and read-only.
 */
export function policyFor(policies: Policies | null, region: string, date: string): ProvincePolicy | null {
  if (!policies) return null;
  const c = regionCache(policies, region);
  if (!c) return null;
  let interval = 0;
  while (interval < c.boundaries.length && c.boundaries[interval] <= date) interval++;
  let resolved = c.byInterval.get(interval);
  if (!resolved) c.byInterval.set(interval, (resolved = resolve(c.entry, region.slice(0, 2), date, policies.version)));
  return resolved;
}

export function atLevel(v: number | Record<'1' | '2' | '3', number>, level: number): number {
  return typeof v === 'number' ? v : (v[String(level) as '1' | '2' | '3'] ?? 0);
}
