import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadHistoryKnowledge } from '../../src/benefits/history-knowledge';
import { newEvent, relatedStay, stagedPairedOperation } from '../../src/benefits/cross-claim';
import type { BenefitItem } from '../../src/benefits/benefit-claim';
import type { MemberClaim } from '../../src/benefits/member-claim';
import { RULES_DIR } from '../helpers/rules-dir';
import { tempDir } from '../helpers/temp-dir';

// 分解住院 is a readmission for the same condition: the same ICD-10 category, or categories the shipped
// related-conditions table groups; two conditions that only share an MDC (body system) are not the same.

const shipped = loadHistoryKnowledge(RULES_DIR);
const stay = (principalCategory: string, mdc: string): MemberClaim =>
  ({ principalCategory, mdc, claimId: `C-${principalCategory}`, visitType: 'inpatient' }) as MemberClaim;

describe('relatedness of a readmission (history.split-hospitalisation)', () => {
  it('the same ICD-10 category, or one condition group of the table, is related; the same MDC alone is not', () => {
    expect(relatedStay(stay('I63', 'MDCB'), stay('I63', 'MDCB'), shipped)).toBe('同一疾病类目I63');
    expect(relatedStay(stay('G45', 'MDCB'), stay('I63', 'MDCB'), shipped)).toBe('同属脑血管病（G45、I63）');
    expect(relatedStay(stay('S06', 'MDCB'), stay('I63', 'MDCB'), shipped)).toBeNull();
    expect(relatedStay(stay('J18', 'MDCE'), stay('C34', 'MDCE'), shipped)).toBeNull();
    expect(relatedStay(stay('N83', 'MDCN'), stay('D25', 'MDCN'), shipped)).toBeNull();
  });

  it('an aspiration pneumonia continued as a bacterial or unspecified pneumonia is related, in that order only (continuations)', () => {
    expect(relatedStay(stay('J69', 'MDCE'), stay('J18', 'MDCE'), shipped)).toBe('吸入性肺炎后续治疗（J69→J18）');
    expect(relatedStay(stay('J69', 'MDCE'), stay('J15', 'MDCE'), shipped)).toBe('吸入性肺炎后续治疗（J69→J15）');
    expect(relatedStay(stay('J18', 'MDCE'), stay('J69', 'MDCE'), shipped)).toBeNull(); // a new aspiration
    expect(relatedStay(stay('J69', 'MDCE'), stay('J11', 'MDCE'), shipped)).toBeNull(); // influenza: a new infection
  });

  it('COPD and a lower-respiratory infection are one condition either way (ICD-10 J44.0); influenza and another lung disease are not', () => {
    expect(relatedStay(stay('J44', 'MDCE'), stay('J18', 'MDCE'), shipped)).toMatch(/J44→J18/);
    expect(relatedStay(stay('J18', 'MDCE'), stay('J44', 'MDCE'), shipped)).toMatch(/J18→J44/);
    expect(relatedStay(stay('J44', 'MDCE'), stay('J11', 'MDCE'), shipped)).toBeNull(); // influenza: a new infection
    expect(relatedStay(stay('J44', 'MDCE'), stay('C34', 'MDCE'), shipped)).toBeNull();
    expect(relatedStay(stay('J45', 'MDCE'), stay('J18', 'MDCE'), shipped)).toBeNull(); // asthma is not COPD
  });

  it('a planned readmission re-coding the condition with a neighbouring code is no new event; another condition is', () => {
    const CEFOPERAZONE = 'XJ01DDT507B002010156149';
    const earlier = {
      claimId: 'COPD-1', visitType: 'inpatient', principalCategory: 'J44', codes: ['J44.100'], serviceDate: '2025-03-13', endDate: '2025-03-22', dischargeMode: 'ordered',
      lines: [{ lineId: '1', code: 'XR03DAD516B002010171423', date: '2025-03-13', kind: 'drug', amountFen: 1760, drug: 'XR03DAD516B002', courseStart: true }],
    } as unknown as MemberClaim;
    const later = (codes: string[], admissionRoute: string) =>
      ({ claimId: 'COPD-2', visitType: 'inpatient', principalCategory: 'J44', codes, serviceDate: '2025-03-29', endDate: '2025-04-03', admissionRoute }) as unknown as MemberClaim;
    // The opening day: a chest CT the principal calls for and an antibiotic the earlier stay did not give.
    const items = [
      { lineId: '1', date: '2025-03-29', code: '002301010020001', name: '胸部CT平扫', category: 'service', quantity: 1, catalogue: { code: '002301010020001', subcategory: 'exam' }, indicatedBy: ['J44.000'] },
      { lineId: '2', date: '2025-03-29', code: CEFOPERAZONE, name: '注射用头孢哌酮钠舒巴坦钠', category: 'drug', quantity: 2, catalogue: { code: 'XJ01DDT507B002' } },
    ] as unknown as BenefitItem[];
    expect(newEvent(earlier, later(['J44.000'], 'outpatient'), items, shipped)).toBe(false);
    // Acute respiratory failure the earlier stay did not carry: the event's own content.
    expect(newEvent(earlier, later(['J44.000', 'J96.000'], 'outpatient'), items, shipped)).toBe(true);
    // Through the emergency department the new subtype still counts (a new infarct is coded so).
    expect(newEvent(earlier, later(['J44.000'], 'emergency'), items, shipped)).toBe(true);
  });

  it('a table putting one category in two groups fails at load, naming the file and the group', () => {
    const dir = tempDir('related-');
    cpSync(RULES_DIR, dir, { recursive: true });
    const file = join(dir, 'history', 'related-conditions.json');
    const table = JSON.parse(readFileSync(file, 'utf8'));
    table.groups[1].categories.push('I63');
    writeFileSync(file, JSON.stringify(table));
    expect(() => loadHistoryKnowledge(dir)).toThrow(/related-conditions\.json group 1: category I63 is already in group 脑血管病/);
  });

  it('a staged second-side operation on a paired organ is told apart from a split stay', () => {
    const PHACO = '003304010010001';
    const op = (claimId: string, lines: string[], more: Partial<MemberClaim> = {}): MemberClaim =>
      ({ claimId, visitType: 'inpatient', principalCategory: 'H25', lines: lines.map((code, i) => ({ lineId: String(i), code, date: claimId === 'E1' || claimId === 'E0' ? '2025-03-05' : '2025-03-19', kind: 'service', amountFen: 0 })), ...more }) as MemberClaim;
    const first = op('E1', [PHACO], { dischargeMode: 'ordered' });
    const second = op('E2', [PHACO], { admissionRoute: 'outpatient' });
    // The second eye two days after the first, before its week-1 review (minDaysBetween 7): one bilateral course split in two.
    const soon = { ...second, lines: second.lines!.map((l) => ({ ...l, date: '2025-03-07' })) } as MemberClaim;
    expect(stagedPairedOperation(first, soon, [first], shipped)).toBeNull();
    expect(stagedPairedOperation(first, second, [first], shipped)).toBe('白内障超声乳化摘除+人工晶体植入（第二眼）');
    // Without the operation in the first stay, admitted as an emergency, after a stay cut short, or a third time: not staging.
    expect(stagedPairedOperation(op('E1', [], { dischargeMode: 'ordered' }), second, [], shipped)).toBeNull();
    expect(stagedPairedOperation(first, op('E2', [PHACO], { admissionRoute: 'emergency' }), [first], shipped)).toBeNull();
    expect(stagedPairedOperation(first, op('E2', [PHACO], { admissionRoute: 'transfer' }), [first], shipped)).toBeNull();
    // A record that does not give the route is judged planned, as the second eye's elective operation is.
    expect(stagedPairedOperation(first, op('E2', [PHACO]), [first], shipped)).toBe('白内障超声乳化摘除+人工晶体植入（第二眼）');
    expect(stagedPairedOperation(op('E1', [PHACO], { dischargeMode: 'against_advice' }), second, [], shipped)).toBeNull();
    expect(stagedPairedOperation(first, second, [op('E0', [PHACO]), first], shipped)).toBeNull();
    // The operation billed twice in one stay is not one side per stay.
    expect(stagedPairedOperation(op('E1', [PHACO, PHACO]), second, [], shipped)).toBeNull();
    // Every row names its source.
    for (const row of shipped.stagedOperations ?? []) expect(row.source.length).toBeGreaterThan(20);
  });

  it('ERCP stone extraction, then the planned cholecystectomy, is a staged treatment; a gallstone stay without the ERCP is not', () => {
    const LAP_CHOLE = '003302020010001';
    const gallstone = (claimId: string, category: string, codes: string[], serviceCodes: string[]): MemberClaim =>
      ({ claimId, visitType: 'inpatient', principalCategory: category, codes, serviceCodes, lines: [] }) as unknown as MemberClaim;
    const operation = gallstone('L2', 'K80', ['K80.100x001', '51.2300'], [LAP_CHOLE]);
    expect(relatedStay(gallstone('L1', 'K80', ['K80.501', 'K80.200x003', '51.8503', '51.8800x009'], []), operation, shipped)).toBeNull();
    // Antibiotics first, then discharged and readmitted for the operation: the same stay split.
    expect(relatedStay(gallstone('L1', 'K80', ['K80.100x001'], []), operation, shipped)).toBe('同一疾病类目K80');
    // The ERCP stay that already removed the gallbladder: a second K80 stay is judged as any readmission.
    expect(relatedStay(gallstone('L1', 'K80', ['K80.501', '51.8503'], [LAP_CHOLE]), operation, shipped)).toBe('同一疾病类目K80');
  });

  it('a PCNL, then its second stage coded as a readmission (II期 再次住院), is a staged treatment; a stay without the first stage is not', () => {
    const PCNL = '003306020030001';
    const stone = (claimId: string, codes: string[], serviceCodes: string[]): MemberClaim =>
      ({ claimId, visitType: 'inpatient', principalCategory: 'N20', codes, serviceCodes, lines: [] }) as unknown as MemberClaim;
    const stageTwo = stone('P2', ['N20.000', '55.0300x002'], [PCNL]);
    expect(relatedStay(stone('P1', ['N20.000', '55.0300x003', '59.8x04'], [PCNL]), stageTwo, shipped)).toBeNull();
    // Work-up first, the PCNL on the readmission: the same stay split, whatever the second stay codes.
    expect(relatedStay(stone('P1', ['N20.000'], []), stageTwo, shipped)).toBe('同一疾病类目N20');
    // A second PCNL coded as a first stage (I期) is no second stage: judged as any readmission.
    expect(relatedStay(stone('P1', ['N20.000', '55.0300x003'], [PCNL]), stone('P2', ['N20.000', '55.0300x003'], [PCNL]), shipped)).toBe('同一疾病类目N20');
  });

  it('the next rehabilitation course after its rest interval, and the rehabilitation after an acute stroke, are not split stays', () => {
    const ASSESS = '001217000010001';
    const PT = '001218000010001';
    const rehab = (claimId: string, category: string, serviceDate: string, endDate: string, assessedOn: string[]): MemberClaim =>
      ({
        claimId, hospitalId: 'H-REHAB', visitType: 'inpatient', principalCategory: category, codes: [], serviceDate, endDate, dischargeMode: 'ordered', serviceCodes: [ASSESS, PT],
        lines: assessedOn.map((date, i) => ({ lineId: String(i), code: ASSESS, date, kind: 'service', amountFen: 2700 })),
      }) as unknown as MemberClaim;
    const course = rehab('R1', 'I69', '2025-05-01', '2025-05-28', ['2025-05-01', '2025-05-27']);
    // An adult's course restarted 4 or 12 days after a full course: the recovery period is one episode.
    expect(relatedStay(course, rehab('R2', 'I69', '2025-06-01', '2025-06-28', ['2025-06-01']), shipped)).toBe('同一疾病类目I69');
    expect(relatedStay(course, rehab('R2', 'I69', '2025-06-09', '2025-06-28', ['2025-06-09']), shipped)).toBe('同一疾病类目I69');
    // A cerebral-palsy child's next course a week later is the long programme's next course.
    expect(relatedStay(rehab('P1', 'G80', '2025-05-01', '2025-05-28', ['2025-05-27']), rehab('P2', 'G80', '2025-06-04', '2025-06-28', ['2025-06-04']), shipped)).toBeNull();
    // The acute stroke's stay, then its rehabilitation coded I69 or G81: the next phase, even after early rehabilitation in the acute ward.
    const acute = { ...rehab('A1', 'I63', '2025-04-10', '2025-04-24', []), hospitalId: 'H-ACUTE', serviceCodes: [PT] } as MemberClaim;
    expect(relatedStay(acute, rehab('R1', 'I69', '2025-04-24', '2025-05-20', ['2025-04-24']), shipped)).toBeNull();
    expect(relatedStay(acute, rehab('R1', 'G81', '2025-05-01', '2025-05-20', ['2025-05-01']), shipped)).toBeNull();
    // Review 29 item 8: at the acute stay's own hospital the rehabilitation is a 转科 within one stay; a discharge and
    // readmission for it (科内转康复科办理出院再入院) is judged as any readmission.
    expect(relatedStay(acute, { ...rehab('R1', 'I69', '2025-04-24', '2025-05-20', ['2025-04-24']), hospitalId: 'H-ACUTE' } as MemberClaim, shipped)).toBe('同属脑血管病（I63、I69）');
    // Another stay between them (rehabilitation begun elsewhere, then a transfer on): this one is no longer the next phase.
    const between = rehab('R0', 'I69', '2025-04-24', '2025-04-30', ['2025-04-24']);
    expect(relatedStay(acute, rehab('R1', 'I69', '2025-05-01', '2025-05-20', ['2025-05-01']), shipped, [acute, between])).toBe('同属脑血管病（I63、I69）');
    // A stay coded for the acute stroke again, or a rehabilitation stay billing no rehabilitation, is judged as any readmission.
    expect(relatedStay(acute, rehab('A2', 'I63', '2025-04-28', '2025-05-08', []), shipped)).toBe('同一疾病类目I63');
    expect(relatedStay(acute, { ...rehab('R1', 'I69', '2025-04-28', '2025-05-08', []), serviceCodes: [] } as MemberClaim, shipped)).toBe('同属脑血管病（I63、I69）');
  });
});
