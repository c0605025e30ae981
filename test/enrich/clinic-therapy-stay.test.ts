import type { RuleExample } from '../../src/rules/examples';
import { enrichExample } from '../helpers/enrich-example';

// 低标准入院 of non-specific low back pain (stay-content.json lowIntensity.clinicTherapy): a stay whose bill is the
// clinic's physical therapy and an oral NSAID, whatever its length; a disc herniation, an infusion, close care or the
// red-flag imaging on a stay no longer than its work-up keeps it unjudged.

const lowIntensity = (e: RuleExample) => enrichExample(e).facts.stay.lowIntensity;
const NURSING_III = '001201000040001';
const NURSING_I = '001201000020001';
const MANNITOL = 'XB05BCG505B002010113447';
const LUMBAR_MRI = '002401010020001';
const stay = (codes: string[], nursing = NURSING_III, extra: RuleExample['addItems'] = []): RuleExample => ({
  set: {
    'provider.department': 'rehabilitation', items: [], admissionDate: '2025-03-04', dischargeDate: '2025-03-13',
    diagnoses: codes.map((code, i) => ({ code, principal: i === 0 })),
  },
  addItems: [
    ...[0, 1, 2, 3, 4, 5, 6, 7, 8].flatMap((day) =>
      ['001105000010001', nursing, '001103000010001', '003401000230201', '003401009010001', '004300000010001'].map((code) => ({ code, day })),
    ),
    ...[0, 1, 2, 3, 4, 5, 6, 7, 8].map((day) => ({ code: 'XM01AHS505A001010132247', quantity: 2, day })),
    ...(extra ?? []),
  ],
});

describe('clinic therapy stay', () => {
  it('names non-specific low back pain treated with the clinic physical therapy, a 9-night stay included', () => {
    expect(lowIntensity(stay(['M54.502']))?.content).toContain('属M54.5，门诊理疗可治的颈肩腰背痛');
    expect(lowIntensity(stay(['M54.502']))?.nights).toBe(9);
  });

  it('is quiet with a disc herniation, an infusion or close care', () => {
    expect(lowIntensity(stay(['M51.100x002']))).toBeNull();
    expect(lowIntensity(stay(['M54.502'], NURSING_III, [{ code: MANNITOL, quantity: 2, day: 1 }, { code: '001204000010001', day: 1 }]))).toBeNull();
    expect(lowIntensity(stay(['M54.502'], NURSING_I))).toBeNull();
  });

  it('names neck pain, cervical spondylosis without root signs and frozen shoulder as well; not radicular spondylosis', () => {
    expect(lowIntensity(stay(['M47.801', 'M54.200']))?.content).toContain('颈肩腰背痛');
    expect(lowIntensity(stay(['M75.001']))?.nights).toBe(9);
    expect(lowIntensity(stay(['M47.201']))).toBeNull();
  });

  it('lets the red-flag imaging clear a stay of its work-up only (workUpNights 2), not a course after it', () => {
    expect(lowIntensity(stay(['M54.502'], NURSING_III, [{ code: LUMBAR_MRI, day: 0 }]))?.content).toContain('影像检查后诊断仍为非特异性');
    const short: RuleExample = { ...stay(['M54.502'], NURSING_III, [{ code: LUMBAR_MRI, day: 0 }]) };
    short.set = { ...short.set, dischargeDate: '2025-03-06' };
    short.addItems = short.addItems?.filter((it) => (it.day ?? 0) <= 1);
    expect(lowIntensity(short)).toBeNull();
  });
});
