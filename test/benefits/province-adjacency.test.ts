import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadHistoryKnowledge } from '../../src/benefits/history-knowledge';
import { parseProvinceAdjacency, provincesFarApart } from '../../src/benefits/province-adjacency';
import { distantSameDay } from '../../src/benefits/cross-claim';
import type { MemberClaim } from '../../src/benefits/member-claim';
import { RULES_DIR } from '../helpers/rules-dir';

// Same-day care in two provinces far apart (history.same-day-distant-provinces) reads the shipped province
// adjacency table: the 34 provincial units of GB/T 2260, neighbours by their land borders (and the 琼州海峡 ferry).

const table = loadHistoryKnowledge(RULES_DIR).provinces!;
const file = join(RULES_DIR, 'history', 'province-adjacency.json');

describe('province adjacency table', () => {
  it('holds the 34 provincial units, each border listed on both sides', () => {
    expect(table.names.size).toBe(34);
    expect(table.names.get('51')).toBe('四川省');
    expect(table.names.get('22')).toBe('吉林省');
  });

  it('far: neither the same province nor a neighbour; a region the table cannot place is never far', () => {
    expect(provincesFarApart(table, '510100', '220100')).toBe(true); // 成都 – 长春
    expect(provincesFarApart(table, '110100', '310100')).toBe(true); // 北京 – 上海
    expect(provincesFarApart(table, '110100', '131000')).toBe(false); // 北京 – 廊坊 (河北)
    expect(provincesFarApart(table, '220700', '230600')).toBe(false); // 松原 – 大庆
    expect(provincesFarApart(table, '510100', '513400')).toBe(false); // 成都 – 凉山: one province
    expect(provincesFarApart(table, '440800', '460100')).toBe(false); // 湛江 – 海口 across the strait
    expect(provincesFarApart(table, '510100', '990100')).toBe(false);
  });

  it('refuses a border listed on one side only, naming both', () => {
    const json = JSON.parse(readFileSync(file, 'utf8')) as { provinces: { code: string; adjacent: string[] }[] };
    const sichuan = json.provinces.find((p) => p.code === '51')!;
    sichuan.adjacent = [...sichuan.adjacent, '22'];
    expect(() => parseProvinceAdjacency(json, 'x.json')).toThrow(/51 lists 22 as adjacent but 22 does not list 51/);
  });
});

describe('in-person days of the pair', () => {
  const entry = (over: Partial<MemberClaim>): MemberClaim => ({
    insuredId: 'P', claimId: 'A', insuranceType: 'resident', visitType: 'outpatient', serviceDate: '2025-03-15', endDate: '2025-03-15',
    hospitalId: 'H510100001', region: '510100', principalCategory: 'J06', mdc: null, totalFen: 1000, policyFen: 1000, fundClaimedFen: 0,
    itemsSignature: 'x', serviceCodes: ['S'], lines: [{ lineId: '1', code: 'S', date: '2025-03-15', kind: 'consult', amountFen: 900 }], ...over,
  });
  const far = (over: Partial<MemberClaim>) => entry({ claimId: 'B', hospitalId: 'H220100003', region: '220100', ...over });

  it('a clinic visit with a consultation, or a stay on its admission or discharge day, is the member in person', () => {
    expect(distantSameDay(entry({}), [], [far({})], table)?.claims).toBe('B、A');
    const stay = far({ visitType: 'inpatient', serviceDate: '2025-03-10', endDate: '2025-03-15', lines: [] });
    expect(distantSameDay(entry({}), [], [stay], table)?.date).toBe('2025-03-15');
  });

  it('not: a pharmacy purchase, a visit of drugs alone, a day inside a stay, an entry stored without its region', () => {
    const drugs = [{ lineId: '1', code: 'D', date: '2025-03-15', kind: 'drug' as const, amountFen: 900 }];
    // A pharmacy bill is not the member's presence even where it carries a service line (a pharmacist's fee).
    expect(distantSameDay(entry({}), [], [far({ visitType: 'pharmacy' })], table)).toBeNull();
    expect(distantSameDay(entry({}), [], [far({ visitType: 'chronic', lines: drugs })], table)).toBeNull();
    expect(distantSameDay(entry({}), [], [far({ visitType: 'inpatient', serviceDate: '2025-03-10', endDate: '2025-03-20', lines: [] })], table)).toBeNull();
    expect(distantSameDay(entry({}), [], [far({ region: undefined })], table)).toBeNull();
  });

  // 委托他人代为购药 (条例第十七条) buys the member's own treatment: a far purchase for a condition no claim of the
  // member shows is someone's own use of the card.
  const purchase = (over: Partial<MemberClaim>) => far({ visitType: 'pharmacy', principalCategory: 'E11', codes: ['E11.900'], lines: [{ lineId: '1', code: 'D', date: '2025-03-15', kind: 'drug', amountFen: 19040 }], ...over });
  const homeVisit = entry({ principalCategory: 'I10', codes: ['I10.x00x002'] });

  it('a far pharmacy purchase for a condition the member never had is the card in use there, whichever settles first', () => {
    const found = distantSameDay(homeVisit, [], [purchase({})], table);
    expect(found?.thereWhat).toMatch(/E11类疾病用药/);
    expect(found?.hereWhat).toBe('就诊');
    const mine = distantSameDay(purchase({ claimId: 'C' }), [], [homeVisit], table);
    expect(mine?.hereWhat).toMatch(/非代参保人本人购药/);
    expect(mine?.suspects[0].claimId).toBe('A');
  });

  it('not: the purchase of a condition on the member\'s record (an earlier claim, the same-day visit, an approved 门诊慢特病)', () => {
    const earlier = entry({ claimId: 'E', serviceDate: '2025-02-10', endDate: '2025-02-10', principalCategory: 'J06', codes: ['J06.900', 'E11.900'] });
    expect(distantSameDay(homeVisit, [], [earlier, purchase({})], table)).toBeNull();
    expect(distantSameDay(entry({ principalCategory: 'E11', codes: ['E11.900'] }), [], [purchase({})], table)).toBeNull();
    expect(distantSameDay(homeVisit, [], [purchase({})], table, ['E11'])).toBeNull();
    // A claim dated after the purchase does not put the condition on record on its day.
    const later = entry({ claimId: 'L', hospitalId: 'H510100009', serviceDate: '2025-03-20', endDate: '2025-03-20', principalCategory: 'E11', codes: ['E11.900'] });
    expect(distantSameDay(homeVisit, [], [later, purchase({})], table)).not.toBeNull();
  });
});
