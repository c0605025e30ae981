import type { RuleExample } from '../../src/rules/examples';
import { enrichExample } from '../helpers/enrich-example';

// 低标准入院 of non-specific low back pain (stay-content.json lowIntensity.clinicTherapy): a stay whose bill is the
// clinic's physical therapy and an oral NSAID, whatever its length; a disc herniation, an infusion, close care or the
// red-flag imaging keeps it unjudged.

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
    expect(lowIntensity(stay(['M54.502']))?.content).toContain('非特异性腰背痛');
    expect(lowIntensity(stay(['M54.502']))?.nights).toBe(9);
  });

  it('is quiet with a disc herniation, an infusion, close care or the red-flag imaging', () => {
    expect(lowIntensity(stay(['M51.100x002']))).toBeNull();
    expect(lowIntensity(stay(['M54.502'], NURSING_III, [{ code: MANNITOL, quantity: 2, day: 1 }, { code: '001204000010001', day: 1 }]))).toBeNull();
    expect(lowIntensity(stay(['M54.502'], NURSING_I))).toBeNull();
    expect(lowIntensity(stay(['M54.502'], NURSING_III, [{ code: LUMBAR_MRI, day: 0 }]))).toBeNull();
  });
});
