import type { ItemFacts } from './facts';
import { prefixList, type Knowledge, type TestIndication } from './knowledge';

// Per-claim facts from the knowledge tables (rules/knowledge/), written into the item facts itemFacts()
// created with these fields null (same object shape, so the rules' property reads stay monomorphic).
// Each table row is judged once per claim and the result reused for every line it covers.

export interface KnowledgeItemFacts {
  /** Name of the knowledge row (test group) the line belongs to; null when no table lists it. */
  indicationGroup: string | null;
  /** Whether a diagnosis (or the screening / pre-operative allowance) on the claim supports the line; null: not judged. */
  indicationSupported: boolean | null;
  /** What would support it, for messages. */
  indicationExpected: string | null;
}

export interface KnowledgeClaimInput {
  diagnosisCodes: readonly string[];
  procedureCodes: readonly string[];
  items: ItemFacts[];
}

const startsWithAny = (codes: readonly string[], ps: readonly string[]) => {
  for (const c of codes) for (const p of ps) if (c.startsWith(p)) return true;
  return false;
};

function testSupported(row: TestIndication, dx: readonly string[], surgical: boolean, invasive: boolean): boolean {
  return (
    (row.preoperative && surgical) ||
    (row.invasive && invasive) ||
    startsWithAny(dx, row.indications) ||
    startsWithAny(dx, row.suspected) ||
    startsWithAny(dx, row.screening)
  );
}

function expectedText(row: TestIndication): string {
  const parts = [`${row.name}：诊断 ${prefixList(row.indications)}`];
  if (row.suspected.length) parts.push(`疑似 ${prefixList(row.suspected, 6)}`);
  if (row.screening.length) parts.push(`筛查/随访 ${prefixList(row.screening, 6)}`);
  if (row.preoperative) parts.push('或手术/操作前');
  else if (row.invasive) parts.push('或侵入性检查治疗前');
  return parts.join('；');
}

/** Test indications: every service line whose code the test table lists. */
export function applyKnowledge(c: KnowledgeClaimInput, k: Knowledge): void {
  const tests = k.tests.byCode;
  if (tests.size === 0) return;
  let judged: Map<TestIndication, boolean> | null = null;
  let surgical: boolean | null = null;
  let invasive = false;
  for (const it of c.items) {
    if (it.category !== 'service') continue;
    const row = tests.get(it.code);
    if (row === undefined) continue;
    if (surgical === null) {
      // Claim context, built once and only for claims that bill a listed test.
      surgical = c.procedureCodes.length > 0 || c.items.some((x) => x.catalogue?.subcategory === 'surgery');
      invasive = surgical || c.items.some((x) => k.tests.invasiveCodes.has(x.code));
    }
    judged ??= new Map();
    let ok = judged.get(row);
    if (ok === undefined) judged.set(row, (ok = testSupported(row, c.diagnosisCodes, surgical, invasive)));
    it.indicationGroup = row.name;
    it.indicationSupported = ok;
    it.indicationExpected = ok ? null : expectedText(row);
  }
}
