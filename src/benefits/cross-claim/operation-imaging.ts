import { startsWithAny, underAny } from '../../contract/code-prefix';
import { daysBetween } from '../../contract/dates';
import type { OperationClass } from '../operation-classes';
import type { BenefitItem } from '../benefit-claim';
import type { HistoryKnowledge } from '../history-knowledge';
import type { MemberClaim } from '../member-claim';
import { lineIn, linesOf } from './common';

// 无指征手术 by its missing work-up (rules/knowledge/operation-classes.json `imaging`): an elective operation whose
// disease only imaging establishes (gallstones, a thyroid nodule, fibroids) booked from the clinic with no such imaging
// on the stay or on any claim of the member at any institution in the half-year before: the diagnosis it treats was
// never shown. The class, not the operation, carries the imaging, so an operation nobody listed is judged too.
// Judged only when the member's record reaches back over the whole window (a claim of the member dated `historyDays`
// or more before the admission, as dialysis-without-kidney-record asks for other care on record): a first claim, or a
// record that starts last month, holds nothing to show the imaging was not done — absence of history is not evidence.

export interface OperationImagingMissing {
  /** The classes of the coded operations, and the codes. */
  operation: string;
  procedureCodes: string;
  /** What imaging would have shown the disease. */
  expected: string;
  /** Days before admission the member's claims were read. */
  historyDays: number;
  lineIds: string[];
  names: string;
  amount: number;
}

/**
 * The stay's own line is the class's imaging: its code or catalogue row, or a mark in the local name of an examination
 * (or of a service the catalogue does not know) — the operation's own name carries the organ's name too.
 */
function imagingLine(it: BenefitItem, sel: NonNullable<OperationClass['imaging']>, codes: ReadonlySet<string>): boolean {
  if (codes.has(it.code) || (it.catalogue !== null && codes.has(it.catalogue.code))) return true;
  const exam = it.category === 'service' && (it.catalogue === null || it.catalogue.subcategory === 'exam');
  return exam && sel.nameMarks.some((m) => it.name.includes(m));
}

/** A line of the class's operation: its catalogue row, or a mark in the name of an operation (or of a service the catalogue does not know). */
function operationLine(it: BenefitItem, sel: NonNullable<OperationClass['lines']>): boolean {
  if (it.category !== 'service' || it.amountFen <= 0) return false;
  if (sel.codes.includes(it.code) || (it.catalogue !== null && sel.codes.includes(it.catalogue.code))) return true;
  const operation = it.catalogue === null || it.catalogue.subcategory === 'surgery';
  return operation && sel.nameMarks.some((m) => it.name.includes(m));
}

export function operationImagingMissing(me: MemberClaim, items: readonly BenefitItem[], prior: readonly MemberClaim[], k: HistoryKnowledge): OperationImagingMissing | null {
  const t = k.operationClasses;
  // Only a stay booked at the clinic: an emergency's imaging may be the emergency department's, a transfer's came with the patient.
  if (!t || me.visitType !== 'inpatient' || me.admissionRoute !== 'outpatient' || !me.codes) return null;
  const own = prior.filter((e) => e.insuredId === me.insuredId && e.claimId !== me.claimId);
  if (!own.some((e) => daysBetween(e.serviceDate, me.serviceDate) >= t.historyDays)) return null;
  const missing: { cls: OperationClass; coded: string[] }[] = [];
  for (const cls of t.rows) {
    if (!cls.imaging) continue;
    if (cls.imagingNotWith && startsWithAny(me.codes, cls.imagingNotWith.diagnoses)) continue;
    const coded = me.codes.filter((c) => underAny(c, cls.procedures));
    if (!coded.length) continue;
    const codes = new Set(cls.imaging.codes);
    if (items.some((it) => imagingLine(it, cls.imaging!, codes))) continue;
    const earlier = own.some((e) => {
      const d = daysBetween(e.serviceDate, me.serviceDate);
      // An entry written before lines were kept is given the benefit.
      return d >= 0 && d <= t.historyDays && (e.lines === undefined || e.lines.some((l) => lineIn(codes, l)));
    });
    if (!earlier) missing.push({ cls, coded });
  }
  if (!missing.length) return null;
  // The lines of the classes judged, not every operation of the stay (a hernia repair beside the cholecystectomy is no part of it).
  const operations = items.filter((i) => missing.some((m) => operationLine(i, m.cls.lines!)));
  if (!operations.length) return null;
  return {
    operation: missing.map((m) => m.cls.name).join('、'),
    procedureCodes: missing.flatMap((m) => m.coded).join('、'),
    expected: missing.map((m) => m.cls.imagingExpected).join('；'),
    historyDays: t.historyDays,
    ...linesOf(operations),
  };
}
