import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BenefitItem } from '../../src/benefits/benefit-claim';
import { secondLineDrugUnsupported } from '../../src/benefits/cross-claim/second-line-drug';
import { DEFAULT_LIMITS } from '../../src/benefits/history-knowledge';
import type { LedgerLine, MemberClaim } from '../../src/benefits/member-claim';
import { loadSecondLineDrugs } from '../../src/benefits/second-line-drugs';
import { CATALOGUE_FILES } from '../../src/enrich/catalogue';

// A GLP-1 RA bought again and again, the member's record holding no glucose-lowering drug and no glucose or HbA1c test;
// the drug classes, tests and figures are the shipped rules/history/second-line-drugs.json.

const secondLineDrugs = loadSecondLineDrugs(join(__dirname, '../../rules/history'));
const k = { limits: DEFAULT_LIMITS, frequency: new Map(), secondLineDrugs };
const entry = (over: Partial<MemberClaim>): MemberClaim => ({
  insuredId: 'P1', claimId: 'C', insuranceType: 'employee', visitType: 'outpatient', serviceDate: '2025-06-01', endDate: '2025-06-01',
  hospitalId: 'H1', principalCategory: 'E11', mdc: null, totalFen: 96000, policyFen: 96000, fundClaimedFen: 0, itemsSignature: 'x',
  serviceCodes: [], lines: [], codes: ['E11.900', 'E66.000'], ...over,
});
const lira: BenefitItem = {
  lineId: '2', code: 'XA10BJL506B002010147391', name: '利拉鲁肽注射液', category: 'drug', date: '2025-06-01', quantity: 3, unitPrice: 320, amountFen: 96000,
  longPrescription: false, catalogue: { code: 'XA10BJL506B002' },
};
const line = (code: string, kind: LedgerLine['kind'], date: string): LedgerLine => ({ lineId: '1', code, date, kind, amountFen: 100 });
const earlier = (id: string, date: string, extra: LedgerLine[] = []) =>
  entry({ claimId: id, serviceDate: date, endDate: date, lines: [line('XA10BJL506B002010147391', 'drug', date), ...extra] });
// An ordinary visit long before: the record reaches the row's window (180 days) back before the first purchase.
const since = entry({ claimId: 'OLD', serviceDate: '2024-09-01', endDate: '2024-09-01', principalCategory: 'J06', codes: ['J06.900'] });

