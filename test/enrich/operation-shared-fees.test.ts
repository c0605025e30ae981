import { evaluateExample } from '../helpers/enrich-example';

// Fees of different services standing for one coded operation (procedure-billing.json rows listing both; operation-count.ts
// sharedBeyondCoded): a parent row beside its 细分, one pulmonary-vein isolation billed as RF and as cryo.

const PARENT = '003101010040001'; // 永久起搏器置入术
const SINGLE = '003101010040101'; // 单腔永久起搏器置入术
const RF = '003107030020001'; // 经导管射频消融术
const CRYO = '003107030030001'; // 经导管冷冻球囊消融术
const TONSILS = '003304020010001'; // 扁桃体切除术
const UPPP = '003304020020001'; // 悬雍垂腭咽成形术(UPPP)
const ADENOIDS = '003304020030001'; // 腺样体切除术

async function stayOf(dx: string[], px: string[], addItems: object[]) {
  const set = { 'provider.department': 'cardiology', 'provider.level': 3, diagnoses: dx.map((code, i) => ({ code, ...(i === 0 ? { principal: true } : {}) })), procedures: px.map((code) => ({ code, date: '2025-03-05' })) };
  const { claim, enriched } = await evaluateExample({ set, addItems } as never);
  const lineOf = (code: string) => claim.items.find((i) => i.code === code)!.lineId;
  return { fact: enriched.facts.stay.operationBeyondCoded, lineOf };
}

describe('operation fees of different services standing for one coded operation', () => {
  it('names the later of a typed implant fee and its parent billed for one 37.81, with its amount', async () => {
    const { fact, lineOf } = await stayOf(['I48.200'], ['37.8101', '37.7100'], [{ code: SINGLE, day: 1 }, { code: PARENT, day: 2, unitPrice: 3000 }]);
    expect(fact?.lineIds).toEqual([lineOf(PARENT)]);
    expect(fact?.amount).toBe(3000);
    expect(fact?.detail).toContain('计1次');
  });

  it('one PVI billed as RF and as cryo the next day: the cryo line', async () => {
    const { fact, lineOf } = await stayOf(['I48.100'], ['37.3400x001'], [{ code: RF, day: 1 }, { code: CRYO, day: 2 }]);
    expect(fact?.lineIds).toEqual([lineOf(CRYO)]);
  });

  it('prices the units beyond the count pro rata, never rounding up past what was billed (prorateFen)', async () => {
    // 3 units for 1000.00 yuan, one PVI coded: 2 units beyond, 666.666… yuan, floored to 666.66 (Math.round gave 666.67).
    const { fact, lineOf } = await stayOf(['I48.100'], ['37.3400x001'], [{ code: RF, day: 1, quantity: 3, unitPrice: 333.3333 }]);
    expect(fact?.lineIds).toEqual([lineOf(RF)]);
    expect(fact?.amount).toBe(666.66);
  });

  it('two coded ablations (cryo PVI and a CTI line), or one fee for one operation, are quiet', async () => {
    expect((await stayOf(['I48.000', 'I48.300'], ['37.3403', '37.3401'], [{ code: CRYO, day: 1 }, { code: RF, day: 1 }])).fact).toBeNull();
    expect((await stayOf(['I48.100'], ['37.3400x001', '37.3401'], [{ code: RF, day: 1 }, { code: CRYO, day: 1 }])).fact).toBeNull();
    expect((await stayOf(['I48.200'], ['37.8101', '37.7100'], [{ code: SINGLE, day: 1 }])).fact).toBeNull();
  });

  it('one 28.3 (扁桃体伴腺样体切除: two operations, `operations` 2) billed as tonsillectomy and adenoidectomy: quiet', async () => {
    expect((await stayOf(['J35.300', 'G47.300x001'], ['28.3x01'], [{ code: TONSILS, day: 1 }, { code: ADENOIDS, day: 1, unitPrice: 225 }])).fact).toBeNull();
  });

  it('one 28.3 billed as tonsillectomy, UPPP and adenoidectomy: the third fee is beyond it', async () => {
    const { fact } = await stayOf(['J35.300', 'G47.300x001'], ['28.3x01'], [{ code: TONSILS, day: 1 }, { code: UPPP, day: 1 }, { code: ADENOIDS, day: 1, unitPrice: 225 }]);
    expect(fact?.lineIds).toHaveLength(1);
    expect(fact?.detail).toContain('计2次');
  });

  it('a PTSMA (37.3400x002, alcohol septal ablation) beside a PVI is no second PVI: RF and cryo for them name the cryo line (REVIEW31B item 7)', async () => {
    const { fact, lineOf } = await stayOf(['I42.100', 'I48.100'], ['37.3400x002', '37.3400x001'], [{ code: RF, day: 1 }, { code: CRYO, day: 2 }]);
    expect(fact?.lineIds).toEqual([lineOf(CRYO)]);
  });
});
