import { z } from 'zod';
import { underAny } from '../contract/code-prefix';
import { readJsonTable } from '../contract/json-table';
import { INSURANCE_TYPES } from '../contract/claim';

// External causes of injury whose costs the law puts on a third party or on 工伤保险 (rules/knowledge/
// external-causes.json, 《社会保险法》第三十条): a traffic accident, an assault, a work injury coded beside the
// injury. The code shows only that someone else may be liable, so the finding is for review (先行支付 exists).

const row = z.strictObject({
  name: z.string().min(1),
  /**
   * ICD-10 医保版 prefixes of the external-cause codes (chapter 20, V01–Y98), and of the chapter 21 codes that name the
   * same accident where no chapter 20 code is written: Z04.1 交通事故后的检查和观察, Z04.2 工作事故后的检查和观察.
   */
  // A whole 医保版 code may stand for its category's subcode that names the cause (X59.900x097 工作中的意外损伤).
  prefixes: z.array(z.string().regex(/^([V-Y][0-9]{0,2}|[V-Y][0-9]{2}\.[0-9x]+|Z04\.[12])$/, 'is not an external-cause (V–Y) or accident-examination (Z04.1, Z04.2) prefix')).min(1),
  /** Who pays instead of the basic medical insurance fund, in words. */
  payer: z.string().min(1),
  /**
   * The insurance types whose members that payer can stand for; absent: every member. 工伤保险 covers employees of
   * an employer (《工伤保险条例》第二条), who are enrolled in 职工医保 by the same employer (《社会保险法》第二十三条):
   * a 居民医保 member's work injury (a farmer, the self-employed) names no other payer.
   */
  insuranceTypes: z.array(z.enum(INSURANCE_TYPES)).min(1).optional(),
  /**
   * The row stands only for members in work, not retired: a cause that names the workplace without saying it (W31
   * machinery, no Y96) points to 工伤 only where an employer pays 工伤保险 for the member.
   */
  inWorkOnly: z.boolean().optional(),
  source: z.string().min(1),
  sample: z.boolean().optional(),
});

const file = z.strictObject({ note: z.string(), rows: z.array(row) });

export type ExternalCauseRow = z.infer<typeof row>;

/** The table; null (no check) when the file is absent. */
export function loadExternalCauses(path: string): readonly ExternalCauseRow[] | null {
  return readJsonTable(path, file)?.rows ?? null;
}

export interface ExternalCauseFacts {
  /** The external-cause codes found, with their names: "Y04.x00 用暴力进行加害". */
  codes: string;
  /** The rows' names: "他人加害（故意伤害）". */
  cause: string;
  /** Who pays instead of the fund. */
  payer: string;
  /** The fund's claim, yuan: what a third party or 工伤保险 may owe instead. */
  amount: number;
}

/**
 * Whether the member is retired for a work-injury row (`inWorkOnly`): the claim's own `retired`, or, when it does not say,
 * at or past the earliest statutory retirement age (女工人 50, 男 60: 国发〔1978〕104号; the 2024 gradual delay only raises
 * them), so a claim that omits the field never reads an older member as still at work.
 */
export function retiredForWork(retired: boolean | undefined, ageYears: number, gender: string): boolean {
  return retired ?? ageYears >= (gender === 'F' ? 50 : 60);
}

/** The claim's external-cause codes that a row for the member's insurance type (and work status) lists; null when none. */
export function externalCause(
  diagnosisCodes: readonly string[],
  insuranceType: string,
  retired: boolean,
  rows: readonly ExternalCauseRow[] | null | undefined,
  fundClaimed: number,
  nameOf: (code: string) => string | undefined,
): ExternalCauseFacts | null {
  if (!rows?.length) return null;
  const codes: string[] = [];
  const found: ExternalCauseRow[] = [];
  for (const code of diagnosisCodes) {
    const r = rows.find((x) => underAny(code, x.prefixes) && (!x.insuranceTypes || (x.insuranceTypes as readonly string[]).includes(insuranceType)) && !(x.inWorkOnly && retired));
    if (!r) continue;
    const name = nameOf(code);
    codes.push(name ? `${code} ${name}` : code);
    if (!found.includes(r)) found.push(r);
  }
  if (!found.length) return null;
  return { codes: codes.join('、'), cause: found.map((r) => r.name).join('、'), payer: found.map((r) => r.payer).join('；'), amount: fundClaimed };
}
