import { buildClaim as build, judge, hitOf as hit } from '../helpers/shipped-rules';
import { publicHealthVisit, type PublicHealthServices } from '../../src/enrich/public-health-visit';
import type { ItemFacts } from '../../src/enrich/item-fact-types';

// 公卫 services billed to the fund (public-health-services.json, rule catalogue.public-health-service-billed): a 基层
// visit whose whole bill is the consultation and one 公卫 service's items. On the shipped tables, then on a small table.

const CONSULT = '001102000040001'; // 一般诊疗费
const BP = '001211000010001'; // 无创血压监测
const HB = '002501010030001'; // 血红蛋白测定
const visit = (birthDate: string, level: number, dx: string[], codes: string[]) =>
  build({ base: 'outpatient', set: { 'patient.birthDate': birthDate, 'provider.level': level, 'provider.department': 'general_practice', diagnoses: dx.map((code, i) => ({ code, principal: i === 0 })), items: [] }, addItems: codes.map((code) => ({ code })) });

describe('公卫 service billed as a visit (shipped tables)', () => {
  it('a hypertensive follow-up at a township hospital: consultation and blood pressure only, every line named, an info lead and no suspicion', async () => {
    const c = visit('1957-03-01', 1, ['I10.x00x002'], [CONSULT, BP]);
    const hits = await judge(c);
    const h = hit(hits, 'catalogue.public-health-follow-up-billed')!;
    expect(h.severity).toBe('info');
    expect(h.lineIds.sort()).toEqual(c.items.map((i: any) => i.lineId).sort());
    expect(h.evidence).toMatchObject({ 公卫服务项目: '高血压、2型糖尿病患者健康管理（面对面随访）', 收费项目: '无创血压监测' });
    // One visit cannot show the 规范's schedule (≥ 4 a year): not the warn rule's.
    expect(hit(hits, 'catalogue.public-health-service-billed')).toBeUndefined();
    // A 门诊慢特病 visit (drugs on a running 长处方) is not judged at all.
    const chronic = build({ base: 'outpatient', set: { visitType: 'chronic', 'patient.birthDate': '1957-03-01', 'provider.level': 1, 'provider.department': 'general_practice', diagnoses: [{ code: 'I10.x00x002', principal: true }], items: [] }, addItems: [{ code: CONSULT }, { code: BP }] });
    expect(hit(await judge(chronic), 'catalogue.public-health-follow-up-billed')).toBeUndefined();
  });
  it('the same follow-up at the county hospital, or with a headache coded, is quiet', async () => {
    expect(hit(await judge(visit('1957-03-01', 2, ['I10.x00x002'], ['001102000010001', BP])), 'catalogue.public-health-service-billed')).toBeUndefined();
    expect(hit(await judge(visit('1957-03-01', 1, ['I10.x00x002', 'R51.x00'], [CONSULT, BP])), 'catalogue.public-health-service-billed')).toBeUndefined();
  });
});

describe('publicHealthVisit on its own table', () => {
  const table: PublicHealthServices = {
    note: '', levels: [1], visitTypes: ['outpatient'], consultations: ['C'], sources: {},
    services: [{ name: 'child', minAge: 0, maxAge: 6, diagnoses: ['Z00.1', 'J06'], panel: ['HB', 'CBC'], minPanel: 1, required: ['HB'], lead: false }],
  };
  const line = (code: string, i: number) => ({ lineId: String(i + 1), code, name: code, category: 'service', catalogue: null, amountFen: 500 }) as unknown as ItemFacts;
  const input = (codes: string[], dx = ['J06.900'], ageYears = 2) => ({ visitType: 'outpatient', hospitalLevel: 1, ageYears, diagnosisCodes: dx, items: codes.map(line) });
  it('a cold with a lone haemoglobin is the screen; with the full blood count only it is the cold\'s work-up', () => {
    expect(publicHealthVisit(input(['C', 'HB']), table)).toMatchObject({ service: 'child', names: 'HB', amount: 10, lead: false });
    expect(publicHealthVisit(input(['C', 'CBC']), table)).toBeNull();
  });
  it('a drug or another line, no consultation, an age beyond the service: not judged', () => {
    expect(publicHealthVisit(input(['C', 'HB', 'DRUG']), table)).toBeNull();
    expect(publicHealthVisit(input(['HB']), table)).toBeNull();
    expect(publicHealthVisit(input(['C', 'HB'], ['J06.900'], 9), table)).toBeNull();
    expect(publicHealthVisit(input(['C', 'HB'], ['D50.900']), table)).toBeNull();
  });
  it('a service of its own visit types judges only those; a lead service says so', () => {
    const followUp = { ...table, visitTypes: ['outpatient', 'chronic'] as ('outpatient' | 'chronic')[], services: [{ ...table.services[0], visitTypes: ['outpatient'] as 'outpatient'[], lead: true }] };
    expect(publicHealthVisit(input(['C', 'HB']), followUp)).toMatchObject({ lead: true });
    expect(publicHealthVisit({ ...input(['C', 'HB']), visitType: 'chronic' }, followUp)).toBeNull();
  });
});
