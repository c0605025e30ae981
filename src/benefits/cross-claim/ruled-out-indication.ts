import { underAny } from '../../contract/code-prefix';
import { atcOfDrugCode } from '../../contract/drug-code';
import type { BenefitItem } from '../benefit-claim';
import type { HistoryKnowledge } from '../history-knowledge';
import { ledgerRowOf, type MemberClaim } from '../member-claim';
import type { RuledOutIndicationRow } from '../ruled-out-indications';
import { linesOf, list } from './common';

// A drug paid for a diagnosis a work-up establishes (rules/history/ruled-out-indications.json), billed under that
// diagnosis for a member whose record coded a condition that is not it, with no work-up since: growth hormone under
// 生长激素缺乏症 for a child seen for familial or constitutional short stature and never tested. The claim's code is
// what the prescriber wrote; the record shows what the child was found to have.

export interface IndicationRuledOut {
  drug: string;
  indication: string;
  condition: string;
  /** The member's claims coding the condition, with their dates. */
  recordClaims: string;
  workup: string;
  lineIds: string[];
  names: string;
  amount: number;
}

const codes = (e: MemberClaim) => e.codes ?? [];

export function indicationRuledOut(me: MemberClaim, items: readonly BenefitItem[], prior: readonly MemberClaim[], k: HistoryKnowledge): IndicationRuledOut | null {
  const t = k.ruledOutIndications;
  if (!t || !me.codes) return null;
  const record = prior.filter((e) => e.insuredId === me.insuredId && e.claimId !== me.claimId && e.serviceDate <= me.serviceDate);
  for (const row of t.rows) {
    if (!me.codes.some((c) => underAny(c, row.indication))) continue;
    const lines = items.filter((i) => i.category === 'drug' && i.amountFen > 0 && underAny(atcOfDrugCode(i.code) ?? '', row.drugs));
    if (!lines.length) continue;
    const ruledOut = record.filter((e) => codes(e).some((c) => underAny(c, row.ruledOutBy)));
    if (!ruledOut.length) continue;
    const last = ruledOut.map((e) => e.serviceDate).sort().at(-1)!;
    // A work-up since the last such diagnosis (a stay coding the indication, the row's tests or imaging) re-decided it.
    if (record.some((e) => e.serviceDate >= last && (workedUp(row, e) || clinicWorkup(row, e))) || workedUp(row, me)) continue;
    return {
      drug: row.name,
      indication: me.codes.filter((c) => underAny(c, row.indication)).join('、'),
      condition: `${row.ruledOutName}（${[...new Set(ruledOut.flatMap((e) => codes(e).filter((c) => underAny(c, row.ruledOutBy))))].join('、')}）`,
      recordClaims: list(ruledOut.map((e) => `${e.claimId}（${e.serviceDate}，${e.hospitalId}）`)),
      workup: row.workupName,
      ...linesOf(lines),
    };
  }
  return null;
}

function workedUp(row: RuledOutIndicationRow, e: MemberClaim): boolean {
  if (e.visitType === 'inpatient' && codes(e).some((c) => underAny(c, row.indication))) return true;
  return (e.lines ?? []).some((l) => l.kind === 'service' && row.workupServices.includes(ledgerRowOf(l)));
}

/**
 * An earlier clinic claim coding the deficiency found (workupDiagnoses) at a specialist hospital, or with a laboratory
 * test billed beside it: a stimulation test done in a day clinic, which the catalogue has no row for. Not the drug's own
 * claim: the drug follows the test's result.
 */
function clinicWorkup(row: RuledOutIndicationRow, e: MemberClaim): boolean {
  if (!row.workupDiagnoses || !codes(e).some((c) => underAny(c, row.workupDiagnoses!))) return false;
  if (row.workupMinLevel !== undefined && (e.hospitalLevel ?? 0) >= row.workupMinLevel) return true;
  return (e.lines ?? []).some((l) => l.kind === 'service' && l.test === true && l.exam !== true);
}
