import { toYuan } from '../money/fen';
import { startsWithAny } from '../contract/code-prefix';

// Consumables bought for a condition the claim does not show (stay.consumableUnsupported, a finding a row of
// rules/knowledge/consumable-indications.json) read against the member's record: an earlier claim whose principal
// falls in one of the row's categories (a diabetic's strips bought under a cold), or for the wound rows an operation
// within the row's window, shows the need. Each row is judged with its own categories and window: a recent
// operation excuses dressings, never strips.

/** One row's finding, as src/enrich/consumable-indications.ts makes it (kept structural: benefits reads no enrich module). */
export interface ConsumableRowFinding {
  lineIds: readonly string[];
  name: string;
  quantity: string;
  expected: string;
  categories: readonly string[];
  /** 0: no post-operative window. */
  afterOperationDays: number;
  amountFen: number;
}

/** The rows the record does not explain, merged for the rule's message (catalogue.consumable-no-indication). */
export interface ConsumableWithoutRecord {
  lineIds: string[];
  names: string;
  quantity: string;
  expected: string;
  amount: number;
}

/** The findings no earlier principal category and no operation within the row's window explains; null when none. */
export function consumableWithoutRecord(
  rows: readonly ConsumableRowFinding[] | null | undefined,
  record: { categories: readonly string[]; daysSinceOperation: number | null },
): ConsumableWithoutRecord | null {
  const left = (rows ?? []).filter(
    (r) =>
      !startsWithAny(record.categories, r.categories) &&
      !(r.afterOperationDays > 0 && record.daysSinceOperation !== null && record.daysSinceOperation <= r.afterOperationDays),
  );
  if (!left.length) return null;
  return {
    lineIds: left.flatMap((r) => r.lineIds), names: left.map((r) => r.name).join('、'), quantity: left.map((r) => r.quantity).join('、'),
    expected: [...new Set(left.map((r) => r.expected))].join('；'), amount: toYuan(left.reduce((s, r) => s + r.amountFen, 0)),
  };
}
