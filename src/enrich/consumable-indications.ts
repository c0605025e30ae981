import { z } from 'zod';
import { toYuan } from '../money/fen';
import { startsWithAny } from './code-prefix';
import { lineMatches, type ItemFacts } from './item-fact-types';
import { itemSelector, readJsonTable } from './json-table';

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

export interface ConsumableUnsupported {
  lineIds: string[];
  names: string;
  quantity: string;
  expected: string;
  /** The ICD-10 categories of the indications: an earlier claim of the member whose principal falls in one may be the need. */
  categories: string[];
  afterOperationDays: number;
  amount: number;
}

export interface ConsumableInput {
  visitType?: string;
  items: readonly ItemFacts[];
  diagnosisCodes: readonly string[];
  /** The member's approved chronic diseases (enrollment.chronicDiseases), when the claim gives them. */
  recordDiagnoses?: readonly string[] | null;
}

/** Consumables bought beyond a one-off need with none of their conditions on the claim; null when none. */
export function consumableUnsupported(c: ConsumableInput, t: ConsumableIndications | null | undefined): ConsumableUnsupported | null {
  if (!t || !c.visitType || !t.visitTypes.includes(c.visitType as 'pharmacy')) return null;
  const dx = [...c.diagnosisCodes, ...(c.recordDiagnoses ?? [])];
  const named: ItemFacts[] = [];
  const names: string[] = [];
  const quantity: string[] = [];
  const expected = new Set<string>();
  const categories = new Set<string>();
  let afterOperationDays = 0;
  for (const r of t.rows) {
    const lines = c.items.filter((it) => it.category === 'consumable' && lineMatches(r, it));
    const q = lines.reduce((s, l) => s + l.quantity, 0);
    if (q < r.minQuantity) continue;
    if (startsWithAny(dx, r.indications) || startsWithAny(r.indications, dx)) continue;
    named.push(...lines);
    names.push(r.name);
    quantity.push(`${r.name}${q}${lines[0].catalogue?.unit ?? ''}`);
    expected.add(r.expected);
    r.indications.forEach((p) => categories.add(p.slice(0, 3)));
    afterOperationDays = Math.max(afterOperationDays, r.afterOperationDays);
  }
  if (!named.length) return null;
  return {
    lineIds: named.map((l) => l.lineId), names: names.join('、'), quantity: quantity.join('、'), expected: [...expected].join('；'),
    categories: [...categories].sort(), afterOperationDays, amount: toYuan(named.reduce((s, l) => s + l.amountFen, 0)),
  };
}
