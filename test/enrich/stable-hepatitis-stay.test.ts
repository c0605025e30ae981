import type { RuleExample } from '../../src/rules/examples';
import { enrichExample } from '../helpers/enrich-example';

// 体检式住院 of a stable chronic hepatitis (stay-content.json lowIntensity.stableHepatitis): the follow-up panel and a
// hepatoprotectant drip in a short stay, with nothing coded that makes the liver unstable.

const lowIntensity = (e: RuleExample) => enrichExample(e).facts.stay.lowIntensity;
const ward = [0, 1, 2, 3].flatMap((day) => ['001105000010001', '001201000030001', '001103000010001'].map((code) => ({ code, day })));
const panel = ['002502010010001', '002502110010001', '002502170020001', '002103010010001'].map((code) => ({ code, day: 0 }));
const drip = (drug: string) => [{ code: '001204000010001', day: 1 }, { code: 'C14010150100001020350000001', day: 1 }, { code: 'XB05BBL511B002010178601', day: 1 }, { code: drug, quantity: 2, day: 1 }];
const GLUTATHIONE = 'XV03ABH501B002010188834';
const stay = (codes: string[], nights = 4): RuleExample => ({
  set: { 'provider.department': 'hepatology', items: [], dischargeDate: `2025-03-${String(4 + nights).padStart(2, '0')}`, diagnoses: codes.map((code, i) => ({ code, principal: i === 0 })) },
  addItems: [...ward.filter((l) => l.day < nights), ...panel, ...drip(GLUTATHIONE)],
});

describe('stable chronic hepatitis stay', () => {
  it('names the follow-up panel and the hepatoprotectant drip of a stable hepatitis B stay', () => {
    expect(lowIntensity(stay(['B18.104']))?.content).toContain('注射用药仅保肝药（注射用还原型谷胱甘肽）');
  });

  it('is quiet with a flare or cirrhosis coded, beyond five nights, or with another parenteral drug', () => {
    expect(lowIntensity(stay(['B18.104', 'R74.000x001']))).toBeNull();
    expect(lowIntensity(stay(['K74.600', 'B18.104']))).toBeNull();
    expect(lowIntensity({ ...stay(['B18.104'], 6), addItems: [...ward, ...[4, 5].flatMap((day) => ward.slice(0, 3).map((l) => ({ ...l, day }))), ...panel, ...drip(GLUTATHIONE)] })).toBeNull();
    expect(lowIntensity({ ...stay(['B18.104']), addItems: [...ward, ...panel, ...drip('XJ01DDT504B002010162673')] })).toBeNull();
  });
});
