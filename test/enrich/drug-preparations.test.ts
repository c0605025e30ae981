import { buildClaim as build, judge, hitOf as hit } from '../helpers/shipped-rules';

// 化疗药物配置 is priced per drug compounded (drug-preparations.ts): preparations beyond the day's L01 drugs are named.

const PREPARATION = '003310020010001';
const OXALIPLATIN = 'XL01XAA523B002';
const AMINO = 'XB05BAF508B002';
const RULE = 'catalogue.preparation-without-drug';
const chemo = { diagnoses: [{ code: 'Z51.100', principal: true }, { code: 'C18.700' }] };

describe('preparation fees on days with no chemotherapy drug (配置费当日无静脉化疗药物)', () => {
  it('names the PN days with no L01 drug, in one finding, and leaves the chemotherapy day to the duplicate rules', async () => {
    const c = build({
      set: chemo,
      addItems: [
        { code: PREPARATION, day: 0, quantity: 3 }, { code: OXALIPLATIN, day: 0, quantity: 1 },
        { code: PREPARATION, day: 1, quantity: 1 }, { code: AMINO, day: 1, quantity: 2 },
      ],
    });
    const h = hit(await judge(c), RULE)!;
    expect(h).toBeDefined();
    const price = c.items.find((it: { code: string }) => it.code === PREPARATION).unitPrice;
    // Day 1's one group; day 0 has its oxaliplatin.
    expect(h.amount).toBeCloseTo(price, 2);
  });

  it('stays quiet when each preparation has its drug', async () => {
    const c = build({ set: chemo, addItems: [{ code: PREPARATION, day: 0, quantity: 1 }, { code: OXALIPLATIN, day: 0, quantity: 1 }] });
    expect(hit(await judge(c), RULE)).toBeUndefined();
  });
});
