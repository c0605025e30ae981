import { buildClaim, hitOf, judge } from '../helpers/shipped-rules';

// 门诊常见病输液: acute bronchitis is mostly viral and treated without routine antibiotics (《急性气管-支气管炎基层诊疗
// 指南（2018年）》), so IV azithromycin at a clinic visit for it is 不合理输液; in a COPD patient it is an exacerbation.
const RULE = 'catalogue.infusion-not-indicated';
const visit = (...diagnoses: string[]) =>
  buildClaim({
    base: 'outpatient',
    set: { 'provider.level': 1, 'provider.department': 'general', diagnoses: diagnoses.map((code, i) => (i === 0 ? { code, principal: true } : { code })) },
    addItems: [{ code: 'XJ01FAA503B002' }, { code: 'XB05BBP506B002' }],
  });

describe('outpatient infusion for acute bronchitis', () => {
  it('flags IV azithromycin for acute bronchitis with nothing else coded', async () => {
    expect(hitOf(await judge(visit('J20.900')), RULE)).toBeDefined();
  });

  it('leaves it when COPD is coded beside the bronchitis', async () => {
    expect(hitOf(await judge(visit('J20.900', 'J44.900')), RULE)).toBeUndefined();
  });
});
