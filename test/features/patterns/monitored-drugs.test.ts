import { findPatterns } from '../../../src/features/patterns/find-patterns';
import { isMonitoredName, monitoredDrugs } from '../../../src/features/patterns/monitored-drugs';
import type { PatternClaim } from '../../../src/features/patterns/pattern-store';

// A neurology ward of six level-3 doctors treating stroke stays: one gives 神经节苷脂 (第一批重点监控) from the second
// day of 10 of his 14 stays, the others on 1 of 14 each; a seventh doctor has one stay, with it (100% of one claim).

const GANGLIOSIDE = 'XN06BXD514B002010148464';
const rows: Record<string, { code: string; name: string; category: 'drug' }> = {
  [GANGLIOSIDE]: { code: GANGLIOSIDE, name: '单唾液酸四己糖神经节苷脂钠注射液', category: 'drug' },
  XB01ACA056A001: { code: 'XB01ACA056A001', name: '阿司匹林肠溶片', category: 'drug' },
};
const catalogue = { get: (code: string) => rows[code] as never };

const stay = (doctorId: string, i: number, drug: boolean): PatternClaim => ({
  claimId: `${doctorId}-${String(i).padStart(2, '0')}`, hospitalId: `H-${doctorId}`, doctorId, region: '510100', province: '51', hospitalLevel: 3,
  department: 'neurology', visitType: 'inpatient', serviceDate: `2025-03-${String(1 + (i % 27)).padStart(2, '0')}`, endDate: `2025-03-${String(2 + (i % 27)).padStart(2, '0')}`,
  totalFen: 1_500_000, ruleIds: [], drg: 'BR23', insuredId: `M-${doctorId}-${i}`, dischargeMode: 'home', admissionRoute: 'outpatient', ageYears: 70,
  principalDiagnosis: 'I63.900', codes: [], diagnosisCodes: ['I63.900'], stayDrugCodes: drug ? [GANGLIOSIDE, 'XB01ACA056A001'] : ['XB01ACA056A001'],
});

const ward = (): PatternClaim[] => [
  ...Array.from({ length: 14 }, (_, i) => stay('D-KICK', i, i < 10)),
  ...['D1', 'D2', 'D3', 'D4', 'D5'].flatMap((d) => Array.from({ length: 14 }, (_, i) => stay(d, i, i === 0))),
  stay('D-ONE', 0, true),
];

const period = { from: '2025-03-01', to: '2025-03-31' };

describe('monitored drugs (重点监控合理用药药品) in the provider patterns', () => {
  it('matches the list by generic name, drug rows only', () => {
    expect(isMonitoredName('单唾液酸四己糖神经节苷脂钠注射液')).toBe(true);
    expect(isMonitoredName('前列地尔注射液')).toBe(true);
    expect(isMonitoredName('阿司匹林肠溶片')).toBe(false);
    const is = monitoredDrugs(catalogue);
    expect(is(GANGLIOSIDE)).toBe(true);
    expect(is('XB01ACA056A001')).toBe(false);
    expect(is('unknown')).toBe(false);
  });

  it('names the doctor giving it on most stays, from the stay drugs the ledger keeps, and not the one-stay doctor', () => {
    const found = findPatterns(ward(), { period, isCostly: () => false, isMonitoredDrug: monitoredDrugs(catalogue), itemName: (c) => rows[c]?.name });
    const doctors = found.filter((f) => f.providerKind === 'doctor').map((f) => [f.doctorId, f.itemCode, f.count]);
    expect(doctors).toEqual([['D-KICK', GANGLIOSIDE, 10]]);
    expect(found.find((f) => f.doctorId === 'D-KICK')!.title).toContain('重点监控药品使用占比');
  });

  it('finds nothing without the list (the stay drugs are not costly items)', () => {
    expect(findPatterns(ward(), { period, isCostly: () => false }).filter((f) => f.metric === 'costly-item')).toEqual([]);
  });

  it('does not name a ward where every doctor gives it alike', () => {
    const alike = ['D1', 'D2', 'D3', 'D4', 'D5', 'D6'].flatMap((d) => Array.from({ length: 14 }, (_, i) => stay(d, i, i < 10)));
    expect(findPatterns(alike, { period, isCostly: () => false, isMonitoredDrug: monitoredDrugs(catalogue) })).toEqual([]);
  });
});
