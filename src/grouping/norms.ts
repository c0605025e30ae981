/**
 * Payment norms by region: which regions pay inpatient stays by DRG or by DIP, each DRG's relative weight,
 * norm length of stay and norm cost, the DIP 病种 scores, and what items support a coded complication.
 * All of it is data under rules/grouping/norms/ (see its README); a real table of the same shape loads
 * unchanged, and columns this code does not read (names, notes, extra figures) are ignored.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { GrouperLoadError } from './errors';

export const NORM_FILES = {
  schemes: 'payment-schemes.json',
  drg: 'drg-norms.json',
  dip: 'dip-scores.json',
  complications: 'complication-support.json',
} as const;

const region = z.string().regex(/^\d{6}$/, 'region must be a 6-digit code');

const schemeRow = z.looseObject({
  region,
  scheme: z.enum(['DRG', 'DIP']),
  /** DRG: yuan per weight point (费率). DIP regions: yuan per weight-equivalent (scorePerWeight × pointValue). */
  baseRate: z.number().positive().optional(),
  /** DIP: yuan per point (分值单价). */
  pointValue: z.number().positive().optional(),
  /** DIP: points that equal one weight point (1000 when scores are relative cost × 1000). */
  scorePerWeight: z.number().positive().optional(),
});

const drgRow = z.looseObject({
  region,
  drg: z.string().min(2),
  weight: z.number().positive(),
  normLos: z.number().positive(),
  normCost: z.number().positive(),
});

const dipRow = z.looseObject({
  /** Absent: the row applies in every DIP region; a row with a region overrides it there. */
  region: region.optional(),
  code: z.string().min(1),
  /** ICD-10 category (3 characters, e.g. "K80") of the principal diagnosis. */
  diagnosisCategory: z.string().min(3),
  /** Principal procedure code; null = 保守治疗 (no procedure); "*" = any other procedure (综合病种). */
  procedure: z.string().min(1).nullable(),
  name: z.string().optional(),
  score: z.number().positive(),
  normLos: z.number().positive().optional(),
  normCost: z.number().positive().optional(),
});

const complicationRow = z.looseObject({
  /** ICD-10 prefix of the complication, e.g. "E87.6" or "J96". */
  prefix: z.string().min(1),
  name: z.string().optional(),
  /** Item codes that evidence work-up or treatment of it. */
  codes: z.array(z.string()).default([]),
  /** Catalogue "category/subcategory" pairs that do, e.g. "drug/antibiotic". */
  subcategories: z.array(z.string()).default([]),
  /**
   * Monitoring items that evidence it when billed on at least `days` distinct days (BNP, creatinine, cultures repeated);
   * `consecutive`: on that many days in a row (dialysis on consecutive days is beyond the maintenance schedule's every
   * other day: an urgent session); `minQuantity`: only days billing at least that many units count (hours of oxygen:
   * round-the-clock oxygen is long-term oxygen therapy, not an exacerbation's titrated oxygen), in `unit` for messages
   * (小时); `withAny`: the entry counts only on a stay billing one of these too (the blood gas a chronic respiratory
   * failure is diagnosed by).
   */
  repeated: z
    .array(
      z.strictObject({
        codes: z.array(z.string().min(1)).min(1),
        days: z.number().int().min(2),
        consecutive: z.boolean().optional(),
        minQuantity: z.number().positive().optional(),
        unit: z.string().min(1).optional(),
        withAny: z.array(z.string().min(1)).min(1).optional(),
        /** Days needed on a stay with an operation, whose own course rechecks the item once after it (the post-operative blood count). */
        afterOperation: z.number().int().min(3).optional(),
      }),
    )
    .default([]),
  /**
   * The ordinary work-up often billed beside it (codes or "category/subcategory"): never evidence on its own, named as
   * the lines of an unsupported complication's hit (BNP once and echo for heart failure, antibiotics and PCT for sepsis).
   */
  workUp: z.array(z.string().min(1)).default([]),
  /**
   * Oral maintenance drugs of a chronic condition (furosemide tablets in chronic heart failure): they evidence it when
   * the supply billed before the discharge day lasts every night of the stay at `unitsPerDay` (the lowest daily
   * maintenance dose) — the home treatment continued in the ward, which makes the condition one treated in the stay
   * (医保结算清单填写规范: 其他诊断 affect the care received). One day's tablets in a long stay do not (a code propped up).
   */
  maintenance: z
    .array(z.strictObject({ codes: z.array(z.string().min(1)).min(1), unitsPerDay: z.number().positive() }))
    .default([]),
  /**
   * Items this diagnosis' own treatment rechecks during a stay (renal function under diuretics and
   * ARNI/ACEI in heart failure): on a claim carrying it, a baseline and one recheck of them are its course, so a
   * complication that names them under `repeated` needs a day more than both to show its own course.
   */
  monitoring: z.array(z.string().min(1)).default([]),
  /**
   * An acute condition arising in or found for the stay (an infection, acute blood loss, a sodium derangement, a
   * collapsed lobe): never carried on home treatment, so coded as a CC on a group not split by complication it is
   * judged as an MCC is (grouping.complication-unsupported-unsplit).
   */
  acquired: z.boolean().optional(),
  /** The guideline or standard the row was written from. */
  source: z.string().optional(),
});

