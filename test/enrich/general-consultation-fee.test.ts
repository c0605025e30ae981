import { buildClaim, hitOf, judge } from '../helpers/shipped-rules';

// 一般诊疗费 (基层医疗卫生机构) includes 挂号、诊查、注射（含静脉输液）和药事服务 (国办发〔2010〕62号): an injection or infusion
// fee beside it the same day is charged twice; a clinic billing 诊察费 by item is not judged by that 内涵.
const visit = (consultation: string, diagnosis: string, ...codes: string[]) =>
  buildClaim({
    base: 'outpatient',
    set: { 'provider.level': 1, 'provider.department': 'general', diagnoses: [{ code: diagnosis, principal: true }], items: [] },
    addItems: [{ code: consultation }, ...codes.map((code) => ({ code }))],
  });

describe('一般诊疗费 and the injection fees it includes', () => {
  it('flags the infusion fees a township bills beside 一般诊疗费 for a pneumonia', async () => {
    const v = await judge(visit('001102000040001', 'J18.900', '001204000010001', '001204000020001'));
    expect(v.hits.filter((h) => h.ruleId === 'catalogue.bundled-charge').flatMap((h) => h.lineIds)).toEqual(['2', '3']);
  });

  it('flags an intramuscular injection fee beside 一般诊疗费', async () => {
    expect(hitOf(await judge(visit('001102000040001', 'M54.502', '001204000050001')), 'catalogue.bundled-charge')?.lineIds).toEqual(['2']);
  });

  it('leaves a private clinic billing 普通门诊诊察费 and the infusion fees by item', async () => {
    expect(hitOf(await judge(visit('001102000010001', 'J18.900', '001204000010001', '001204000020001')), 'catalogue.bundled-charge')).toBeUndefined();
  });

  it('leaves a venous blood draw beside 一般诊疗费: no 注射', async () => {
    expect(hitOf(await judge(visit('001102000040001', 'E11.900', '001204000080001')), 'catalogue.bundled-charge')).toBeUndefined();
  });
});
