import { z } from 'zod';
import { startsWithAny } from '../contract/code-prefix';
import { lineMatches, type ItemFacts } from './item-fact-types';
import { readJsonTable } from '../contract/json-table';
import { itemSelector } from './json-table';

// Consumables a member buys for a condition (rules/knowledge/consumable-indications.json): blood-glucose strips
// for diabetes (目录 限糖尿病患者), dressings and bandages for a wound. Bought outside a stay in a quantity beyond a
// one-off need by a member with none of the conditions on the claim or among the approved chronic diseases, the
// purchase is a likely 串换 (household goods or another person's supplies settled as covered consumables). The
// member's earlier claims (their principal diagnoses, a recent operation) are read by the rule from `member.record`.

/** Consumable lines: by catalogue row code, or by name outside the codes. */
const row = itemSelector.extend({
  name: z.string().min(1),
  /** ICD-10 prefixes of the conditions the consumable is for. */
  indications: z.array(z.string().min(1)).min(1),
  /** What would support it, for messages (糖尿病, 伤口/溃疡/烧伤/造口/术后). */
  expected: z.string().min(1),
  /** Units of the row on one claim at or above which a purchase is judged (below: a one-off need). */
  minQuantity: z.number().int().positive(),
  /** A member operated on within this many days (the ledger) has a wound (术后伤口); 0: not read. */
  afterOperationDays: z.number().int().min(0).default(0),
  source: z.string().min(1),
  sample: z.boolean().optional(),
});

const file = z.strictObject({ note: z.string(), visitTypes: z.array(z.enum(['outpatient', 'chronic', 'pharmacy'])).min(1), rows: z.array(row) });

export type ConsumableIndications = z.infer<typeof file>;

/** Loads consumable-indications.json; a missing file is no check (null). */
export function loadConsumableIndications(path: string): ConsumableIndications | null {
  return readJsonTable(path, file);
}

/**
 * One row's consumables bought beyond a one-off need with none of its conditions on the claim: each row is judged
 * against the member's record with its own indications and window (benefits/consumable-record.ts), so a dressing's
 * post-operative window never excuses strips.
 */
export interface ConsumableUnsupported {
  lineIds: string[];
  name: string;
  /** 血糖试纸100片. */
  quantity: string;
  expected: string;
  /** The ICD-10 categories of the row's indications: an earlier claim of the member whose principal falls in one may be the need. */
  categories: string[];
  /** The row's post-operative window (0: not read). */
  afterOperationDays: number;
  amountFen: number;
}

export interface ConsumableInput {
  visitType?: string;
  items: readonly ItemFacts[];
  diagnosisCodes: readonly string[];
  /** The member's approved chronic diseases (enrollment.chronicDiseases), when the claim gives them. */
  recordDiagnoses?: readonly string[] | null;
}

/** Each row's consumables bought beyond a one-off need with none of its conditions on the claim, in table order; null when none. */
export function consumableUnsupported(c: ConsumableInput, t: ConsumableIndications | null | undefined): ConsumableUnsupported[] | null {
  if (!t || !c.visitType || !t.visitTypes.includes(c.visitType as 'pharmacy')) return null;
  const dx = [...c.diagnosisCodes, ...(c.recordDiagnoses ?? [])];
  const found: ConsumableUnsupported[] = [];
  for (const r of t.rows) {
    const lines = c.items.filter((it) => it.category === 'consumable' && lineMatches(r, it));
    const q = lines.reduce((s, l) => s + l.quantity, 0);
    if (q < r.minQuantity) continue;
    if (startsWithAny(dx, r.indications) || startsWithAny(r.indications, dx)) continue;
    found.push({
      lineIds: lines.map((l) => l.lineId), name: r.name, quantity: `${r.name}${q}${lines[0].catalogue?.unit ?? ''}`, expected: r.expected,
      categories: [...new Set(r.indications.map((p) => p.slice(0, 3)))].sort(), afterOperationDays: r.afterOperationDays,
      amountFen: lines.reduce((s, l) => s + l.amountFen, 0),
    });
  }
  return found.length ? found : null;
}
