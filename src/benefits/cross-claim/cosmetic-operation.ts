import { daysBetween } from '../../contract/dates';
import { fenOf, toYuan } from '../../money/fen';
import type { BenefitItem } from '../benefit-claim';
import type { CosmeticOperations } from '../cosmetic-operations';
import { ledgerRowOf, type MemberClaim } from '../member-claim';
import { list, type Suspect } from './common';
import { startsWithAny } from '../../contract/code-prefix';
import { rowCodeOf } from '../../contract/catalogue-row';

export interface CosmeticOperation {
  /** The other claim of the pair (the cosmetic visit, or the operation when this claim is the visit) and all of them. */
  claimId: string;
  claims: string;
  hospitalId: string;
  /** The cosmetic visits' dates and what made each cosmetic (医疗美容咨询, a cosmetic department, the diagnosis). */
  visitDates: string;
  cosmetic: string;
  /** The covered operations and their dates. */
  operations: string;
  operationDates: string;
  windowDays: number;
  /** This claim's lines concerned (the operation's lines; on the visit, its cosmetic lines) and their money (null on the visit). */
  lineIds: string[];
  amount: number | null;
  /** When this claim is the cosmetic visit: the earlier-arrived operation claims (事后发现), their operation lines. */
  suspects: Suspect[];
}

interface Visit {
  claimId: string;
  date: string;
  why: string;
  lineIds: string[];
  /** The operations the visit's lesion would be settled as (its category's site), or null: any (a consultation, a cosmetic department). */
  operations: ReadonlySet<string> | null;
  /** The visit's codes and its category's codes that indicate the operation (either claim coding one: not judged). */
  codes: readonly string[];
  unlessCodes: readonly string[];
}

interface Operation {
  claimId: string;
  date: string;
  names: string[];
  lineIds: string[];
  fen: number;
  codes: readonly string[];
}

/**
 * 美容项目串换为医保项目: a cosmetic visit (医疗美容咨询, a cosmetic department, or an appearance concern as principal
 * diagnosis: cosmetic-operations.json) followed, 0 to `windowDays` days later at the same institution, by a fund-settled
 * claim coding or billing a covered operation such a removal is settled as (haemorrhoids, varicose veins, a breast or
 * skin lesion, the eyelid). The operation claim carries the finding, naming the visit; when the visit arrives after the
 * operation, it names the operation claims as suspects (事后发现). Another institution, an operation before the visit
 * or after the window, one of another body system (for a visit known by its diagnosis, another site than the lesion's),
 * or one the fund did not pay, is quiet. A ledger entry shows an
 * operation by its billed lines' catalogue rows (a coded-only operation is read on the claim being judged).
 */
export function cosmeticOperation(
  me: MemberClaim,
  items: readonly BenefitItem[],
  prior: readonly MemberClaim[],
  table: CosmeticOperations | undefined,
  procedures: readonly string[] = [],
): CosmeticOperation | null {
  if (!table) return null;
  // Both sides of a pair are at one institution: with no earlier claim there, nothing to read (the claim's own bill
  // was scanned against every operation for nothing).
  const here = prior.filter((e) => e.hospitalId === me.hospitalId);
  if (!here.length) return null;
  const near = (v: Visit, o: Operation) => {
    const d = daysBetween(v.date, o.date);
    if (d < 0 || d > table.windowDays || !o.names.some((n) => leadsTo(v, n, table))) return false;
    // An indication coded on either claim (balanoposthitis beside a redundant prepuce) makes the operation covered care.
    return !v.unlessCodes.length || !(startsWithAny(v.codes, v.unlessCodes) || startsWithAny(o.codes, v.unlessCodes));
  };
  const myOperation = operationOf(me, table, items, procedures);
  if (myOperation) {
    const visits = here.map((e) => visitOf(e, table)).filter((v): v is Visit => !!v && near(v, myOperation));
    if (visits.length) {
      const ids = new Set(myOperation.lineIds);
      return {
        claimId: visits[0].claimId, claims: list(visits.map((v) => v.claimId)), hospitalId: me.hospitalId,
        visitDates: list(visits.map((v) => v.date).sort()), cosmetic: list(visits.map((v) => v.why)),
        operations: myOperation.names.join('、'), operationDates: myOperation.date, windowDays: table.windowDays,
        lineIds: [...ids], amount: toYuan(ids.size ? fenOf(items, ids) : me.fundClaimedFen), suspects: [],
      };
    }
  }
  const myVisit = visitOf(me, table);
  if (!myVisit) return null;
  // An operation that found a cosmetic visit arrived before it already carries the finding (no second 事后发现).
  const pairedWhenJudged = (e: MemberClaim, o: Operation) =>
    here.some((v) => {
      if ((v.arrival ?? 0) >= (e.arrival ?? 0) || v.claimId === e.claimId) return false;
      const earlier = visitOf(v, table);
      return earlier !== null && near(earlier, o);
    });
  const operations = here.flatMap((e) => {
    const o = operationOf(e, table);
    return o && near(myVisit, o) && !pairedWhenJudged(e, o) ? [o] : [];
  });
  if (!operations.length) return null;
  return {
    claimId: operations[0].claimId, claims: list(operations.map((o) => o.claimId)), hospitalId: me.hospitalId,
    visitDates: myVisit.date, cosmetic: myVisit.why,
    operations: list(operations.flatMap((o) => o.names)), operationDates: list(operations.map((o) => o.date).sort()), windowDays: table.windowDays,
    lineIds: myVisit.lineIds, amount: null,
    suspects: operations.map((o) => ({ claimId: o.claimId, lineIds: o.lineIds, amount: toYuan(o.fen) })),
  };
}

