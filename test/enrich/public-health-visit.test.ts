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
  it('a hypertensive follow-up at a township hospital: consultation and blood pressure only, every line named', async () => {
    const c = visit('1957-03-01', 1, ['I10.x00x002'], [CONSULT, BP]);
    const h = hit(await judge(c), 'catalogue.public-health-service-billed')!;
    expect(h.lineIds.sort()).toEqual(c.items.map((i: any) => i.lineId).sort());
    expect(h.evidence).toMatchObject({ 公卫服务项目: '高血压、2型糖尿病患者健康管理（面对面随访）', 收费项目: '无创血压监测' });
  });
  it('the same follow-up at the county hospital, or with a headache coded, is quiet', async () => {
    expect(hit(await judge(visit('1957-03-01', 2, ['I10.x00x002'], ['001102000010001', BP])), 'catalogue.public-health-service-billed')).toBeUndefined();
    expect(hit(await judge(visit('1957-03-01', 1, ['I10.x00x002', 'R51.x00'], [CONSULT, BP])), 'catalogue.public-health-service-billed')).toBeUndefined();
  });
});

describe('publicHealthVisit on its own table', () => {
  const table: PublicHealthServices = {
    note: '', levels: [1], visitTypes: ['outpatient'], consultations: ['C'], sources: {},
    services: [{ name: 'child', minAge: 0, maxAge: 6, diagnoses: ['Z00.1', 'J06'], panel: ['HB', 'CBC'], minPanel: 1, required: ['HB'] }],
  };
  const line = (code: string, i: number) => ({ lineId: String(i + 1), code, name: code, category: 'service', catalogue: null, amountFen: 500 }) as unknown as ItemFacts;
  const input = (codes: string[], dx = ['J06.900'], ageYears = 2) => ({ visitType: 'outpatient', hospitalLevel: 1, ageYears, diagnosisCodes: dx, items: codes.map(line) });
  it('a cold with a lone haemoglobin is the screen; with the full blood count only it is the cold\'s work-up', () => {
    expect(publicHealthVisit(input(['C', 'HB']), table)).toMatchObject({ service: 'child', names: 'HB', amount: 10 });
    expect(publicHealthVisit(input(['C', 'CBC']), table)).toBeNull();
  });
  it('a drug or another line, no consultation, an age beyond the service: not judged', () => {
    expect(publicHealthVisit(input(['C', 'HB', 'DRUG']), table)).toBeNull();
    expect(publicHealthVisit(input(['HB']), table)).toBeNull();
    expect(publicHealthVisit(input(['C', 'HB'], ['J06.900'], 9), table)).toBeNull();
    expect(publicHealthVisit(input(['C', 'HB'], ['D50.900']), table)).toBeNull();
  });
});