export type PaymentSchemeRow = z.infer<typeof schemeRow>;
export type DrgNormRow = z.infer<typeof drgRow>;
export type DipScoreRow = z.infer<typeof dipRow>;
export type ComplicationSupportRow = z.infer<typeof complicationRow>;

export interface RegionScheme {
  scheme: 'DRG' | 'DIP';
  /** Yuan per weight point (DIP: scorePerWeight × pointValue). */
  baseRate: number;
  /** DIP only. */
  pointValue: number | null;
  scorePerWeight: number;
}

export interface DipMatch {
  row: DipScoreRow;
  /** How the row was found: exact procedure, 综合病种 ("*"), or 保守治疗 (no procedure). */
  via: 'procedure' | 'other-procedure' | 'conservative';
}

export interface Norms {
  schemeOf(region: string): RegionScheme | null;
  drgNorm(region: string, drg: string): DrgNormRow | undefined;
  dipByCode(region: string, code: string): DipScoreRow | undefined;
  /** The 病种 of a record: (category of the principal diagnosis, principal procedure). */
  dipOf(region: string, principalDiagnosis: string, procedures: readonly string[]): DipMatch | undefined;
  /** The support row of a complication code (longest matching prefix). */
  complicationSupport(code: string): ComplicationSupportRow | undefined;
  /** A DRG's norm length of stay across the regions' tables (the median), for a region paying by neither scheme. */
  drgLos?(drg: string): number | undefined;
  counts: { regions: number; drgRows: number; dipRows: number; complicationRows: number };
}

function readRows<T>(dir: string, file: string, schema: z.ZodType<T>, required: boolean): T[] {
  const path = join(dir, file);
  if (!existsSync(path)) {
    if (required) throw new GrouperLoadError(`${path} is missing`);
    return [];
  }
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new GrouperLoadError(`${path} is not valid JSON: ${(e as Error).message}`);
  }
  const rows = json && typeof json === 'object' ? (json as { rows?: unknown }).rows : undefined;
  if (!Array.isArray(rows)) throw new GrouperLoadError(`${path}: expected {"note": "...", "rows": [...]}`);
  return rows.map((row, i) => {
    const parsed = schema.safeParse(row);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new GrouperLoadError(`${path} row ${i}: ${issue.path.join('.')}: ${issue.message}`);
    }
    return parsed.data;
  });
}

/** The median of the regions' norm lengths: the mean of the two middle ones for an even count, to the table's tenth of a day. */
function medianLos(los: readonly number[]): number {
  const sorted = [...los].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : Math.round(((sorted[mid - 1] + sorted[mid]) / 2) * 10) / 10;
}

const dipKey = (region: string, category: string, procedure: string | null) => `${region}|${category}|${procedure ?? ''}`;

