import { toYuan } from '../money/fen';
import { isOperationCode, startsWithAny, underAny } from '../contract/code-prefix';
import type { ItemFacts } from './item-fact-types';
import { isOperation } from './operation-count';
import type { ProcedureBilling } from './stay-knowledge';
import { rowCodeOf } from '../contract/catalogue-row';

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

export interface SpecimensBeyondFacts {
  /** The coded whole-organ excisions. */
  excisions: string;
  /** Specimens they send (one each) and the 例 of pathology the bill charges. */
  specimens: number;
  units: number;
  lineIds: string[];
  /** The 例 beyond the specimens, at their lines' unit price; yuan. */
  amount: number;
}

/**
 * Paraffin pathology (specimenCodes.codes, billed per 例) beyond the specimens of a record whose every operation is a
 * whole-organ excision sending one (specimenCodes.singleSpecimen: a gallbladder, an appendix; `several`: both tonsils, one
 * a side); null when within, or
 * when any other operation (00–86) is coded: a biopsy, a node dissection or a second organ sends specimens of its own,
 * or when a malignancy is coded (singleSpecimen.notDiagnoses).
 */
export function pathologyBeyondSpecimens(items: readonly ItemFacts[], procedureCodes: readonly string[], table: ProcedureBilling | null, diagnosisCodes: readonly string[] = []): SpecimensBeyondFacts | null {
  const s = table?.specimens;
  // A cancer's excision sends its nodes and margins too, coded or not (singleSpecimen.notDiagnoses).
  if (!s || s.singleSpecimen.length === 0 || startsWithAny(diagnosisCodes, s.singleSpecimenNotDiagnoses)) return null;
  // ICD-9-CM-3 87–99 are imaging and non-operative procedures: they send no tissue.
  const operations = procedureCodes.filter(isOperationCode);
  // A paired organ removed both sides at once (both tonsils) may be sent as one specimen a side.
  const specimensOf = (p: string) => s.severalSpecimens.find((r) => underAny(p, r.prefixes))?.specimens ?? (underAny(p, s.singleSpecimen) ? 1 : 0);
  if (operations.length === 0 || !operations.every((p) => specimensOf(p) > 0)) return null;
  const specimens = operations.reduce((n, p) => n + specimensOf(p), 0);
  const lines = items.filter((it) => s.codes.has(rowCodeOf(it))).sort((a, b) => a.date.localeCompare(b.date));
  const units = lines.reduce((n, l) => n + l.quantity, 0);
  if (units <= specimens) return null;
  // The first 例 are the specimens'; the lines holding the rest are named.
  let left = specimens;
  let excessFen = 0;
  const named: string[] = [];
  for (const l of lines) {
    const beyond = l.quantity - Math.min(left, l.quantity);
    left -= l.quantity - beyond;
    if (beyond > 0) {
      named.push(l.lineId);
      excessFen += Math.round((l.amountFen * beyond) / l.quantity);
    }
  }
  return { excisions: operations.join('、'), specimens, units, lineIds: named, amount: toYuan(excessFen) };
}
