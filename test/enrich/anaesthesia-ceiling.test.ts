import { buildClaim as build, judge, hitOf as hit } from '../helpers/shipped-rules';

// General anaesthesia on an operation done under local or regional block as a rule (theatre-items.json
// anaesthesiaCeiling): cataract, trabeculectomy, vertebroplasty, adult circumcision, skin-abscess drainage. On the
// shipped rules; the base stay runs 4–9 Mar, the operation on day 1 (5 Mar).

const GA = { code: '003301010010001', quantity: 2, day: 1 };
const LOCAL = { code: '003301010030001', quantity: 1, day: 1 };
const op = (diagnoses: string[], procedures: string[], services: string[], anaesthesia = GA, birthDate = '1960-05-01') =>
  build({
    set: {
      'patient.birthDate': birthDate,
      diagnoses: diagnoses.map((code, i) => ({ code, principal: i === 0 })),
      procedures: procedures.map((code) => ({ code, date: '2025-03-05' })),
    },
    addItems: [anaesthesia, ...services.map((code) => ({ code, day: 1 }))],
  });
const RULE = 'catalogue.anaesthesia-beyond-procedure';

describe('全身麻醉 on an operation done under local anaesthesia as a rule (麻醉方式升级)', () => {
  it.each([
    ['a phaco cataract extraction', ['H25.100'], ['13.4100x001', '13.7100x001'], ['003304010010001']],
    ['a trabeculectomy', ['H40.100'], ['12.6400x003'], ['003304010040001']],
    ['a vertebroplasty', ['M80.000'], ['81.6500'], ['003303050020001']],
    ['an adult circumcision', ['N47.x00'], ['64.0x00'], ['003306030010001']],
    ['drainage of a skin abscess', ['L02.200'], ['86.0400x011'], ['003309050010001']],
  ])('names the anaesthesia of %s in an adult', async (_name, dx, px, services) => {
    const c = op(dx, px, services);
    const h = hit(await judge(c), RULE)!;
    expect(h.lineIds).toEqual(c.items.filter((i: any) => i.code === GA.code).map((i: any) => i.lineId));
  });

  it.each([
    ['the same cataract under local anaesthesia', op(['H25.100'], ['13.4100x001', '13.7100x001'], ['003304010010001'], LOCAL)],
    ['a child’s circumcision (小儿全麻)', op(['N47.x00'], ['64.0x00'], ['003306030010001'], GA, '2018-05-01')],
    ['a cataract in a patient with dementia', op(['H25.100', 'F03.x00'], ['13.4100x001', '13.7100x001'], ['003304010010001'])],
    ['a cataract in Parkinson’s disease (tremor)', op(['H25.100', 'G20.x00'], ['13.4100x001', '13.7100x001'], ['003304010010001'])],
    ['a cataract with a vitrectomy the same day', op(['H25.100', 'H43.100'], ['13.4100x001', '13.7100x001', '14.7400'], ['003304010010001', '003304010020001'])],
    ['a kyphoplasty (balloon, often under GA)', op(['M80.000'], ['81.6601'], ['003303050030001'])],
    ['a VSD (86.0401) rather than an abscess drainage', op(['T81.400'], ['86.0401'], [])],
  ])('is quiet for %s', async (_name, c) => {
    expect(hit(await judge(c), RULE)).toBeUndefined();
  });
});

// Rows with `beyond` (general anaesthesia alone): a haemorrhoidectomy, varicose-vein stripping, done under spinal or
// local anaesthesia as a rule; not an open hernia repair, which the hernia guideline lets be done under GA.
const SPINAL = { code: '003301010020001', quantity: 1, day: 1 };
describe('全身麻醉 on an operation done under spinal or local anaesthesia as a rule', () => {
  it.each([
    ['a haemorrhoidectomy', ['K64.200'], ['49.4600'], ['003302040010001']],
    ['varicose-vein stripping', ['I83.900x004'], ['38.5900'], ['003307010010001']],
  ])('names the general anaesthesia of %s in an adult', async (_name, dx, px, services) => {
    const c = op(dx, px, services);
    const h = hit(await judge(c), RULE)!;
    expect(h.lineIds).toEqual(c.items.filter((i: any) => i.code === GA.code).map((i: any) => i.lineId));
    expect(h.message).toContain('无需全身麻醉');
  });

  it.each([
    ['the haemorrhoidectomy under spinal anaesthesia', op(['K64.200'], ['49.4600'], ['003302040010001'], SPINAL)],
    ['an open hernia repair under GA (a standard choice)', op(['K40.900x003'], ['53.0301'], ['003302030010001'])],
    ['a haemorrhoidectomy in a member with autism', op(['K64.200', 'F84.000x001'], ['49.4600'], ['003302040010001'])],
    ['a cataract under GA in an adult with Down syndrome (Q90)', op(['H25.100', 'Q90.900'], ['13.4100x001', '13.7100x001'], ['003304010010001'])],
  ])('is quiet for %s', async (_name, c) => {
    expect(hit(await judge(c), RULE)).toBeUndefined();
  });
});
