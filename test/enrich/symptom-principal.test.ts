import { buildClaim as build, judge, hitOf as hit } from '../helpers/shipped-rules';

// 结算清单填写规范 (医保办发〔2021〕34号) 主要诊断选择: a symptom is principal only when the stay found no cause
// (grouping.symptom-principal, rules/knowledge/symptom-causes.json).

const stay = (diagnoses: { code: string; principal?: boolean }[], procedures: { code: string }[] = []) =>
  build({ set: { 'provider.department': 'general_surgery', diagnoses, procedures } });

describe('a symptom coded principal beside the diagnosis that explains it', () => {
  it('abdominal pain principal with the cholecystitis operated on beside it is judged, naming the cause', async () => {
    const h = hit(await judge(stay([{ code: 'R10.400', principal: true }, { code: 'K80.100' }], [{ code: '51.2300' }])), 'grouping.symptom-principal');
    expect(h?.evidence).toMatchObject({ 症状: '腹痛', 已编码的病因诊断: 'K80.100' });
  });
  it('the symptom alone, beside a diagnosis that does not explain it, or after the cause: quiet', async () => {
    expect(hit(await judge(stay([{ code: 'R50.900', principal: true }])), 'grouping.symptom-principal')).toBeUndefined();
    expect(hit(await judge(stay([{ code: 'R07.400', principal: true }, { code: 'I10.x00x002' }])), 'grouping.symptom-principal')).toBeUndefined();
    expect(hit(await judge(stay([{ code: 'K80.100', principal: true }, { code: 'R10.400' }], [{ code: '51.2300' }])), 'grouping.symptom-principal')).toBeUndefined();
  });
});
