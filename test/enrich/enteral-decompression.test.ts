import { buildClaim as build, judge, hitOf as hit } from '../helpers/shipped-rules';

// 虚记肠内营养 (enteral-decompression.ts): a feed billed on days the stomach is under suction, no route past the pylorus.

const SUCTION = '001213000010001';
const TPF = 'XV06DBC501A004';
const TUBE_FEED = '001219000020001';
const days = (code: string, ds: number[], quantity = 1) => ds.map((day) => ({ code, day, quantity }));
const RULE = 'catalogue.enteral-during-decompression';
const obstruction = { diagnoses: [{ code: 'K56.700', principal: true }], procedures: [{ code: '96.0700' }] };

describe('enteral nutrition on days of gastric decompression (胃肠减压期间计肠内营养)', () => {
  it('names the feed and 鼻饲 lines of the suction days only, as a warning', async () => {
    const c = build({ set: obstruction, addItems: [...days(SUCTION, [0, 1, 2]), ...days(TPF, [1, 2, 3, 4], 2), ...days(TUBE_FEED, [1, 2, 3])] });
    const h = hit(await judge(c), RULE)!;
    expect(h).toBeDefined();
    expect(h.severity).toBe('warn');
    const named = c.items.filter((it: { lineId: string }) => h.lineIds.includes(it.lineId)).map((it: { code: string; date: string }) => `${it.code.startsWith(TPF) ? 'TPF' : it.code} ${it.date}`);
    expect(named.sort()).toEqual([`${TUBE_FEED} 2025-03-05`, `${TUBE_FEED} 2025-03-06`, 'TPF 2025-03-05', 'TPF 2025-03-06']);
  });

  it('stays quiet past the pylorus, on the one day suction gives way to feeding, and on 鼻饲 with no feed', async () => {
    const jejunal = build({ set: { ...obstruction, procedures: [{ code: '46.3901' }] }, addItems: [...days(SUCTION, [0, 1, 2]), ...days(TPF, [0, 1, 2], 2)] });
    const nasojejunal = build({ set: { ...obstruction, procedures: [{ code: '96.0800x004' }] }, addItems: [...days(SUCTION, [0, 1, 2]), ...days(TPF, [0, 1, 2], 2)] });
    const handover = build({ set: obstruction, addItems: [...days(SUCTION, [0, 1]), ...days(TPF, [1, 2, 3], 2)] });
    const flushOnly = build({ set: obstruction, addItems: [...days(SUCTION, [0, 1, 2]), ...days(TUBE_FEED, [0, 1, 2]), ...days(TPF, [2])] });
    for (const c of [jejunal, nasojejunal, handover, flushOnly]) expect(hit(await judge(c), RULE)).toBeUndefined();
  });

  it('takes a jejunostomy placed before as a route, and a decompression tube or a caecostomy as none', async () => {
    const feed = [...days(SUCTION, [0, 1, 2]), ...days(TPF, [0, 1, 2], 2)];
    const withCodes = (procedures: { code: string }[], extra: { code: string }[] = []) =>
      build({ set: { diagnoses: [{ code: 'K56.700', principal: true }, ...extra], procedures }, addItems: feed });
    for (const status of ['Z93.201', 'Z46.501']) expect(hit(await judge(withCodes([{ code: '96.0700' }], [{ code: status }])), RULE)).toBeUndefined();
    for (const code of ['96.0800x001', '46.3900x008']) expect(hit(await judge(withCodes([{ code }])), RULE)).toBeDefined();
    // An ileostomy, or Z93.400 (the other openings: a caecostomy, an appendicostomy), is no feeding route (REVIEW31B item 11).
    for (const status of ['Z93.200', 'Z93.400']) expect(hit(await judge(withCodes([{ code: '96.0700' }], [{ code: status }])), RULE)).toBeDefined();
  });
});
