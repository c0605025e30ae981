import type { Verdict } from '../../src/contract/verdict';
import { type RuleExample } from '../../src/rules/examples';
import { buildClaim, judge } from '../helpers/shipped-rules';

// 冒名就医 shown by age-implausible chronic care (issue 19): a child's outpatient or pharmacy claim for an adult's
// chronic drugs or diagnoses, on the shipped rules and rules/knowledge/age-plausibility.json. The outpatient base
// visit is on 15 Mar 2025.

const build = (e: RuleExample) => buildClaim({ base: 'outpatient', ...e });
const RULE = 'catalogue.age-implausible-care';
const hit = (v: Verdict) => v.hits.find((h) => h.ruleId === RULE);
const AMLODIPINE = 'XC08CAA512A001010145149';
const CLOPIDOGREL = 'XB01ACL502A001010124734';
const METFORMIN = 'XA10BAE503A001010168547';
const AMOXICILLIN = 'XJ01CAA501A001010126436';
const hypertension = [{ code: 'I10.x00', principal: true }];

describe('儿童门诊或药店购买成人慢病药品（冒名就医）', () => {
  it('an 8-year-old at a pharmacy with amlodipine and clopidogrel for essential hypertension: 可疑, naming the two drug lines', async () => {
    const c = build({ set: { visitType: 'pharmacy', 'patient.birthDate': '2017-01-10', diagnoses: hypertension }, addItems: [{ code: AMLODIPINE, quantity: 30 }, { code: CLOPIDOGREL, quantity: 28 }, { code: AMOXICILLIN, quantity: 6 }] });
    const v = await judge(c);
    const h = hit(v)!;
    expect(h.severity).toBe('warn');
    expect(v.decision).toBe('review');
    expect(h.lineIds.sort()).toEqual(c.items.filter((i: any) => [AMLODIPINE, CLOPIDOGREL].includes(i.code)).map((i: any) => i.lineId).sort());
    expect(h.evidence).toMatchObject({ 年龄: 8 });
    expect(String(h.evidence?.与年龄不符的药品或诊断)).toContain('I10.x00');
    expect(h.message).toContain('冒用');
  });

  it('a diagnosis alone (type 2 diabetes at 6) names the claim\'s drug lines', async () => {
    const c = build({ set: { 'patient.birthDate': '2019-02-01', diagnoses: [{ code: 'E11.900', principal: true }] }, addItems: [{ code: AMOXICILLIN, quantity: 6 }] });
    const h = hit(await judge(c))!;
    expect(h.lineIds).toEqual([c.items.find((i: any) => i.code === AMOXICILLIN).lineId]);
  });

  it.each([
    ['the same drugs for a 60-year-old', { 'patient.birthDate': '1965-01-10', diagnoses: hypertension }, [{ code: AMLODIPINE, quantity: 30 }, { code: CLOPIDOGREL, quantity: 28 }]],
    ['metformin for a 12-year-old with type 2 diabetes (children\'s type 2 diabetes begins at puberty)', { 'patient.birthDate': '2013-01-10', diagnoses: [{ code: 'E11.900', principal: true }] }, [{ code: METFORMIN, quantity: 60 }]],
    ['a 5-year-old with a cold and amoxicillin', { 'patient.birthDate': '2020-01-10' }, [{ code: AMOXICILLIN, quantity: 6 }]],
    ['a child\'s inpatient stay (not judged: supervised off-label use)', { base: 'inpatient' }, []],
  ])('is quiet for %s', async (_name, set, addItems) => {
    const { base, ...rest } = set as Record<string, unknown>;
    const e: RuleExample = base === 'inpatient'
      ? { base: 'inpatient', set: { 'patient.birthDate': '2017-01-10' }, addItems: [{ code: CLOPIDOGREL, day: 1 }] }
      : { set: rest, addItems };
    expect(hit(await judge(build(e)))).toBeUndefined();
  });
});

// The inpatient base stay runs 4–9 Mar 2025 (a man: the delivery cases set a woman's card).
const DELIVERY_KIT = 'C14070150100001630710000001';
const DELIVERY = '003305010020001';
const CAESAREAN = '003305010010001';
const inpatient = (set: Record<string, unknown>, addItems: RuleExample['addItems'] = []) => build({ base: 'inpatient', set, addItems });
const woman = (birthDate: string, dx: string, procedure: string) => ({
  'patient.gender': 'F', 'patient.birthDate': birthDate,
  diagnoses: [{ code: dx, principal: true }], procedures: [{ code: procedure, principal: true, date: '2025-03-05' }],
});

