import { fenOf, toYuan } from '../../money/fen';
import type { BenefitItem } from '../benefit-claim';
import { atEmergency, type ExamRecognition, type HistoryKnowledge } from '../history-knowledge';
import { ledgerRowOf, type LedgerLine, type MemberClaim } from '../member-claim';

// What the cross-claim checks share: the visit types outside a stay and lists of claims or dates joined for reading
// (the money of a set of lines: money/fen.ts fenOf).

/** Clinic visits: 普通门诊 and 门诊慢特病 (a pharmacy purchase is no visit). */
export const CLINIC_VISITS: ReadonlySet<string> = new Set(['outpatient', 'chronic']);
export const OUTSIDE_STAY = new Set([...CLINIC_VISITS, 'pharmacy']);
export const list = (ids: Iterable<string>, max = 5) => {
  const all = [...new Set(ids)];
  return all.length > max ? `${all.slice(0, max).join('、')}等${all.length}件` : all.join('、');
};

/** Two ICD-10 categories are one condition: the same category, or one group of related-conditions.json (`k.related`). */
export function sameCondition(a: string, b: string, k: Pick<HistoryKnowledge, 'related'>): boolean {
  if (a === b) return true;
  const group = k.related?.get(a);
  return group !== undefined && group === k.related?.get(b);
}

/** A finding's lines of this claim (a subset of its items, in bill order): their ids, their names once each, their money in yuan. */
export function linesOf(lines: readonly BenefitItem[]): { lineIds: string[]; names: string; amount: number } {
  return { lineIds: [...new Set(lines.map((i) => i.lineId))], names: [...new Set(lines.map((i) => i.name))].join('、'), amount: toYuan(fenOf(lines)) };
}

/**
 * Whether a ledger line is one of `codes` by its own code or by the catalogue row it belongs to (`row`): a table may
 * list either. The bill line's twin is contract/catalogue-row.ts itemIn.
 */
export const lineIn = (codes: ReadonlySet<string>, l: Pick<LedgerLine, 'code' | 'row'>): boolean => codes.has(l.code) || (l.row !== undefined && codes.has(l.row));

/**
 * Days of a drug's supply that make it a take-home supply rather than the day's doses of a course: at least
 * this many, so that when a copy of the bill is settled the next day the first supply still holds two days or more
 * (SAMPLE; a nebulised or injected drug billed for the day's sessions counts a day or two at its daily quantity).
 */
const TAKE_HOME_DAYS = 3;

/** Done once for the episode, so never billed twice for it: a test or examination, or a take-home drug supply. */
export const doneOnce = (l: LedgerLine) => (l.kind === 'service' && l.test === true) || (l.kind === 'drug' && (l.days ?? 0) >= TAKE_HOME_DAYS);

/**
 * Whether the member's ledger reaches back to `day` (a claim of it dated on or before): an absence — a drug never
 * dispensed, a condition never diagnosed — is read only over a span the record covers. A member whose record begins
 * later (the system's go-live, a member moved from another region) shows nothing by it: an empty record says nothing.
 */
export const recordReaches = (prior: readonly MemberClaim[], day: string) => prior.some((e) => e.serviceDate <= day);

/**
 * An earlier-arrived claim a finding also concerns (事后发现, rules' `retrospective`): its id, its lines concerned (as its
 * ledger entry keeps them: every line outside a stay, a stay's kept lines) and its money concerned, yuan.
 */
export interface Suspect {
  claimId: string;
  lineIds: string[];
  amount: number;
}

/**
 * An emergency admission or visit (入院途径 急诊; an emergency department or 急诊诊察费 billed: exam-recognition.json), as
 * the member's ledger entry keeps it (department, lines): where a test done shortly before may be repeated
 * (国卫医发〔2022〕6号: emergencies excepted from 互认) and after which a regimen is prescribed anew.
 */
export function emergencyVisit(e: MemberClaim, table: ExamRecognition | undefined): boolean {
  if (e.visitType === 'inpatient') return e.admissionRoute === 'emergency';
  return table ? atEmergency(table, e.department, e.lines ?? [], ledgerRowOf) : false;
}
