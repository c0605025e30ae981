import { accumulate, newAggregate, paidByGroup } from '../../src/features/exports/aggregate';
import { atLeastPercent, percent, yuan } from '../../src/features/exports/format';
import { maskIdNumber, maskInsuredId, maskName } from '../../src/features/exports/masking';
import { safeText } from '../../src/features/exports/safe-cell';
import { caseRow, regionRows, summaryRows, TABLES } from '../../src/features/exports/sheets';
import { drgDipTargetFor } from '../../src/features/exports/run-export';
import { parsePolicies } from '../../src/benefits/policy';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ExportVerdict } from '../../src/features/exports/export-store';
import { makeClaim, makeRecord, makeVerdict } from '../helpers/fixtures';

describe('report cells', () => {
  it('write fen as yuan with two decimals, exactly', () => {
    expect([yuan(0), yuan(5), yuan(123456), yuan(-5), yuan(9_007_199_254_740_991)]).toEqual(['0.00', '0.05', '1234.56', '-0.05', '90071992547409.91']);
    expect(() => yuan(0.5)).toThrow(/fen/);
  });

  it('compute percentages in integers, half up, and compare with a target exactly', () => {
    expect([percent(1, 3), percent(2, 3), percent(1, 8), percent(0, 5), percent(1, 0)]).toEqual(['33.33%', '66.67%', '12.50%', '0.00%', '']);
    expect(percent(7_000_000_000_000, 10_000_000_000_000)).toBe('70.00%'); // fen sums beyond 2^53 / 10^4
    expect([atLeastPercent(70, 100, 70), atLeastPercent(6999, 10000, 70), atLeastPercent(0, 0, 70)]).toEqual([true, false, false]);
  });

  it('guard text that Excel would run as a formula', () => {
    expect([safeText('=HYPERLINK("x")'), safeText('+1'), safeText('-2+3'), safeText('@a'), safeText('神经内科'), safeText(null)]).toEqual([
      `'=HYPERLINK("x")`, "'+1", "'-2+3", "'@a", '神经内科', '',
    ]);
    // A negative amount or rate is a number, not a formula: it stays as it is.
    expect([safeText('-2'), safeText('-0.05'), safeText('-12.50%')]).toEqual(['-2', '-0.05', '-12.50%']);
  });
});

describe('masking', () => {
  it('hides at least half of each identifier and keeps a few characters to tell cases apart', () => {
    expect(maskInsuredId('P0000123')).toBe('P0****23');
    expect(maskInsuredId('ABC')).toBe('**C');
    expect(maskName('张三丰')).toBe('张**');
    expect(maskName('李四')).toBe('李*');
    expect(maskName('王')).toBe('*');
    expect(maskIdNumber('51010419800101123X')).toBe('510*************3X');
    for (const s of ['P0000123', 'ABC', 'x', '51010419800101123X', '欧阳娜娜']) {
      for (const masked of [maskInsuredId(s), maskName(s), maskIdNumber(s)]) {
        expect([...masked].length).toBe([...s].length);
        expect([...masked].filter((c) => c === '*').length).toBeGreaterThanOrEqual(Math.ceil([...s].length / 2));
      }
    }
  });

  it('leaves no whole identifier in a case row', () => {
    const claim = makeClaim({ patient: { insuredId: 'INS-5101-000001', gender: 'M', birthDate: '1958-06-12', name: '张三丰', idNumber: '51010419580612123X' } });
    const summary = makeRecord(claim, makeVerdict(claim, { decision: 'review' }));
    const row = caseRow({ claimId: claim.claimId, status: 'new', caseDecision: 'review', summary, patient: { insuredId: 'INS-5101-000001', name: '张三丰', idNumber: '51010419580612123X' } }, null);
    const text = row.join('|');
    for (const s of ['INS-5101-000001', '张三丰', '51010419580612123X']) expect(text).not.toContain(s);
    expect(row).toHaveLength(TABLES.cases.columns.length);
  });
});

