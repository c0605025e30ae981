import { buildClaim as build, hitOf, judge } from '../helpers/shipped-rules';

// Three hepatoprotectants on one day (catalogue.drugs-stacked, stacked-drugs.json; 肝脏炎症共识2014: at most two).

const RULE = 'catalogue.drugs-stacked';
const MG = 'XA05BAY506B002010149806';
const GSH = 'XV03ABH501B002010188834';
const PPC = 'XA05BAD508A001010110599';
type Line = { code: string; quantity: number; day: number; name?: string; category?: 'drug'; unitPrice?: number };
const stay = (lines: Line[]) =>
  build({ set: { 'provider.department': 'tuberculosis', diagnoses: [{ code: 'A15.000x018', principal: true }, { code: 'K71.901' }] }, addItems: lines });
const daily = (code: string, quantity: number, days: number[]) => days.map((day) => ({ code, quantity, day }));

describe('hepatoprotectants stacked', () => {
  it('three every day: names the days and every line of the class', async () => {
    const c = stay([...daily(MG, 1, [0, 1, 2]), ...daily(GSH, 2, [0, 1, 2]), ...daily(PPC, 6, [0, 1, 2])]);
    const h = hitOf(await judge(c), RULE)!;
    expect(h.message).toContain('3种');
    expect(h.lineIds.sort()).toEqual(c.items.filter((i: any) => [MG, GSH, PPC].includes(i.code)).map((i: any) => i.lineId).sort());
  });

  it('a third drug known only by its name (a local code) counts; the same generic under two codes counts once', async () => {
    const local: Line = { code: 'LOCAL-SHC-01', name: '双环醇片', category: 'drug', unitPrice: 1.5, quantity: 3, day: 1 };
    const hit = await judge(stay([...daily(MG, 1, [1]), ...daily(GSH, 2, [1]), local]));
    expect(hitOf(hit, RULE)).toBeDefined();
    const twice = await judge(stay([...daily(MG, 1, [1]), ...daily(GSH, 2, [1]), { ...local, code: 'LOCAL-GSH-01', name: '还原型谷胱甘肽片' }]));
    expect(hitOf(twice, RULE)).toBeUndefined();
  });

  it('two a day, or three on different days: quiet', async () => {
    expect(hitOf(await judge(stay([...daily(MG, 1, [0, 1, 2]), ...daily(GSH, 2, [0, 1, 2])])), RULE)).toBeUndefined();
    expect(hitOf(await judge(stay([...daily(MG, 1, [0, 1]), ...daily(GSH, 2, [0, 1]), ...daily(PPC, 6, [2, 3])])), RULE)).toBeUndefined();
  });
});
