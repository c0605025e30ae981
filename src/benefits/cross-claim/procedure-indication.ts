import { startsWithAny, underAny } from '../../contract/code-prefix';
import { daysBetween } from '../../contract/dates';
import { atcOfDrugCode } from '../../contract/drug-code';
import type { BenefitItem } from '../benefit-claim';
import type { HistoryKnowledge } from '../history-knowledge';
import { ledgerRowOf, type MemberClaim } from '../member-claim';
import type { ProcedureIndicationRow, ProcedureIndications } from '../procedure-indications';
import { linesOf, list } from './common';

// A procedure done against a diagnosis that is by definition not its indication (rules/history/procedure-indications.json):
// an intravitreal injection for a member whose record codes dry AMD, a cataract extraction of an incipient cataract. The
// member's record is read because the claim may code the condition unspecified (H35.300, H25.900) while the clinic visit
// that decided the treatment coded its form; any indication anywhere in the record (wet AMD, oedema, a mature cataract)
// clears it, an unspecified code only when no claim of the last `unspecifiedDays` staged the condition.

export interface ProcedureNotIndicated {
  /** The row's name, the claim's codes of it, and what would indicate it. */
  procedure: string;
  procedureCodes: string;
  condition: string;
  conditionCodes: string;
  /** Earlier claims of the member coding the condition (none: this claim codes it). */
  recordClaims: string;
  expected: string;
  reason: string;
  lineIds: string[];
  names: string;
  amount: number;
}

export function procedureNotIndicated(me: MemberClaim, items: readonly BenefitItem[], prior: readonly MemberClaim[], k: HistoryKnowledge): ProcedureNotIndicated | null {
  const t = k.procedureIndications;
  if (!t || !me.codes) return null;
  const record = prior.filter((e) => e.insuredId === me.insuredId);
  for (const row of t.rows) {
    const procedures = me.codes.filter((c) => underAny(c, row.procedures));
    if (!procedures.length || startsWithAny(me.codes, row.operations)) continue;
    // An unspecified code (H25.900) clears nothing while this claim, or one of the `unspecifiedDays` before it, staged the
    // condition as not indicated. A claim dated after this one staged nothing it decided (claims reach the ledger out of
    // date order: a post-op visit may code the fellow eye's incipient cataract). A claim coding the unspecified code beside
    // the stage names two lenses (ICD-10 has no laterality): it stages neither the other eye nor this operation.
    const stages = (codes: readonly string[]) =>
      codes.some((c) => row.notIndicated.includes(c)) && !codes.some((c) => row.unspecified.includes(c));
    const staged = stages(me.codes) || record.some((e) => {
      const d = daysBetween(e.serviceDate, me.serviceDate);
      return d >= 0 && d <= row.unspecifiedDays && stages(e.codes ?? []);
    });
    const indicated = (codes: readonly string[]) =>
      codes.some((c) => underAny(c, row.indications) && !row.notIndicated.includes(c) && !(staged && row.unspecified.includes(c)));
    if (indicated(me.codes) || record.some((e) => indicated(e.codes ?? []))) continue;
    if (row.firstLine && record.some((e) => triedFirst(e, me, row.firstLine!))) continue;
    const mine = me.codes.filter((c) => row.notIndicated.includes(c));
    const earlier = record.filter((e) => (e.codes ?? []).some((c) => row.notIndicated.includes(c)));
    if (!mine.length && !earlier.length) continue;
    const lines = procedureLines(row, items, t);
    if (!lines.length) continue;
    return {
      procedure: row.name,
      procedureCodes: procedures.join('、'),
      condition: row.notIndicatedName,
      conditionCodes: [...new Set([...mine, ...earlier.flatMap((e) => (e.codes ?? []).filter((c) => row.notIndicated.includes(c)))])].join('、'),
      recordClaims: earlier.length ? list(earlier.map((e) => e.claimId)) : '无，见本单据',
      expected: row.expected,
      reason: row.reason,
      ...linesOf(lines),
    };
  }
  return null;
}

/**
 * An outpatient visit for the condition long enough before the procedure, billing care (a drug or a `careCodes`
 * service): the conservative care put first was tried. An entry written before lines were kept is given the benefit.
 */
function triedFirst(e: MemberClaim, me: MemberClaim, f: NonNullable<ProcedureIndicationRow['firstLine']>): boolean {
  if (e.visitType !== 'outpatient' || !(e.codes ?? []).some((c) => underAny(c, f.codes)) || daysBetween(e.serviceDate, me.serviceDate) < f.minDays) return false;
  return e.lines === undefined || e.lines.some((l) => l.amountFen > 0 && (l.kind === 'drug' || f.careCodes.includes(ledgerRowOf(l))));
}

/** The lines the procedure put in: its injected drugs (not its anaesthesia), or its operation services and their days' consumables. */
function procedureLines(row: ProcedureIndicationRow, items: readonly BenefitItem[], t: ProcedureIndications): BenefitItem[] {
  if (row.lines === 'injected') {
    return items.filter((i) => i.category === 'drug' && i.amountFen > 0 && t.injectionMarks.some((m) => i.name.includes(m)) && !underAny(atcOfDrugCode(i.code) ?? '', t.exceptAtc));
  }
  const operations = items.filter((i) => i.category === 'service' && i.amountFen > 0 && i.catalogue?.subcategory === 'surgery');
  const days = new Set(operations.map((i) => i.date));
  return [...operations, ...items.filter((i) => i.category === 'consumable' && i.amountFen > 0 && days.has(i.date))];
}
