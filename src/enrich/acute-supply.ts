import { z } from 'zod';
import { daysOfSupply, packDays, supplyPerDay } from '../benefits/days-of-supply';
import { toYuan } from '../money/fen';
import { startsWithAny, underAny } from '../contract/code-prefix';
import type { ItemFacts } from './item-fact-types';
import { readJsonTable } from '../contract/json-table';

// 急性病超量开药 (rules/knowledge/acute-supply.json): a clinic visit or pharmacy purchase whose every diagnosis is an
// acute self-limiting illness (a cold, acute bronchitis, gastroenteritis) dispensing weeks of a drug. 《处方管理办法》
// 第十九条: a prescription is at most 7 days' use; only chronic, old-age or special conditions may go longer, and then
// the doctor notes why — so a chronic diagnosis on the claim, or a line marked 长处方, is not judged. Days of supply as
// the member ledger counts them (benefits/days-of-supply.ts): the quantity summed per catalogue row ÷ its usual daily
// quantity; a row without one is not judged, and up to one dispensing unit's days beyond (an inhaler) is the pack size.

const file = z.strictObject({
  note: z.string(),
  /** Visit types judged: clinic visits and pharmacy purchases (门诊慢特病 visits are chronic by definition). */
  visitTypes: z.array(z.enum(['outpatient', 'pharmacy'])).min(1),
  /** Days of supply of one drug above which the visit is judged (the 7-day rule with an allowance). */
  maxDays: z.number().int().min(1),
  /** ICD-10 prefixes of acute, self-limiting conditions: a claim whose every diagnosis starts with one is judged. */
  diagnoses: z.array(z.string().min(1)).min(1),
  sources: z.record(z.string(), z.string().min(1)),
});

export type AcuteSupply = z.infer<typeof file>;

/** Loads acute-supply.json; a missing file is no check (null). */
export function loadAcuteSupply(path: string): AcuteSupply | null {
  return readJsonTable(path, file);
}

export interface AcuteSupplyFacts {
  /** Each drug above the limit with its days: "连花清瘟胶囊40天". */
  drugs: string;
  /** The largest number of days found, and the limit. */
  days: number;
  limitDays: number;
  /** The acute conditions the claim codes, for the message. */
  diagnoses: string;
  lineIds: string[];
  /** The money for the days beyond the limit, yuan (each line's share beyond). */
  amount: number;
}

export interface AcuteSupplyInput {
  visitType?: string;
  items: readonly ItemFacts[];
  diagnosisCodes: readonly string[];
  /** The member's approved 门诊慢特病 (enrollment.chronicDiseases): a chronic condition on record is not acute illness only. */
  recordDiagnoses?: readonly string[] | null;
}

/** Drugs dispensed for more days than the limit at a visit for acute illness only; null when none. */
export function acuteSupply(c: AcuteSupplyInput, t: AcuteSupply | null | undefined): AcuteSupplyFacts | null {
  if (!t || !c.visitType || !t.visitTypes.includes(c.visitType as 'outpatient')) return null;
  const acute = (d: string) => underAny(d, t.diagnoses);
  if (!c.diagnosisCodes.length || !c.diagnosisCodes.every(acute) || (c.recordDiagnoses ?? []).some((d) => !acute(d))) return null;
  const byRow = new Map<string, ItemFacts[]>();
  for (const it of c.items) {
    // A 丙类 line is the member's own purchase, sold as such: the fund pays none of it, so its quantity is no fund's 超量开药.
    if (it.category !== 'drug' || it.itemClass === '丙' || it.longPrescription || !supplyPerDay(it.catalogue)) continue;
    const key = it.catalogue!.code;
    (byRow.get(key) ?? byRow.set(key, []).get(key)!).push(it);
  }
  const found: string[] = [];
  const lineIds: string[] = [];
  let fen = 0;
  let most = 0;
  for (const lines of byRow.values()) {
    const perDay = supplyPerDay(lines[0].catalogue) as number;
    const days = daysOfSupply(lines.reduce((s, l) => s + l.quantity, 0), perDay);
    if (days <= t.maxDays + packDays(perDay)) continue;
    found.push(`${lines[0].name}${days}天`);
    for (const l of lines) {
      lineIds.push(l.lineId);
      fen += Math.round((l.amountFen * (days - t.maxDays)) / days);
    }
    most = Math.max(most, days);
  }
  if (!found.length) return null;
  const coded = t.diagnoses.filter((p) => startsWithAny(c.diagnosisCodes, [p]));
  return { drugs: found.join('、'), days: most, limitDays: t.maxDays, diagnoses: coded.join('、'), lineIds, amount: toYuan(fen) };
}
