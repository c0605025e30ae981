import { resolve } from 'node:path';
import { enrichClaim } from '../../src/enrich/enrich';
import { loadEnrichRefs } from '../../src/enrich/load-refs';
import { makeClaim, makeItem } from '../helpers/fixtures';

// stay.specialUseUnsupported: a special-use antibacterial started on a non-severe stay with no pathogen specimen
// before the first dose and no consultation (管理办法 第二十八条). Procalcitonin and CRP grade an infection; they name
// no pathogen, so they are not the specimen.

const { refs } = loadEnrichRefs(resolve(__dirname, '../../rules'));

/** Imipenem from the admission day of a cholecystitis stay, with these service lines on the admission day ([code, name]). */
function imipenemStay(services: Array<[string, string]>) {
  const claim = makeClaim({
    admissionDate: '2025-03-01',
    diagnoses: [{ code: 'K81.000', principal: true }, { code: 'K80.101' }],
    procedures: [],
    items: [
      ...[0, 1, 2].map((d) => makeItem({ lineId: `d${d}`, code: 'XJ01DHY501B002010171921', name: '注射用亚胺培南西司他丁钠', category: 'drug', date: `2025-03-0${1 + d}`, quantity: 4, unitPrice: 98 })),
      ...services.map(([code, name], i) => makeItem({ lineId: `s${i}`, code, name, category: 'service', date: '2025-03-01', quantity: 1, unitPrice: 20 })),
    ],
  });
  return enrichClaim(claim, refs).facts.stay.specialUseUnsupported;
}

describe('stay.specialUseUnsupported', () => {
  it('names the drug where only CRP and procalcitonin were billed before it', () => {
    const r = imipenemStay([['002502080010001', 'C反应蛋白测定'], ['002502080020001', '降钙素原测定']]);
    expect(r?.drugs).toBe('注射用亚胺培南西司他丁钠');
    expect(r?.lineIds).toEqual(['d0', 'd1', 'd2']);
  });

  it('is null with a culture sent on the first day, by catalogue code or by a local name', () => {
    expect(imipenemStay([['002502080020001', '降钙素原测定'], ['002502140010001', '细菌培养及药敏']])).toBeNull();
    expect(imipenemStay([['250501001', '胆汁培养']])).toBeNull();
  });

  it('is null with a consultation billed', () => {
    expect(imipenemStay([['002502080020001', '降钙素原测定'], ['001104000010001', '院内会诊']])).toBeNull();
  });
});
