import type { RuleExample } from '../../src/rules/examples';
import { enrichExample } from '../helpers/enrich-example';

// 体检式住院 of stable chronic conditions (stay-content.json lowIntensity.stableCourse): a plain glucose drip with
// nothing added, given daily, treats none of them (bedBlocking.plainDrip, as the 挂床 check reads it).

const lowIntensity = (e: RuleExample) => enrichExample(e).facts.stay.lowIntensity;
const NIGHTS = 6;
const days = [...Array(NIGHTS).keys()];
const ward = days.flatMap((day) => ['001105000010001', '001201000040001', '001103000010001'].map((code) => ({ code, day })));
const work = ['002501010010001', '002502010010001', '002502040010001', '003107010010001'].map((code) => ({ code, day: 0 }))
  .concat(['002103010030001', '002301010010001'].map((code) => ({ code, day: 1 })));
const oral = [{ code: 'ZA12BAF510A007010115771', quantity: 180, day: 0 }];
const GLUCOSE = 'XB05BAP505B002010141437';
const drip = (added?: string) => days.flatMap((day) => [
  { code: '001204000010001', day }, { code: 'C14010150100001020350000001', day }, { code: GLUCOSE, day },
  ...(added ? [{ code: added, day }] : []),
]);
const stay = (codes: string[], added?: string): RuleExample => ({
  set: { 'provider.department': 'internal', items: [], dischargeDate: `2025-03-${String(4 + NIGHTS).padStart(2, '0')}`, diagnoses: codes.map((code, i) => ({ code, principal: i === 0 })) },
  addItems: [...ward, ...work, ...oral, ...drip(added)],
});

describe('stable chronic stay with a plain drip', () => {
  it('reads a daily plain glucose drip on stable hypertension and dyslipidaemia as no treatment', () => {
    expect(lowIntensity(stay(['I10.x00', 'E78.500']))?.content).toContain('未加药的单纯输液18行');
  });

  it('is quiet when a diagnosis is off the stable list (dehydration, pneumonia) or a drug is added to the drip', () => {
    expect(lowIntensity(stay(['I10.x00', 'E86.x00']))).toBeNull();
    expect(lowIntensity(stay(['I10.x00', 'J18.900']))).toBeNull();
    expect(lowIntensity(stay(['I10.x00', 'E78.500'], 'XJ01DDT504B002010162673'))).toBeNull();
  });
});