/** Reads rules/grouping/norms/ (or another directory of the same files). Throws GrouperLoadError naming file and row. */
export function loadNorms(dir: string): Norms {
  const schemes = new Map<string, RegionScheme>();
  for (const [i, r] of readRows(dir, NORM_FILES.schemes, schemeRow, true).entries()) {
    if (schemes.has(r.region)) throw new GrouperLoadError(`${NORM_FILES.schemes} row ${i}: region ${r.region} listed twice`);
    const scorePerWeight = r.scorePerWeight ?? 1000;
    const baseRate = r.baseRate ?? (r.pointValue !== undefined ? r.pointValue * scorePerWeight : undefined);
    if (baseRate === undefined) throw new GrouperLoadError(`${NORM_FILES.schemes} row ${i}: needs baseRate or pointValue`);
    schemes.set(r.region, { scheme: r.scheme, baseRate, pointValue: r.pointValue ?? null, scorePerWeight });
  }

  const drg = new Map<string, DrgNormRow>();
  const drgRows = readRows(dir, NORM_FILES.drg, drgRow, true);
  for (const [i, r] of drgRows.entries()) {
    const k = `${r.region}|${r.drg}`;
    if (drg.has(k)) throw new GrouperLoadError(`${NORM_FILES.drg} row ${i}: ${r.drg} in ${r.region} listed twice`);
    drg.set(k, r);
  }

  const losByDrg = new Map<string, number[]>();
  for (const r of drgRows) (losByDrg.get(r.drg) ?? losByDrg.set(r.drg, []).get(r.drg)!).push(r.normLos);
  const drgLos = new Map([...losByDrg].map(([code, los]) => [code, medianLos(los)]));

  // One map for every row: regional rows under their region, the rest under "*".
  const dip = new Map<string, DipScoreRow>();
  const dipCodes = new Map<string, DipScoreRow>();
  const dipRows = readRows(dir, NORM_FILES.dip, dipRow, false);
  for (const [i, r] of dipRows.entries()) {
    const k = dipKey(r.region ?? '*', r.diagnosisCategory, r.procedure);
    if (dip.has(k)) throw new GrouperLoadError(`${NORM_FILES.dip} row ${i}: ${r.diagnosisCategory}/${r.procedure ?? '保守'} listed twice`);
    dip.set(k, r);
    dipCodes.set(`${r.region ?? '*'}|${r.code}`, r);
  }
  const dipRowOf = (region: string, category: string, procedure: string | null) =>
    dip.get(dipKey(region, category, procedure)) ?? dip.get(dipKey('*', category, procedure));

  const complications = readRows(dir, NORM_FILES.complications, complicationRow, false);
  const byPrefix = new Map(complications.map((r) => [r.prefix, r]));
  const prefixLengths = [...new Set(complications.map((r) => r.prefix.length))].sort((a, b) => b - a);

  return {
    schemeOf: (region) => schemes.get(region) ?? null,
    drgNorm: (region, code) => drg.get(`${region}|${code}`),
    drgLos: (code) => drgLos.get(code),
    dipByCode: (region, code) => dipCodes.get(`${region}|${code}`) ?? dipCodes.get(`*|${code}`),
    dipOf: (region, principalDiagnosis, procedures) => {
      const category = principalDiagnosis.slice(0, 3);
      if (procedures.length === 0) {
        const row = dipRowOf(region, category, null);
        return row && { row, via: 'conservative' };
      }
      const exact = dipRowOf(region, category, procedures[0]);
      if (exact) return { row: exact, via: 'procedure' };
      const other = dipRowOf(region, category, '*');
      return other && { row: other, via: 'other-procedure' };
    },
    complicationSupport: (code) => {
      for (const n of prefixLengths) {
        const row = byPrefix.get(code.slice(0, n));
        if (row) return row;
      }
      return undefined;
    },
    counts: { regions: schemes.size, drgRows: drgRows.length, dipRows: dipRows.length, complicationRows: complications.length },
  };
}
