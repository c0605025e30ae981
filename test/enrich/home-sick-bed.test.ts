import { enrichClaim } from '../../src/enrich/enrich';
import { loadEnrichRefs } from '../../src/enrich/load-refs';
import { makeClaim, makeItem } from '../helpers/fixtures';

// A home sick bed (家庭病床, rules/knowledge/home-sick-beds.json) is known by its department or by the charges only a
// home bed bills (建床费, 巡诊费): a community hospital's general department runs its beds under its own code.
const refs = loadEnrichRefs('rules').refs;
const setUp = makeItem({ lineId: '1', code: '001110000010001', name: '家庭病床建床费', category: 'service', date: '2025-04-01', quantity: 1, unitPrice: 24 });
const visit = (lineId: string, date: string) => makeItem({ lineId, code: '001110000020001', name: '家庭病床巡诊费', category: 'service', date, quantity: 1, unitPrice: 32 });
const nursing = (lineId: string, date: string) => makeItem({ lineId, code: '001201000030001', name: 'Ⅱ级护理', category: 'service', date, quantity: 1, unitPrice: 18 });

function stay(department: string, items: ReturnType<typeof makeItem>[]) {
  const c = makeClaim({ admissionDate: '2025-04-01', dischargeDate: '2025-04-29', diagnoses: [{ code: 'I69.300', principal: true }, { code: 'L89.100' }], items });
  return enrichClaim({ ...c, provider: { ...c.provider, department } }, refs).facts.stay;
}

describe('home sick bed recognised by its charges', () => {
  it('reads a general department billing 家庭病床建床费 and 巡诊费 as a home sick bed, its visits counted', () => {
    const s = stay('general', [setUp, visit('2', '2025-04-01'), visit('3', '2025-04-04'), visit('4', '2025-04-07')]);
    expect(s?.homeSickBed).toMatchObject({ nights: 28, visitDays: 3 });
    expect(s?.homeSickBed?.department).toContain('家庭病床建床费');
    expect(s?.homeBedCharges).toBeNull();
  });

  it('names the ward nursing such a bed bills, and leaves a ward stay without home-bed charges alone', () => {
    const s = stay('general', [setUp, nursing('2', '2025-04-01'), nursing('3', '2025-04-02')]);
    expect(s?.homeBedCharges?.lineIds).toEqual(['2', '3']);
    expect(stay('general', [nursing('2', '2025-04-01'), nursing('3', '2025-04-02')])?.homeSickBed).toBeNull();
  });
});
