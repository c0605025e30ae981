import { toYuan } from '../money/fen';
import type { AgePlausibility, AgePlausibilityRow, AgeRows } from './age-plausibility';
import { underAny } from '../contract/code-prefix';
import { lineMatches, type ItemFacts } from './item-fact-types';
import { atcOf } from './knowledge';
import { rowCodeOf } from '../contract/catalogue-row';

// Care implausible at the member's age (冒名就医 signal), against rules/knowledge/age-plausibility.json (loaded by
// age-plausibility.ts): an adult's chronic medicines on a child's card, a delivery on an old woman's, a newborn's
// condition on an adult's.

export interface AgeImplausibleFacts {
  /** What is implausible at this age, with each row's range: "氯吡格雷（14岁以上）、诊断O80.000（妊娠、分娩及产褥期，10–55岁）". */
  care: string;
  /** The ranges of the rows found, for evidence: "14岁以上、10–55岁". */
  ageLimit: string;
  lineIds: string[];
  amount: number;
}

export interface AgeInput {
  visitType: string;
  ageYears: number;
  diagnosisCodes: readonly string[];
  procedureCodes?: readonly string[];
  /** provider.department. */
  department?: string;
  items: readonly ItemFacts[];
}

function rangeText(r: AgePlausibilityRow): string {
  if (r.minAge !== undefined && r.maxAge !== undefined) return `${r.minAge}–${r.maxAge}岁`;
  return r.minAge !== undefined ? `${r.minAge}岁以上` : `${r.maxAge}岁及以下`;
}

const outside = (r: AgePlausibilityRow, age: number) => (r.minAge !== undefined && age < r.minAge) || (r.maxAge !== undefined && age > r.maxAge);

/** Whether the row judges this claim: none of its `notWithDiagnoses`, and one of its `with…` conditions when it sets any. */
function applies(r: AgePlausibilityRow, c: AgeInput): boolean {
  if (r.notWithDiagnoses.length && c.diagnosisCodes.some((d) => underAny(d, r.notWithDiagnoses))) return false;
  if (!r.withDiagnoses.length && !r.withProcedures.length && !r.withItems) return true;
  return c.diagnosisCodes.some((d) => underAny(d, r.withDiagnoses)) || (c.procedureCodes ?? []).some((p) => underAny(p, r.withProcedures)) || (!!r.withItems && c.items.some((it) => lineMatches(r.withItems!, it)));
}

/** The first row, in file order, naming the line's code or an ATC prefix of its drug. */
function lineRow(index: AgeRows, it: ItemFacts): AgePlausibilityRow | undefined {
  const code = rowCodeOf(it);
  const byCode = index.byCode.get(code);
  // No ATC rows for the visit type (a stay's): the drug's ATC code is not worked out.
  const atc = index.atc.length && it.category === 'drug' ? atcOf(code, it.catalogue) : null;
  if (atc !== null) {
    for (const a of index.atc) {
      if (byCode && a.at >= byCode.at) break;
      if (atc.startsWith(a.prefix)) return a.row;
    }
  }
  return byCode?.row;
}

/** Whether the catalogue itself restricts the line by age and the member is outside it: catalogue.age-restricted-item's. */
function catalogueRestricts(it: ItemFacts, age: number): boolean {
  const min = it.catalogue?.ageMin;
  const max = it.catalogue?.ageMax;
  return (typeof min === 'number' && age < min) || (typeof max === 'number' && age > max);
}

/**
 * The lines, diagnoses and procedures of a claim whose row's age range excludes the member's age. A line the
 * catalogue itself restricts by age is catalogue.age-restricted-item's, not repeated here.
 */
export function ageImplausible(c: AgeInput, table: AgePlausibility | null | undefined): AgeImplausibleFacts | null {
  const index = table?.byVisitType.get(c.visitType);
  if (!index) return null;
  const { rows } = index;
  const found: string[] = [];
  const limits: string[] = [];
  const lines: ItemFacts[] = [];
  for (const it of c.items) {
    if (catalogueRestricts(it, c.ageYears)) continue;
    const r = lineRow(index, it);
    if (!r || !outside(r, c.ageYears) || !applies(r, c)) continue;
    lines.push(it);
    found.push(`${it.name}（${r.name}，${rangeText(r)}）`);
    limits.push(rangeText(r));
  }
  for (const [kind, codes, prefixesOf] of [
    ['诊断', c.diagnosisCodes, (r: AgePlausibilityRow) => r.diagnoses],
    ['手术操作', c.procedureCodes ?? [], (r: AgePlausibilityRow) => r.procedures],
  ] as const) {
    for (const code of codes) {
      const r = rows.find((x) => underAny(code, prefixesOf(x)));
      if (!r || !outside(r, c.ageYears) || !applies(r, c)) continue;
      found.push(`${kind}${code}（${r.name}，${rangeText(r)}）`);
      limits.push(rangeText(r));
    }
  }
  // The department seen in (a 77-year-old in 儿科: a grandchild on the grandparent's card); its row's name, not the code.
  const dept = c.department === undefined ? undefined : rows.find((x) => x.departments.includes(c.department as string));
  if (dept && outside(dept, c.ageYears) && applies(dept, c)) {
    found.push(`就诊科室（${dept.name}，${rangeText(dept)}）`);
    limits.push(rangeText(dept));
  }
  if (!found.length) return null;
  // A diagnosis, procedure or department alone: a stay is the care given under it (every line); a visit or purchase, its drug lines (else every line).
  const drugs = c.items.filter((i) => i.category === 'drug');
  const named = lines.length ? lines : c.visitType !== 'inpatient' && drugs.length ? drugs : c.items;
  return {
    care: [...new Set(found)].join('、'), ageLimit: [...new Set(limits)].join('、'),
    lineIds: named.map((l) => l.lineId), amount: toYuan(named.reduce((s, l) => s + l.amountFen, 0)),
  };
}
