import { evaluateExample } from '../helpers/enrich-example';

// 斜视矫正术 is priced 单眼 while ICD-9-CM-3 15.3 and 15.4 (two or more extraocular muscles) are titled 单眼或双眼: a
// child's bilateral recession coded once stands for two eye fees (procedure-billing.json bilateralCodes). 15.1/15.2
// (one muscle) are coded per eye, so a second eye's fee under one such code is beyond what was coded.

const STRAB = '003304010050001';

async function stayOf(px: string[]) {
  const set = { 'provider.department': 'ophthalmology', 'provider.level': 3, 'patient.birthDate': '2019-04-01', diagnoses: [{ code: 'H50.000', principal: true }], procedures: px.map((code) => ({ code, date: '2025-03-05' })) };
  const { claim, enriched } = await evaluateExample({ set, addItems: [{ code: STRAB, day: 1, quantity: 2 }] } as never);
  return { fact: enriched.facts.stay.operationBeyondCoded, line: claim.items.find((i) => i.code === STRAB)!.lineId };
}

describe('strabismus surgery on both eyes', () => {
  it('two eye fees under one 15.3x01 (两条或两条以上眼外肌后徙, 单眼或双眼) are quiet', async () => {
    expect((await stayOf(['15.3x01'])).fact).toBeNull();
  });

  it('two eye fees under one one-muscle code (15.11): the fee beyond it', async () => {
    const { fact, line } = await stayOf(['15.1100']);
    expect(fact?.lineIds).toEqual([line]);
  });
});
