import { prefixList, startsWithAny, withManifestations } from '../contract/code-prefix';
import { diagnosesIndicate, type Knowledge, type SymptomFlagContext, type TestIndication } from './knowledge';
import type { KnowledgeClaimInput } from './knowledge-claim-input';

// Tests and examinations against the diagnoses that call for them (rules/knowledge/test-indications.json).

/** Test indications: every service line whose code the test table lists. */
export function applyTestIndications(c: KnowledgeClaimInput, k: Knowledge): void {
  const tests = k.tests.byCode;
  if (tests.size === 0) return;
  let judged: Map<TestIndication, boolean> | null = null;
  let surgical: boolean | null = null;
  let invasive = false;
  let flags: SymptomFlagContext | null = null;
  // A dagger–asterisk code's manifestation indicates tests as a code of its own would.
  const dx = withManifestations(c.diagnosisCodes);
  for (const it of c.items) {
    if (it.category !== 'service') continue;
    const row = tests.get(it.code);
    if (row === undefined) continue;
    // A row basic insurance never pays (健康体检, 劳社部发〔1999〕22号) asks only that the fund not pay it: a settlement
    // wholly self-paid (policy amount and fund claimed 0: an employer's or the member's own check-up) is what it asks.
    if (row.notCovered !== undefined && c.selfPaidClaim === true) continue;
    if (surgical === null) {
      // Claim context, built once and only for claims that bill a listed test.
      surgical =
        c.procedureCodes.length > 0 ||
        c.items.some((x) => x.catalogue?.subcategory === 'surgery') ||
        // The pre-admission work-up at the visit that books a planned operation (入院前检查).
        (!c.inpatient && startsWithAny(dx, k.tests.electiveSurgeryDiagnoses));
      invasive = surgical || c.items.some((x) => k.tests.invasiveCodes.has(x.code));
      const units = new Map<string, number>();
      for (const x of c.items) units.set(x.code, (units.get(x.code) ?? 0) + x.quantity);
      flags = { ageYears: c.ageYears, gender: c.gender, diagnosisCodes: dx, billed: (code) => units.get(code) ?? 0 };
    }
    judged ??= new Map();
    let ok = judged.get(row);
    if (ok === undefined) judged.set(row, (ok = testSupported(row, dx, surgical, invasive, flags!, c.procedureCodes)));
    // The acute assessment of an emergency admission (its first two days) is a line's own allowance.
    if (!ok && row.emergency && c.emergency === true && it.dayIndex <= 1) ok = true;
    it.indicationGroup = row.name;
    it.indicationSupported = ok;
    it.indicationExpected = ok ? null : expectedText(row, c.nameOf);
    it.indicatedBy = c.diagnosisCodes.filter((d) => diagnosesIndicate(row, withManifestations([d]), flags, dx));
  }
}

function testSupported(row: TestIndication, dx: readonly string[], surgical: boolean, invasive: boolean, flags: SymptomFlagContext, procedures: readonly string[]): boolean {
  if (row.notCovered !== undefined) return false;
  if (row.fromAge !== undefined && flags.ageYears < row.fromAge) return false;
  return (
    (row.preoperative && surgical) ||
    (row.preoperativeFromAge !== undefined && surgical && flags.ageYears >= row.preoperativeFromAge) ||
    (row.invasive && invasive) ||
    startsWithAny(procedures, row.procedures) ||
    diagnosesIndicate(row, dx, flags)
  );
}

function expectedText(row: TestIndication, nameOf: (code: string) => string): string {
  if (row.notCovered !== undefined) return `${row.name}：${row.notCovered}`;
  const parts = [`${row.name}：诊断 ${prefixList(row.indications)}`];
  if (row.fromAge !== undefined) parts.unshift(`${row.name}：须年满${row.fromAge}岁（${row.fromAgeWhy}）`);
  if (row.tumourSites) parts.push(`恶性肿瘤限 ${prefixList(row.tumourSites, 12)}`);
  if (row.suspected.length) parts.push(`疑似 ${prefixList(row.suspected, 6)}`);
  if (row.screening.length) parts.push(`筛查/随访 ${prefixList(row.screening, 6)}`);
  // A disease code held to a flag (vitamin D deficiency supports DXA in adults) is named 诊断, not 症状.
  for (const e of row.symptomSupport) parts.push(`${e.symptoms.every((x) => x.startsWith('R')) ? '症状' : '诊断'} ${prefixList(e.symptoms, 6)} 须${flagText(e, nameOf)}`);
  if (row.differential.length) parts.push(`鉴别诊断 ${prefixList(row.differential, 6)}`);
  if (row.together.length) parts.push(`同时诊断 ${prefixList(row.together.map((all) => all.join('+')), 6)}`);
  if (row.procedures.length) parts.push(`操作 ${prefixList(row.procedures, 6)}`);
  if (row.preoperative) parts.push('或手术/操作前');
  else if (row.preoperativeFromAge !== undefined) parts.push(`或${row.preoperativeFromAge}岁及以上患者手术前`);
  else if (row.invasive) parts.push('或侵入性检查治疗前');
  if (row.emergency) parts.push('或急诊就诊、急诊入院首2日');
  return parts.join('；');
}

/** A flagged symptom's conditions, in the words of the message (年满50岁或伴诊断 …或同时开具 …). */
function flagText(e: TestIndication['symptomSupport'][number], nameOf: (code: string) => string): string {
  const alt: string[] = [];
  if (e.fromAge !== undefined) alt.push(`年满${e.fromAge}岁`);
  if (e.belowAge !== undefined) alt.push(`未满${e.belowAge}岁`);
  if (e.gender !== undefined) alt.push(e.gender === 'M' ? '男性' : '女性');
  if (e.withDiagnoses.length) alt.push(`伴诊断 ${prefixList(e.withDiagnoses, 8)}`);
  if (e.withItems.length) alt.push(`同时开具${e.withItems.map(nameOf).join('/')}${e.withItemsQuantity > 1 ? `（${e.withItemsQuantity}次及以上）` : ''}`);
  return alt.join('或');
}
