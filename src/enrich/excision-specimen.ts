import { toYuan } from '../money/fen';
import { startsWithAny, underAny } from '../contract/code-prefix';
import { rowCodeOf } from './knowledge';
import type { ItemFacts } from './item-fact-types';
import { isOperation } from './operation-count';
import type { ProcedureBilling } from './stay-knowledge';

// An excision sends its tissue to pathology (procedure-billing.json specimenCodes): a stay coding one for a lesion
// whose nature the tissue decides (a cyst, a tumour), billing its operation, with no pathology anywhere on the bill
// is an operation with nothing to show it removed anything.

export interface ExcisionSpecimenFacts {
  /** The coded excisions. */
  excisions: string;
  /** The operation lines that bill them. */
  operations: string;
  lineIds: string[];
  amount: number;
}

/**
 * A stay's coded excision of a lesion billed with no pathology service on the stay; null when none or when one is billed.
 * The lesion must be the principal diagnosis, the reason for the operation: a secondary one (an old breast cancer, a
 * thyroid nodule beside a cholecystectomy for cholecystitis) is not what the excision removed.
 */
export function excisionWithoutPathology(
  items: readonly ItemFacts[],
  procedureCodes: readonly string[],
  principalDiagnosis: string,
  table: ProcedureBilling | null,
): ExcisionSpecimenFacts | null {
  const s = table?.specimens;
  if (!table || !s || !startsWithAny([principalDiagnosis], s.lesionDiagnoses)) return null;
  const excisions = procedureCodes.filter((p) => underAny(p, s.prefixes) && !underAny(p, s.noSpecimen));
  if (excisions.length === 0) return null;
  const sent = (it: ItemFacts) => s.codes.has(rowCodeOf(it)) || s.alsoSent.has(rowCodeOf(it)) || s.sentNameMarks.some((m) => it.name.includes(m));
  if (items.some(sent)) return null;
  // Only an operation fee that stands for the excision: an excision not billed at all is another check's question.
  const ops = items.filter((it) => isOperation(it, table) && excisions.some((e) => underAny(e, table.standsFor.get(rowCodeOf(it)) ?? [])));
  if (ops.length === 0) return null;
  return {
    excisions: excisions.join('、'),
    operations: [...new Set(ops.map((l) => `${l.name}（${l.date}）`))].join('、'),
    lineIds: ops.map((l) => l.lineId),
    amount: toYuan(ops.reduce((n, l) => n + l.amountFen, 0)),
  };
}
