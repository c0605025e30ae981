import { buildClaim as build, judge, hitOf as hit } from '../helpers/shipped-rules';

// 过度诊疗 (parenteral-beside-enteral.ts): PN kept on beside a tube feed at its full daily dose, past the taper.

const AMINO = 'XB05BAF508B002';
const LIPID = 'XB05BAZ504B002';
const TPF = 'XV06DBC501A004';
const POWDER = 'XV06DBC502A006';
const TUBE_FEED = '001219000020001';
const days = (code: string, ds: number[], quantity = 1) => ds.map((day) => ({ code, day, quantity }));
const RULE = 'catalogue.parenteral-beside-full-enteral';
const dysphagia = { diagnoses: [{ code: 'I63.900', principal: true }, { code: 'R13.x00' }] };
const pn = (ds: number[]) => [...days(AMINO, ds, 2), ...days(LIPID, ds)];

describe('parenteral nutrition beside full enteral nutrition (全量肠内营养同时持续肠外营养)', () => {
  it('names the PN lines of the full-EN days, fed by a 鼻饲 line rather than a coded tube', async () => {
    const c = build({ set: dysphagia, addItems: [...days(TPF, [0], 1), ...days(TPF, [1, 2, 3, 4], 2), ...days(TUBE_FEED, [0, 1, 2, 3, 4]), ...pn([0, 1, 2, 3, 4])] });
    const h = hit(await judge(c), RULE)!;
    expect(h).toBeDefined();
    const named = c.items.filter((it: { lineId: string }) => h.lineIds.includes(it.lineId)).map((it: { date: string }) => it.date);
    expect([...new Set(named)].sort()).toEqual(['2025-03-05', '2025-03-06', '2025-03-07', '2025-03-08']);
  });

  it('counts two products of half a dose each as a full day', async () => {
    const c = build({ set: { ...dysphagia, procedures: [{ code: '96.0700' }] }, addItems: [...days(TPF, [0, 1, 2, 3], 1), ...days(POWDER, [0, 1, 2, 3], 0.5), ...pn([0, 1, 2, 3])] });
    expect(hit(await judge(c), RULE)).toBeDefined();
  });

  it('stays quiet on a three-day taper, an oral supplement, a half-dose feed and a burn', async () => {
    const tube = { ...dysphagia, procedures: [{ code: '96.0700' }] };
    const taper = build({ set: tube, addItems: [...days(TPF, [0, 1], 1), ...days(TPF, [2, 3, 4], 2), ...pn([0, 1, 2, 3, 4])] });
    const oral = build({ set: dysphagia, addItems: [...days(POWDER, [0, 1, 2, 3, 4]), ...pn([0, 1, 2, 3, 4])] });
    const half = build({ set: tube, addItems: [...days(TPF, [0, 1, 2, 3, 4], 1), ...pn([0, 1, 2, 3, 4])] });
    const burn = build({ set: { ...tube, diagnoses: [{ code: 'T31.400', principal: true }] }, addItems: [...days(TPF, [0, 1, 2, 3, 4], 2), ...pn([0, 1, 2, 3, 4])] });
    for (const c of [taper, oral, half, burn]) expect(hit(await judge(c), RULE)).toBeUndefined();
  });

  it('counts four or more bolus feeds a day as full EN, the formula billed or not, and does not add feeds to the formula', async () => {
    const tube = { ...dysphagia, procedures: [{ code: '96.0700' }] };
    const fiveFeeds = build({ set: tube, addItems: [...days(TUBE_FEED, [0, 1, 2, 3, 4], 5), ...pn([0, 1, 2, 3, 4])] });
    expect(hit(await judge(fiveFeeds), RULE)).toBeDefined();
    // Three feeds a day is not yet the full regimen; half a dose of formula given in three feeds is still half a dose.
    const threeFeeds = build({ set: tube, addItems: [...days(TUBE_FEED, [0, 1, 2, 3, 4], 3), ...pn([0, 1, 2, 3, 4])] });
    const halfInFeeds = build({ set: tube, addItems: [...days(TPF, [0, 1, 2, 3, 4], 1), ...days(TUBE_FEED, [0, 1, 2, 3, 4], 3), ...pn([0, 1, 2, 3, 4])] });
    for (const c of [threeFeeds, halfInFeeds]) expect(hit(await judge(c), RULE)).toBeUndefined();
  });

  it('reads a decompression tube (胃插管减压) as no tube feed, and leaves critical care alone', async () => {
    const feed = [...days(TPF, [0, 1, 2, 3, 4], 2), ...pn([0, 1, 2, 3, 4])];
    const suction = build({ set: { ...dysphagia, procedures: [{ code: '96.0700x001' }] }, addItems: feed });
    const ventilated = build({ set: { ...dysphagia, procedures: [{ code: '96.0700' }, { code: '96.7200' }] }, addItems: feed });
    const icu = build({ set: { ...dysphagia, procedures: [{ code: '96.0700' }] }, addItems: [...feed, ...days('001201000050001', [0, 1, 2, 3, 4])] });
    for (const c of [suction, ventilated, icu]) expect(hit(await judge(c), RULE)).toBeUndefined();
    // The same feed by a plain nasogastric tube is named.
    expect(hit(await judge(build({ set: { ...dysphagia, procedures: [{ code: '96.0700' }] }, addItems: feed })), RULE)).toBeDefined();
  });
});
