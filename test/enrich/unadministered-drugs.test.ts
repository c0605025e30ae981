import { baseClaims as bases, buildClaim as build, judge, hitOf as hit } from '../helpers/shipped-rules';

// 虚记静脉用药 (unadministered-drugs.ts): a drug the stay infuses, billed on other days with nothing that gives it.

const EDARAVONE = 'XN07XXY507B002';
const SALINE = 'XB05BBL511B002010178601';
const INFUSION = '001204000010001';
const days = (code: string, ds: number[], quantity = 1) => ds.map((day) => ({ code, day, quantity }));
const RULE = 'catalogue.infused-drug-unadministered';

describe('infused drugs billed on days with nothing that gives them (虚记静脉用药)', () => {
  it('names the edaravone lines of the days with no infusion, set or diluent, and only those', async () => {
    const c = build({ addItems: [...days(EDARAVONE, [0, 1, 2, 3, 4], 2), ...days(SALINE, [0, 1, 2]), ...days(INFUSION, [0, 1, 2])] });
    const h = hit(await judge(c), RULE)!;
    expect(h).toBeDefined();
    const named: { lineId: string; code: string; date: string }[] = c.items.filter((it: { lineId: string }) => h.lineIds.includes(it.lineId));
    expect(named.map((it) => [it.code, it.date])).toEqual([[EDARAVONE, '2025-03-07'], [EDARAVONE, '2025-03-08']]);
    expect(h.severity).toBe('info');
  });

  it('takes a diluent, a set or an injection fee as the drug given, fee or none', async () => {
    for (const given of [days(SALINE, [3, 4]), days('C14010150100001020350000001', [3, 4]), days('001204000040001', [3, 4])]) {
      const c = build({ addItems: [...days(EDARAVONE, [0, 1, 2, 3, 4], 2), ...days(SALINE, [0, 1, 2]), ...days(INFUSION, [0, 1, 2]), ...given] });
      expect(hit(await judge(c), RULE)).toBeUndefined();
    }
  });

  it('leaves a drug the stay never infuses, the heparins and a single day unjudged', async () => {
    const never = build({ addItems: days(EDARAVONE, [0, 1, 2, 3, 4], 2) });
    const heparin = build({ addItems: [...days('XB01ABD502B002', [0, 1, 2, 3, 4]), ...days(SALINE, [0, 1, 2]), ...days(INFUSION, [0, 1, 2])] });
    const oneDay = build({ addItems: [...days(EDARAVONE, [0, 1, 2, 3, 4], 2), ...days(SALINE, [0, 1, 2, 3]), ...days(INFUSION, [0, 1, 2, 3])] });
    for (const c of [never, heparin, oneDay]) expect(hit(await judge(c), RULE)).toBeUndefined();
    expect(bases.inpatient.dischargeDate).toBe('2025-03-09');
  });
});

// Parenteral nutrition (parenteralNutritionUngiven): a vein is its only route, so a daily course with nothing that gives it is named.
const AMINO = 'XB05BAF508B002';
const LIPID = 'XB05BAZ504B002';
const SET = 'C14010150100001020350000001';
const PN_RULE = 'catalogue.parenteral-nutrition-ungiven';

describe('parenteral nutrition with no infusion on most of its days (肠外营养无静脉给药)', () => {
  it('names a daily amino-acid and lipid course with no infusion, set or diluent, as a warning', async () => {
    const c = build({ addItems: [...days(AMINO, [0, 1, 2, 3, 4], 2), ...days(LIPID, [0, 1, 2, 3, 4]), ...days(INFUSION, [0]), ...days(SET, [0])] });
    const h = hit(await judge(c), PN_RULE)!;
    expect(h).toBeDefined();
    expect(h.severity).toBe('warn');
    const named = c.items.filter((it: { lineId: string }) => h.lineIds.includes(it.lineId)).map((it: { date: string }) => it.date);
    expect([...new Set(named)]).toEqual(['2025-03-05', '2025-03-06', '2025-03-07', '2025-03-08']);
  });

  it('stays quiet on infused days, a fee left off on one day, and a weekly bottle', async () => {
    const infused = build({ addItems: [...days(AMINO, [0, 1, 2, 3, 4], 2), ...days(LIPID, [0, 1, 2, 3, 4]), ...days(INFUSION, [0, 1, 2, 3, 4]), ...days(SET, [0, 1, 2, 3, 4])] });
    const oneOff = build({ addItems: [...days(AMINO, [0, 1, 2, 3, 4], 2), ...days(INFUSION, [0, 1, 2, 4])] });
    const apart = build({ addItems: days(AMINO, [0, 2, 4, 6]) });
    for (const c of [infused, oneOff, apart]) expect(hit(await judge(c), PN_RULE)).toBeUndefined();
  });

  it("reads the bag's own additives (vitamins, trace elements) as part of the bag, not a drip that gives it, while saline still is", async () => {
    const bag = 'XB05BAZ505B002';
    const additives = [...days('XB05XCS501B002', [0, 1, 2, 3, 4]), ...days('XB05XAD501B002', [0, 1, 2, 3, 4])];
    const withAdditives = build({ addItems: [...days(bag, [0, 1, 2, 3, 4]), ...additives] });
    expect(hit(await judge(withAdditives), PN_RULE)).toBeDefined();
    const withSaline = build({ addItems: [...days(bag, [0, 1, 2, 3, 4]), ...additives, ...days(SALINE, [0, 1, 2, 3, 4])] });
    expect(hit(await judge(withSaline), PN_RULE)).toBeUndefined();
  });
});