describe('DRG/DIP share', () => {
  const inpatient = (claimId: string, grouping: ExportVerdict['grouping'], fundYuan: number, region = '510100'): ExportVerdict => {
    const claim = makeClaim({ claimId });
    const verdict = makeVerdict(claim, { grouping });
    return { ...makeRecord(claim, verdict, { fundClaimedFen: fundYuan * 100 }), region, province: region.slice(0, 2), hits: [], grouping, caseStatus: null };
  };
  const grouped = { scheme: 'CHS-DRG 1.1', mdc: 'MDCB', adrg: 'BR2', drg: 'BR23', dip: null, status: 'grouped' };
  const ungroupable = { scheme: 'CHS-DRG 1.1', mdc: null, adrg: null, drg: '0000', dip: null, status: 'ungroupable' };

  it('counts grouped inpatient claims (or a DIP code), not ungroupable or check-failed ones', () => {
    expect(paidByGroup(inpatient('a', grouped, 1))).toBe(true);
    expect(paidByGroup(inpatient('b', ungroupable, 1))).toBe(false);
    expect(paidByGroup(inpatient('c', { ...ungroupable, status: 'check_failed' }, 1))).toBe(false);
    expect(paidByGroup(inpatient('d', { scheme: 'DIP', mdc: null, adrg: null, drg: null, dip: 'D123' }, 1))).toBe(true);
    expect(paidByGroup(inpatient('e', { scheme: 'x', mdc: null, adrg: null, drg: '0000', dip: null }, 1))).toBe(false);
    expect(paidByGroup(inpatient('f', null, 1))).toBe(false);
  });

  it('shows the share of inpatient fund spending against the 70% target and whether it is met', () => {
    const a = newAggregate();
    accumulate(a, inpatient('a', grouped, 650));
    accumulate(a, inpatient('b', ungroupable, 350));
    const total = summaryRows(a, 70).at(-1)!;
    const at = (en: string) => total[TABLES.summary.columns.findIndex((c) => c.en === en)];
    expect([at('inpatientFundClaimed'), at('drgDipFundClaimed'), at('drgDipShare'), at('drgDipTarget'), at('drgDipTargetMet')]).toEqual([
      '1000.00', '650.00', '65.00%', '≥70%', '否 no',
    ]);
    // The target is the province's policy value: met at 65% itself (以上), none set → no verdict on it.
    const cells = (target: Parameters<typeof summaryRows>[1]) => {
      const row = summaryRows(a, target).at(-1)!;
      return [row[TABLES.summary.columns.findIndex((c) => c.en === 'drgDipTarget')], row[TABLES.summary.columns.findIndex((c) => c.en === 'drgDipTargetMet')]];
    };
    expect(cells(65)).toEqual(['≥65%', '是 yes']);
    expect(cells(65.01)).toEqual(['≥65.01%', '否 no']);
    expect(cells(null)).toEqual(['', '']);
    expect(cells('by-province')).toEqual(['按省 by province', '']);
  });

  it('by region: each province’s own target from the policy table', () => {
    const a = newAggregate();
    accumulate(a, inpatient('a', grouped, 650));
    accumulate(a, inpatient('b', ungroupable, 350));
    accumulate(a, inpatient('c', grouped, 650, '220100'));
    accumulate(a, inpatient('d', ungroupable, 350, '220100'));
    const doc = JSON.parse(readFileSync(resolve(__dirname, '../../rules/benefits/policies.json'), 'utf8'));
    doc.provinces['51'].drgDipFundShareTarget.value = 0.6;
    const rows = regionRows(a, drgDipTargetFor(parsePolicies(doc), '2025-03'));
    const at = (row: unknown[], en: string) => row[TABLES['by-region'].columns.findIndex((c) => c.en === en)];
    expect(rows.map((r) => [at(r, 'region'), at(r, 'drgDipShare'), at(r, 'drgDipTarget'), at(r, 'drgDipTargetMet')])).toEqual([
      ['220100', '65.00%', '≥70%', '否 no'],
      ['510100', '65.00%', '≥60%', '是 yes'],
    ]);
  });
});