describe('secondLineDrugUnsupported', () => {
  it('names a repeat purchase with no earlier treatment or test anywhere in the record', () => {
    const hit = secondLineDrugUnsupported(entry({}), [lira], [since, earlier('A', '2025-05-02'), earlier('B', '2025-04-01')], k);
    expect(hit).toMatchObject({ lineIds: ['2'], names: '利拉鲁肽注射液', amount: 960, purchases: 'B、A、C', dates: '2025-04-01、2025-05-02、2025-06-01' });
    expect(hit?.prior).toBe('二甲双胍等口服降糖药或胰岛素');
  });
  it('is quiet on a first purchase, and on a repeat outside the window', () => {
    expect(secondLineDrugUnsupported(entry({}), [lira], [since], k)).toBeNull();
    expect(secondLineDrugUnsupported(entry({}), [lira], [since, earlier('A', '2024-11-01')], k)).toBeNull();
  });
  it('is quiet where the record begins less than the window before the first purchase (a member moved in)', () => {
    expect(secondLineDrugUnsupported(entry({}), [lira], [earlier('A', '2025-05-02')], k)).toBeNull();
    // 180 days before the first purchase (2025-04-01) is 2024-10-03: a record reaching that day is read, one a day short is not.
    expect(secondLineDrugUnsupported(entry({}), [lira], [{ ...since, serviceDate: '2024-10-03' }, earlier('B', '2025-04-01')], k)).not.toBeNull();
    expect(secondLineDrugUnsupported(entry({}), [lira], [{ ...since, serviceDate: '2024-10-04' }, earlier('B', '2025-04-01')], k)).toBeNull();
  });
  it('names a third prescribing visit with no test or earlier drug at any, however short the record (visitsWithoutCare)', () => {
    const third = secondLineDrugUnsupported(entry({}), [lira], [earlier('A', '2025-05-02'), earlier('B', '2025-04-01')], k);
    expect(third).toMatchObject({ purchases: 'B、A、C' });
    // Pharmacy purchases are not the prescriber's visits: two of the three at a pharmacy leave the short record unread.
    const atPharmacy = (id: string, date: string) => ({ ...earlier(id, date), visitType: 'pharmacy' });
    expect(secondLineDrugUnsupported(entry({}), [lira], [atPharmacy('A', '2025-05-02'), atPharmacy('B', '2025-04-01')], k)).toBeNull();
    expect(secondLineDrugUnsupported(entry({ visitType: 'pharmacy' }), [lira], [earlier('A', '2025-05-02'), atPharmacy('B', '2025-04-01')], k)).toBeNull();
  });
  it('is quiet when metformin or insulin, or a glucose or HbA1c test, is on the claim or anywhere in the record', () => {
    const metformin: BenefitItem = { ...lira, lineId: '3', code: 'XA10BAE503A001010168547', name: '盐酸二甲双胍片', quantity: 90, amountFen: 450, catalogue: { code: 'XA10BAE503A001' } };
    const hba1c: BenefitItem = { ...lira, lineId: '4', code: '002502050020001', name: '糖化血红蛋白测定', category: 'service', quantity: 1, amountFen: 5400, catalogue: { code: '002502050020001' } };
    const prior = [since, earlier('A', '2025-05-02')];
    expect(secondLineDrugUnsupported(entry({}), [lira, metformin], prior, k)).toBeNull();
    expect(secondLineDrugUnsupported(entry({}), [lira, hba1c], prior, k)).toBeNull();
    expect(secondLineDrugUnsupported(entry({}), [lira], [since, earlier('A', '2025-05-02', [line('XA10AEG503B002010100001', 'drug', '2025-05-02')])], k)).toBeNull();
    expect(secondLineDrugUnsupported(entry({}), [lira], [...prior, entry({ claimId: 'L', serviceDate: '2025-01-05', lines: [line('002502050010001', 'service', '2025-01-05')] })], k)).toBeNull();
  });
  it('reads only clinic visits and pharmacy purchases, and only with the table', () => {
    expect(secondLineDrugUnsupported(entry({ visitType: 'inpatient' }), [lira], [since, earlier('A', '2025-05-02')], k)).toBeNull();
    expect(secondLineDrugUnsupported(entry({}), [lira], [since, earlier('A', '2025-05-02')], { limits: DEFAULT_LIMITS, frequency: new Map() })).toBeNull();
  });
});

// One 目录 备注, one text (review 31 item 11): a catalogue row of a drug this table names by its 通用名 quotes the
// 限定支付范围 the table reads, not a second wording of it.
it('a catalogue row of a drug the second-line table names carries the table’s 限定支付范围 text', () => {
  const dir = join(__dirname, '../../rules/catalogue');
  const rows = CATALOGUE_FILES.flatMap((f) => (JSON.parse(readFileSync(join(dir, f), 'utf8')) as { rows: { name: string; indicationsText?: unknown }[] }).rows);
  const mismatched: string[] = [];
  let checked = 0;
  for (const sl of secondLineDrugs!.rows) {
    const generics = (/（(.+)）/.exec(sl.name)?.[1] ?? '').split('、').map((g) => g.replace(/等$/, '')).filter(Boolean);
    for (const r of rows) {
      if (typeof r.indicationsText !== 'string' || !generics.some((g) => r.name.startsWith(g))) continue;
      checked++;
      if (!sl.source.includes(r.indicationsText)) mismatched.push(`${r.name}: ${r.indicationsText}`);
    }
  }
  expect(checked).toBeGreaterThan(0);
  expect(mismatched).toEqual([]);
});