describe('诊疗与年龄不符：分娩、新生儿、老年病（冒名就医）', () => {
  it('a delivery on the card of a 72-year-old woman names the delivery lines and the age range', async () => {
    const c = inpatient(woman('1953-01-10', 'O80.000', '73.6x01'), [{ code: DELIVERY, day: 1 }, { code: DELIVERY_KIT, day: 1 }]);
    const h = hit(await judge(c))!;
    expect(h.lineIds.sort()).toEqual(c.items.filter((i: any) => [DELIVERY, DELIVERY_KIT].includes(i.code)).map((i: any) => i.lineId).sort());
    expect(h.evidence).toMatchObject({ 年龄: 72, 适用年龄: '10–55岁' });
    expect(h.message).toContain('O80.000');
  });

  it('a delivery diagnosis alone on a stay names every line of the stay', async () => {
    const c = inpatient({ 'patient.gender': 'F', 'patient.birthDate': '1950-06-01', diagnoses: [{ code: 'Z37.000', principal: true }] });
    expect(hit(await judge(c))!.lineIds.sort()).toEqual(c.items.map((i: any) => i.lineId).sort());
  });

  it('a newborn\'s condition on a 66-year-old\'s card and a senile cataract on a 9-year-old\'s are flagged', async () => {
    expect(hit(await judge(inpatient({ 'patient.birthDate': '1959-01-10', diagnoses: [{ code: 'P59.900', principal: true }] })))).toBeDefined();
    expect(hit(await judge(build({ set: { 'patient.birthDate': '2016-01-10', diagnoses: [{ code: 'H25.900', principal: true }] } })))).toBeDefined();
    expect(hit(await judge(inpatient({ 'patient.birthDate': '2016-01-10' }, [{ code: 'C03010150100001403170000001', day: 1 }])))).toBeDefined();
  });

  it.each([
    ['a caesarean at 41', () => inpatient(woman('1984-01-10', 'O82.000', '74.1x01'), [{ code: CAESAREAN, day: 1 }, { code: DELIVERY_KIT, day: 1 }])],
    ['a delivery at 52 (assisted reproduction: inside the generous ceiling)', () => inpatient(woman('1973-01-10', 'O80.000', '73.6x01'), [{ code: DELIVERY, day: 1 }])],
    ['neonatal jaundice in a 2-week-old', () => inpatient({ 'patient.birthDate': '2025-02-18', diagnoses: [{ code: 'P59.900', principal: true }] })],
    ['a senile cataract at 70', () => build({ set: { 'patient.birthDate': '1955-01-10', diagnoses: [{ code: 'H25.900', principal: true }] } })],
    ['a hip prosthesis at 68', () => inpatient({}, [{ code: 'C03010150100001403170000001', day: 1 }])],
  ])('is quiet for %s', async (_name, make) => {
    expect(hit(await judge(make()))).toBeUndefined();
  });
});

// A cruciate-ligament reconstruction is an active knee's operation: past 70 (SAMPLE) it is someone younger's on the card.
const reconstruction = (birthDate: string, diagnoses: { code: string; principal?: boolean }[] = [{ code: 'S83.500x011', principal: true }]) =>
  inpatient({ 'patient.birthDate': birthDate, 'provider.department': 'orthopaedics', diagnoses, procedures: [{ code: '81.4504', principal: true, date: '2025-03-05' }] });

describe('前交叉韧带重建术与年龄不符（冒名就医）', () => {
  it('a reconstruction for an ACL tear on a 74-year-old man\'s card is flagged with the row\'s ceiling', async () => {
    const h = hit(await judge(reconstruction('1950-06-10')))!;
    expect(h.evidence).toMatchObject({ 年龄: 74, 适用年龄: '70岁及以下' });
  });

  it.each([
    ['a reconstruction at 66', () => reconstruction('1958-06-10')],
    ['a 74-year-old\'s knee dislocation (S83.1) with its ligaments rebuilt', () => reconstruction('1950-06-10', [{ code: 'S83.100', principal: true }, { code: 'S83.500x011' }])],
    ['a 74-year-old\'s tibial-spine avulsion fracture after a fall (S82.1) fixed', () => reconstruction('1950-06-10', [{ code: 'S82.100', principal: true }])],
  ])('is quiet for %s', async (_name, make) => {
    expect(hit(await judge(make()))).toBeUndefined();
  });
});
