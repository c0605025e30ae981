import { enrichClaim } from '../../src/enrich/enrich';
import { loadEnrichRefs, type EnrichRefs } from '../../src/enrich/load-refs';
import { makeClaim, makeItem } from '../helpers/fixtures';

// ItemFacts.parenteral, computed once per line in item-facts.ts and read by every stay-content check and the model's
// features: a dosage-form mark of stay-content.json parenteralDrugNameMarks in the drug's generic or billed name.

const refs = loadEnrichRefs('rules').refs;
const items = [
  makeItem({ lineId: '1', code: 'XJ01DDT504B002010162673', name: '注射用头孢曲松钠', category: 'drug', date: '2025-03-04' }),
  // Billed under a name without the mark: the catalogue row's generic name (人血白蛋白) carries it.
  makeItem({ lineId: '2', code: 'XB05AAR504B002010170824', name: '白蛋白', category: 'drug', date: '2025-03-04' }),
  // A code the catalogue does not know: its billed name carries the route (静注).
  makeItem({ lineId: '3', code: 'XJ06BAX000B001010100000', name: '静注人免疫球蛋白(pH4)', category: 'drug', date: '2025-03-04' }),
  makeItem({ lineId: '4', code: 'XC08CAA512A001010145149', name: '苯磺酸氨氯地平片', category: 'drug', date: '2025-03-04' }),
  // The injection service is the nurse's work, not a drug given.
  makeItem({ lineId: '5', code: '001204000040001', name: '静脉注射', category: 'service', date: '2025-03-04' }),
];
const parenteral = (r: EnrichRefs) => enrichClaim(makeClaim({ items }), r).facts.items.map((it) => it.parenteral);

describe('the parenteral item fact', () => {
  it('marks drugs whose generic or billed name carries a dosage-form mark, and nothing else', () => {
    expect(parenteral(refs)).toEqual([true, true, true, false, false]);
  });

  it('reads the marks of stay-content.json', () => {
    const narrow = { ...refs, knowledge: { ...refs.knowledge!, stayContent: { ...refs.knowledge!.stayContent!, parenteralDrugNameMarks: ['注射'] } } };
    expect(parenteral(narrow)).toEqual([true, false, false, false, false]);
  });

  it('keeps the same marks without the table, since the model features read the fact whatever tables are loaded', () => {
    expect(parenteral({ ...refs, knowledge: { ...refs.knowledge!, stayContent: null } })).toEqual([true, true, true, false, false]);
    expect(parenteral({ ...refs, knowledge: null })).toEqual([true, true, true, false, false]);
  });
});
