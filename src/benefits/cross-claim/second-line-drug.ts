import { underAny } from '../../contract/code-prefix';
import { addDays, daysBetween } from '../../contract/dates';
import { atcOfDrugCode } from '../../contract/drug-code';
import type { BenefitItem } from '../benefit-claim';
import type { HistoryKnowledge } from '../history-knowledge';
import { ledgerRowOf, type MemberClaim } from '../member-claim';
import type { SecondLineDrugRow } from '../second-line-drugs';
import { CLINIC_VISITS, linesOf, list, OUTSIDE_STAY, recordReaches } from './common';
import { rowCodeOf } from '../../contract/catalogue-row';

// 限定支付 二线用药 (rules/history/second-line-drugs.json): a GLP-1 RA is paid for type 2 diabetes that metformin, other
// oral agents or insulin did not control. The claim's own diagnosis is what the prescriber wrote; the record shows
// whether the condition was ever treated or measured. A drug bought again and again with no earlier treatment and no
// test of the condition anywhere in the member's claims is weight loss (or another use) under a diabetes code, where
// the record begins at least the row's window before the first purchase.

export interface SecondLineDrugUnsupported {
  /** The row's name, the condition it pays for and the earlier treatment it needs. */
  drug: string;
  condition: string;
  prior: string;
  /** The member's purchases of the drug within the row's window, this one included: claim ids and dates. */
  purchases: string;
  dates: string;
  lineIds: string[];
  names: string;
  amount: number;
}

const atcUnder = (code: string, prefixes: readonly string[]) => underAny(atcOfDrugCode(code) ?? '', prefixes);

export function secondLineDrugUnsupported(me: MemberClaim, items: readonly BenefitItem[], prior: readonly MemberClaim[], k: HistoryKnowledge): SecondLineDrugUnsupported | null {
  const t = k.secondLineDrugs;
  if (!t || !OUTSIDE_STAY.has(me.visitType)) return null;
  const record = prior.filter((e) => e.insuredId === me.insuredId && e.claimId !== me.claimId);
  for (const row of t.rows) {
    const lines = items.filter((i) => i.category === 'drug' && i.amountFen > 0 && atcUnder(i.code, row.drugs));
    if (!lines.length || supported(row, me, items, record)) continue;
    const earlier = record.filter(
      (e) => e.serviceDate <= me.serviceDate && daysBetween(e.serviceDate, me.serviceDate) < row.windowDays && (e.lines ?? []).some((l) => l.kind === 'drug' && atcUnder(l.code, row.drugs)),
    );
    if (earlier.length + 1 < row.minPurchases) continue;
    const purchases = [...earlier, me].sort((a, b) => a.serviceDate.localeCompare(b.serviceDate));
    // The record's silence means something only where it reaches a window back before the first purchase: a member
    // who moved in, or whose metformin and HbA1c predate the ledger, shows the drug as the record's first care.
    // Clinic visits renewing the drug again and again with no test and no earlier drug are the prescriber's own course
    // without the condition's care, however short the record (the row's visitsWithoutCare; supported() has cleared them all).
    const visits = purchases.filter((e) => CLINIC_VISITS.has(e.visitType)).length;
    const ownCourse = row.visitsWithoutCare !== undefined && visits >= row.visitsWithoutCare;
    // A screen that did not find the condition before the first purchase (a glucose test on an obesity visit) shows
    // the record reaching back before it: the drug came with the condition's first code, no earlier treatment possible.
    const screened = record.some((e) => e.serviceDate <= purchases[0].serviceDate && testsWithout(row, e));
    if (!ownCourse && !screened && !recordReaches(record, addDays(purchases[0].serviceDate, -row.windowDays))) continue;
    return {
      drug: row.name,
      condition: row.condition,
      prior: row.priorLabel,
      purchases: list(purchases.map((e) => e.claimId)),
      dates: list(purchases.map((e) => e.serviceDate)),
      ...linesOf(lines),
    };
  }
  return null;
}

/** The claim codes the row's condition (testDiagnoses); an entry without its codes, or a row without them, counts as coding it. */
const codesCondition = (row: SecondLineDrugRow, e: MemberClaim) => !row.testDiagnoses || !e.codes || e.codes.some((c) => underAny(c, row.testDiagnoses!));
const billsTest = (row: SecondLineDrugRow, e: MemberClaim) => (e.lines ?? []).some((l) => l.kind === 'service' && row.tests.includes(ledgerRowOf(l)));
/** The claim codes a screening reason (screenDiagnoses): a test on it is a screen, not a pre-op or emergency panel. */
const codesScreen = (row: SecondLineDrugRow, e: MemberClaim) => !!row.screenDiagnoses && !!e.codes && e.codes.some((c) => underAny(c, row.screenDiagnoses!));
/** A test of the row billed on a screening claim coding none of its condition's diagnoses: a screen that did not find it. */
const testsWithout = (row: SecondLineDrugRow, e: MemberClaim) => !codesCondition(row, e) && codesScreen(row, e) && billsTest(row, e);

/** An earlier treatment, or a test on a claim coding the condition, on this claim or any claim of the record. */
function supported(row: SecondLineDrugRow, me: MemberClaim, items: readonly BenefitItem[], record: readonly MemberClaim[]): boolean {
  const own = items.some((i) => (i.category === 'drug' && atcUnder(i.code, row.priorDrugs)) || (i.category === 'service' && row.tests.includes(rowCodeOf(i)) && codesCondition(row, me)));
  return own || record.some((e) => (e.lines ?? []).some((l) => l.kind === 'drug' && atcUnder(l.code, row.priorDrugs)) || (billsTest(row, e) && codesCondition(row, e)));
}
