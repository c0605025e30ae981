import { buildClaim as build, judge, hitOf as hit } from '../helpers/shipped-rules';

// 结算清单填写规范 (医保办发〔2021〕34号) 主要诊断选择: a symptom is principal only when the stay found no cause
// (grouping.symptom-principal, rules/knowledge/symptom-causes.json).

const stay = (diagnoses: { code: string; principal?: boolean }[], procedures: { code: string }[] = []) =>
  build({ set: { 'provider.department': 'general_surgery', diagnoses, procedures } });

describe('a symptom coded principal beside the diagnosis that explains it', () => {
  it('abdominal pain principal with the acute cholecystitis operated on beside it is judged, naming the cause and not claiming the group moved', async () => {
    const h = hit(await judge(stay([{ code: 'R10.400', principal: true }, { code: 'K80.000' }], [{ code: '51.2300' }])), 'grouping.symptom-principal');
    expect(h?.evidence).toMatchObject({ 症状: '腹痛', 已编码的病因诊断: 'K80.000' });
    expect(h?.message).toContain('可能影响分组');
    expect(h?.message).not.toContain('改变了分组');
  });
  it('incidental findings beside abdominal pain (gallstones or chronic cholecystitis, chronic gastritis, a simple ovarian cyst, diverticulosis) do not explain it: quiet', async () => {
    for (const cause of ['K80.100', 'K80.200', 'K81.100', 'K29.500', 'N83.201', 'K57.300x006']) {
      expect(hit(await judge(stay([{ code: 'R10.400', principal: true }, { code: cause }])), 'grouping.symptom-principal')).toBeUndefined();
    }
    // Removed by the stay's operation they are its cause: the cholecystectomy for the gallstones, the cystectomy for the cyst.
    expect(hit(await judge(stay([{ code: 'R10.400', principal: true }, { code: 'K80.100' }], [{ code: '51.2300' }])), 'grouping.symptom-principal')).toBeDefined();
    expect(hit(await judge(stay([{ code: 'R10.400', principal: true }, { code: 'N83.201' }], [{ code: '65.2501' }])), 'grouping.symptom-principal')).toBeDefined();
    for (const cause of ['K29.100', 'K57.304', 'N83.501', 'K81.000']) {
      expect(hit(await judge(stay([{ code: 'R10.400', principal: true }, { code: cause }])), 'grouping.symptom-principal')).toBeDefined();
    }
  });
  it('the symptom alone, beside a diagnosis that does not explain it, or after the cause: quiet', async () => {
    expect(hit(await judge(stay([{ code: 'R50.900', principal: true }])), 'grouping.symptom-principal')).toBeUndefined();
    expect(hit(await judge(stay([{ code: 'R07.400', principal: true }, { code: 'I10.x00x002' }])), 'grouping.symptom-principal')).toBeUndefined();
    expect(hit(await judge(stay([{ code: 'K80.100', principal: true }, { code: 'R10.400' }], [{ code: '51.2300' }])), 'grouping.symptom-principal')).toBeUndefined();
  });
});