/**
 * What makes a claim a cosmetic visit, or null: its 医疗美容咨询 line or a cosmetic department (any covered operation
 * may follow), else its principal's category (only the operations on that lesion's site).
 */
function visitOf(e: MemberClaim, t: CosmeticOperations): Visit | null {
  const consult = (e.lines ?? []).filter((l) => t.consultItems.has(ledgerRowOf(l)));
  const code = (e.codes ?? []).find((c) => c.startsWith(e.principalCategory) && c.length > 3 && t.categories.has(codeKey(c, t)));
  const key = code ? codeKey(code, t) : e.principalCategory;
  const category = t.categories.get(key);
  const base = { claimId: e.claimId, date: consult[0]?.date ?? e.serviceDate, lineIds: consult.map((l) => l.lineId), codes: e.codes ?? [], unlessCodes: [] as readonly string[] };
  if (consult.length) return { ...base, why: '医疗美容咨询', operations: null };
  if (e.department && t.departments.has(e.department)) return { ...base, why: `医疗美容科室就诊（${e.department}）`, operations: null };
  if (category) return { ...base, why: `主诊断${key}${category.name}`, operations: category.operations, unlessCodes: category.unlessCodes };
  return null;
}

/**
 * Whether the visit can lead to the named operation: a category's visit to the operations of its site; a consultation
 * or a cosmetic department to any, save one whose site is named (`visitCodes`) and which the visit's codes do not show.
 */
function leadsTo(v: Visit, name: string, t: CosmeticOperations): boolean {
  if (v.operations) return v.operations.has(name);
  const site = t.operations.find((o) => o.name === name)?.visitCodes;
  return !site || startsWithAny(v.codes, site);
}

/** The table's key a code falls under: the longest of its listed codes within a category that begins it, else ''. */
function codeKey(code: string, t: CosmeticOperations): string {
  let best = '';
  for (const k of t.categories.keys()) if (k.length > 3 && code.startsWith(k) && k.length > best.length) best = k;
  return best;
}

/**
 * The covered operation a fund-settled claim codes or bills (cosmetic-operations.json `operations`), or null. Lines are
 * read from `items` on the claim being judged (by catalogue row, code or name mark), else from the ledger entry (by
 * catalogue row); coded procedures date the operation at the claim's first day.
 */
function operationOf(e: MemberClaim, t: CosmeticOperations, items?: readonly BenefitItem[], procedures: readonly string[] = []): Operation | null {
  if (e.fundClaimedFen <= 0) return null;
  const names = new Set<string>();
  const lines: { lineId: string; date: string; fen: number }[] = [];
  for (const op of t.operations) {
    const billed = items
      ? items.filter((i) => i.category === 'service' && i.amountFen > 0 && (op.codes.includes(rowCodeOf(i)) || op.nameMarks.some((m) => i.name.includes(m))))
      : [];
    const kept = items ? [] : (e.lines ?? []).filter((l) => l.kind === 'service' && l.amountFen > 0 && op.codes.includes(ledgerRowOf(l)));
    const coded = startsWithAny(procedures, op.procedures);
    if (!billed.length && !kept.length && !coded) continue;
    names.add(op.name);
    for (const i of billed) lines.push({ lineId: i.lineId, date: i.date, fen: i.amountFen });
    for (const l of kept) lines.push({ lineId: l.lineId, date: l.date, fen: l.amountFen });
  }
  if (!names.size) return null;
  const date = lines.map((l) => l.date).sort()[0] ?? e.serviceDate;
  return { claimId: e.claimId, date, names: [...names], lineIds: [...new Set(lines.map((l) => l.lineId))], fen: lines.reduce((s, l) => s + l.fen, 0), codes: e.codes ?? [] };
}
